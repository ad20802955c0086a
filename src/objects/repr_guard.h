// repr_guard.h: CPython's Py_ReprEnter / Py_ReprLeave — the set of containers whose repr
// is in progress, so a self-containing list prints `[[...]]` and a dict `{...}`.
// Used by every container repr (list, dict, set, deque, ...); not for str or numbers.
#pragma once

#include <vector>

#include "objects/value.h"

namespace bastion {

// The containers of this interpreter whose repr is running (innermost last); the storage
// is VmState::repr_stack (vm/vm_state.h).
std::vector<Object*>& repr_stack(Interpreter&);

// RAII: entering on construction, leaving on destruction. When `recursive()` is true the
// object's repr is already running further up and the caller prints its "..." form.
class ReprGuard {
public:
    ReprGuard(Interpreter& interp, Object* obj);
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool recursive() const { return !m_entered; }

private:
    Interpreter& m_interp;
    Object* m_obj;
    bool m_entered = false;
};

} // namespace bastion
