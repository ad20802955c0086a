// generator_fast.h: the inline bodies of an inline generator resume and suspend — linking
// a suspended (or just-created) generator's frame above the frame running FOR_ITER / SEND
// (generator_enter_fast) and unlinking it when it yields (generator_leave_fast). The
// out-of-line generator_enter_inline / generator_yield_inline (generator.cpp) are these
// same bodies; the interpreter loop (eval.cpp) uses them inline so that a generator resumed
// by FOR_ITER or SEND costs no out-of-line call, as a Python->Python call. Private to vm/.
// Not for: native resumption (send/__next__/throw: generator.cpp's resume) or finishing a
// generator (generator_return_inline / generator_raise_inline).
#pragma once

#include "support/assert.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/vm_state.h"

namespace bastion {

// Link `gen`'s frame as the innermost, running, with the value its YIELD_VALUE evaluates
// to pushed: *value moved (SEND), else None (FOR_ITER). A just-created generator takes no
// value (*value must be None: it is released). Null, touching nothing, when the generator
// cannot be resumed inline (running, finished, a non-None value sent to a just-started
// one, at the recursion limit): the generic path then resumes it or raises.
[[gnu::always_inline]] inline Frame* generator_enter_fast(Interpreter& interp, GeneratorObject* gen, Ref* value) {
    if (gen->running || !gen->frame_live || interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return nullptr;
    Frame* f = gen->frame();
    if (f->state == FrameState::Suspended) [[likely]] {
        // The value YIELD_VALUE evaluates to (the verifier proved the slot is free).
        BASTION_CHECK(f->sp < f->code->stacksize);
        Ref* slot = &f->stack_base()[f->sp++];
        BASTION_ASSERT(slot->is_null());
        if (value)
            ::new (static_cast<void*>(slot)) Ref(std::move(*value));
        else
            ::new (static_cast<void*>(slot)) Ref(interp.new_none());
    } else if (f->state != FrameState::Created || (value && !value->get().is(Value(interp.none)))) {
        return nullptr;
    } else if (value) {
        value->reset();
    }
    auto& vm = interp.vm();
    vm.exc_info.push_back(std::move(gen->exc_state));
    f->previous = vm.current;
    vm.current = f;
    ++interp.python_depth;
    gen->running = true;
    f->is_entry = false;
    f->state = FrameState::Running;
    return f;
}

// Unlink the inline generator frame `f` (the innermost) and give the generator back its
// handled-exception entry, as resume() does when run_frame returns.
[[gnu::always_inline]] inline GeneratorObject* generator_leave_fast(Interpreter& interp, Frame* f, FrameState state) {
    auto& vm = interp.vm();
    BASTION_CHECK(vm.current == f && f->owner == FrameOwner::Generator && !f->is_entry && vm.exc_info.size() >= 2);
    auto* gen = static_cast<GeneratorObject*>(f->generator);
    vm.current = f->previous;
    f->previous = nullptr;
    --interp.python_depth;
    f->state = state;
    gen->running = false;
    gen->exc_state = std::move(vm.exc_info.back());
    vm.exc_info.pop_back();
    return gen;
}

} // namespace bastion
