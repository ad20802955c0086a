// generator.cpp: generator objects (CPython's Objects/genobject.c): creation when a
// generator function is called, resumption through the loop (send/__next__/throw/close),
// delegation to a sub-iterator in `yield from`, StopIteration(value) on return, and
// PEP 479 (a StopIteration escaping the body becomes RuntimeError). Also SEND and
// GET_YIELD_FROM_ITER for the loop.
// A suspended generator is closed when it is freed (its finally blocks run), as CPython's
// _PyGen_Finalize; errors there are reported as "Exception ignored in".
#include "vm/generator.h"
#include "vm/generator_internal.h"

#include <new>

#include <fmt/format.h>

#include "objects/abstract.h"
#include "objects/exception_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/function.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"

namespace bastion {

GeneratorObject::~GeneratorObject() {
    if (frame_live)
        frame_clear(frame());
    frame_live = false;
}

bool is_generator(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.generator; }
bool is_generator_object(Interpreter& interp, const Object* o) {
    return o->type == interp.types.generator || o->type == interp.types.coroutine ||
           o->type == interp.types.async_generator;
}
bool is_coroutine(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.coroutine; }

Result<Ref> generator_new(Interpreter& interp, FunctionObject* fn, const Value* args, std::size_t nargs,
                          TupleObject* kwnames) {
    CodeObject* co = fn->code_object();
    std::size_t bytes = frame_bytes(co);
    if (bytes == 0)
        return interp.no_memory();
    Type* type = (co->flags & bc::kCoCoroutine) != 0        ? interp.types.coroutine
                 : (co->flags & bc::kCoAsyncGenerator) != 0 ? interp.types.async_generator
                                                            : interp.types.generator;
    BASTION_TRY_ASSIGN(Own<GeneratorObject> gen, interp.make_var<GeneratorObject>(type, bytes));
    Frame* f = frame_init(gen->frame(), co, Value(fn), fn->globals, fn->builtins, Value());
    gen->frame_live = true;
    f->owner = FrameOwner::Generator;
    f->ensure_extras().generator = gen.get(); // (constructed already: the frame owns its code)
    f->state = FrameState::Created;
    gen->name = fn->name;
    gen->qualname = fn->qualname;
    BASTION_TRY(bind_arguments(interp, fn, f, args, nargs, kwnames));
    return Ref(std::move(gen));
}

namespace {

GeneratorObject* as_gen(Value v) { return static_cast<GeneratorObject*>(v.obj()); }

bool raised_is(Value exc, Type* t) { return exc.is_obj() && is_subtype(exc.obj()->type, t); }

// "generator", "coroutine" or "async generator", for the messages that name the kind
// (CPython's genobject.c); reprs use the type's name.
std::string_view kind_of(const GeneratorObject* gen) {
    return gen->type == gen->type->interp->types.async_generator ? std::string_view("async generator")
                                                                 : std::string_view(gen->type->name);
}

void finish(GeneratorObject* gen) {
    if (gen->frame_live) {
        gen->code = Ref::borrow(Value(gen->frame()->code));
        frame_clear(gen->frame());
        gen->frame_live = false;
    }
    gen->exc_state.exc.reset();
}

bool finished(GeneratorObject* gen) { return !gen->frame_live || gen->frame()->state == FrameState::Completed; }

// The value a StopIteration carries (its `value` attribute, else args[0], else None).
Ref stop_iteration_value(Interpreter& interp, Value exc) {
    StrObject* key = interp.intern("value");
    if (key) {
        auto v = get_attr_opt(interp, exc, key);
        if (v.ok() && v.value())
            return std::move(v).value();
    }
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    if (e->args && is_tuple(interp, e->args) && static_cast<TupleObject*>(e->args.obj())->size > 0)
        return Ref::borrow(static_cast<TupleObject*>(e->args.obj())->at(0));
    return interp.new_none();
}

// PEP 479: RuntimeError("generator raised StopIteration") from the StopIteration.
Raised stop_iteration_to_runtime_error(Interpreter& interp, Ref stop, std::string_view kind = "generator") {
    Raised r = interp.raise_fmt(interp.exc.RuntimeError, "{} raised StopIteration", kind);
    set_cause(r.exception, stop);
    static_cast<ExceptionObject*>(r.exception.obj())->context = std::move(stop);
    return r;
}

// PEP 525: RuntimeError("async generator raised StopAsyncIteration") from it.
Raised stop_async_iteration_to_runtime_error(Interpreter& interp, Ref stop) {
    Raised r = interp.raise(interp.exc.RuntimeError, "async generator raised StopAsyncIteration");
    set_cause(r.exception, stop);
    static_cast<ExceptionObject*>(r.exception.obj())->context = std::move(stop);
    return r;
}

// Make `gen` the running generator with its frame `f` the innermost frame: linked in
// front of the running frames, and the generator's handled exception the innermost entry
// of the exc_info chain (a pointer swap: the entry stays in the generator).
[[gnu::always_inline]] inline void link_running(Interpreter& interp, GeneratorObject* gen, Frame* f) {
    auto& vm = interp.vm();
    f->previous = vm.current;
    vm.current = f;
    ++interp.python_depth;
    gen->exc_state.previous = vm.exc_info;
    vm.exc_info = &gen->exc_state;
    gen->running = true;
}

// link_running's exc_info half undone, and the generator no longer running (run_frame
// left every inline generator frame it entered: each unlinked its entry).
[[gnu::always_inline]] inline void unlink_running_exc_state(Interpreter& interp, GeneratorObject* gen) {
    auto& vm = interp.vm();
    gen->running = false;
    BASTION_CHECK(vm.exc_info == &gen->exc_state);
    vm.exc_info = gen->exc_state.previous;
    gen->exc_state.previous = nullptr;
}

// Run the linked-in frame `f` of `gen` (its resumption value, if any, already pushed)
// until it yields, returns or raises, and settle the generator: resume()'s second half.
// Every path returns `r` itself (no move of the Result on the way out).
[[gnu::always_inline]] inline Result<Ref> run_generator(Interpreter& interp, GeneratorObject* gen, Frame* f,
                                                       Ref&& throw_exc, bool* returned) {
    // Freed generators are closed from their destroy slot: no reference may be taken then.
    Ref keep_alive = gen->finalizing ? Ref() : Ref::borrow(Value(gen));
    link_running(interp, gen, f);
    Result<Ref> r = run_frame(interp, f, std::move(throw_exc));
    unlink_running_exc_state(interp, gen);
    if (f->state != FrameState::Suspended) [[unlikely]] {
        finish(gen);
        if (r.ok())
            *returned = true;
        else if (raised_is(r.error().exception, interp.exc.StopIteration))
            r = stop_iteration_to_runtime_error(interp, std::move(r.take_error().exception), kind_of(gen));
        else if (gen->type == interp.types.async_generator &&
                 raised_is(r.error().exception, interp.exc.StopAsyncIteration))
            r = stop_async_iteration_to_runtime_error(interp, std::move(r.take_error().exception));
    }
    return r;
}

// Run the generator's frame once: with `value` pushed (send), or raising `throw_exc`.
Result<Ref> resume(Interpreter& interp, GeneratorObject* gen, Value value, Ref throw_exc, bool* returned) {
    *returned = false;
    if (gen->running)
        return interp.raise_fmt(interp.exc.ValueError, "{} already executing", kind_of(gen));
    if (finished(gen)) {
        // An awaited coroutine cannot run again (close() never comes here).
        if (gen->type == interp.types.coroutine)
            return interp.raise(interp.exc.RuntimeError, "cannot reuse already awaited coroutine");
        if (throw_exc)
            return Raised{std::move(throw_exc)};
        *returned = true;
        return interp.new_none();
    }
    Frame* f = gen->frame();
    // Checked before the frame changes, so a refused resume leaves it as it was.
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.native_recursion_error();
    if (interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return interp.recursion_error();
    if (f->state == FrameState::Created) {
        if (throw_exc) {
            // Thrown before the first instruction: nothing in the body can catch it.
            traceback_add(interp, throw_exc, f, 0);
            finish(gen);
            return Raised{std::move(throw_exc)};
        }
        if (!value.is(Value(interp.none)))
            return interp.raise_fmt(interp.exc.TypeError, "can't send non-None value to a just-started {}",
                                    kind_of(gen));
    } else if (!throw_exc) {
        // The value YIELD_VALUE evaluates to (the verifier proved the slot is free).
        BASTION_CHECK(f->sp < f->code->stacksize);
        f->stack_base()[f->sp++] = Ref::borrow(value);
    } else if (gen->exc_state.exc) {
        // A thrown exception's __context__ is the generator's own handled exception, if
        // it has one, never the resumer's (CPython's gen_send_ex2: _PyErr_ChainStackItem
        // looks at the innermost entry only).
        chain_context_to(interp, throw_exc, gen->exc_state.exc);
    }
    return run_generator(interp, gen, f, std::move(throw_exc), returned);
}

// resume() with nothing thrown: the checks of the common case (suspended, not running)
// first, every other state through resume() and its errors.
Result<Ref> resume_value(Interpreter& interp, GeneratorObject* gen, Value value, bool* returned) {
    Frame* f = gen->frame();
    if (gen->running || !gen->frame_live || f->state != FrameState::Suspended) [[unlikely]]
        return resume(interp, gen, value, Ref(), returned);
    *returned = false;
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.native_recursion_error();
    if (interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return interp.recursion_error();
    // The value YIELD_VALUE evaluates to (the verifier proved the slot is free). Slots
    // above the stack top are null (frame.h): constructed, nothing to release.
    BASTION_CHECK(f->sp < f->code->stacksize);
    ::new (static_cast<void*>(&f->stack_base()[f->sp++])) Ref(Ref::borrow(value));
    return run_generator(interp, gen, f, Ref(), returned);
}

} // namespace

// The sub-iterator a suspended `yield from` delegates to: the frame stopped at the
// YIELD_VALUE right after a SEND, whose receiver is on top of the stack.
Value generator_delegate(GeneratorObject* gen) {
    if (finished(gen))
        return Value();
    Frame* f = gen->frame();
    if (f->state != FrameState::Suspended || f->sp == 0)
        return Value();
    const uint32_t* units = f->code->units;
    if (f->ip - units < 2)
        return Value();
    if (bc::decode(f->ip[-1]).op != bc::Op::YIELD_VALUE || bc::decode(f->ip[-2]).op != bc::Op::SEND)
        return Value();
    return f->stack_base()[f->sp - 1];
}

namespace {

Value delegate_of(GeneratorObject* gen) { return generator_delegate(gen); }

// After the delegate finished: drop it and continue after the `yield from` loop (SEND's
// jump target) with its result as the value of the expression.
Result<Ref> resume_after_delegate(Interpreter& interp, GeneratorObject* gen, Value result, bool* returned) {
    Frame* f = gen->frame();
    uint32_t target = bc::decode(f->ip[-2]).arg;
    BASTION_CHECK(target < f->code->ncode);
    f->stack_base()[--f->sp].reset();
    f->ip = f->code->units + target;
    return resume(interp, gen, result, Ref(), returned);
}

Result<Ref> close_iterator(Interpreter& interp, Value it);

// `close_on_genexit` false (an async generator's aclose()): GeneratorExit is thrown into
// the delegate like any exception instead of closing it, so the awaits it is in can work
// it through (CPython's _gen_throw).
Result<Ref> throw_into(Interpreter& interp, GeneratorObject* gen, Ref exc, bool* returned,
                       bool close_on_genexit = true) {
    Value yf = delegate_of(gen);
    if (!yf.is_null()) {
        Ref sub = Ref::borrow(yf);
        if (close_on_genexit && raised_is(exc, interp.exc.GeneratorExit)) {
            gen->running = true;
            auto closed = close_iterator(interp, sub);
            gen->running = false;
            if (!closed.ok())
                return resume(interp, gen, Value(interp.none), std::move(closed.take_error().exception), returned);
            return resume(interp, gen, Value(interp.none), std::move(exc), returned);
        }
        Result<Ref> r = Ref();
        bool sub_returned = false;
        if (sub.get().is_obj() && is_generator_object(interp, sub.get().obj())) {
            gen->running = true;
            r = throw_into(interp, as_gen(sub), exc, &sub_returned, close_on_genexit);
            gen->running = false;
        } else {
            StrObject* throw_name = interp.intern("throw");
            if (!throw_name)
                return interp.no_memory();
            auto meth = get_attr_opt(interp, sub, throw_name);
            if (!meth.ok())
                return resume(interp, gen, Value(interp.none), std::move(meth.take_error().exception), returned);
            if (!meth.value())
                return resume(interp, gen, Value(interp.none), std::move(exc), returned);
            auto* e = static_cast<ExceptionObject*>(exc.obj());
            Value tb = e->traceback ? Value(e->traceback) : Value(interp.none);
            gen->running = true;
            r = call_positional(interp, meth.value(), {Value(type_of(interp, exc)), exc, tb});
            gen->running = false;
        }
        if (r.ok() && !sub_returned) {
            *returned = false;
            return r;
        }
        if (r.ok())
            return resume_after_delegate(interp, gen, r.value(), returned);
        Raised err = r.take_error();
        if (raised_is(err.exception, interp.exc.StopIteration)) {
            Ref value = stop_iteration_value(interp, err.exception);
            return resume_after_delegate(interp, gen, value, returned);
        }
        return resume(interp, gen, Value(interp.none), std::move(err.exception), returned);
    }
    return resume(interp, gen, Value(interp.none), std::move(exc), returned);
}

// gen.close() semantics for generators, `it.close()` for other iterators with one.
Result<Ref> generator_close(Interpreter& interp, GeneratorObject* gen) {
    if (finished(gen) || gen->frame()->state == FrameState::Created) {
        finish(gen);
        return interp.new_none();
    }
    BASTION_TRY_ASSIGN(Own<ExceptionObject> exit, exception_new(interp, interp.exc.GeneratorExit, Value()));
    // Raised by the closer: its context is the closer's handled exception (the generator's
    // own replaces it when the generator has one: resume()).
    chain_context(interp, Value(exit.get()));
    bool returned = false;
    auto r = throw_into(interp, gen, Ref(std::move(exit)), &returned);
    if (r.ok()) {
        if (returned)
            return interp.new_none();
        return interp.raise_fmt(interp.exc.RuntimeError, "{} ignored GeneratorExit", kind_of(gen));
    }
    Value e = r.error().exception;
    if (raised_is(e, interp.exc.GeneratorExit) || raised_is(e, interp.exc.StopIteration))
        return interp.new_none();
    return r.take_error();
}

Result<Ref> close_iterator(Interpreter& interp, Value it) {
    if (it.is_obj() && is_generator_object(interp, it.obj()))
        return generator_close(interp, as_gen(it));
    BASTION_TRY_ASSIGN(Ref meth, get_attr_opt(interp, it, interp.names.close));
    if (!meth)
        return interp.new_none();
    return call(interp, meth, CallArgs{});
}

// --- Slots and methods --------------------------------------------------------------------------

// The iternext slot: null when the generator returns (type.h's contract: no StopIteration
// object on exhaustion). DIFFERENCE: next(gen) therefore raises StopIteration without the
// return value; send() and `yield from` do carry it.
Result<Ref> gen_iternext(Interpreter& interp, Value self) {
    bool returned = false;
    BASTION_TRY_ASSIGN(Ref r, resume_value(interp, as_gen(self), Value(interp.none), &returned));
    if (returned)
        return Ref();
    return r;
}

Result<Ref> gen_iter(Interpreter&, Value self) { return Ref::borrow(self); }

} // namespace

Result<Ref> generator_repr(Interpreter& interp, Value self) {
    std::string text = fmt::format("<{} object {} at {}>", as_gen(self)->type->name,
                                   str_to_utf8(static_cast<StrObject*>(as_gen(self)->qualname.obj())),
                                   static_cast<const void*>(self.obj()));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return Ref(std::move(s));
}

Result<Ref> generator_send_method(Interpreter& interp, Value self, CallArgs args) {
    if (args.npos != 1 || args.nkw() != 0) [[unlikely]]
        BASTION_TRY(check_positional(interp, args, "send", 1, 1));
    bool returned = false;
    BASTION_TRY_ASSIGN(Ref r, generator_send(interp, as_gen(self), args.items[0], &returned));
    if (!returned)
        return r;
    return raise_stop_iteration(interp, r);
}

// throw(type[, value[, traceback]]) or throw(exception)
Result<Ref> generator_throw_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "throw", 1, 3));
    BASTION_TRY_ASSIGN(Ref exc, throw_args_exception(interp, args.positional()));
    bool returned = false;
    BASTION_TRY_ASSIGN(Ref r, throw_into(interp, as_gen(self), std::move(exc), &returned));
    if (!returned)
        return r;
    return raise_stop_iteration(interp, r);
}

