// pcre_module.cpp: the `_pcre` module — compiled PCRE2 patterns (Debian libpcre2-8) for
// lib/re.py. `compile(pattern, options)` makes a Code object; `Code.scan(string, pos,
// endpos, mode, count)` runs search/match/fullmatch, or iterates non-overlapping matches
// with Python's empty-match rule, and returns each match's group spans in code points.
// PCRE2's memory goes through the interpreter's accounted allocator, and its match limit
// is the remaining step budget (StepLimitExceeded when exhausted), so a catastrophic
// pattern stops instead of hanging.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "support/utf8.h"

namespace bastion {

namespace {

// Without a step budget a single match attempt may still take this many backtracking
// steps before re.error is raised (CPython would run without end).
constexpr uint32_t kDefaultMatchLimit = 100'000'000;
constexpr uint32_t kDepthLimit = 10'000'000;

// Scan modes (lib/re.py passes these).
constexpr int64_t kSearch = 0;
constexpr int64_t kMatch = 1;
constexpr int64_t kFullMatch = 2;

void* pcre_alloc(PCRE2_SIZE size, void* data) {
    auto* interp = static_cast<Interpreter*>(data);
    std::size_t total = size + 16;
    if (total < size)
        return nullptr;
    auto* p = static_cast<unsigned char*>(interp->allocate(total));
    if (!p)
        return nullptr;
    std::memcpy(p, &total, sizeof(total));
    return p + 16;
}

void pcre_free(void* block, void* data) {
    if (!block)
        return;
    auto* interp = static_cast<Interpreter*>(data);
    unsigned char* p = static_cast<unsigned char*>(block) - 16;
    std::size_t total = 0;
    std::memcpy(&total, p, sizeof(total));
    interp->deallocate(p, total);
}

struct CodeObject : Object {
    pcre2_code* code = nullptr;
    pcre2_general_context* gcontext = nullptr;
    uint32_t groups = 0;
    ~CodeObject() {
        if (code)
            pcre2_code_free(code);
        if (gcontext)
            pcre2_general_context_free(gcontext);
    }
};

// The subject as PCRE2 sees it: UTF-8 bytes plus the byte offset of each code point
// (empty when the text is ASCII, where offsets coincide). Lone surrogates become U+FFFD,
// whose UTF-8 form has the same length, so the text is always valid UTF-8.
struct Subject {
    std::string owned;
    std::string_view bytes;
    std::vector<std::size_t> byte_of_cp; // size length+1 when not ASCII
    bool ascii = true;

    std::size_t to_byte(int64_t cp) const { return ascii ? static_cast<std::size_t>(cp) : byte_of_cp[cp]; }
    int64_t to_cp(std::size_t byte) const {
        if (ascii)
            return static_cast<int64_t>(byte);
        auto it = std::lower_bound(byte_of_cp.begin(), byte_of_cp.end(), byte);
        return static_cast<int64_t>(it - byte_of_cp.begin());
    }
};


void make_subject(const StrObject* s, Subject* out, bool with_offsets) {
    if (s->ascii) {
        out->bytes = s->ascii_view();
        out->ascii = true;
        return;
    }
    out->ascii = false;
    out->owned.reserve(static_cast<std::size_t>(s->length) * 2);
    if (with_offsets)
        out->byte_of_cp.reserve(static_cast<std::size_t>(s->length) + 1);
    for (int64_t i = 0; i < s->length; ++i) {
        if (with_offsets)
            out->byte_of_cp.push_back(out->owned.size());
        utf8_append(out->owned, s->at(i));
    }
    if (with_offsets)
        out->byte_of_cp.push_back(out->owned.size());
    out->bytes = out->owned;
}

// re.error(msg, pattern, pos) from the `_pcre` module's namespace (defined at init).
Raised raise_re_error(Interpreter& interp, const std::string& msg, Value pattern, int64_t pos) {
    Value mod_dict_value;
    if (interp.modules) {
        Value m = dict_get_str(static_cast<DictObject*>(interp.modules.obj()), interp.intern("_pcre"));
        if (!m.is_null() && is_module(interp, m)) {
            Value err = dict_get_str(module_dict(m), interp.intern("error"));
            if (!err.is_null()) {
                Result<Ref> text = make_str(interp, msg);
                if (!text.ok())
                    return text.take_error();
                Value pos_v = pos >= 0 ? Value::small_int(pos) : Value(interp.none);
                Result<Ref> exc = call_positional(interp, err, {text.value(), pattern.is_null() ? Value(interp.none) : pattern, pos_v});
                if (!exc.ok())
                    return exc.take_error();
                return interp.raise_object(exc.value());
            }
        }
    }
    return interp.raise(interp.exc.ValueError, msg);
}

std::string pcre_message(int code) {
    PCRE2_UCHAR buf[256];
    int n = pcre2_get_error_message(code, buf, sizeof(buf));
    if (n < 0)
        return "regular expression error";
    return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// compile(pattern: str, options: int) -> Code. Options are PCRE2 compile options chosen
// by lib/re.py (which also translates Python-only syntax).
Result<Ref> pcre_compile_fn(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "compile", 2, 2));
    if (!is_str(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "pattern must be a str");
    int64_t options = 0;
    if (!int_to_i64(args.items[1], &options) || options < 0 || options > 0xffffffffLL)
        return interp.raise(interp.exc.ValueError, "bad options");
    Subject pat;
    make_subject(static_cast<StrObject*>(args.items[0].obj()), &pat, false);

    Value code_type_v = dict_get_str(module_dict(dict_get_str(static_cast<DictObject*>(interp.modules.obj()),
                                                              interp.intern("_pcre"))),
                                     interp.intern("Code"));
    auto* code_type = static_cast<Type*>(code_type_v.obj());
    BASTION_TRY_ASSIGN(Own<CodeObject> obj, interp.make<CodeObject>(code_type));
    obj->gcontext = pcre2_general_context_create(pcre_alloc, pcre_free, &interp);
    if (!obj->gcontext)
        return interp.no_memory();
    pcre2_compile_context* cctx = pcre2_compile_context_create(obj->gcontext);
    if (!cctx)
        return interp.no_memory();
    int err = 0;
    PCRE2_SIZE err_offset = 0;
    obj->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pat.bytes.data()), pat.bytes.size(),
                              static_cast<uint32_t>(options) | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &err, &err_offset, cctx);
    pcre2_compile_context_free(cctx);
    if (!obj->code) {
        if (err == PCRE2_ERROR_NOMEMORY)
            return interp.no_memory();
        Subject offsets;
        make_subject(static_cast<StrObject*>(args.items[0].obj()), &offsets, true);
        int64_t pos = offsets.to_cp(std::min(static_cast<std::size_t>(err_offset), pat.bytes.size()));
        return raise_re_error(interp, pcre_message(err), args.items[0], pos);
    }
    (void)pcre2_jit_compile(obj->code, PCRE2_JIT_COMPLETE); // optional speed-up
    uint32_t groups = 0;
    pcre2_pattern_info(obj->code, PCRE2_INFO_CAPTURECOUNT, &groups);
    obj->groups = groups;
    return std::move(obj).into_ref();
}

