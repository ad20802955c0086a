// stdlib_modules_test.cpp: the native standard-library modules under interpreter limits —
// a catastrophic regular expression stops with StepLimitExceeded under a step budget (and
// with re.error without one) instead of hanging; the MT19937 generator reproduces
// CPython's first outputs for seed(0) and seed(12345); hashing, SHAKE output, pbkdf2_hmac and
// os.urandom pay the step budget for their work, so --max-steps stops them.
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

// One step per 64 bytes hashed: 8 MiB costs 131,073 steps, so a 100,000-step budget stops
// the update and a 1,000,000-step one lets it finish.
TEST(StdlibHashlib, HugeUpdateStopsUnderStepBudget) {
    const char* program = "import hashlib\nd = bytes(8 * 1024 * 1024)\nh = hashlib.sha256()\nh.update(d)\n"
                          "x = h.hexdigest()[:8]\n";
    Limits limits;
    limits.max_steps = 100000;
    auto r = vm_test::run(program, limits);
    EXPECT_FALSE(r.module);
    EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    limits.max_steps = 1000000;
    r = vm_test::run(program, limits);
    ASSERT_TRUE(r.module) << r.error;
    EXPECT_EQ(vm_test::global_text(r, "x"), "2daeb1f3"); // sha256 of 8 MiB of zeros (CPython)
}

// Work that no data in memory bounds is charged before it runs: pbkdf2_hmac's iterations,
// a SHAKE digest's length, os.urandom's size.
TEST(StdlibHashlib, UnboundedWorkIsChargedFirst) {
    for (const char* program : {"import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 2**31 - 1)\n",
                                "import hashlib\nhashlib.shake_128().digest(10**8)\n",
                                "import os\nos.urandom(10**8)\n"}) {
        Limits limits;
        limits.max_steps = 100000;
        auto r = vm_test::run(program, limits);
        EXPECT_FALSE(r.module) << program;
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    }
    Limits limits;
    limits.max_steps = 100000;
    auto ok = vm_test::run("import hashlib\nk = hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex()\n",
                           limits);
    ASSERT_TRUE(ok.module) << ok.error;
    EXPECT_EQ(vm_test::global_text(ok, "k"), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"); // RFC 6070
}

} // namespace
} // namespace bastion
