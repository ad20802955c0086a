// repr_guard.cpp: Py_ReprEnter / Py_ReprLeave over the interpreter's repr stack, which
// lives in the VM state (vm/vm_state.h: VmState::repr_stack).
#include "objects/repr_guard.h"

#include <algorithm>

#include "vm/vm_state.h"

namespace bastion {

std::vector<Object*>& repr_stack(Interpreter& interp) { return interp.vm().repr_stack; }

ReprGuard::ReprGuard(Interpreter& interp, Object* obj) : m_interp(interp), m_obj(obj) {
    auto& stack = repr_stack(interp);
    if (std::find(stack.begin(), stack.end(), obj) != stack.end())
        return;
    stack.push_back(obj);
    m_entered = true;
}

ReprGuard::~ReprGuard() {
    if (!m_entered)
        return;
    // Remove the innermost occurrence (CPython's Py_ReprLeave searches from the end).
    auto& stack = repr_stack(m_interp);
    for (auto it = stack.end(); it != stack.begin();) {
        --it;
        if (*it == m_obj) {
            stack.erase(it);
            return;
        }
    }
}

} // namespace bastion