Raised raise_stop_iteration(Interpreter& interp, Value value) {
    if (value.is(Value(interp.none)))
        return interp.raise_object(Value(interp.exc.StopIteration));
    auto stop = call_positional(interp, Value(interp.exc.StopIteration), {value});
    if (!stop.ok())
        return stop.take_error();
    return Raised{std::move(stop).value()};
}

Result<Ref> throw_args_exception(Interpreter& interp, std::span<const Value> args) {
    BASTION_CHECK(!args.empty() && args.size() <= 3);
    Value typ = args[0];
    Value val = args.size() > 1 ? args[1] : Value(interp.none);
    Value tb = args.size() > 2 ? args[2] : Value(interp.none);
    if (!tb.is(Value(interp.none)) && !is_traceback(interp, tb))
        return interp.raise(interp.exc.TypeError, "throw() third argument must be a traceback object");
    Ref exc;
    if (is_exception_type(interp, typ)) {
        if (is_exception_instance(interp, val) && is_subtype(type_of(interp, val), static_cast<Type*>(typ.obj()))) {
            exc = Ref::borrow(val);
        } else if (val.is(Value(interp.none))) {
            BASTION_TRY_ASSIGN(exc, call(interp, typ, CallArgs{}));
        } else if (is_tuple(interp, val)) {
            auto* t = static_cast<TupleObject*>(val.obj());
            BASTION_TRY_ASSIGN(exc, call(interp, typ, CallArgs{t->items(), static_cast<std::size_t>(t->size), nullptr}));
        } else {
            BASTION_TRY_ASSIGN(exc, call_positional(interp, typ, {val}));
        }
        if (!is_exception_instance(interp, exc))
            return interp.raise_fmt(interp.exc.TypeError,
                                    "calling {} should have returned an instance of BaseException, not {}",
                                    static_cast<Type*>(typ.obj())->name, type_of(interp, exc)->name);
    } else if (is_exception_instance(interp, typ)) {
        if (!val.is(Value(interp.none)))
            return interp.raise(interp.exc.TypeError, "instance exception may not have a separate value");
        exc = Ref::borrow(typ);
    } else {
        return interp.raise_fmt(interp.exc.TypeError,
                                "exceptions must be classes or instances deriving from BaseException, not {}",
                                type_of(interp, typ)->name);
    }
    if (is_traceback(interp, tb))
        static_cast<ExceptionObject*>(exc.obj())->traceback = Ref::borrow(tb);
    return exc;
}

