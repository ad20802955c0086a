// async_generator.cpp: asynchronous generators (PEP 525; CPython's Objects/genobject.c, its
// async-generator half). Calling an `async def` that yields makes a GeneratorObject of type
// `async_generator`: the frame machinery of vm/generator.cpp, driven through awaitables.
// Its own yields are wrapped by ASYNC_GEN_WRAP (an `async_generator_wrapped_value`), so the
// awaitables below can tell them from the values an inner await passes up to the event
// loop: a wrapped value ends the awaitable with StopIteration(value), anything else is
// yielded on to whoever drives it.
//   asend(v) / __anext__()  -> async_generator_asend: resumes the generator with v
//   athrow(...) / aclose()  -> async_generator_athrow: throws into it (aclose: GeneratorExit,
//                              and a yield in reply is "async generator ignored GeneratorExit")
// Also the anext(aiterator, default) awaitable (`anext_awaitable`), the loop's
// ASYNC_GEN_WRAP, and sys.set_asyncgen_hooks: the first asend/athrow/aclose/__anext__ of a
// generator calls the `firstiter` hook with it and keeps the `finalizer` hook, which is
// called instead of closing it when it is dropped suspended (asyncio's hooks track a loop's
// generators and schedule their aclose() there).
#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/exception_object.h"
#include "objects/native.h"
#include "objects/tuple_object.h"
#include "vm/eval_internal.h"
#include "vm/generator_internal.h"

namespace bastion {

namespace {

// The three states of asend/athrow awaitables (CPython's AwaitableState).
enum class AwaitState : uint8_t { Init, Iter, Closed };

struct WrappedValueObject : Object {
    Ref value;
    void traverse(Visitor& v) const { v.visit(value); }
};

struct ASendObject : Object {
    Ref gen;     // the async generator
    Ref sendval; // the value the first send passes on (None: __anext__)
    AwaitState state = AwaitState::Init;
    void traverse(Visitor& v) const {
        v.visit(gen);
        v.visit(sendval);
    }
};

struct AThrowObject : Object {
    Ref gen;
    Ref args; // athrow()'s arguments as a tuple; null for aclose()
    AwaitState state = AwaitState::Init;
    void traverse(Visitor& v) const {
        v.visit(gen);
        v.visit(args);
    }
};

struct ANextAwaitableObject : Object {
    Ref wrapped;       // what type(aiterator).__anext__ returned
    Ref default_value; // returned (as StopIteration's value) on StopAsyncIteration
    void traverse(Visitor& v) const {
        v.visit(wrapped);
        v.visit(default_value);
    }
};

GeneratorObject* as_gen(Value v) { return static_cast<GeneratorObject*>(v.obj()); }
ASendObject* as_asend(Value v) { return static_cast<ASendObject*>(v.obj()); }
AThrowObject* as_athrow(Value v) { return static_cast<AThrowObject*>(v.obj()); }

bool is_wrapped(Interpreter& interp, const Ref& v) {
    return v.get().is_obj() && v.get().obj()->type == interp.types.async_generator_wrapped_value;
}

// CPython's async_gen_unwrap_value, over what generator_send/generator_throw gave back: the
// generator's own (wrapped) yield ends the awaitable with StopIteration(value); its return
// (or StopAsyncIteration, GeneratorExit) closes it; an inner await's value goes on up.
Result<Ref> unwrap_value(Interpreter& interp, GeneratorObject* gen, Result<Ref> r, bool returned) {
    if (!r.ok()) {
        if (raised_is(r.error(), interp.exc.StopAsyncIteration) || raised_is(r.error(), interp.exc.GeneratorExit))
            gen->ag_closed = true;
        gen->ag_running_async = false;
        return r;
    }
    if (returned) {
        gen->ag_closed = true;
        gen->ag_running_async = false;
        return interp.raise_object(Value(interp.exc.StopAsyncIteration));
    }
    if (is_wrapped(interp, r.value())) {
        gen->ag_running_async = false;
        Ref value = static_cast<WrappedValueObject*>(r.value().obj())->value;
        return raise_stop_iteration(interp, value);
    }
    return r;
}

Result<Ref> send_into(Interpreter& interp, GeneratorObject* gen, Value value) {
    bool returned = false;
    Result<Ref> r = generator_send(interp, gen, value, &returned);
    return unwrap_value(interp, gen, std::move(r), returned);
}

Result<Ref> throw_into_gen(Interpreter& interp, GeneratorObject* gen, std::span<const Value> args) {
    BASTION_TRY_ASSIGN(Ref exc, throw_args_exception(interp, args));
    bool returned = false;
    Result<Ref> r = generator_throw(interp, gen, std::move(exc), &returned, true);
    return unwrap_value(interp, gen, std::move(r), returned);
}

// __await__ of the awaitables here: each is its own iterator.
Result<Ref> await_self(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__await__", 0, 0));
    return Ref::borrow(self);
}

// --- async_generator_asend ----------------------------------------------------------------------

Result<Ref> asend_send_value(Interpreter& interp, ASendObject* a, Value arg) {
    if (a->state == AwaitState::Closed)
        return interp.raise(interp.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    GeneratorObject* gen = as_gen(a->gen);
    if (a->state == AwaitState::Init) {
        if (gen->ag_running_async)
            return interp.raise(interp.exc.RuntimeError, "anext(): asynchronous generator is already running");
        if (arg.is(Value(interp.none)))
            arg = a->sendval.get();
        a->state = AwaitState::Iter;
    }
    gen->ag_running_async = true;
    Ref keep = a->gen;
    Result<Ref> r = send_into(interp, gen, arg);
    if (!r.ok())
        a->state = AwaitState::Closed;
    return r;
}

Result<Ref> asend_iternext(Interpreter& interp, Value self) {
    return asend_send_value(interp, as_asend(self), Value(interp.none));
}

Result<Ref> asend_send(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "send", 1, 1));
    return asend_send_value(interp, as_asend(self), args.items[0]);
}

Result<Ref> asend_throw(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "throw", 1, 3));
    ASendObject* a = as_asend(self);
    if (a->state == AwaitState::Closed)
        return interp.raise(interp.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Ref keep = a->gen;
    Result<Ref> r = throw_into_gen(interp, as_gen(a->gen), args.positional());
    if (!r.ok())
        a->state = AwaitState::Closed;
    return r;
}

