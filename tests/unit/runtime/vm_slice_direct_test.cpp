// vm_slice_direct_test.cpp: `s[a:b]` on an exact str runs as one fused BUILD_SLICE +
// BINARY_SUBSCR without a slice object (vm/eval.cpp, objects/slice_fast.h) and costs the
// same --max-steps as the generic pair: the same loop over a str subclass instance (same
// bytecode, generic path) uses exactly as many steps, budgets ending at every instruction
// of the last passes (between the fused pair included) stop it, and an error is reported
// at the BINARY_SUBSCR as on the generic path.
#include "vm_test_util.h"

namespace bastion {
namespace {

constexpr const char* kFused = R"PY(
class S(str):
    pass
C = str
w = C("alpha")
t = 0
for i in range(N):
    t += len(w[1:i]) + len(w[:-1]) + len(w[None:3])
r = t
)PY";

constexpr const char* kGeneric = R"PY(
class S(str):
    pass
C = S
w = C("alpha")
t = 0
for i in range(N):
    t += len(w[1:i]) + len(w[:-1]) + len(w[None:3])
r = t
)PY";

uint64_t steps_of(const char* tmpl, int n, uint64_t budget, bool* finished, std::string* result) {
    std::string source(tmpl);
    source.replace(source.find('N'), 1, std::to_string(n));
    Limits limits;
    limits.max_steps = budget;
    auto r = vm_test::run(source, limits);
    *finished = static_cast<bool>(r.module);
    if (r.module)
        *result = vm_test::global_text(r, "r");
    else
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    return budget - r.interp->steps_left;
}

TEST(VmSliceDirect, StepCountsAsGeneric) {
    bool finished = false;
    std::string fused_r, generic_r;
    uint64_t fused10 = steps_of(kFused, 10, 1000000, &finished, &fused_r);
    ASSERT_TRUE(finished);
    uint64_t fused11 = steps_of(kFused, 11, 1000000, &finished, &fused_r);
    ASSERT_TRUE(finished);
    uint64_t generic10 = steps_of(kGeneric, 10, 1000000, &finished, &generic_r);
    ASSERT_TRUE(finished);
    uint64_t generic11 = steps_of(kGeneric, 11, 1000000, &finished, &generic_r);
    ASSERT_TRUE(finished);
    EXPECT_EQ(fused_r, generic_r);
    EXPECT_EQ(fused_r, "107"); // CPython 3.11's value
    EXPECT_EQ(fused10, generic10);
    EXPECT_EQ(fused11 - fused10, generic11 - generic10);
    // Exactly the budget finishes; every budget short of it stops with StepLimitExceeded.
    std::string ignored;
    EXPECT_EQ(steps_of(kFused, 10, fused10, &finished, &ignored), fused10);
    EXPECT_TRUE(finished);
    for (uint64_t cut = 1; cut <= 60; ++cut) {
        steps_of(kFused, 10, fused10 - cut, &finished, &ignored);
        EXPECT_FALSE(finished) << cut;
    }
}

TEST(VmSliceDirect, ErrorsAndTracebacksAsGeneric) {
    auto r = vm_test::run(R"PY(
lines = []
def f(x):
    return x[1:2]
for x in (5, None, [1, 2, 3], "abc"):
    try:
        lines.append(repr(f(x)))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        lines.append(type(e).__name__ + " " + str(e) + " " + str(tb.tb_lineno))
)PY");
    ASSERT_TRUE(r.module) << r.error;
    auto lines = vm_test::global_lines(r, "lines");
    ASSERT_EQ(lines.size(), 4u);
    // One site, fused for the str and generic for the others.
    EXPECT_EQ(lines[0], "TypeError 'int' object is not subscriptable 4");
    EXPECT_EQ(lines[1], "TypeError 'NoneType' object is not subscriptable 4");
    EXPECT_EQ(lines[2], "[2]");
    EXPECT_EQ(lines[3], "'b'");
}

} // namespace
} // namespace bastion