Result<Ref> generator_throw(Interpreter& interp, GeneratorObject* gen, Ref exc, bool* returned,
                            bool close_on_genexit) {
    return throw_into(interp, gen, std::move(exc), returned, close_on_genexit);
}

Result<Ref> generator_close_object(Interpreter& interp, GeneratorObject* gen) { return generator_close(interp, gen); }

Result<Ref> generator_close_method(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "close", 0, 0));
    return generator_close(interp, as_gen(self));
}

Result<Ref> generator_get_name(Interpreter&, Value self) { return as_gen(self)->name; }
Status generator_set_name(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || !is_str(interp, v))
        return interp.raise(interp.exc.TypeError, "__name__ must be set to a string object");
    as_gen(self)->name = Ref::borrow(v);
    return {};
}
Result<Ref> generator_get_qualname(Interpreter&, Value self) { return as_gen(self)->qualname; }
Status generator_set_qualname(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || !is_str(interp, v))
        return interp.raise(interp.exc.TypeError, "__qualname__ must be set to a string object");
    as_gen(self)->qualname = Ref::borrow(v);
    return {};
}
Result<Ref> generator_get_running(Interpreter& interp, Value self) { return interp.new_bool(as_gen(self)->running); }
Result<Ref> generator_get_frame(Interpreter& interp, Value self) {
    GeneratorObject* gen = as_gen(self);
    if (finished(gen))
        return interp.new_none();
    return frame_object_of(interp, gen->frame());
}
Result<Ref> generator_get_code(Interpreter& interp, Value self) {
    GeneratorObject* gen = as_gen(self);
    if (gen->frame_live)
        return Ref::borrow(Value(gen->frame()->code));
    if (gen->code)
        return gen->code;
    return interp.new_none();
}
Result<Ref> generator_get_yieldfrom(Interpreter& interp, Value self) {
    Value yf = delegate_of(as_gen(self));
    return yf.is_null() ? interp.new_none() : Ref::borrow(yf);
}
Result<Ref> generator_get_suspended(Interpreter& interp, Value self) {
    GeneratorObject* gen = as_gen(self);
    return interp.new_bool(!finished(gen) && gen->frame()->state == FrameState::Suspended);
}

