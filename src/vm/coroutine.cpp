// coroutine.cpp: coroutines (PEP 492, CPython's Objects/genobject.c coroutine half) and the
// loop's async opcodes. A coroutine is a GeneratorObject of type `coroutine` — calling an
// `async def` function makes one, and send/throw/close run its frame exactly as a
// generator's (vm/generator.cpp, which words its messages by kind) — but it is not
// iterable: `await` drives it through GET_AWAITABLE and the SEND loop, and __await__()
// returns a `coroutine_wrapper` iterator over it. Also here: GET_AWAITABLE, GET_AITER,
// GET_ANEXT and BEFORE_ASYNC_WITH, with CPython 3.11's checks and messages, and the
// "coroutine ... was never awaited" RuntimeWarning for a coroutine freed unstarted.
#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "vm/code_object.h"
#include "vm/eval_internal.h"
#include "vm/generator_internal.h"
#include "vm/import.h"
#include "vm/traceback.h"

namespace bastion {

namespace {

struct CoroutineWrapperObject : Object {
    Ref coro; // the coroutine __await__ was called on
    void traverse(Visitor& v) const { v.visit(coro); }
};

GeneratorObject* as_gen(Value v) { return static_cast<GeneratorObject*>(v.obj()); }

// A generator made awaitable by types.coroutine (CO_ITERABLE_COROUTINE on its code).
bool is_iterable_coroutine(Interpreter& interp, Value v) {
    if (!v.is_obj() || v.obj()->type != interp.types.generator)
        return false;
    GeneratorObject* gen = as_gen(v);
    Value code = gen->frame_live ? Value(gen->frame()->code) : gen->code.get();
    return !code.is_null() && code.is_obj() && code.obj()->type == interp.types.code &&
           (static_cast<CodeObject*>(code.obj())->flags & bc::kCoIterableCoroutine) != 0;
}

// CPython's _PyCoro_GetAwaitableIter: the coroutine itself, or what __await__ returns,
// which must be an iterator and not a coroutine. Null (no exception) when the type has no
// __await__, so each caller words that error itself.
Result<Ref> awaitable_iter(Interpreter& interp, Value obj) {
    if (is_coroutine(interp, obj) || is_iterable_coroutine(interp, obj))
        return Ref::borrow(obj);
    // The awaitables of async generators and anext() are their own iterators (CPython's
    // am_await slots return self): no lookup, no call.
    if (Type* t = type_of(interp, obj); t == interp.types.async_generator_asend ||
                                         t == interp.types.async_generator_athrow || t == interp.types.anext_awaitable)
        return Ref::borrow(obj);
    BASTION_TRY_ASSIGN(Ref await, lookup_special(interp, obj, interp.names.__await__));
    if (!await)
        return Ref();
    BASTION_TRY_ASSIGN(Ref it, call(interp, await, CallArgs{}));
    if (is_coroutine(interp, it) || is_iterable_coroutine(interp, it))
        return interp.raise(interp.exc.TypeError, "__await__() returned a coroutine");
    Type* t = type_of(interp, it);
    if (t->iternext == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "__await__() returned non-iterator of type '{}'", t->name);
    return it;
}

Raised cannot_await(Interpreter& interp, Value obj) {
    return interp.raise_fmt(interp.exc.TypeError, "object {} can't be used in 'await' expression", tname(interp, obj));
}

// --- coroutine_wrapper: coro.__await__() ------------------------------------------------------

CoroutineWrapperObject* as_wrapper(Value v) { return static_cast<CoroutineWrapperObject*>(v.obj()); }

Result<Ref> coro_await(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__await__", 0, 0));
    BASTION_TRY_ASSIGN(Own<CoroutineWrapperObject> w,
                       interp.make<CoroutineWrapperObject>(interp.types.coroutine_wrapper));
    w->coro = Ref::borrow(self);
    return std::move(w).into_ref();
}

// next(wrapper): the coroutine's next yield; its return ends the iteration with
// StopIteration(value), as CPython's (the value is what `await` evaluates to).
Result<Ref> wrapper_iternext(Interpreter& interp, Value self) {
    bool returned = false;
    BASTION_TRY_ASSIGN(Ref r, generator_send(interp, as_gen(as_wrapper(self)->coro), Value(interp.none), &returned));
    if (!returned)
        return r;
    if (r.get().is(Value(interp.none)))
        return Ref();
    return raise_stop_iteration(interp, r);
}

Result<Ref> wrapper_send(Interpreter& interp, Value self, CallArgs args) {
    return generator_send_method(interp, as_wrapper(self)->coro, args);
}
Result<Ref> wrapper_throw(Interpreter& interp, Value self, CallArgs args) {
    return generator_throw_method(interp, as_wrapper(self)->coro, args);
}
Result<Ref> wrapper_close(Interpreter& interp, Value self, CallArgs args) {
    return generator_close_method(interp, as_wrapper(self)->coro, args);
}

const MethodDef kWrapperMethods[] = {
    {"send", wrapper_send},
    {"throw", wrapper_throw},
    {"close", wrapper_close},
};

// --- coroutine -------------------------------------------------------------------------------

Result<Ref> coro_get_origin(Interpreter& interp, Value) { return interp.new_none(); } // origin tracking is off

constexpr GetSetDef kCoroutineGetSets[] = {
    {"__name__", generator_get_name, generator_set_name},
    {"__qualname__", generator_get_qualname, generator_set_qualname},
    {"cr_running", generator_get_running},
    {"cr_frame", generator_get_frame},
    {"cr_code", generator_get_code},
    {"cr_await", generator_get_yieldfrom},
    {"cr_suspended", generator_get_suspended},
    {"cr_origin", coro_get_origin},
};

const MethodDef kCoroutineMethods[] = {
    {"send", generator_send_method},
    {"throw", generator_throw_method},
    {"close", generator_close_method},
    {"__await__", coro_await},
};

// CPython's _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine reports it at
// the Python code running when the coroutine is dropped. Errors are reported, not raised
// (this runs while an object is freed).
void warn_unawaited(Interpreter& interp, GeneratorObject* coro) {
    auto warned = [&]() -> Status {
        BASTION_TRY_ASSIGN(Ref module, import_module(interp, "warnings"));
        StrObject* name = name_of(interp, "_warn_unawaited_coroutine");
        if (name == nullptr)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Ref fn, get_attr(interp, module, name));
        BASTION_TRY_ASSIGN(Ref r, call_positional(interp, fn, {coro->qualname}));
        (void)r;
        return {};
    }();
    if (!warned.ok() && interp.write_stderr) {
        interp.write_stderr("Exception ignored while finalizing coroutine:\n");
        interp.print_exception(warned.error().exception);
    }
}

void coroutine_destroy(Object* o) {
    auto* coro = static_cast<GeneratorObject*>(o);
    Interpreter& interp = *o->type->interp;
    if (coro->frame_live && coro->frame()->state == FrameState::Created && !interp.gc().finalizers_off)
        warn_unawaited(interp, coro);
    generator_destroy(o);
}

} // namespace

