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
         176, 191},
        {"def g(n):\n    for i in range(n):\n        yield i\nz = zip(g(N), range(100))\nt = [p for p in z]\n",
         167, 180},
        {"def g(a):\n    yield a\nt = 0\nfor i in range(N):\n    for x in g(i):\n        t += x\n", 223, 244},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(steps_needed(with_n(c.source, 10)), c.ten) << c.source;
        EXPECT_EQ(steps_needed(with_n(c.source, 11)), c.eleven) << c.source;
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