namespace {

constexpr GetSetDef kGeneratorGetSets[] = {
    {"__name__", generator_get_name, generator_set_name},
    {"__qualname__", generator_get_qualname, generator_set_qualname},
    {"gi_running", generator_get_running},
    {"gi_frame", generator_get_frame},
    {"gi_code", generator_get_code},
    {"gi_yieldfrom", generator_get_yieldfrom},
    {"gi_suspended", generator_get_suspended},
};

const MethodDef kGeneratorMethods[] = {
    {"send", generator_send_method},
    {"throw", generator_throw_method},
    {"close", generator_close_method},
};

} // namespace

Result<Ref> generator_send(Interpreter& interp, GeneratorObject* gen, Value value, bool* returned) {
    return resume_value(interp, gen, value, returned);
}

// --- Native consumers driving a generator ---------------------------------------------------------

namespace {

// Whether the loop may run `gen`'s frame for the next item itself: what resume_value's
// fast path checks, a just-started frame included (the native stack depth is checked once
// by generator_drive: it is the same for every item).
bool drivable(Interpreter& interp, GeneratorObject* gen) {
    return !gen->running && gen->frame_live && gen->sink == nullptr && !gen->finalizing &&
           (gen->frame()->state == FrameState::Suspended || gen->frame()->state == FrameState::Created) &&
           interp.python_depth < interp.recursion_limit;
}

// Link the frame `f` of `gen` as the innermost running frame (the entry of the drive's
// run_frame invocation) with its handled-exception entry, None pushed as the value of the
// yield it is suspended at (a just-started frame takes none).
[[gnu::always_inline]] inline void link_driven(Interpreter& interp, GeneratorObject* gen, Frame* f,
                                               GeneratorSink* sink) {
    if (f->state == FrameState::Suspended) {
        // The verifier proved the slot is free. Slots above the stack top are null
        // (frame.h): constructed, nothing to release.
        BASTION_CHECK(f->sp < f->code->stacksize);
        ::new (static_cast<void*>(&f->stack_base()[f->sp++])) Ref(interp.new_none());
    }
    link_running(interp, gen, f);
    gen->sink = sink;
    f->is_entry = true;
    f->state = FrameState::Running;
}

// Undo link_driven (`frame_linked` false: run_frame already unlinked the frame, which
// returned or raised).
[[gnu::always_inline]] inline void unlink_driven(Interpreter& interp, GeneratorObject* gen, Frame* f,
                                                 bool frame_linked) {
    auto& vm = interp.vm();
    if (frame_linked) {
        BASTION_CHECK(vm.current == f);
        vm.current = f->previous;
        f->previous = nullptr;
        --interp.python_depth;
    }
    gen->sink = nullptr;
    unlink_running_exc_state(interp, gen);
}

} // namespace