Value coroutine_wrapper_target(Interpreter& interp, Value v) {
    if (!v.is_obj() || v.obj()->type != interp.types.coroutine_wrapper)
        return Value();
    return as_wrapper(v)->coro.get();
}

// --- The loop's async opcodes --------------------------------------------------------------------

Result<Ref> get_awaitable(Interpreter& interp, Value obj, uint32_t where) {
    if (is_coroutine(interp, obj) && !generator_delegate(as_gen(obj)).is_null())
        return interp.raise(interp.exc.RuntimeError, "coroutine is being awaited already");
    BASTION_TRY_ASSIGN(Ref it, awaitable_iter(interp, obj));
    if (it)
        return it;
    const std::string& type = tname(interp, obj);
    if (where == 1)
        return interp.raise_fmt(interp.exc.TypeError,
                                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                                type);
    if (where == 2)
        return interp.raise_fmt(interp.exc.TypeError,
                                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                                type);
    return cannot_await(interp, obj);
}

Result<Ref> get_aiter(Interpreter& interp, Value obj) {
    BASTION_TRY_ASSIGN(Ref aiter_fn, lookup_special(interp, obj, interp.names.__aiter__));
    if (!aiter_fn)
        return interp.raise_fmt(interp.exc.TypeError, "'async for' requires an object with __aiter__ method, got {}",
                                tname(interp, obj));
    BASTION_TRY_ASSIGN(Ref it, call(interp, aiter_fn, CallArgs{}));
    if (type_lookup(type_of(interp, it), interp.names.__anext__).is_null())
        return interp.raise_fmt(interp.exc.TypeError,
                                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                                tname(interp, it));
    return it;
}