Result<Ref> asend_close(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "close", 0, 0));
    as_asend(self)->state = AwaitState::Closed;
    return interp.new_none();
}

const MethodDef kASendMethods[] = {
    {"send", asend_send},
    {"throw", asend_throw},
    {"close", asend_close},
    {"__await__", await_self},
};

// --- async_generator_athrow ---------------------------------------------------------------------

// What ends an aclose() awaitable: the generator closed (StopAsyncIteration or
// GeneratorExit out of it) is a plain StopIteration, the await being done.
Result<Ref> aclose_settled(Interpreter& interp, AThrowObject* a, Result<Ref> r) {
    GeneratorObject* gen = as_gen(a->gen);
    gen->ag_running_async = false;
    a->state = AwaitState::Closed;
    if (!r.ok() && (raised_is(r.error(), interp.exc.StopAsyncIteration) ||
                    raised_is(r.error(), interp.exc.GeneratorExit)))
        return interp.raise_object(Value(interp.exc.StopIteration));
    return r;
}

Raised ignored_exit(Interpreter& interp, AThrowObject* a) {
    as_gen(a->gen)->ag_running_async = false;
    a->state = AwaitState::Closed;
    return interp.raise(interp.exc.RuntimeError, "async generator ignored GeneratorExit");
}

// What the generator gave back to an aclose() awaitable, yield or error.
Result<Ref> aclose_reply(Interpreter& interp, AThrowObject* a, Result<Ref> r, bool returned) {
    if (r.ok() && !returned) {
        if (is_wrapped(interp, r.value()))
            return ignored_exit(interp, a); // it yielded instead of closing
        return r; // an await inside its finally block: passed on up
    }
    if (returned)
        r = interp.raise_object(Value(interp.exc.StopAsyncIteration));
    return aclose_settled(interp, a, std::move(r));
}

