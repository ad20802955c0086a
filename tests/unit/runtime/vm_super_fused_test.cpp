// vm_super_fused_test.cpp: `super().m(...)` run as one fused CALL + LOAD_METHOD without a
// super object (vm/eval.cpp, objects/descriptors.cpp super_method_zero_arg) costs the
// same --max-steps as the generic pair: the same loop with `super` rebound to a super
// subclass (same bytecode, generic path) uses exactly as many steps, and budgets ending
// at every instruction of the last passes (between the fused pair included) stop it.
#include "vm_test_util.h"

namespace bastion {
namespace {

// `super` is the builtin here; SUPER_BINDING makes the two variants the same bytecode.
constexpr const char* kFused = R"PY(
class B:
    def m(self, x):
        return x
class C(B):
    def m(self, x):
        return super().m(x)
class MySuper(super):
    pass
super_ = MySuper
c = C()
t = 0
for i in range(N):
    t += c.m(1)
r = t
)PY";

constexpr const char* kGeneric = R"PY(
class B:
    def m(self, x):
        return x
class C(B):
    def m(self, x):
        return super().m(x)
class MySuper(super):
    pass
super = MySuper
c = C()
t = 0
for i in range(N):
    t += c.m(1)
r = t
)PY";

TEST(VmSuperFused, StepsMatchTheGenericPath) {
    bool finished = false;
    uint64_t fused10 = vm_test::loop_steps(kFused, 10, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    uint64_t fused11 = vm_test::loop_steps(kFused, 11, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    uint64_t generic10 = vm_test::loop_steps(kGeneric, 10, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    uint64_t generic11 = vm_test::loop_steps(kGeneric, 11, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    EXPECT_EQ(fused10, generic10);
    EXPECT_EQ(fused11 - fused10, generic11 - generic10);
    // Per pass: the loop (FOR_ITER, STORE_NAME i, LOAD_NAME t, LOAD_NAME c, LOAD_METHOD,
    // LOAD_CONST, CALL, BINARY_OP, STORE_NAME t, JUMP_BACKWARD), C.m (PUSH_NULL,
    // LOAD_GLOBAL, CALL, LOAD_METHOD, LOAD_FAST, CALL, RETURN_VALUE), B.m (LOAD_FAST,
    // RETURN_VALUE): the fused CALL + LOAD_METHOD still pay two.
    EXPECT_EQ(fused11 - fused10, 19u);
    // Exactly the budget finishes; every budget short of it stops with StepLimitExceeded.
    EXPECT_EQ(vm_test::loop_steps(kFused, 10, fused10, "r", "", &finished), fused10);
    EXPECT_TRUE(finished);
    for (uint64_t cut = 1; cut <= 40; ++cut) {
        vm_test::loop_steps(kFused, 10, fused10 - cut, "r", "", &finished);
        EXPECT_FALSE(finished) << cut;
    }
}

TEST(VmSuperFused, ErrorsAndTracebacksAsGeneric) {
    auto r = vm_test::run(R"PY(
import sys
class B:
    def m(self):
        return sys._getframe(1).f_lineno
class C(B):
    def m(self):
        return super().m()
    def bad(self):
        return super().nope()
    def deleted(self):
        del self
        return super().m()
lines = [C().m()]
for name in ("bad", "deleted"):
    try:
        getattr(C(), name)()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        lines.append(type(e).__name__ + " " + str(e) + " " + str(tb.tb_lineno) + " " + str(tb.tb_lasti))
)PY");
    ASSERT_TRUE(r.module) << r.error;
    auto lines = vm_test::global_lines(r, "lines");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "8");
    // AttributeError at LOAD_METHOD (offset 12: PUSH_NULL, LOAD_GLOBAL, CALL, LOAD_METHOD),
    // RuntimeError at the CALL (offset 12: DELETE_FAST, PUSH_NULL, LOAD_GLOBAL, CALL).
    EXPECT_EQ(lines[1], "AttributeError 'super' object has no attribute 'nope' 10 12");
    EXPECT_EQ(lines[2], "RuntimeError super(): arg[0] deleted 13 12");
}

} // namespace
} // namespace bastion
