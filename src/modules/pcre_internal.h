// pcre_internal.h: what the `_pcre` module's two files share — the compiled pattern
// (PcreCode, pcre_module.cpp) and the native `re.Match` type (PcreMatch,
// pcre_match.cpp). A Match keeps every group's span in code points in a trailing array
// (bounds-checked), and slices its groups out of `src`: the subject str, or the bytes
// of a bytes subject.
#pragma once

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstdint>

#include "objects/type.h"
#include "objects/value.h"
#include "vm/interpreter.h"

namespace bastion {

// The module's Code type, made per interpreter at import; it carries the Match type.
struct PcreCodeType : Type {
    Type* match_type = nullptr;
};

struct PcreCode : Object {
    pcre2_code* code = nullptr;
    pcre2_general_context* gcontext = nullptr;
    uint32_t groups = 0;
    Ref groupindex; // dict {name: group number}, shared with the Pattern (Pattern.groupindex)
    ~PcreCode() {
        if (code)
            pcre2_code_free(code);
        if (gcontext)
            pcre2_general_context_free(gcontext);
    }
};

struct PcreMatch : Object {
    Ref pattern;  // the re.Pattern (Match.re)
    Ref string;   // the subject as passed (Match.string)
    Ref src;      // what groups are sliced from: an exact str, or bytes
    Ref code;     // the PcreCode (group count, group names)
    int64_t pos = 0;
    int64_t endpos = 0;
    int64_t ngroups = 0; // groups besides group 0; 2 * (ngroups + 1) spans follow the object

    int64_t span_at(int64_t i) const { // bounds-checked in every build; -1: group did not take part
        BASTION_CHECK(i >= 0 && i < 2 * (ngroups + 1));
        return reinterpret_cast<const int64_t*>(this + 1)[i];
    }
    void set_span(int64_t i, int64_t v) {
        BASTION_CHECK(i >= 0 && i < 2 * (ngroups + 1));
        reinterpret_cast<int64_t*>(this + 1)[i] = v;
    }
};

// src[start:end] for an exact str or bytes `src` (0 <= start <= end <= len(src)).
Result<Ref> pcre_slice(Interpreter&, Value src, int64_t start, int64_t end);
// A new Match of `code`'s Match type; `spans` holds 2 * (code->groups + 1) code-point offsets.
Result<Ref> make_match(Interpreter&, PcreCode* code, Value pattern, Value string, Value src, int64_t pos,
                       int64_t endpos, const int64_t* spans);
// A native GC type of the module (Code, Match) whose instances are `Instance`s: made per
// interpreter and kept as long as it lives, like the built-in types. The caller adds its
// other slots and methods and readies it.
template <typename TypeT, typename Instance>
Result<TypeT*> new_pcre_type(Interpreter& interp, std::string_view name, std::string_view qualname,
                             TraverseFn traverse) {
    BASTION_TRY_ASSIGN(Own<TypeT> t, interp.make<TypeT>(interp.types.type));
    t->interp = &interp;
    t->base = interp.types.object;
    TypeT* type = t.get();
    (void)std::move(t).into_ref().release();
    type->name = name;
    type->qualname = qualname;
    type->instance_size = sizeof(Instance);
    type->flags |= kTypeGC;
    type->destroy = destroy_as<Instance>;
    type->traverse = traverse;
    return type;
}

// Makes the re.Match type (named "re.Match") for the Code type.
Status init_match_type(Interpreter&, PcreCodeType* code_type);

} // namespace bastion