// Code.info() -> (number of groups, {name: group number}).
Result<Ref> code_info(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "info", 0, 0));
    auto* c = static_cast<CodeObject*>(self.obj());
    BASTION_TRY_ASSIGN(Own<DictObject> names, dict_new(interp));
    uint32_t count = 0;
    uint32_t entry_size = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMETABLE, &table);
    for (uint32_t i = 0; i < count; ++i) {
        PCRE2_SPTR entry = table + static_cast<std::size_t>(i) * entry_size;
        int number = (entry[0] << 8) | entry[1];
        const char* name = reinterpret_cast<const char*>(entry + 2);
        BASTION_TRY_ASSIGN(Ref key, make_str(interp, std::string_view(name, std::strlen(name))));
        BASTION_TRY(dict_set(interp, names.get(), key, Value::small_int(number)));
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value::small_int(c->groups), Value(names.get())}));
    return Ref(std::move(t));
}

// Code.scan(string, pos, endpos, mode, count) -> list of span tuples
// (start0, end0, start1, end1, ...; -1 for a group that did not take part).
Result<Ref> code_scan(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "scan", 5, 5));
    auto* c = static_cast<CodeObject*>(self.obj());
    if (!is_str(interp, args.items[0]))
        return interp.raise_fmt(interp.exc.TypeError, "expected string or bytes-like object, got '{}'",
                                type_of(interp, args.items[0])->name);
    auto* s = static_cast<StrObject*>(args.items[0].obj());
    int64_t pos = 0, endpos = 0, mode = 0, count = 0;
    if (!int_to_i64(args.items[1], &pos) || !int_to_i64(args.items[2], &endpos) ||
        !int_to_i64(args.items[3], &mode) || !int_to_i64(args.items[4], &count))
        return interp.raise(interp.exc.TypeError, "scan() arguments must be ints");
    pos = std::clamp<int64_t>(pos, 0, s->length);
    endpos = std::clamp<int64_t>(endpos, 0, s->length);
    BASTION_TRY_ASSIGN(Own<ListObject> out, list_new(interp));
    if (endpos < pos)
        return Ref(std::move(out));

    Subject subj;
    make_subject(s, &subj, true);
    std::size_t length = subj.to_byte(endpos);

    pcre2_match_data* md = pcre2_match_data_create_from_pattern(c->code, c->gcontext);
    pcre2_match_context* mctx = pcre2_match_context_create(c->gcontext);
    if (!md || !mctx) {
        if (md)
            pcre2_match_data_free(md);
        if (mctx)
            pcre2_match_context_free(mctx);
        return interp.no_memory();
    }
    bool budgeted = interp.limits.max_steps != 0;
    uint32_t limit = kDefaultMatchLimit;
    if (budgeted)
        limit = static_cast<uint32_t>(std::clamp<uint64_t>(interp.steps_left, 1, UINT32_MAX));
    pcre2_set_match_limit(mctx, limit);
    pcre2_set_depth_limit(mctx, kDepthLimit);

    uint32_t base_options = PCRE2_NO_UTF_CHECK;
    if (mode == kMatch)
        base_options |= PCRE2_ANCHORED;
    else if (mode == kFullMatch)
        base_options |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    std::size_t at = subj.to_byte(pos);
    bool after_empty = false;
    Status status;
    for (int64_t found = 0; count == 0 || found < count; ++found) {
        if (at > length)
            break;
        uint32_t options = base_options | (after_empty ? PCRE2_NOTEMPTY_ATSTART : 0);
        int rc = pcre2_match(c->code, reinterpret_cast<PCRE2_SPTR>(subj.bytes.data()), length, at, options, md, mctx);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
            rc = pcre2_match(c->code, reinterpret_cast<PCRE2_SPTR>(subj.bytes.data()), length, at,
                             options | PCRE2_NO_JIT, md, mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
            if (budgeted && rc == PCRE2_ERROR_MATCHLIMIT) {
                interp.steps_left = 0;
                status = interp.raise_fmt(interp.exc.StepLimitExceeded,
                                          "exceeded the limit of {} bytecode instructions", interp.limits.max_steps);
            } else {
                status = raise_re_error(interp, "catastrophic backtracking: the pattern exceeded the regular expression " +
                                                    std::string(rc == PCRE2_ERROR_MATCHLIMIT ? "match" : "depth") + " limit",
                                        Value(), -1);
            }
            break;
        }
        if (rc == PCRE2_ERROR_NOMEMORY) {
            status = interp.no_memory();
            break;
        }
        if (rc < 0) {
            status = raise_re_error(interp, pcre_message(rc), Value(), -1);
            break;
        }
        PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
        uint32_t pairs = c->groups + 1;
        Result<Own<TupleObject>> tr = tuple_new_uninitialized(interp, static_cast<int64_t>(pairs) * 2);
        if (!tr.ok()) {
            status = tr.take_error();
            break;
        }
        Own<TupleObject> t = std::move(tr.value());
        for (uint32_t g = 0; g < pairs; ++g) {
            bool unset = g >= static_cast<uint32_t>(rc) || ov[2 * g] == PCRE2_UNSET;
            t->items()[2 * g] = Value::small_int(unset ? -1 : subj.to_cp(ov[2 * g]));
            t->items()[2 * g + 1] = Value::small_int(unset ? -1 : subj.to_cp(ov[2 * g + 1]));
        }
        status = list_append(interp, out.get(), Value(t.get()));
        if (!status.ok())
            break;
        if (mode != kSearch)
            break;
        after_empty = ov[0] == ov[1];
        at = ov[1];
        if (ov[0] > ov[1]) // \K can report a start after the end; stop rather than loop
            break;
    }
    pcre2_match_data_free(md);
    pcre2_match_context_free(mctx);
    BASTION_TRY(status);
    return Ref(std::move(out));
}

