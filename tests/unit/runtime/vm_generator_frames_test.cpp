// vm_generator_frames_test.cpp: frames the loop runs where a native call used to re-enter
// it — generators resumed by FOR_ITER / SEND (generator.cpp's *_inline) and a class's
// __init__ called by CALL (eval_slow.cpp push_init_frame). What a host or a script can
// observe must be what the native paths give: the exact step counts of --max-steps,
// tracebacks, and a RecursionError (never a crash) for deep chains.
#include "vm_test_util.h"

namespace bastion {
namespace {

using vm_test::steps_needed;
using vm_test::with_n;

// Figures measured on the native resumption (before generators ran inline).
TEST(VmGeneratorFrames, StepCountsMatchNativeResumption) {
    struct Case {
        const char* source;
        uint64_t ten, eleven;
    };
    const Case cases[] = {
        {"def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ns = 0\nfor x in g(N):\n    s += x\n",
         201, 219},
        {"def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ndef d(n):\n    r = yield from g(n)\n"
         "    return r\ns = 0\nfor x in d(N):\n    s += x\n",
         244, 265},
        {"def acc():\n    t = 0\n    while True:\n        v = yield t\n        t += v\ndef d():\n    yield from acc()\n"
         "a = d()\nnext(a)\nfor i in range(N):\n    a.send(i)\n",
         224, 243},
        {"def g(n):\n    yield 1\n    raise ValueError\ndef r(n):\n    for x in g(n):\n        yield x\nfor k in range(N):\n"
         "    try:\n        for x in r(k):\n            pass\n    except ValueError:\n        pass\n",
         374, 410},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(steps_needed(with_n(c.source, 10)), c.ten) << c.source;
        EXPECT_EQ(steps_needed(with_n(c.source, 11)), c.eleven) << c.source;
    }
}

// A budget running out inside a generator several inline frames deep stops the program
// (handlers in the chain cannot swallow StepLimitExceeded), and the interpreter stays usable.
TEST(VmGeneratorFrames, StepLimitInsideInlineGenerators) {
    Limits limits;
    limits.max_steps = 5000;
    auto r = vm_test::run("def spin():\n    while True:\n        yield 1\ndef relay():\n    try:\n        yield from spin()\n"
                          "    except BaseException:\n        while True:\n            yield 2\n"
                          "def outer():\n    try:\n        for x in relay():\n            yield x\n    finally:\n"
                          "        for y in spin():\n            pass\nfor z in outer():\n    pass\n",
                          limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    r.interp->steps_left = 10000;
    EXPECT_TRUE(r.interp->run_source("def g():\n    yield 1\nx = list(g())\n", "u.py").ok());
}

// Expected tracebacks from CPython 3.11 (no column markers: our line tables carry none).
TEST(VmGeneratorFrames, TracebackThroughInlineGenerators) {
    auto r = vm_test::run("def inner():\n    yield 1\n    raise ValueError(\"deep\")\ndef mid():\n    yield from inner()\n"
                          "def outer():\n    for x in mid():\n        yield x\nfor v in outer():\n    pass\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 9, in <module>\n    for v in outer():\n"
                     "  File \"t.py\", line 7, in outer\n    for x in mid():\n  File \"t.py\", line 5, in mid\n"
                     "    yield from inner()\n  File \"t.py\", line 3, in inner\n    raise ValueError(\"deep\")\n"
                     "ValueError: deep\n");
}

TEST(VmGeneratorFrames, Pep479TracebackThroughFor) {
    auto r = vm_test::run("def stop():\n    yield 1\n    raise StopIteration\ndef relay():\n    for x in stop():\n"
                          "        yield x\nfor v in relay():\n    pass\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 3, in stop\n    raise StopIteration\n"
                     "StopIteration\n\nThe above exception was the direct cause of the following exception:\n\n"
                     "Traceback (most recent call last):\n  File \"t.py\", line 7, in <module>\n    for v in relay():\n"
                     "  File \"t.py\", line 5, in relay\n    for x in stop():\nRuntimeError: generator raised StopIteration\n");
}

// Inline generator frames use no native stack: the Python recursion limit is what stops a
// deep chain, with a RecursionError, at any limit the host sets.
TEST(VmGeneratorFrames, DeepChainsRaiseRecursionError) {
    for (uint32_t limit : {100u, 5000u, 50000u}) {
        Limits limits;
        limits.recursion_limit = limit;
        auto r = vm_test::run("def deep(n):\n    if n == 0:\n        yield 0\n    else:\n        for x in deep(n - 1):\n"
                              "            yield x\ndef deep_from(n):\n    if n == 0:\n        yield 0\n    else:\n"
                              "        yield from deep_from(n - 1)\nhits = 0\nfor maker in (deep, deep_from):\n    try:\n"
                              "        list(maker(10**6))\n    except RecursionError:\n        hits += 1\n"
                              "ok = list(deep(50)) + list(deep_from(50))\n",
                              limits);
        ASSERT_TRUE(r.module) << limit << r.error;
        EXPECT_EQ(vm_test::global_text(r, "hits"), "2") << limit;
        EXPECT_EQ(vm_test::global_text(r, "ok"), "[0, 0]") << limit;
    }
}

// Figures measured on the generic class call (type_call re-entering the loop for __init__).
TEST(VmInitFrames, StepCountsMatchGenericCall) {
    struct Case {
        const char* source;
        uint64_t ten, eleven;
    };
    const Case cases[] = {
        {"class P:\n    def __init__(self, x, y=2):\n        self.x = x\n        self.y = y\nfor i in range(N):\n"
         "    p = P(i)\n",
         186, 202},
        {"class B:\n    def __init__(self, v):\n        if v % 2:\n            raise ValueError\n        return\n"
         "for i in range(N):\n    try:\n        B(i)\n    except ValueError:\n        pass\n",
         199, 214},
        {"class A:\n    def __init__(self, v):\n        self.v = v\nclass B(A):\n    def __init__(self, v):\n"
         "        super().__init__(v + 1)\nfor i in range(N):\n    B(i)\n",
         285, 309},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(steps_needed(with_n(c.source, 10)), c.ten) << c.source;
        EXPECT_EQ(steps_needed(with_n(c.source, 11)), c.eleven) << c.source;
    }
}

TEST(VmInitFrames, Tracebacks) {
    auto r = vm_test::run("class B:\n    def __init__(self, v):\n        return v\ndef make():\n    return B(1)\nmake()\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 6, in <module>\n    make()\n"
                     "  File \"t.py\", line 5, in make\n    return B(1)\n           ^^^^\n"
                     "TypeError: __init__() should return None, not 'int'\n");
    r = vm_test::run("class B:\n    def __init__(self, v):\n        self.v = 1 / v\ndef make():\n    return B(0)\nmake()\n");
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.err, "Traceback (most recent call last):\n  File \"t.py\", line 6, in <module>\n    make()\n"
                     "  File \"t.py\", line 5, in make\n    return B(0)\n           ^^^^\n"
                     "  File \"t.py\", line 3, in __init__\n    self.v = 1 / v\n             ~~^~~\n"
                     "ZeroDivisionError: division by zero\n");
}

// The recursion depth an __init__ frame holds is released on every way out: after many
// failing and succeeding constructions the limit is where it was.
TEST(VmInitFrames, DepthRestored) {
    auto r = vm_test::run("import sys\nclass B:\n    def __init__(self, v):\n        if v == 1:\n            raise KeyError\n"
                          "        if v == 2:\n            return 5\n        if v == 3:\n            B(3)\n"
                          "for i in range(3000):\n    try:\n        B(i % 4)\n    except (KeyError, TypeError, RecursionError):\n"
                          "        pass\ndef down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nd = down(990)\n");
    ASSERT_TRUE(r.module) << r.error << r.err;
    EXPECT_EQ(vm_test::global_text(r, "d"), "990");
    EXPECT_EQ(r.interp->python_depth, 0u);
}

} // namespace
} // namespace bastion
