// generator.h: generator objects. Calling a function whose code has CO_GENERATOR makes
// one; its frame lives inside the generator object and runs (re-entering the loop) on
// __next__/send/throw. StopIteration(value) on return; PEP 479 turns a StopIteration
// escaping the body into RuntimeError. Implemented in vm/generator.cpp.
#pragma once

#include "objects/type.h"
#include "vm/frame.h"

namespace bastion {

struct FunctionObject;
struct TupleObject;

struct alignas(alignof(Ref)) GeneratorObject : Object {
    Ref name;     // str
    Ref qualname; // str
    // The generator's handled exception (null: None), its own entry of the exc_info chain:
    // linked in front of VmState::exc_info while it runs (vm_state.h), kept across yields.
    ExcStackItem exc_state;
    Ref code;      // the frame's code once the frame is cleared (gi_code outlives the frame)
    bool running = false;
    bool frame_live = false; // the frame below is constructed (cleared once finished)
    bool finalizing = false; // being freed: closing it must not take new references
    bool ag_running_async = false; // async generators: one of its asend/athrow awaitables runs
    bool ag_closed = false;        // async generators: aclose()d, or ended by StopAsyncIteration
    bool ag_hooks_inited = false;  // async generators: the sys.set_asyncgen_hooks hooks were taken
    Ref ag_finalizer;              // async generators: the finalizer hook taken then (null: none)
    // The frame is constructed in the storage after this object.
    Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
    ~GeneratorObject();
};

// A coroutine (the result of calling an `async def` function) is a GeneratorObject of type
// `coroutine`: the same frame machinery, its own type, messages and attributes
// (vm/coroutine.cpp). True for both kinds.
bool is_generator_object(Interpreter&, const Object* o);
bool is_coroutine(Interpreter&, Value v);

// Make a generator (or, for code with CO_COROUTINE, a coroutine) for a call of `fn` with
// bound arguments.
Result<Ref> generator_new(Interpreter&, FunctionObject* fn, const Value* args, std::size_t nargs,
                          TupleObject* kwnames);
bool is_generator(Interpreter&, Value v);

// Resume with `value` (None for __next__). Returns the yielded value with *returned =
// false, or the return value with *returned = true (no StopIteration is made).
Result<Ref> generator_send(Interpreter&, GeneratorObject* gen, Value value, bool* returned);

// gen.close() for any kind (None, or the error of one that ignored GeneratorExit).
Result<Ref> generator_close_object(Interpreter&, GeneratorObject* gen);

// Async generators (vm/async_generator.cpp), and the aiter()/anext() builtins.
void init_async_generator_type_slots(Interpreter&);
Status init_async_generator_type_methods(Interpreter&);
Result<Ref> builtin_aiter(Interpreter&, CallArgs args);
// An async generator freed or collected while suspended: its finalizer hook (asyncio's
// schedules aclose() on the loop) when it took one and is not closed, else close().
Status async_gen_finalize(Interpreter&, GeneratorObject* gen);
// sys.set_asyncgen_hooks(firstiter=..., finalizer=...) and sys._get_asyncgen_hooks().
Result<Ref> sys_set_asyncgen_hooks(Interpreter&, CallArgs args);
Result<Ref> sys_get_asyncgen_hooks_tuple(Interpreter&, CallArgs args);
Result<Ref> builtin_anext(Interpreter&, CallArgs args);

void init_generator_type_slots(Interpreter&);
Status init_generator_type_methods(Interpreter&);
void init_coroutine_type_slots(Interpreter&);     // vm/coroutine.cpp
Status init_coroutine_type_methods(Interpreter&); // vm/coroutine.cpp

} // namespace bastion
