// vm_native_calls_test.cpp: the loop's fast paths for native calls — CALL of a method
// descriptor (list.append, dict.get, deque methods), LIST_APPEND on an exact list, SEND
// to a receiver that is not a generator (`yield from a_list`) — count --max-steps exactly
// as the generic paths did (figures measured before the fast paths existed).
#include "vm_test_util.h"

namespace bastion {
namespace {

using vm_test::steps_needed;
using vm_test::with_n;

TEST(VmNativeCalls, StepCountsMatchGenericPaths) {
    struct Case {
        const char* source;
        uint64_t ten, eleven;
    };
    const Case cases[] = {
        {"a = []\nfor i in range(N):\n    a.append(i)\n", 90, 98},
        {"a = [i for i in range(N)]\n", 66, 71},
        {"d = {}\nfor i in range(N):\n    d[i] = d.get(i, 0) + 1\n", 140, 153},
        {"def f(p):\n    yield from p\ns = 0\nfor x in f([1] * N):\n    s += x\n", 123, 133},
        {"def f(p):\n    yield from p\ns = sum(1 for _ in f([1] * N))\n", 133, 143},
        {"class L(list):\n    def append(self, x):\n        list.append(self, x)\na = L()\nfor i in range(N):\n"
         "    a.append(i)\n",
         189, 205},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(steps_needed(with_n(c.source, 10)), c.ten) << c.source;
        EXPECT_EQ(steps_needed(with_n(c.source, 11)), c.eleven) << c.source;
    }
}

// A budget that runs out at each instruction of a loop of native method calls stops it
// with StepLimitExceeded, and exactly the needed budget finishes (deque: import aside,
// each pass costs the same as before).
TEST(VmNativeCalls, DequeLoopStepsPerPass) {
    const char* src = "from collections import deque\nq = deque()\nfor i in range(N):\n    q.append(i)\n    q.popleft()\n";
    uint64_t ten = steps_needed(with_n(src, 10));
    uint64_t eleven = steps_needed(with_n(src, 11));
    EXPECT_EQ(eleven - ten, 12u);
}

} // namespace
} // namespace bastion
