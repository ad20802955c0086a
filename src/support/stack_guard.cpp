// stack_guard.cpp: the thread's stack bounds (pthread_getattr_np) and the limit formula.
#include "support/stack_guard.h"

#include <pthread.h>

#include <algorithm>

namespace bastion {

StackBounds current_thread_stack_bounds() {
    StackBounds b;
#if defined(__linux__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return b;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr != nullptr && size != 0) {
        // An unlimited main-thread rlimit reports an absurd size; assume the usual 8 MiB.
        constexpr size_t kMaxBelievable = size_t{1} << 30;
        uintptr_t high = reinterpret_cast<uintptr_t>(addr) + size;
        if (size > kMaxBelievable)
            size = size_t{8} << 20;
        b.high = high;
        b.low = high - size;
    }
    pthread_attr_destroy(&attr);
#endif
    return b;
}

uintptr_t compute_stack_limit(uintptr_t start, StackBounds bounds, uint64_t native_bytes) {
    if (bounds.high <= bounds.low || start < bounds.low || start > bounds.high) {
        uint64_t budget = native_bytes != 0 ? native_bytes : uint64_t{1} << 20;
        return start > budget ? start - budget : 0;
    }
    uint64_t size = bounds.high - bounds.low;
    uint64_t budget = native_bytes != 0 ? native_bytes : size / 4 * 3;
    uint64_t margin = std::min<uint64_t>(kStackSafetyMargin, size / 4);
    uintptr_t floor = bounds.low + margin;
    if (start <= floor)
        return start; // no room at all: every check fails
    uint64_t room = start - floor;
    return start - std::min(budget, room);
}

} // namespace bastion