namespace {

// generator_yield_to_sink when the item is not taken quietly: out of line, so that the
// quiet path saves no registers.
[[gnu::noinline]] bool yield_to_sink_unlinked(Interpreter& interp, GeneratorObject* gen, Frame* f,
                                              GeneratorSink* sink, Ref& item) {
    // Suspended and unlinked while the consumer takes the item, as after a yield to a
    // native resumer: the consumer may resume, close or inspect the generator.
    f->state = FrameState::Suspended;
    unlink_driven(interp, gen, f, true);
    sink->stopped = true;
    if (!sink->take(interp, sink, std::move(item))) {
        sink->done = true;
        return false;
    }
    // The next item. The consumer's code may have resumed, closed or finished the
    // generator, or lowered the recursion limit: then generator_drive resumes it through
    // generator_send, which handles every state.
    if (!drivable(interp, gen))
        return false;
    if (auto charged = interp.charge_steps(1); !charged.ok()) {
        sink->error = std::move(charged.take_error().exception);
        sink->done = true;
        return false;
    }
    sink->stopped = false;
    link_driven(interp, gen, f, sink);
    return true;
}

} // namespace

bool generator_yield_to_sink(Interpreter& interp, Frame* f, Ref& item) {
    GeneratorObject* gen = generator_of_frame(f);
    BASTION_ASSERT(f->generator() == gen);
    GeneratorSink* sink = gen->sink;
    BASTION_CHECK(sink != nullptr && interp.vm().current == f && f->state == FrameState::Running);
    // Nothing can observe the frame while the sink takes the item quietly: it stays linked.
    // Its step is charged as iter_next charges it (an exhausted budget takes the path below).
    if (sink->take_quietly != nullptr && (interp.limits.max_steps == 0 || interp.steps_left != 0) &&
        sink->take_quietly(sink, item)) {
        if (interp.limits.max_steps != 0)
            --interp.steps_left;
        // The value YIELD_VALUE evaluates to (the verifier proved the slot is free). Slots
        // above the stack top are null (frame.h): constructed, nothing to release.
        BASTION_CHECK(f->sp < f->code->stacksize);
        ::new (static_cast<void*>(&f->stack_base()[f->sp++])) Ref(interp.new_none());
        return true;
    }
    return yield_to_sink_unlinked(interp, gen, f, sink, item);
}

