// eval.h: the VM-internal entry points into the interpreter loop (eval.cpp) and the frame
// lifecycle shared by call.cpp, generator.cpp, build_class.cpp and interpreter.cpp.
// Not a public header: other components call Python code through abstract.h's call().
#pragma once

#include <cstddef>

#include "objects/type.h"
#include "vm/frame.h"

namespace bastion {

struct CodeObject;
struct FunctionObject;
struct TupleObject;

// Allocate a thread frame for `code`, link it as the innermost frame and count it
// against the recursion limit (RecursionError past interp.recursion_limit). `moved` and
// `nmoved` as frame_init's (the arguments stay in place when this fails).
Result<Frame*> push_thread_frame(Interpreter&, CodeObject* code, Value func, Value globals, Value builtins,
                                 Value locals, Ref* moved = nullptr, std::size_t nmoved = 0);
// Unlink, clear and free a thread frame pushed by push_thread_frame (must be innermost).
void pop_thread_frame(Interpreter&, Frame* f);

// Bind a call's arguments into the fast locals of `f` (a fresh frame for fn's code) and
// set up its cells and free variables. CPython's messages on error.
Status bind_arguments(Interpreter&, FunctionObject* fn, Frame* f, const Value* args, std::size_t nargs,
                      TupleObject* kwnames);
// push_thread_frame + bind_arguments; on a binding error the frame is popped again.
Result<Frame*> push_function_frame(Interpreter&, FunctionObject* fn, const Value* args, std::size_t nargs,
                                   TupleObject* kwnames, Value locals = Value());

// The CALL fast path: when fn's code needs no argument processing beyond positional
// parameters and defaults (no *args, **kwargs, keyword-only parameters, generator flags)
// and the parameters past nargs all have defaults, push its frame and MOVE the arguments
// out of `args` (the caller's stack slots, left null). Returns null, touching nothing,
// when the call needs the general path (push_function_frame). With `func_slot` (the
// caller's stack slot holding fn), fn's reference moves into the frame too.
Result<Frame*> push_positional_frame(Interpreter&, FunctionObject* fn, Ref* args, std::size_t nargs,
                                     Ref* func_slot = nullptr);

// Run `f`, already linked as the innermost frame, until it returns (or, for a generator
// frame, yields: then f->state is Suspended). Frames it calls run in this same loop.
// With `throw_exc`, execution starts by raising it at the current instruction
// (generator.throw). Thread frames are popped when they finish.
Result<Ref> run_frame(Interpreter&, Frame* f, Ref throw_exc = {});

// Call a Python function from native code (the function type's call slot). Generator
// functions return a new generator.
Result<Ref> call_function(Interpreter&, FunctionObject* fn, CallArgs args);
// Run fn's code with `locals` as its namespace (class bodies: __build_class__).
Result<Ref> call_function_with_locals(Interpreter&, FunctionObject* fn, Value locals);
// Run module-level code (a module body, exec) in globals/locals.
Result<Ref> run_code(Interpreter&, CodeObject* code, Value globals, Value locals);

// CPython's _PyObject_FunctionStr: "f()" for functions, "A.f()" for methods, else the
// type name + " object"; used in call error messages.
std::string function_str(Interpreter&, Value callable);

} // namespace bastion
