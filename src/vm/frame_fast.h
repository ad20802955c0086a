// frame_fast.h: the inline bodies of the frame lifecycle every Python call pays for —
// constructing a frame header and its slots (frame_init), releasing them (frame_clear)
// and linking/unlinking a thread frame (push_thread_frame / pop_thread_frame). The
// out-of-line functions of frame.h and eval.h are these same bodies; the interpreter
// loop (eval.cpp) and call.cpp use them inline so a Python->Python call and its return
// make no out-of-line calls in the common case. Private to vm/.
// Not for: argument binding (call.cpp) or the frame stack's chunk management (frame.cpp).
#pragma once

#include <cstddef>
#include <new>

#include "support/assert.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/vm_state.h"

namespace bastion {

static_assert(sizeof(std::size_t) == 8, "frame sizes: a uint32_t slot count times 8 cannot overflow");

// The out-of-line part of frame_clear: the frame object outlives the frame (frame.cpp).
void frame_detach_object(Frame* f);
// The general thread-frame pop (eval.h; call.cpp).
void pop_thread_frame(Interpreter&, Frame* f);

// Header + slots of a frame for `code`: nslots is a uint32_t, so no overflow on 64 bits.
[[gnu::always_inline]] inline std::size_t frame_bytes_fast(const CodeObject* code) {
    return sizeof(Frame) + std::size_t{code->nslots} * sizeof(Ref);
}

// `func`: the frame's reference to its function (null for module/exec code), moved in
// (the source is left null). With a function, the frame borrows its globals and builtins,
// and also its code unless `own_code` (generator frames own theirs: see Frame).
// `previous`: the caller when the frame is pushed as the innermost thread frame.
[[gnu::always_inline]] inline Frame* frame_init_inline(void* mem, CodeObject* code, Ref&& func, Value globals,
                                                       Value builtins, Value locals, Ref* moved,
                                                       std::size_t nmoved, bool own_code,
                                                       Frame* previous = nullptr) {
    bool has_func = !func.is_null();
    if (has_func) {
        [[maybe_unused]] auto* fn = static_cast<FunctionObject*>(func.obj());
        BASTION_ASSERT(fn->type == fn->type->interp->types.function);
        BASTION_ASSERT(globals.is(fn->globals) && builtins.is(fn->builtins));
        BASTION_ASSERT(own_code || fn->code_object() == code);
    }
    // Every header word is written once, from values read before the first store (stores
    // through `mem` could alias the function's fields for all the compiler knows).
    uint32_t nslots = code->nslots;
    Frame* f = ::new (mem) Frame(code, std::move(func), globals, builtins, previous, code->units, nslots);
    if (!has_func) {
        own_code = true;
        FrameExtras& x = f->ensure_extras();
        x.globals_ref = Ref::borrow(globals);
        x.builtins_ref = Ref::borrow(builtins);
    }
    if (own_code)
        f->ensure_extras().code_ref = Ref::borrow(Value(code));
    if (!locals.is_null()) [[unlikely]]
        f->ensure_extras().locals = Ref::borrow(locals);
    // All slots start null: a null Ref is the all-zero word. (A loop: most frames have a
    // handful of slots, where a memset call costs more than the stores. The empty asm
    // keeps GCC from turning the loop back into a memset call.)
    BASTION_CHECK(nmoved <= nslots);
    Ref* s = f->slots();
    for (std::size_t i = 0; i < nmoved; ++i)
        new (&s[i]) Ref(std::move(moved[i]));
    // Two slots per iteration: most frames null three to six.
    Ref* end = s + nslots;
    Ref* p = s + nmoved;
    for (; end - p >= 2; p += 2) {
        new (p) Ref();
        new (p + 1) Ref();
        __asm__("" : "+r"(p));
    }
    if (p < end)
        new (p) Ref();
    return f;
}

[[gnu::always_inline]] inline void frame_clear_inline(Frame* f) {
    if (f->has_extras && f->extras()->frame_object) [[unlikely]]
        frame_detach_object(f);
    // Release slots in CPython's order (_PyFrame_Clear): locals, then cells, then the
    // stack, so finalizers run in the order the locals were declared. Slots above the saved
    // stack depth are null (pops move out of their slot). Each slot is nulled before its
    // release: a finalizer may start a collection that traverses a generator's frame while
    // it is being cleared.
    Ref* s = f->slots();
    uint32_t used = f->code->nlocalsplus + f->sp;
    BASTION_CHECK(used <= f->nslots);
    for (uint32_t i = f->nslots; i > used; --i)
        BASTION_ASSERT(s[i - 1].is_null());
    for (uint32_t i = 0; i < used; ++i)
        s[i].reset();
    f->nslots = 0;
    f->~Frame();
}

// push_thread_frame's body (eval.h): RecursionError past the limit, MemoryError when the
// frame stack cannot grow.
// A thread frame borrows its function's code (fn_set_code makes it own it when needed).
[[gnu::always_inline]] inline Result<Frame*> push_thread_frame_inline(Interpreter& interp, CodeObject* code,
                                                                      Ref func, Value globals, Value builtins,
                                                                      Value locals, Ref* moved, std::size_t nmoved) {
    if (interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return interp.recursion_error();
    auto& vm = interp.vm();
    void* mem = vm.frame_stack.push(interp, frame_bytes_fast(code));
    if (!mem) [[unlikely]]
        return interp.no_memory();
    Frame* f =
        frame_init_inline(mem, code, std::move(func), globals, builtins, locals, moved, nmoved, false, vm.current);
    vm.current = f;
    ++interp.python_depth;
    return f;
}

// pop_thread_frame's body (eval.h): `f` must be the innermost thread frame.
[[gnu::always_inline]] inline void pop_thread_frame_inline(Interpreter& interp, Frame* f) {
    auto& vm = interp.vm();
    BASTION_CHECK(vm.current == f && f->owner != FrameOwner::Generator);
    vm.current = f->previous;
    --interp.python_depth;
    frame_clear_inline(f);
    vm.frame_stack.pop(interp, f);
}

// RETURN_VALUE's pop of the innermost thread frame, inline in the loop: what
// pop_thread_frame does, in its order (unlink, release the slots as frame_clear does, then
// the function), for a frame that owns nothing besides its function and slots — no
// extras (frame object, owned code/globals/builtins, locals mapping or locals() cache), a
// single flag to test. Any other frame takes pop_thread_frame (out of line).
// `top`: the loop's stack top (the result already popped). The slots written are exactly
// those below it (locals and cells, then the value stack; every slot at or above the top
// is null), so they are released from the loop's own pointer, without the saved depth or
// the code's nlocalsplus read back; the out-of-line path gets the depth saved from it.
[[gnu::always_inline]] inline void pop_function_frame_fast(Interpreter& interp, Frame* f, Ref* top) {
    auto& vm = interp.vm();
    BASTION_CHECK(vm.current == f && f->owner == FrameOwner::Thread);
    Ref* s = f->slots();
    // s <= top <= s + nslots, as one unsigned comparison (below s, the byte offset wraps
    // to more than any frame's size): frame_clear's `used <= nslots`.
    std::size_t used = reinterpret_cast<std::uintptr_t>(top) - reinterpret_cast<std::uintptr_t>(s);
    BASTION_CHECK(used <= std::size_t{f->nslots} * sizeof(Ref));
    if (f->has_extras) [[unlikely]] {
        f->sp = static_cast<uint32_t>(used / sizeof(Ref) - f->code->nlocalsplus); // frame_clear releases up to it
        pop_thread_frame(interp, f);
        return;
    }
    vm.current = f->previous;
    --interp.python_depth;
    for (Ref* p = s; p != top; ++p) // (no collection traverses a thread frame)
        p->~Ref();
    f->nslots = 0;
    // The frame had no extras above, and releasing the slots cannot make them (the frame
    // is off the chain that fn_set_code, sys._getframe and locals() walk): with the
    // function released, ~Frame would release nothing, so it is not run (the storage is
    // reused).
    f->func.reset();
    BASTION_ASSERT(!f->has_extras);
    vm.frame_stack.pop(interp, f);
}

// Cells for the code's cell variables (arguments captured by inner functions move into
// theirs) and the closure's cells for its free variables (call.cpp).
Status setup_cells(Interpreter&, FunctionObject* fn, Frame* f);

// Whether a call of `fn` with `nargs` positional arguments can take push_positional_frame's
// path: no *args, **kwargs, keyword-only parameters or generator flags, and the parameters
// past nargs all have defaults. *defaults_out: the defaults tuple when some are needed.
[[gnu::always_inline]] inline bool positional_frame_fits(FunctionObject* fn, std::size_t nargs,
                                                         TupleObject** defaults_out) {
    CodeObject* co = fn->code_object();
    constexpr uint32_t kNeedsBinding =
        bc::kCoVarargs | bc::kCoVarkeywords | bc::kCoGenerator | bc::kCoCoroutine | bc::kCoAsyncGenerator;
    if ((co->flags & kNeedsBinding) != 0 || co->kwonlyargcount != 0 || nargs > co->argcount) [[unlikely]]
        return false;
    TupleObject* defaults = nullptr;
    if (nargs < co->argcount) {
        defaults = fn->defaults ? static_cast<TupleObject*>(fn->defaults.obj()) : nullptr;
        if (!defaults || static_cast<std::size_t>(defaults->size) < co->argcount - nargs)
            return false; // missing arguments: the general path words the TypeError
    }
    *defaults_out = defaults;
    return true;
}

// push_positional_frame's body (eval.h): null, touching nothing, when the call needs the
// general binding path. `func_slot`: when not null, the caller's stack slot holding fn,
// whose reference moves into the frame (left null) when the frame is pushed.
[[gnu::always_inline]] inline Result<Frame*> push_positional_frame_inline(Interpreter& interp, FunctionObject* fn,
                                                                          Ref* args, std::size_t nargs,
                                                                          Ref* func_slot = nullptr) {
    CodeObject* co = fn->code_object();
    TupleObject* defaults = nullptr;
    if (!positional_frame_fits(fn, nargs, &defaults)) [[unlikely]]
        return nullptr;
    if (interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return interp.recursion_error();
    auto& vm = interp.vm();
    void* mem = vm.frame_stack.push(interp, frame_bytes_fast(co));
    if (!mem) [[unlikely]]
        return interp.no_memory();
    Ref func;
    if (func_slot) {
        BASTION_ASSERT(func_slot->get().is(Value(fn)));
        func = std::move(*func_slot);
    } else {
        func = Ref::borrow(Value(fn));
    }
    Frame* f =
        frame_init_inline(mem, co, std::move(func), fn->globals, fn->builtins, Value(), args, nargs, false, vm.current);
    vm.current = f;
    ++interp.python_depth;
    if (defaults) {
        // The last defaults->size parameters have defaults; the missing ones take theirs.
        Ref* fast = f->fast();
        std::size_t first = static_cast<std::size_t>(defaults->size) - (co->argcount - nargs);
        for (std::size_t i = nargs; i < co->argcount; ++i)
            fast[i] = Ref::borrow(defaults->at(static_cast<int64_t>(first + (i - nargs))));
    }
    if (co->ncells != 0 || co->nfrees != 0) [[unlikely]] {
        auto cells = setup_cells(interp, fn, f);
        if (!cells.ok()) {
            pop_thread_frame_inline(interp, f);
            return cells.take_error();
        }
    }
    return f;
}

// CALL's most common case, inline in the loop: an exact function called with exactly
// co_argcount positional arguments, without cells or free variables, *args/**kwargs,
// keyword-only parameters or generator flags, below the recursion limit. What
// push_positional_frame does for it: the arguments and the function (args[-1], the
// caller's stack slot) move into the new frame, linked as the innermost. Null, touching
// nothing, otherwise (push_positional_frame then takes the call: defaults, cells, errors).
[[gnu::always_inline]] inline Frame* push_exact_frame_fast(Interpreter& interp, FunctionObject* fn, Ref* args,
                                                           std::size_t nargs) {
    // fn->exact_call_nargs1 (function.h) is co_argcount + 1 for exactly such code, else 0.
    if (fn->exact_call_nargs1 != nargs + 1 || interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return nullptr;
    CodeObject* co = fn->code_object();
    BASTION_ASSERT((co->flags & (bc::kCoVarargs | bc::kCoVarkeywords | bc::kCoGenerator | bc::kCoCoroutine |
                                 bc::kCoAsyncGenerator)) == 0 &&
                   co->kwonlyargcount == 0 && co->ncells == 0 && co->nfrees == 0 && nargs == co->argcount);
    auto& vm = interp.vm();
    void* mem = vm.frame_stack.push(interp, frame_bytes_fast(co));
    if (!mem) [[unlikely]]
        return nullptr; // out of memory: push_positional_frame fails the same way and raises
    BASTION_ASSERT(args[-1].get().is(Value(fn)));
    Frame* f = frame_init_inline(mem, co, std::move(args[-1]), fn->globals, fn->builtins, Value(), args, nargs, false,
                                 vm.current);
    vm.current = f;
    ++interp.python_depth;
    return f;
}

} // namespace bastion
