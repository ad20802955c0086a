// vm_attr_fused_test.cpp: LOAD_FAST + LOAD_ATTR / STORE_ATTR / LOAD_METHOD on a local receiver
// run as one fused step pair (vm/eval.cpp load_fast_attr) costs the same --max-steps as the
// unfused pair: the same loop on a class whose __getattribute__ / __setattr__ are object's
// (same bytecode; the slots are not the generic ones, so the cache never hits and every
// pair runs unfused) uses exactly as many steps, and budgets ending at every instruction
// of the last passes (between the two halves of a fused pair included) stop it. Errors
// raised at the attribute instruction name its line and offset, as unfused.
#include "vm_test_util.h"

namespace bastion {
namespace {

// KIND is `Fused` or `Generic`: the two variants are the same bytecode.
constexpr const char* kLoop = R"PY(
class Fused:
    def __init__(self):
        self.x = 0
        self.y = 1
    def get(self):
        return self.y
class Generic(Fused):
    __getattribute__ = object.__getattribute__
    __setattr__ = object.__setattr__
def run(o, n):
    for i in range(n):
        o.x = o.x + o.get()
    return o.x
r = run(KIND(), N)
)PY";

std::string variant(const char* kind) {
    std::string source(kLoop);
    source.replace(source.find("KIND"), 4, kind);
    return source;
}

TEST(VmAttrFused, StepsMatchTheUnfusedPair) {
    std::string fused = variant("Fused");
    std::string generic = variant("Generic");
    bool finished = false;
    uint64_t fused10 = vm_test::loop_steps(fused.c_str(), 10, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    uint64_t fused11 = vm_test::loop_steps(fused.c_str(), 11, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    uint64_t generic10 = vm_test::loop_steps(generic.c_str(), 10, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    uint64_t generic11 = vm_test::loop_steps(generic.c_str(), 11, 1000000, "r", "", &finished);
    ASSERT_TRUE(finished);
    EXPECT_EQ(fused10, generic10);
    EXPECT_EQ(fused11 - fused10, generic11 - generic10);
    // Per pass: FOR_ITER, STORE_FAST i, LOAD_FAST o, LOAD_ATTR x, LOAD_FAST o, LOAD_METHOD
    // get, CALL, (get: LOAD_FAST self, LOAD_ATTR y, RETURN_VALUE), BINARY_OP, LOAD_FAST o,
    // STORE_ATTR x, JUMP_BACKWARD: each fused pair still pays two.
    EXPECT_EQ(fused11 - fused10, 14u);
    // Exactly the budget finishes; every budget short of it stops with StepLimitExceeded.
    EXPECT_EQ(vm_test::loop_steps(fused.c_str(), 10, fused10, "r", "", &finished), fused10);
    EXPECT_TRUE(finished);
    for (uint64_t cut = 1; cut <= 40; ++cut) {
        vm_test::loop_steps(fused.c_str(), 10, fused10 - cut, "r", "", &finished);
        EXPECT_FALSE(finished) << cut;
    }
}

TEST(VmAttrFused, ErrorsAndTracebacksAsUnfused) {
    // Each function warms its site, then fails at the attribute instruction, on a receiver
    // whose class the cache serves (the fused pair's hit fails and it runs unfused) and on
    // one it never serves (always unfused): the same line and offset.
    auto r = vm_test::run(R"PY(
class A:
    def __init__(self):
        self.x = 1
    def m(self):
        return 2
def load(o):
    return o.x
def call(o):
    return o.m()
def store(o, v):
    o.x = v
class Generic(A):
    __getattribute__ = object.__getattribute__
    __setattr__ = object.__setattr__
lines = []
for f in (load, call):
    for warm in (A(), A(), Generic()):
        f(warm)
    for bad in (A(), Generic()):
        del bad.x
        bad.m = None
        try:
            f(bad)
        except Exception as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            lines.append(type(e).__name__ + " " + str(tb.tb_lineno) + " " + str(tb.tb_lasti))
try:
    store(1, 2)
except Exception as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    lines.append(type(e).__name__ + " " + str(tb.tb_lineno) + " " + str(tb.tb_lasti))
)PY");
    ASSERT_TRUE(r.module) << r.error;
    auto lines = vm_test::global_lines(r, "lines");
    ASSERT_EQ(lines.size(), 5u);
    // load: AttributeError at LOAD_ATTR (line 8), fused-capable and generic receivers alike.
    EXPECT_EQ(lines[0].rfind("AttributeError 8 ", 0), 0u) << lines[0];
    EXPECT_EQ(lines[0], lines[1]);
    // call: `None()` fails at the CALL after the LOAD_METHOD (line 10), for both receivers.
    EXPECT_EQ(lines[2].rfind("TypeError 10 ", 0), 0u) << lines[2];
    EXPECT_EQ(lines[2], lines[3]);
    // store on an int: AttributeError at STORE_ATTR (line 12).
    EXPECT_EQ(lines[4].rfind("AttributeError 12 ", 0), 0u) << lines[4];
}

} // namespace
} // namespace bastion
