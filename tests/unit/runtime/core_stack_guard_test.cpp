// core_stack_guard_test.cpp: the native stack measurement (support/stack_guard.h): the
// thread's bounds are found, the limit formula respects budgets and the safety margin,
// and a deep native recursion that checks the limit stops before the end of the stack.
#include <gtest/gtest.h>

#include <thread>

#include "support/stack_guard.h"

namespace bastion {
namespace {

TEST(CoreStackGuard, BoundsContainTheCurrentFrame) {
    StackBounds b = current_thread_stack_bounds();
    ASSERT_NE(b.high, 0u);
    uintptr_t here = current_stack_address();
    EXPECT_GT(here, b.low);
    EXPECT_LT(here, b.high);
}

TEST(CoreStackGuard, ExplicitBudgetIsMeasuredFromTheStart) {
    StackBounds b{0x100000, 0x900000}; // 8 MiB
    EXPECT_EQ(compute_stack_limit(0x800000, b, 0x10000), 0x800000u - 0x10000u);
}

TEST(CoreStackGuard, DefaultBudgetIsThreeQuartersOfTheStack) {
    StackBounds b{0x100000, 0x900000};
    uintptr_t limit = compute_stack_limit(0x900000, b, 0);
    EXPECT_EQ(limit, 0x900000u - 0x800000u / 4 * 3);
}

TEST(CoreStackGuard, NeverCloserThanTheMarginToTheEnd) {
    StackBounds b{0x100000, 0x900000};
    // Starting deep in the stack with a huge budget: the margin still remains.
    uintptr_t limit = compute_stack_limit(0x180000, b, uint64_t{1} << 40);
    EXPECT_EQ(limit, 0x100000u + kStackSafetyMargin);
    // No room at all: every check fails (limit == start).
    EXPECT_EQ(compute_stack_limit(0x100010, b, 0), 0x100010u);
}

TEST(CoreStackGuard, UnknownBoundsUseOneMebibyte) {
    EXPECT_EQ(compute_stack_limit(0x900000, StackBounds{}, 0), 0x900000u - (1u << 20));
}

int depth_reached = 0;

[[gnu::noinline]] int recurse(uintptr_t limit, int depth) {
    volatile char pad[256];
    pad[0] = static_cast<char>(depth);
    if (current_stack_address() < limit) {
        depth_reached = depth;
        return pad[0];
    }
    return recurse(limit, depth + 1) + pad[0];
}

// On a small thread stack, a recursion guarded by the limit stops cleanly.
TEST(CoreStackGuard, GuardedRecursionStopsOnASmallThread) {
    std::thread t([] {
        StackBounds b = current_thread_stack_bounds();
        uintptr_t limit = compute_stack_limit(current_stack_address(), b, 0);
        depth_reached = 0;
        (void)recurse(limit, 0);
    });
    t.join();
    EXPECT_GT(depth_reached, 10);
}

} // namespace
} // namespace bastion
