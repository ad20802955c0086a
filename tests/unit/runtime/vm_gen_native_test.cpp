// vm_gen_native_test.cpp: generators resumed from native code — sum() over a generator
// (resumed directly, not through iter_next), zip() refilling its result tuple, gen.send()
// in a loop, next() — count --max-steps exactly as before these fast paths (figures
// measured with the session-6 starting binary through `bastion --max-steps`).
#include "vm_test_util.h"

namespace bastion {
namespace {

using vm_test::steps_needed;
using vm_test::with_n;

TEST(VmGenNative, StepCountsMatchGenericPaths) {
    struct Case {
        const char* source;
        uint64_t ten, eleven;
    };
    const Case cases[] = {
        {"def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ns = sum(g(N))\n", 142, 154},
        {"s = sum(x * 2 for x in range(N))\n", 110, 119},
        {"def g(n):\n    for i in range(n):\n        yield i\nt = 0\nfor a, b in zip(g(N), g(100)):\n"
         "    t += a * b\n",
         282, 307},
        {"def acc():\n    total = 0\n    while True:\n        v = yield total\n        total += v\na = acc()\n"
         "next(a)\nfor i in range(N):\n    a.send(i)\n",
         184, 200},
        {"def g(n):\n    for i in range(n):\n        yield i\nit = g(N)\nwhile next(it, None) is not None:\n"
         "    pass\n",
         154, 167}, // session 12: `x is not None` as a test is one jump (was 176, 191: two steps less per test)
        {"def g(n):\n    for i in range(n):\n        yield i\nz = zip(g(N), range(100))\nt = [p for p in z]\n",
         167, 180},
        {"def g(a):\n    yield a\nt = 0\nfor i in range(N):\n    for x in g(i):\n        t += x\n", 223, 244},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(steps_needed(with_n(c.source, 10)), c.ten) << c.source;
        EXPECT_EQ(steps_needed(with_n(c.source, 11)), c.eleven) << c.source;
    }
}

// Native consumers that drive a generator (generator_drive: the loop resumes the frame
// for each item, quietly or with the frame unlinked, or item by item through
// generator_send) charge exactly what iter_next charged before (figures measured with the
// session-10 starting binary through `bastion --max-steps`).
TEST(VmGenNative, DrivenConsumersCountStepsAsBefore) {
    struct Case {
        const char* source;
        uint64_t ten, eleven;
    };
    const Case cases[] = {
        {"def g(n):\n    for i in range(n):\n        yield i\nt = list(g(N))\n", 92, 99},
        {"t = tuple(x * 2 for x in range(N))\n", 110, 119},
        {"t = any(x > 100 for x in range(N))\n", 110, 119},
        {"t = all(x < 100 for x in range(N))\n", 110, 119},
        {"t = any(x == 5 for x in range(N))\n", 68, 68},
        {"t = max(x for x in range(N))\n", 90, 97},
        {"t = min((x for x in range(N)), key=lambda v: -v)\n", 123, 133},
        {"t = set(x % 3 for x in range(N))\n", 110, 119},
        {"t = dict((x, x) for x in range(N))\n", 110, 119},
        {"t = dict([x, x] for x in range(N))\n", 110, 119},
        {"t = sum(x * 1.5 for x in range(N))\n", 110, 119},
        {"t = ''.join(str(x) for x in range(N))\n", 120, 130},
        {"def g(n):\n    yield from list(range(n))\nt = sum(g(N))\n", 78, 83},
        {"class A:\n    def __radd__(self, o):\n        return o + 1\nt = sum(A() for x in range(N))\n", 166, 179},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(steps_needed(with_n(c.source, 10)), c.ten) << c.source;
        EXPECT_EQ(steps_needed(with_n(c.source, 11)), c.eleven) << c.source;
    }
}

// An endless generator driven by list() or any() stops at the budget.
TEST(VmGenNative, StepLimitStopsEndlessDrive) {
    for (const char* source : {"def g():\n    while True:\n        yield 1\nx = list(g())\n",
                               "def g():\n    while True:\n        yield 0\nx = any(g())\n",
                               "def g():\n    while True:\n        yield 1.5\nx = sum(g())\n"}) {
        Limits limits;
        limits.max_steps = 500;
        auto r = vm_test::run(source, limits);
        EXPECT_FALSE(r.module) << source;
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    }
}

// A budget that runs out inside an endless generator resumed by sum() stops the program
// with StepLimitExceeded (the step sum() charges per item and the generator's own).
TEST(VmGenNative, StepLimitStopsEndlessSum) {
    Limits limits;
    limits.max_steps = 60;
    auto r = vm_test::run("def g():\n    while True:\n        yield 1\nx = g()\ns = sum(x)\n", limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
}

} // namespace
} // namespace bastion
