// generator_internal.h: what vm/generator.cpp shares with vm/coroutine.cpp, which builds the
// coroutine and coroutine_wrapper types on the same GeneratorObject machinery. Not a
// public header.
#pragma once

#include "objects/native.h"
#include "vm/generator.h"

namespace bastion {

// The methods and attributes both kinds have (the coroutine's are named cr_*).
Result<Ref> generator_send_method(Interpreter&, Value self, CallArgs args);  // send(value)
Result<Ref> generator_throw_method(Interpreter&, Value self, CallArgs args); // throw(typ[, val[, tb]])
Result<Ref> generator_close_method(Interpreter&, Value self, CallArgs args); // close()
Result<Ref> generator_get_name(Interpreter&, Value self);
Status generator_set_name(Interpreter&, Value self, Value v);
Result<Ref> generator_get_qualname(Interpreter&, Value self);
Status generator_set_qualname(Interpreter&, Value self, Value v);
Result<Ref> generator_get_running(Interpreter&, Value self);
Result<Ref> generator_get_frame(Interpreter&, Value self);
Result<Ref> generator_get_code(Interpreter&, Value self);
Result<Ref> generator_get_yieldfrom(Interpreter&, Value self);
Result<Ref> generator_get_suspended(Interpreter&, Value self);
Result<Ref> generator_repr(Interpreter&, Value self);
// The sub-iterator a suspended `yield from` / `await` delegates to, or null.
Value generator_delegate(GeneratorObject* gen);
// The coroutine a coroutine_wrapper (coro.__await__()) drives, or null for anything else
// (vm/coroutine.cpp).
Value coroutine_wrapper_target(Interpreter&, Value v);
// StopIteration(value) raised, as a generator's return ends send()/throw()/an awaitable
// (bare for None, as CPython's _PyGen_SetStopIterationValue).
Raised raise_stop_iteration(Interpreter&, Value value);
// throw()'s arguments (type[, value[, traceback]] or an exception; 1 to 3 of them) as the
// exception to throw, with CPython's TypeErrors.
Result<Ref> throw_args_exception(Interpreter&, std::span<const Value> args);
// Throw `exc` into `gen` (through the delegate of a suspended `yield from`/await): the next
// value, *returned when the body returned it instead. `close_on_genexit` false: aclose().
Result<Ref> generator_throw(Interpreter&, GeneratorObject* gen, Ref exc, bool* returned, bool close_on_genexit);
// The destroy slot of both kinds: close a suspended one (its finally blocks run).
void generator_destroy(Object* o);

} // namespace bastion
