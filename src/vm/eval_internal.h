// eval_internal.h: the out-of-line slow paths of the interpreter loop (eval_slow.cpp,
// eval_match.cpp, import.cpp, generator.cpp). Each implements one instruction's
// uncommon case with CPython 3.11's semantics and messages. Private to vm/.
#pragma once

#include <cstdint>

#include "objects/type.h"
#include "vm/frame.h"
#include "vm/interpreter.h"

namespace bastion {

struct CodeObject;
struct StrObject;
struct TupleObject;

// Numbers component (objects/int_object.h): an int for any int64.
Result<Ref> int_from_i64(Interpreter&, int64_t v);

// --- Names -----------------------------------------------------------------------------------
Result<Ref> load_name(Interpreter&, Frame* f, StrObject* name);
// LOAD_GLOBAL when globals or builtins is not an exact dict: globals[name], then
// builtins[name], each through the mapping's __getitem__ (a KeyError means absent).
Result<Ref> load_global_mapping(Interpreter&, Frame* f, StrObject* name);
Status store_name(Interpreter&, Frame* f, StrObject* name, Value value);
Status delete_name(Interpreter&, Frame* f, StrObject* name);
Status delete_global(Interpreter&, Frame* f, StrObject* name);
Result<Ref> load_classderef(Interpreter&, Frame* f, uint32_t index);
Raised unbound_local(Interpreter&, CodeObject* co, uint32_t index);
Raised unbound_deref(Interpreter&, CodeObject* co, uint32_t index);
Raised name_error(Interpreter&, StrObject* name);

// --- Building and unpacking --------------------------------------------------------------------
// Items go to out[n-1] .. out[0] (the first item ends on top of the stack).
Status unpack_sequence(Interpreter&, Value seq, uint32_t n, Ref* out);
Status unpack_ex(Interpreter&, Value seq, uint32_t before, uint32_t after, Ref* out);
Result<Ref> build_string(Interpreter&, Ref* items, uint32_t n);
Result<Ref> build_list(Interpreter&, Ref* items, uint32_t n);
Result<Ref> build_set(Interpreter&, Ref* items, uint32_t n);
Result<Ref> build_map(Interpreter&, Ref* items, uint32_t n);
Result<Ref> build_slice(Interpreter&, Ref* items, uint32_t n);
Status list_append_to(Interpreter&, Value list, Value item);
Status set_add_to(Interpreter&, Value set, Value item);
Status map_add_to(Interpreter&, Value dict, Value key, Value value);
Status list_extend_with(Interpreter&, Value list, Value iterable);
Status set_update_with(Interpreter&, Value set, Value iterable);
Status dict_update_with(Interpreter&, Value dict, Value other);
// `callable` (may be null) names the function in the duplicate-keyword message.
Status dict_merge_with(Interpreter&, Value dict, Value other, Value callable);
Result<Ref> list_to_tuple(Interpreter&, Value list);
Result<Ref> format_value(Interpreter&, Value value, uint32_t conversion, Value spec);

// --- Exceptions ---------------------------------------------------------------------------------
// `raise exc [from cause]` (cause may be null): always returns the exception to raise.
Raised do_raise(Interpreter&, Value exc, Value cause);
// Bare `raise`: the handled exception, or RuntimeError. *reraise tells whether it is a
// re-raise (no new traceback entry, no chaining).
Raised do_reraise(Interpreter&, bool* reraise);
Result<bool> check_exc_match(Interpreter&, Value exc, Value type);
Status check_eg_match(Interpreter&, Value eg, Value type, Ref* rest, Ref* match);
Result<Ref> prep_reraise_star(Interpreter&, Value orig, Value raised_list);

// --- Calls and functions -----------------------------------------------------------------------
Result<Ref> make_function(Interpreter&, Frame* f, uint32_t flags, Ref* operands);
// CALL of a class with positional arguments (the stack at `base`: NULL, cls, args...), when
// is_plain_class_call(cls): the instance is made as type_call makes it (tp_new) and put in
// base[0], the call's result slot. When its __init__ is a plain function that
// push_positional_frame takes, __init__'s frame is pushed with (instance, args...) moved out
// of base[1..] and returned, owned as FrameOwner::Init (RETURN_VALUE checks for None);
// otherwise tp_init runs here and null is returned (the call is complete).
Result<Frame*> push_init_frame(Interpreter&, Ref* base, std::size_t nargs);
// A class whose metaclass call is type's and whose instances come from object.__new__.
inline bool is_plain_class_call(Interpreter& interp, Value callable) {
    if (!callable.is_obj() || callable.obj()->type->call != interp.types.type->call)
        return false;
    auto* t = static_cast<Type*>(callable.obj());
    return t->has_flag(kTypeHeap) && t->tp_new == interp.types.object->tp_new;
}
// object.__new__(type) with no arguments: the instance, or the TypeError of an abstract
// class (objects/object_type.cpp; object_new after its excess-argument check).
Result<Ref> object_new_no_args(Interpreter&, Type* type);
// The TypeError of an __init__ that returned `value` (not None).
Raised init_returned_non_none(Interpreter&, Value value);
// callable(*args, **kwargs); self (may be null) is prepended.
Result<Ref> call_function_ex(Interpreter&, Value callable, Value self, Value args, Value kwargs);
Result<Ref> load_build_class(Interpreter&, Frame* f);
// `super().name(...)`: CALL 0 of exactly the builtin super followed by LOAD_METHOD name,
// run together (objects/descriptors.cpp). With base[0] null and base[1] super (the CALL's
// slots), when the zero-argument super() of the running frame finds a plain function for
// `name` as super_method does for a super object, base becomes (function, instance), as
// LOAD_METHOD leaves it, and the result is true; no super object is made. False, touching
// nothing, when anything else would happen (the generic CALL and LOAD_METHOD run then).
// The errors of super()'s zero-argument form are raised as the CALL would raise them.
Result<bool> super_method_zero_arg(Interpreter&, StrObject* name, Ref* base);

// --- with / misc -------------------------------------------------------------------------------
// Pushes: *exit_out = bound __exit__; returns __enter__().
Result<Ref> before_with(Interpreter&, Value mgr, Ref* exit_out);
Result<Ref> with_except_start(Interpreter&, Value exit, Value exc);
Status setup_annotations(Interpreter&, Frame* f);
Status print_expr(Interpreter&, Value value);
Result<Ref> get_len(Interpreter&, Value obj);

// --- Pattern matching (eval_match.cpp) ------------------------------------------------------------
bool match_mapping(Interpreter&, Value subject);
bool match_sequence(Interpreter&, Value subject);
Result<Ref> match_keys(Interpreter&, Value subject, Value keys);
Result<Ref> match_class(Interpreter&, Value subject, Value cls, uint32_t nargs, Value kwnames);
Result<Ref> copy_dict_without_keys(Interpreter&, Value subject, Value keys);

// --- Imports (import.cpp) ------------------------------------------------------------------------
Result<Ref> import_name(Interpreter&, Frame* f, StrObject* name, Value fromlist, Value level);
Result<Ref> import_from(Interpreter&, Value module, StrObject* name);
Status import_star(Interpreter&, Frame* f, Value module);

// --- Generators (generator.cpp) --------------------------------------------------------------------
Result<Ref> get_yield_from_iter(Interpreter&, Value iterable);
// SEND: resume `receiver` with `value`; *returned tells a return (the result) from a yield.
Result<Ref> send_to(Interpreter&, Value receiver, Value value, bool* returned);

// The loop's own resumption of a generator (FOR_ITER and SEND over an exact generator):
// the generator's frame runs in the caller's invocation of the loop, as CPython 3.11 does,
// instead of re-entering run_frame through __next__/send. Each step keeps what resume()
// does (gi_running, the generator's handled-exception entry, the recursion depth,
// PEP 479), so what Python code can observe is the same.
// Links the frame of generator `gen` as the innermost running frame and returns it; with
// `value` (SEND) the value a suspended yield evaluates to is moved out of *value, without
// it (FOR_ITER) the value is None. Returns null, touching nothing, when resume() must run
// instead: already running, finished, a non-None value sent to a just-started generator,
// or the recursion limit reached (resume raises the errors). `gen` must be an exact
// generator: FOR_ITER and SEND test its type before the call (a coroutine is never
// entered inline).
Frame* generator_enter_inline(Interpreter&, Value gen, Ref* value);
// The loop's YIELD_VALUE of a generator frame that is the entry of its run_frame invocation
// and driven by a native consumer (generator_drive; its stack depth saved): hand `item` to
// the sink and return true with the frame running again (its next instruction to run,
// None pushed as the yield's value); false: the frame was left suspended, return from
// run_frame (with `item` null).
bool generator_yield_to_sink(Interpreter&, Frame* f, Ref& item);
// The inline frame `f` executed YIELD_VALUE (its stack depth saved): unlink it, suspended.
void generator_yield_inline(Interpreter&, Frame* f);
// The inline frame `f` returned (its stack depth saved): unlink it and finish the generator.
void generator_return_inline(Interpreter&, Frame* f);
// The exception `exc` left the inline frame `f`: unlink it, finish the generator, and
// return the exception to raise in the caller (PEP 479: StopIteration becomes RuntimeError).
Ref generator_raise_inline(Interpreter&, Frame* f, Ref exc);

// CPython's _PyObject_LookupSpecial: `name` looked up on obj's type and bound to obj; null
// when absent (vm/eval_slow.cpp).
Result<Ref> lookup_special(Interpreter&, Value obj, StrObject* name);

// --- Coroutines (vm/coroutine.cpp) ------------------------------------------------------------------
// GET_AWAITABLE: the iterator `await obj` drives; `where` 1/2 name __aenter__/__aexit__ in
// the error for an object without __await__.
Result<Ref> get_awaitable(Interpreter&, Value obj, uint32_t where);
Result<Ref> get_aiter(Interpreter&, Value obj);   // GET_AITER
Result<Ref> get_anext(Interpreter&, Value aiter); // GET_ANEXT: the awaitable of aiter.__anext__()
Result<Ref> async_gen_wrap(Interpreter&, Value value); // ASYNC_GEN_WRAP (vm/async_generator.cpp)
// BEFORE_ASYNC_WITH: *exit = the bound __aexit__, returns mgr.__aenter__().
Result<Ref> before_async_with(Interpreter&, Value mgr, Ref* exit);

} // namespace bastion
