// function.h: Python function objects (FunctionObject: code + globals + defaults + closure)
// and bound methods (MethodObject), with their descriptor binding and attributes.
// Calling a function runs its code through the interpreter loop (eval.h).
// Not for: argument binding (call.cpp) or builtin functions (objects/native.h).
#pragma once

#include "objects/value.h"
#include "vm/interpreter.h"

namespace bastion {

struct CodeObject;

// __dict__ is the managed dict in front of the header (the type has kTypeManagedDict).
struct FunctionObject : Object {
    Ref code;        // CodeObject (verified by construction, so __code__ may be reassigned)
    Ref globals;     // DictObject
    Ref builtins;    // DictObject
    Ref name;        // str
    Ref qualname;    // str
    Ref defaults;    // tuple or null
    Ref kwdefaults;  // dict or null
    Ref closure;     // tuple of cells or null
    Ref annotations; // dict or null (made on first access)
    Ref doc;         // any object; null means None
    Ref module;      // any object; null means None
    // co_argcount + 1 of `code` when a call with exactly that many positional arguments
    // can take CALL's inline frame push (frame_fast.h push_exact_frame_fast): no *args,
    // **kwargs, keyword-only parameters, cells, free variables or generator flags; else 0.
    // Set with `code` (function_new, fn_set_code), so the call tests one field, not five.
    uint32_t exact_call_nargs1 = 0;

    CodeObject* code_object() const { return reinterpret_cast<CodeObject*>(code.obj()); }
};

struct MethodObject : Object {
    Ref func; // any callable
    Ref self;
};

// A new function for `code` in `globals` (its builtins come from globals["__builtins__"]
// when that is a dict or module, else the interpreter's builtins). Name, qualname and
// doc come from the code object, __module__ from globals["__name__"].
Result<Own<FunctionObject>> function_new(Interpreter&, CodeObject* code, Value globals);
// Exactly a Python function / bound method (inline: the call fast path tests both).
inline bool is_function(Interpreter& interp, Value v) {
    return v.is_obj() && v.obj()->type == interp.types.function;
}
Result<Own<MethodObject>> method_new(Interpreter&, Value func, Value self);
inline bool is_method(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.method; }

// The builtins dict that code running with these globals sees.
Value builtins_for_globals(Interpreter&, Value globals);

void init_function_type_slots(Interpreter&);
Status init_function_type_methods(Interpreter&);

} // namespace bastion