Result<Ref> get_anext(Interpreter& interp, Value aiter) {
    BASTION_TRY_ASSIGN(Ref anext_fn, lookup_special(interp, aiter, interp.names.__anext__));
    if (!anext_fn)
        return interp.raise_fmt(interp.exc.TypeError, "'async for' requires an iterator with __anext__ method, got {}",
                                tname(interp, aiter));
    BASTION_TRY_ASSIGN(Ref next, call(interp, anext_fn, CallArgs{}));
    auto it = awaitable_iter(interp, next);
    if (it.ok() && it.value())
        return it;
    // CPython's _PyErr_FormatFromCause: the original error becomes the __cause__.
    Ref cause = it.ok() ? std::move(cannot_await(interp, next).exception) : std::move(it.take_error().exception);
    Raised r = interp.raise_fmt(interp.exc.TypeError, "'async for' received an invalid object from __anext__: {}",
                                tname(interp, next));
    set_cause(r.exception, cause);
    static_cast<ExceptionObject*>(r.exception.obj())->context = std::move(cause);
    return r;
}

Result<Ref> before_async_with(Interpreter& interp, Value mgr, Ref* exit_out) {
    BASTION_TRY_ASSIGN(Ref enter, lookup_special(interp, mgr, interp.names.__aenter__));
    if (!enter)
        return interp.raise_fmt(interp.exc.TypeError,
                                "'{}' object does not support the asynchronous context manager protocol",
                                tname(interp, mgr));
    BASTION_TRY_ASSIGN(Ref exit, lookup_special(interp, mgr, interp.names.__aexit__));
    if (!exit)
        return interp.raise_fmt(
            interp.exc.TypeError,
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            tname(interp, mgr));
    BASTION_TRY_ASSIGN(Ref result, call(interp, enter, CallArgs{}));
    *exit_out = std::move(exit);
    return result;
}

// --- Type setup ------------------------------------------------------------------------------------

void init_coroutine_type_slots(Interpreter& interp) {
    Type* t = interp.types.coroutine;
    t->instance_size = sizeof(GeneratorObject);
    t->flags = (t->flags & ~kTypeBaseType) | kTypeGC;
    t->destroy = coroutine_destroy;
    t->repr = generator_repr;
    t->getattr = generic_getattr;

    Type* w = interp.types.coroutine_wrapper;
    w->instance_size = sizeof(CoroutineWrapperObject);
    w->flags = (w->flags & ~kTypeBaseType) | kTypeGC;
    w->destroy = destroy_as<CoroutineWrapperObject>;
    w->traverse = traverse_as<CoroutineWrapperObject>;
    w->iter = iter_self;
    w->iternext = wrapper_iternext;
    w->getattr = generic_getattr;
}

Status init_coroutine_type_methods(Interpreter& interp) {
    BASTION_TRY(add_getsets(interp, interp.types.coroutine, kCoroutineGetSets));
    BASTION_TRY(add_methods(interp, interp.types.coroutine, kCoroutineMethods));
    return add_methods(interp, interp.types.coroutine_wrapper, kWrapperMethods);
}

} // namespace bastion