Result<Ref> athrow_send_value(Interpreter& interp, AThrowObject* a, Value arg) {
    if (a->state == AwaitState::Closed)
        return interp.raise(interp.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    GeneratorObject* gen = as_gen(a->gen);
    Ref keep = a->gen;
    if (!gen->frame_live || gen->frame()->state == FrameState::Completed) {
        a->state = AwaitState::Closed;
        return interp.raise_object(Value(interp.exc.StopIteration));
    }
    bool aclose = !a->args;
    if (a->state == AwaitState::Init) {
        if (gen->ag_running_async) {
            a->state = AwaitState::Closed;
            return interp.raise(interp.exc.RuntimeError, aclose ? "aclose(): asynchronous generator is already running"
                                                                : "athrow(): asynchronous generator is already running");
        }
        if (gen->ag_closed) {
            a->state = AwaitState::Closed;
            return interp.raise_object(Value(interp.exc.StopAsyncIteration));
        }
        if (!arg.is(Value(interp.none)))
            return interp.raise(interp.exc.RuntimeError, "can't send non-None value to a just-started coroutine");
        a->state = AwaitState::Iter;
        gen->ag_running_async = true;
        if (aclose) {
            gen->ag_closed = true;
            BASTION_TRY_ASSIGN(Own<ExceptionObject> exit, exception_new(interp, interp.exc.GeneratorExit, Value()));
            bool returned = false;
            Result<Ref> r = generator_throw(interp, gen, Ref(std::move(exit)), &returned, false);
            return aclose_reply(interp, a, std::move(r), returned);
        }
        auto* t = static_cast<TupleObject*>(a->args.obj());
        Result<Ref> r = throw_into_gen(interp, gen, {t->items(), static_cast<std::size_t>(t->size)});
        if (!r.ok()) { // the awaitable is done; the error stands
            gen->ag_running_async = false;
            a->state = AwaitState::Closed;
        }
        return r;
    }
    bool returned = false;
    Result<Ref> r = generator_send(interp, gen, arg, &returned);
    if (!aclose)
        return unwrap_value(interp, gen, std::move(r), returned);
    return aclose_reply(interp, a, std::move(r), returned);
}

Result<Ref> athrow_iternext(Interpreter& interp, Value self) {
    return athrow_send_value(interp, as_athrow(self), Value(interp.none));
}

Result<Ref> athrow_send(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "send", 1, 1));
    return athrow_send_value(interp, as_athrow(self), args.items[0]);
}

Result<Ref> athrow_throw(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "throw", 1, 3));
    AThrowObject* a = as_athrow(self);
    if (a->state == AwaitState::Closed)
        return interp.raise(interp.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    GeneratorObject* gen = as_gen(a->gen);
    Ref keep = a->gen;
    BASTION_TRY_ASSIGN(Ref exc, throw_args_exception(interp, args.positional()));
    bool returned = false;
    Result<Ref> r = generator_throw(interp, gen, std::move(exc), &returned, true);
    if (a->args)
        return unwrap_value(interp, gen, std::move(r), returned);
    if (r.ok() && !returned && is_wrapped(interp, r.value()))
        return ignored_exit(interp, a);
    if (returned)
        r = interp.raise_object(Value(interp.exc.StopAsyncIteration));
    if (!r.ok() && (raised_is(r.error(), interp.exc.StopAsyncIteration) ||
                    raised_is(r.error(), interp.exc.GeneratorExit)))
        return interp.raise_object(Value(interp.exc.StopIteration));
    return r;
}

Result<Ref> athrow_close(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "close", 0, 0));
    as_athrow(self)->state = AwaitState::Closed;
    return interp.new_none();
}

