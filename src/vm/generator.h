// generator.h: generator objects. Calling a function whose code has CO_GENERATOR makes
// one; its frame lives inside the generator object and runs (re-entering the loop) on
// __next__/send/throw. StopIteration(value) on return; PEP 479 turns a StopIteration
// escaping the body into RuntimeError. Implemented in vm/generator.cpp.
#pragma once

#include <cstddef>
#include <type_traits>

#include "objects/abstract.h"
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
    // The generator_drive consumer of the run_frame invocation that runs this frame as its
    // entry (null otherwise, and while the consumer takes an item).
    struct GeneratorSink* sink = nullptr;
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

// A native consumer of a generator's items (sum, list(), any, ...), driven by the loop: the
// generator's frame runs in one invocation of run_frame for all its items, and each yield
// of that frame hands the item to the consumer and resumes the frame in place when it asks
// for more, instead of returning from run_frame and re-entering it per item
// (generator_drive; the loop's YIELD_VALUE calls generator_yield_to_sink).
struct GeneratorSink {
    // Takes one item with the frame suspended and unlinked, exactly as after a yield to a
    // native resumer (the consumer may run any code). true: resume the generator for the
    // next item; false: stop (with `error` set when the consumer failed).
    bool (*take)(Interpreter&, GeneratorSink*, Ref item) = nullptr;
    // Optional: takes the item while the frame stays linked and running, when that is
    // unobservable: it runs no Python code, allocates nothing and releases nothing
    // (sum's small-int addition). true: taken (moved out of or needing no release), resume;
    // false: the item is untouched, `take` gets it.
    bool (*take_quietly)(GeneratorSink*, Ref& item) = nullptr;
    Ref error;            // the consumer's error (take returned false with it set)
    bool stopped = false; // the loop left the frame at a yield because of this sink
    bool done = false;    // ... and the consumer wants no more items (or failed)
};

// Resume `gen` (an exact generator) for item after item, handing each to `sink`, until it
// returns (the return value is dropped), raises (the error; PEP 479 applies), or the sink
// stops. Each resumption is what generator_send(None) does, its step charged first as
// iter_next does: anything unusual (running, finished, the recursion limit, a consumer that
// resumed or closed the generator itself) takes generator_send's path for that item.
Status generator_drive(Interpreter&, GeneratorObject* gen, GeneratorSink& sink);

// The generator whose frame `f` is (f->owner must be FrameOwner::Generator): the frame is
// constructed right after its generator (GeneratorObject::frame()).
inline GeneratorObject* generator_of_frame(Frame* f) { return reinterpret_cast<GeneratorObject*>(f) - 1; }

// Call `take(Ref item) -> Result<bool>` (true: continue) for each item of the iterator `it`
// (a generator is driven, anything else drawn with iter_next); stops at exhaustion, at the
// first false or error. `quiet(Ref& item) -> bool`, when given, is GeneratorSink::take_quietly.
template <class F, class Q = std::nullptr_t>
Status for_each_item(Interpreter& interp, Value it, F&& take, Q quiet = nullptr);

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

template <class F, class Q>
Status for_each_item(Interpreter& interp, Value it, F&& take, Q quiet) {
    if (is_generator(interp, it)) {
        struct Sink : GeneratorSink {
            std::remove_reference_t<F>* fn;
            Q* quiet;
        } sink;
        sink.fn = &take;
        sink.quiet = &quiet;
        sink.take = [](Interpreter&, GeneratorSink* s, Ref item) -> bool {
            auto* self = static_cast<Sink*>(s);
            Result<bool> more = (*self->fn)(std::move(item));
            if (!more.ok()) {
                self->error = std::move(more.take_error().exception);
                return false;
            }
            return more.value();
        };
        if constexpr (!std::is_same_v<Q, std::nullptr_t>)
            sink.take_quietly = [](GeneratorSink* s, Ref& item) -> bool { return (*static_cast<Sink*>(s)->quiet)(item); };
        return generator_drive(interp, static_cast<GeneratorObject*>(it.obj()), sink);
    }
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return {};
        BASTION_TRY_ASSIGN(bool more, take(std::move(item)));
        if (!more)
            return {};
    }
}

} // namespace bastion