Status generator_drive(Interpreter& interp, GeneratorObject* gen, GeneratorSink& sink) {
    BASTION_CHECK(gen->type == interp.types.generator);
    Ref keep_alive = Ref::borrow(Value(gen));
    Frame* f = gen->frame();
    if (drivable(interp, gen) && !interp.native_stack_exhausted()) {
        BASTION_TRY(interp.charge_steps(1));
        link_driven(interp, gen, f, &sink);
        Result<Ref> r = run_frame(interp, f, Ref());
        if (!sink.stopped) {
            // The frame returned or raised (run_frame unlinked the frame itself).
            unlink_driven(interp, gen, f, false);
            BASTION_CHECK(f->state != FrameState::Suspended);
            finish(gen);
            if (r.ok())
                return {};
            if (raised_is(r.error().exception, interp.exc.StopIteration))
                return stop_iteration_to_runtime_error(interp, std::move(r.take_error().exception));
            return r.take_error();
        }
        // The loop left the frame suspended at a yield (generator_yield_to_sink unlinked it),
        // returning no item.
        BASTION_CHECK(r.ok() && !r.value());
        if (sink.error)
            return Raised{std::move(sink.error)};
        if (sink.done)
            return {};
        // The consumer wants more, but not from the loop: its step is not paid yet.
    }
    // Item by item through generator_send (every state, and its errors).
    for (;;) {
        BASTION_TRY(interp.charge_steps(1));
        bool returned = false;
        BASTION_TRY_ASSIGN(Ref item, generator_send(interp, gen, Value(interp.none), &returned));
        if (returned)
            return {};
        if (!sink.take(interp, &sink, std::move(item))) {
            if (sink.error)
                return Raised{std::move(sink.error)};
            return {};
        }
    }
}