const MethodDef kAThrowMethods[] = {
    {"send", athrow_send},
    {"throw", athrow_throw},
    {"close", athrow_close},
    {"__await__", await_self},
};

// --- async_generator -------------------------------------------------------------------------------

// CPython's async_gen_init_hooks: once per generator, before its first awaitable.
Status init_hooks(Interpreter& interp, Value self) {
    GeneratorObject* gen = as_gen(self);
    if (gen->ag_hooks_inited)
        return {};
    gen->ag_hooks_inited = true;
    gen->ag_finalizer = interp.asyncgen_finalizer;
    if (interp.asyncgen_firstiter) {
        Ref firstiter = interp.asyncgen_firstiter;
        BASTION_TRY_ASSIGN(Ref r, call_positional(interp, firstiter, {self}));
        (void)r;
    }
    return {};
}

Result<Ref> make_asend(Interpreter& interp, Value gen, Value sendval) {
    BASTION_TRY(init_hooks(interp, gen));
    BASTION_TRY_ASSIGN(Own<ASendObject> a, interp.make<ASendObject>(interp.types.async_generator_asend));
    a->gen = Ref::borrow(gen);
    a->sendval = Ref::borrow(sendval);
    return std::move(a).into_ref();
}

Result<Ref> make_athrow(Interpreter& interp, Value gen, Ref args) {
    BASTION_TRY(init_hooks(interp, gen));
    BASTION_TRY_ASSIGN(Own<AThrowObject> a, interp.make<AThrowObject>(interp.types.async_generator_athrow));
    a->gen = Ref::borrow(gen);
    a->args = std::move(args);
    return std::move(a).into_ref();
}

Result<Ref> agen_anext(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__anext__", 0, 0));
    return make_asend(interp, self, Value(interp.none));
}

Result<Ref> agen_asend(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "asend", 1, 1));
    return make_asend(interp, self, args.items[0]);
}

Result<Ref> agen_athrow(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "athrow", 1, 3));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, args.positional()));
    return make_athrow(interp, self, Ref(std::move(t)));
}

Result<Ref> agen_aclose(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "aclose", 0, 0));
    return make_athrow(interp, self, Ref());
}

Result<Ref> agen_aiter(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__aiter__", 0, 0));
    return Ref::borrow(self);
}

// ag_running: an asend/athrow of it is being awaited (CPython's ag_running_async).
Result<Ref> agen_get_running(Interpreter& interp, Value self) { return interp.new_bool(as_gen(self)->ag_running_async); }

constexpr GetSetDef kAsyncGenGetSets[] = {
    {"__name__", generator_get_name, generator_set_name},
    {"__qualname__", generator_get_qualname, generator_set_qualname},
    {"ag_running", agen_get_running},
    {"ag_frame", generator_get_frame},
    {"ag_code", generator_get_code},
    {"ag_await", generator_get_yieldfrom},
};

const MethodDef kAsyncGenMethods[] = {
    {"__aiter__", agen_aiter}, {"__anext__", agen_anext}, {"asend", agen_asend},
    {"athrow", agen_athrow},   {"aclose", agen_aclose},
};

// --- anext(aiterator, default) -----------------------------------------------------------------

ANextAwaitableObject* as_anext(Value v) { return static_cast<ANextAwaitableObject*>(v.obj()); }

// The iterator the wrapped awaitable is driven through (CPython's anextawaitable_getiter).
Result<Ref> anext_iter(Interpreter& interp, ANextAwaitableObject* a) {
    return get_awaitable(interp, a->wrapped, 0);
}

// StopAsyncIteration from the wrapped awaitable becomes StopIteration(default).
Result<Ref> anext_settle(Interpreter& interp, ANextAwaitableObject* a, Result<Ref> r) {
    if (!r.ok() && raised_is(r.error(), interp.exc.StopAsyncIteration))
        return raise_stop_iteration(interp, a->default_value);
    return r;
}

