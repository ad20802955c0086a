// stdlib_modules_test.cpp: the native standard-library modules under interpreter limits —
// a catastrophic regular expression stops with StepLimitExceeded under a step budget (and
// with re.error without one) instead of hanging; the MT19937 generator reproduces
// CPython's first outputs for seed(0) and seed(12345).
#include <gtest/gtest.h>

#include "vm_test_util.h"

namespace bastion {
namespace {

TEST(StdlibRe, CatastrophicPatternStopsUnderStepBudget) {
    Limits limits;
    limits.max_steps = 200000;
    auto r = vm_test::run("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\n", limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
}

// A scan's matches are items of a native loop: each costs a step, so findall over a text
// with a million matches stops at a small budget (and fits a large one).
TEST(StdlibRe, ScanMatchesPayStepsEach) {
    Limits limits;
    limits.max_steps = 20000;
    auto r = vm_test::run("import re\nn = len(re.findall('a', 'a' * 1000000))\n", limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    limits.max_steps = 2000000;
    r = vm_test::run("import re\nn = len(re.findall('a', 'a' * 1000000))\n", limits);
    ASSERT_TRUE(r.module) << r.error;
    EXPECT_EQ(vm_test::global_text(r, "n"), "1000000");
}

TEST(StdlibRe, JitCompiledPatternHonoursStepBudget) {
    // The pattern runs as JIT code (jit_size > 0), and the JIT honours the match limit
    // the step budget sets: StepLimitExceeded, not a hang.
    Limits limits;
    limits.max_steps = 200000;
    auto r = vm_test::run("import re\np = re.compile(r'(a+)+$')\nassert p._code.jit_size() > 0\n"
                          "p.match('a' * 40 + 'b')\n",
                          limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    auto ok = vm_test::run("import re\njit = re.compile(r'(a+)+$')._code.jit_size() > 0\n");
    ASSERT_TRUE(ok.module) << ok.error;
    EXPECT_EQ(vm_test::global_text(ok, "jit"), "True");
}

TEST(StdlibRe, CatastrophicPatternWithoutBudgetRaisesReError) {
    auto r = vm_test::run("import re\n"
                          "try:\n    re.match(r'(a+)+$', 'a' * 40 + '!')\n    outcome = 'matched'\n"
                          "except re.error as e:\n    outcome = 'error'\n");
    ASSERT_TRUE(r.module) << r.error;
    auto value = vm_test::global_text(r, "outcome");
    EXPECT_EQ(value, "error");
}

TEST(StdlibRe, OrdinaryPatternsStillWorkUnderBudget) {
    Limits limits;
    limits.max_steps = 1000000;
    auto r = vm_test::run("import re\nn = len(re.findall(r'\\w+', 'a bb ccc ' * 100))\n", limits);
    ASSERT_TRUE(r.module) << r.error;
    EXPECT_EQ(vm_test::global_text(r, "n"), "300");
}

TEST(StdlibRandom, MatchesCPythonSequence) {
    // Values printed by CPython 3.11: random.seed(0); random.random(), getrandbits(32).
    auto r = vm_test::run("import random\nrandom.seed(0)\na = repr(random.random())\nb = random.getrandbits(32)\n"
                          "random.seed(12345)\nc = repr(random.random())\n");
    ASSERT_TRUE(r.module) << r.error;
    EXPECT_EQ(vm_test::global_text(r, "a"), "0.8444218515250481");
    EXPECT_EQ(vm_test::global_text(r, "b"), "3255389356");
    EXPECT_EQ(vm_test::global_text(r, "c"), "0.41661987254534116");
}

} // namespace
} // namespace bastion