// --- Loop support ----------------------------------------------------------------------------------

namespace {

// Link the frame `f` of `gen` as the innermost running frame, and the generator's
// handled-exception entry in front of the chain (leave_inline unlinks both).
[[gnu::always_inline]] inline Frame* link_inline(Interpreter& interp, GeneratorObject* gen, Frame* f) {
    auto& vm = interp.vm();
    gen->exc_state.previous = vm.exc_info;
    vm.exc_info = &gen->exc_state;
    f->previous = vm.current;
    vm.current = f;
    ++interp.python_depth;
    gen->running = true;
    f->is_entry = false;
    f->state = FrameState::Running;
    return f;
}

// generator_enter_inline for a frame not suspended: a just-started generator runs from
// its first instruction (SEND must have None to drop); anything else is resume()'s.
// Out of line and reached by a tail call, so that the common case (suspended) calls
// nothing and saves no registers.
[[gnu::noinline]] Frame* start_inline(Interpreter& interp, GeneratorObject* gen, Frame* f, Ref* value) {
    if (f->state != FrameState::Created)
        return nullptr;
    if (value) {
        if (!value->get().is(Value(interp.none)))
            return nullptr;
        value->reset();
    }
    return link_inline(interp, gen, f);
}

} // namespace

Frame* generator_enter_inline(Interpreter& interp, Value v, Ref* value) {
    BASTION_ASSERT(is_generator(interp, v)); // FOR_ITER and SEND tested the exact type
    GeneratorObject* gen = as_gen(v);
    if (gen->running || !gen->frame_live || interp.python_depth >= interp.recursion_limit)
        return nullptr;
    Frame* f = gen->frame();
    if (f->state != FrameState::Suspended)
        return start_inline(interp, gen, f, value);
    // The value YIELD_VALUE evaluates to (the verifier proved the slot is free). Slots
    // above the stack top are null (frame.h): constructed, nothing to release.
    BASTION_CHECK(f->sp < f->code->stacksize);
    void* slot = &f->stack_base()[f->sp++];
    if (value)
        ::new (slot) Ref(std::move(*value));
    else
        ::new (slot) Ref(interp.new_none());
    return link_inline(interp, gen, f);
}

namespace {

// Unlink the inline generator frame `f` (the innermost) and its handled-exception entry
// (the innermost too), as resume() does when run_frame returns.
GeneratorObject* leave_inline(Interpreter& interp, Frame* f, FrameState state) {
    auto& vm = interp.vm();
    BASTION_CHECK(vm.current == f && f->owner == FrameOwner::Generator && !f->is_entry);
    auto* gen = static_cast<GeneratorObject*>(f->generator());
    BASTION_CHECK(vm.exc_info == &gen->exc_state);
    vm.current = f->previous;
    f->previous = nullptr;
    --interp.python_depth;
    f->state = state;
    gen->running = false;
    vm.exc_info = gen->exc_state.previous;
    gen->exc_state.previous = nullptr;
    return gen;
}

} // namespace