Result<Ref> anext_proxy(Interpreter& interp, Value self, StrObject* method, std::span<const Value> args) {
    ANextAwaitableObject* a = as_anext(self);
    Ref keep = Ref::borrow(self);
    BASTION_TRY_ASSIGN(Ref it, anext_iter(interp, a));
    Result<Ref> r = Ref();
    if (method == nullptr) {
        Type* t = type_of(interp, it);
        if (t->iternext == nullptr)
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not an iterator", t->name);
        r = t->iternext(interp, it);
        if (r.ok() && !r.value())
            r = interp.raise_object(Value(interp.exc.StopIteration));
    } else {
        BASTION_TRY_ASSIGN(Ref fn, get_attr(interp, it, method));
        r = call(interp, fn, CallArgs{args.data(), args.size(), nullptr});
    }
    return anext_settle(interp, a, std::move(r));
}

Result<Ref> anext_iternext(Interpreter& interp, Value self) { return anext_proxy(interp, self, nullptr, {}); }

Result<Ref> anext_send(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "send", 1, 1));
    return anext_proxy(interp, self, interp.names.send, args.positional());
}

Result<Ref> anext_throw(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "throw", 1, 3));
    StrObject* name = interp.intern("throw");
    if (name == nullptr)
        return interp.no_memory();
    return anext_proxy(interp, self, name, args.positional());
}

Result<Ref> anext_close(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "close", 0, 0));
    return anext_proxy(interp, self, interp.names.close, {});
}

const MethodDef kANextMethods[] = {
    {"send", anext_send},
    {"throw", anext_throw},
    {"close", anext_close},
    {"__await__", await_self},
};

} // namespace

Result<Ref> async_gen_wrap(Interpreter& interp, Value value) {
    BASTION_TRY_ASSIGN(Own<WrappedValueObject> w,
                       interp.make<WrappedValueObject>(interp.types.async_generator_wrapped_value));
    w->value = Ref::borrow(value);
    return std::move(w).into_ref();
}

Status async_gen_finalize(Interpreter& interp, GeneratorObject* gen) {
    if (gen->ag_finalizer && !gen->ag_closed) {
        Ref finalizer = gen->ag_finalizer;
        BASTION_TRY_ASSIGN(Ref r, call_positional(interp, finalizer, {Value(gen)}));
        (void)r;
        return {};
    }
    BASTION_TRY_ASSIGN(Ref r, generator_close_object(interp, gen));
    (void)r;
    return {};
}

// set_asyncgen_hooks(firstiter=..., finalizer=...): an omitted hook stays, None removes it.
Result<Ref> sys_set_asyncgen_hooks(Interpreter& interp, CallArgs args) {
    Value a[2] = {};
    if (args.npos > 2) // CPython's wording (its parser names no function here)
        return interp.raise_fmt(interp.exc.TypeError, "function takes at most 2 arguments ({} given)", args.npos);
    BASTION_TRY(parse_args(interp, args, ArgSpec{"set_asyncgen_hooks", {"firstiter", "finalizer"}, 0}, a));
    auto check = [&](Value v, const char* what) -> Status {
        if (!v.is_null() && !v.is(Value(interp.none)) && !is_callable(interp, v))
            return interp.raise_fmt(interp.exc.TypeError, "callable {} expected, got {}", what, tname(interp, v));
        return {};
    };
    BASTION_TRY(check(a[1], "finalizer"));
    BASTION_TRY(check(a[0], "firstiter"));
    auto store = [&](Ref& hook, Value v) {
        if (!v.is_null())
            hook = v.is(Value(interp.none)) ? Ref() : Ref::borrow(v);
    };
    store(interp.asyncgen_finalizer, a[1]);
    store(interp.asyncgen_firstiter, a[0]);
    return interp.new_none();
}

