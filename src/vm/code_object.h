// code_object.h: CodeObject, the runtime form of a verified bc::CodeImage, and the only
// two ways to make one: materialize() from a verify::VerifiedCode token, and load_code(),
// which verifies first. So no unverified code object can exist (SPEC.md).
// Not for: verification rules (verify/) or execution (eval.cpp).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bytecode/code_image.h"
#include "objects/tuple_object.h"
#include "objects/type_cache.h"
#include "objects/value.h"
#include "verify/verifier.h"
#include "vm/frame.h"

namespace bastion {

struct StrObject;
struct TupleObject;

struct CodeObject : Object {
    std::shared_ptr<const bc::CodeImage> image; // immutable and verified
    const uint32_t* units = nullptr;            // image->code.data()
    uint32_t ncode = 0;

    Ref consts;   // tuple
    Ref names;    // tuple of interned str
    Ref varnames; // tuple of interned str
    Ref cellvars; // tuple of interned str
    Ref freevars; // tuple of interned str
    Ref name;     // str
    Ref qualname; // str
    Ref filename; // str

    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t nlocals = 0;
    uint32_t ncells = 0;
    uint32_t nfrees = 0;
    uint32_t stacksize = 0;
    uint32_t flags = 0;
    uint32_t firstlineno = 0;
    uint32_t total_args = 0;   // argcount + kwonly + (*args) + (**kwargs)
    uint32_t nlocalsplus = 0;  // nlocals + ncells + nfrees: where the value stack starts
    uint32_t nslots = 0;       // nlocalsplus + stacksize

    // The attribute entries of LOAD_ATTR, STORE_ATTR and LOAD_METHOD, one per name index
    // (objects/type_cache.h AttrSiteTable): sized by attr_site_count at materialize,
    // allocated when the first such instruction runs. Never copied by code.replace (a new
    // code object starts empty) nor marshalled.
    AttrSiteTable attr_sites;

    // Per cell variable: the index of the argument it captures, or -1 (filled at frame
    // entry: "arguments captured by inner functions are in both varnames and cellvars").
    std::vector<int32_t> cell_arg;

    // Borrowed views into the tuples above (valid while this object lives). Indexes are
    // bounds-checked by TupleObject::at.
    const Value* const_items() const { return static_cast<TupleObject*>(consts.obj())->items(); }
    StrObject* name_at(uint32_t i) const { return str_at(names, i); }
    StrObject* varname_at(uint32_t i) const { return str_at(varnames, i); }
    StrObject* deref_name_at(uint32_t i) const { // cellvars then freevars
        return i < ncells ? str_at(cellvars, i) : str_at(freevars, i - ncells);
    }

    bool is_generator() const {
        return (flags & (bc::kCoGenerator | bc::kCoCoroutine | bc::kCoAsyncGenerator)) != 0;
    }
    uint32_t line_for(uint32_t pc) const { return image->line_for(pc); }

private:
    static StrObject* str_at(const Ref& tuple, uint32_t i) {
        return reinterpret_cast<StrObject*>(static_cast<TupleObject*>(tuple.obj())->at(i).obj());
    }
};

inline Ref* Frame::cells() { return slots() + code->nlocals; }
inline Ref* Frame::stack_base() { return slots() + code->nlocalsplus; }

// The number of attribute entries a code object needs (AttrSiteTable::wanted): 1 + the
// largest name index that a LOAD_ATTR, STORE_ATTR or LOAD_METHOD of `code` names, 0 when
// there is none. Every unit is an instruction (opcodes.h: no EXTENDED_ARG).
uint32_t attr_site_count(std::span<const uint32_t> code);

// Make a code object (and, recursively, its nested code constants) from a verified image.
Result<Own<CodeObject>> materialize(Interpreter&, const verify::VerifiedCode& verified);
// Verify, then materialize. A VerifyError becomes VerificationError (a ValueError) with
// attributes code_name, offset and rule.
Result<Own<CodeObject>> load_code(Interpreter&, std::shared_ptr<const bc::CodeImage> image);
// The VerificationError for a failed verification (returned in flight).
Raised verification_error(Interpreter&, const verify::VerifyError& error);
bool is_code(Interpreter&, Value v);

// Python constant object of a bc::Constant (code constants need their VerifiedCode, so
// this handles every other kind).
Result<Ref> constant_to_object(Interpreter&, const bc::Constant& c);

void init_code_type_slots(Interpreter&);
Status init_code_type_methods(Interpreter&);

} // namespace bastion