void generator_yield_inline(Interpreter& interp, Frame* f) { leave_inline(interp, f, FrameState::Suspended); }

void generator_return_inline(Interpreter& interp, Frame* f) {
    finish(leave_inline(interp, f, FrameState::Completed));
}

Ref generator_raise_inline(Interpreter& interp, Frame* f, Ref exc) {
    finish(leave_inline(interp, f, FrameState::Completed));
    if (raised_is(exc, interp.exc.StopIteration))
        return std::move(stop_iteration_to_runtime_error(interp, std::move(exc)).exception);
    return exc;
}

Result<Ref> get_yield_from_iter(Interpreter& interp, Value iterable) {
    if (is_generator(interp, iterable))
        return Ref::borrow(iterable);
    if (is_coroutine(interp, iterable))
        return interp.raise(interp.exc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return get_iter(interp, iterable);
}

Result<Ref> send_to(Interpreter& interp, Value receiver, Value value, bool* returned) {
    *returned = false;
    if (receiver.is_obj() && is_generator_object(interp, receiver.obj()))
        return generator_send(interp, as_gen(receiver), value, returned);
    if (Value coro = coroutine_wrapper_target(interp, receiver); !coro.is_null()) // `await` of coro.__await__()
        return generator_send(interp, as_gen(coro), value, returned);
    if (value.is(Value(interp.none))) {
        Type* t = type_of(interp, receiver);
        if (!t->iternext)
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not an iterator", t->name);
        if (!t->has_flag(kTypeHeap)) {
            // A built-in iterator (`yield from a_list`): its iternext slot, the one Result
            // returned as it is on every path but exhaustion.
            Result<Ref> r = t->iternext(interp, receiver);
            if (r.ok() && r.value().is_null()) [[unlikely]] {
                *returned = true;
                return interp.new_none();
            }
            if (!r.ok() && raised_is(r.error().exception, interp.exc.StopIteration)) [[unlikely]] {
                *returned = true;
                return stop_iteration_value(interp, r.error().exception);
            }
            return r;
        }
    }
    Result<Ref> r = Ref();
    if (value.is(Value(interp.none))) {
        Type* t = type_of(interp, receiver);
        if (!type_lookup(t, interp.names.__next__).is_null())
            r = call_method(interp, receiver, interp.names.__next__, {}); // keeps StopIteration's value
        else
            r = t->iternext(interp, receiver);
        if (r.ok() && r.value().is_null()) {
            *returned = true;
            r = interp.new_none();
            return r;
        }
    } else {
        r = call_method(interp, receiver, interp.names.send, {value});
    }
    if (!r.ok() && raised_is(r.error().exception, interp.exc.StopIteration)) {
        *returned = true;
        r = stop_iteration_value(interp, r.error().exception);
    }
    return r;
}

// --- Type setup -------------------------------------------------------------------------------------

// The destroy slot: close a generator suspended inside its body, then release it.
void generator_destroy(Object* o) {
    auto* gen = static_cast<GeneratorObject*>(o);
    if (gen->frame_live && gen->frame()->state == FrameState::Suspended && !gen->running) {
        Interpreter& interp = *o->type->interp;
        gen->finalizing = true;
        auto closed = generator_close(interp, gen);
        if (!closed.ok() && interp.write_stderr) {
            std::string where = fmt::format("<{} object {} at {}>", gen->type->name,
                                            str_to_utf8(static_cast<StrObject*>(gen->qualname.obj())),
                                            static_cast<const void*>(o));
            interp.write_stderr("Exception ignored in: " + where + "\n");
            interp.print_exception(closed.error().exception);
        }
    }
    gen->~GeneratorObject();
}

void init_generator_type_slots(Interpreter& interp) {
    Type* t = interp.types.generator;
    t->instance_size = sizeof(GeneratorObject);
    t->flags |= kTypeGC | kTypeMayFinalize;
    t->destroy = generator_destroy;
    t->repr = generator_repr;
    t->iter = gen_iter;
    t->iternext = gen_iternext;
    t->getattr = generic_getattr;
}

Status init_generator_type_methods(Interpreter& interp) {
    BASTION_TRY(add_getsets(interp, interp.types.generator, kGeneratorGetSets));
    return add_methods(interp, interp.types.generator, kGeneratorMethods);
}

} // namespace bastion