// (firstiter, finalizer), None where unset: sys.get_asyncgen_hooks wraps it.
Result<Ref> sys_get_asyncgen_hooks_tuple(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_get_asyncgen_hooks", 0, 0));
    Value none(interp.none);
    Value items[2] = {interp.asyncgen_firstiter ? interp.asyncgen_firstiter.get() : none,
                      interp.asyncgen_finalizer ? interp.asyncgen_finalizer.get() : none};
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, items));
    return Ref(std::move(t));
}

Result<Ref> builtin_aiter(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "aiter", 1, 1));
    Value obj = args.items[0];
    BASTION_TRY_ASSIGN(Ref aiter_fn, lookup_special(interp, obj, interp.names.__aiter__));
    if (!aiter_fn)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not an async iterable", tname(interp, obj));
    BASTION_TRY_ASSIGN(Ref it, call(interp, aiter_fn, CallArgs{}));
    if (type_lookup(type_of(interp, it), interp.names.__anext__).is_null())
        return interp.raise_fmt(interp.exc.TypeError, "aiter() returned not an async iterator of type '{}'",
                                tname(interp, it));
    return it;
}

Result<Ref> builtin_anext(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "anext", 1, 2));
    Value aiter = args.items[0];
    BASTION_TRY_ASSIGN(Ref anext_fn, lookup_special(interp, aiter, interp.names.__anext__));
    if (!anext_fn)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not an async iterator", tname(interp, aiter));
    BASTION_TRY_ASSIGN(Ref awaitable, call(interp, anext_fn, CallArgs{}));
    if (args.npos == 1)
        return awaitable;
    BASTION_TRY_ASSIGN(Own<ANextAwaitableObject> a, interp.make<ANextAwaitableObject>(interp.types.anext_awaitable));
    a->wrapped = std::move(awaitable);
    a->default_value = Ref::borrow(args.items[1]);
    return std::move(a).into_ref();
}

void init_async_generator_type_slots(Interpreter& interp) {
    Type* t = interp.types.async_generator;
    t->instance_size = sizeof(GeneratorObject);
    t->flags = (t->flags & ~kTypeBaseType) | kTypeGC | kTypeMayFinalize;
    t->destroy = generator_destroy;
    t->repr = generator_repr;
    t->getattr = generic_getattr;

    auto awaitable = [&](Type* type, std::size_t size, void (*destroy)(Object*), void (*traverse)(Object*, Visitor&),
                         UnaryFn iternext) {
        type->instance_size = size;
        type->flags = (type->flags & ~kTypeBaseType) | kTypeGC;
        type->destroy = destroy;
        type->traverse = traverse;
        type->iter = iter_self;
        type->iternext = iternext;
        type->getattr = generic_getattr;
    };
    awaitable(interp.types.async_generator_asend, sizeof(ASendObject), destroy_as<ASendObject>,
              traverse_as<ASendObject>, asend_iternext);
    awaitable(interp.types.async_generator_athrow, sizeof(AThrowObject), destroy_as<AThrowObject>,
              traverse_as<AThrowObject>, athrow_iternext);
    awaitable(interp.types.anext_awaitable, sizeof(ANextAwaitableObject), destroy_as<ANextAwaitableObject>,
              traverse_as<ANextAwaitableObject>, anext_iternext);

    Type* w = interp.types.async_generator_wrapped_value;
    w->instance_size = sizeof(WrappedValueObject);
    w->flags = (w->flags & ~kTypeBaseType) | kTypeGC;
    w->destroy = destroy_as<WrappedValueObject>;
    w->traverse = traverse_as<WrappedValueObject>;
}

Status init_async_generator_type_methods(Interpreter& interp) {
    BASTION_TRY(add_getsets(interp, interp.types.async_generator, kAsyncGenGetSets));
    BASTION_TRY(add_methods(interp, interp.types.async_generator, kAsyncGenMethods));
    BASTION_TRY(add_methods(interp, interp.types.async_generator_asend, kASendMethods));
    BASTION_TRY(add_methods(interp, interp.types.async_generator_athrow, kAThrowMethods));
    return add_methods(interp, interp.types.anext_awaitable, kANextMethods);
}

} // namespace bastion