const MethodDef kCodeMethods[] = {
    {"info", code_info},
    {"scan", code_scan},
};

constexpr std::string_view kErrorSource = R"PY(
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str) and '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                self.lineno = 1
                self.colno = pos + 1
        super().__init__(msg)
error.__module__ = 're'
)PY";

} // namespace

Status init_pcre_module(Interpreter& interp, DictObject* module_dict) {
    BASTION_TRY_ASSIGN(Own<Type> t, interp.make<Type>(interp.types.type));
    t->interp = &interp;
    t->base = interp.types.object;
    Type* type = t.get();
    (void)std::move(t).into_ref().release(); // lives as long as the interpreter
    type->name = "_pcre.Code";
    type->qualname = "Code";
    type->instance_size = sizeof(CodeObject);
    type->destroy = destroy_as<CodeObject>;
    BASTION_TRY(ready_builtin_type(interp, type));
    BASTION_TRY(add_methods(interp, type, kCodeMethods));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("Code"), Value(type)));
    BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, "compile", pcre_compile_fn, "_pcre"));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("compile"), fn));
    struct Constant {
        std::string_view name;
        uint32_t value;
    };
    const Constant constants[] = {
        {"CASELESS", PCRE2_CASELESS}, {"MULTILINE", PCRE2_MULTILINE}, {"DOTALL", PCRE2_DOTALL},
        {"EXTENDED", PCRE2_EXTENDED}, {"UCP", PCRE2_UCP},
    };
    for (const Constant& k : constants) {
        BASTION_TRY_ASSIGN(Ref v, int_from_u64(interp, k.value));
        BASTION_TRY(dict_set_str(interp, module_dict, interp.intern(k.name), v));
    }
    BASTION_TRY_ASSIGN(Ref r, interp.eval_source(kErrorSource, "<_pcre>", Value(module_dict), Value(module_dict)));
    (void)r;
    return {};
}

} // namespace bastion
