// vm_name_cache_test.cpp: the name caches of LOAD_NAME / STORE_NAME / LOAD_GLOBAL
// (vm/name_cache.h) and the in-place float update that BINARY_OP makes when the next
// STORE_NAME / STORE_GLOBAL overwrites its left operand: every step budget must stop the
// program at the same instruction with the same state as the generic path would.
// (The Python-visible cases — shadowing, deletion, resizes, exec namespaces — are in
// tests/py/names_cache_*.py.)
#include <cstdio>
#include <string>

#include "vm_test_util.h"

namespace bastion {
namespace {

// i is stored before s, so a stop between the two stores leaves s == i - 0.5 and any
// other stop s == i + 0.5. t keeps the first float s named: it must never change.
constexpr const char* kModuleFloatLoop = "i = 0\ns = 0.5\nt = s\nwhile i < 10:\n    i += 1\n    s += 1.0\n";
constexpr const char* kGlobalFloatLoop =
    "i = 0\ns = 0.5\nt = s\ndef f():\n    global i, s\n    while i < 10:\n        i += 1\n        s += 1.0\nf()\n";

struct Stop {
    bool finished = false;
    uint64_t used = 0;
    std::string i, s, t;
};

Stop run_with_budget(const char* source, uint64_t budget) {
    Limits limits;
    limits.max_steps = budget;
    auto r = vm_test::run(source, limits);
    Stop out;
    out.finished = static_cast<bool>(r.module);
    if (!r.module) {
        EXPECT_EQ(r.error.rfind("StepLimitExceeded", 0), 0u) << r.error;
    }
    out.used = budget - r.interp->steps_left;
    // The module's globals survive the stop (sys.modules['__main__']).
    Value mod = dict_get_str(static_cast<DictObject*>(r.interp->modules.obj()), r.interp->intern("__main__"));
    EXPECT_FALSE(mod.is_null());
    if (mod.is_null())
        return out;
    std::string text = "(";
    for (const char* name : {"i", "s", "t"}) {
        Value v = dict_get_str(module_dict(mod), r.interp->intern(name));
        std::string item = "<missing>";
        if (!v.is_null()) {
            auto rp = repr(*r.interp, v);
            item = rp.ok() ? str_to_utf8(rp.value().get()) : "?";
        }
        text += std::string(text.size() > 1 ? ", " : "") + item;
    }
    out.s = text + ")";
    return out;
}

// Counts the budgets (1..cuts short of the total) whose stop falls between the stores of
// i and s: 4 per pass (LOAD_NAME s, LOAD_CONST, BINARY_OP, STORE_NAME s unexecuted). An
// in-place update that ran although its store did not would show s one step ahead.
void check_float_store_back(const char* source, int stops_per_pass) {
    Stop full = run_with_budget(source, 1000000);
    ASSERT_TRUE(full.finished);
    EXPECT_EQ(full.s, "(10, 10.5, 0.5)");
    Stop exact = run_with_budget(source, full.used);
    EXPECT_TRUE(exact.finished);
    int between = 0;
    for (uint64_t cut = 1; cut <= 30; ++cut) {
        Stop st = run_with_budget(source, full.used - cut);
        EXPECT_FALSE(st.finished) << cut;
        // "(I, S, 0.5)": S is I - 0.5 or I + 0.5.
        int i = 0;
        double s = 0;
        char t[16] = {};
        ASSERT_EQ(std::sscanf(st.s.c_str(), "(%d, %lf, %15[^)])", &i, &s, t), 3) << st.s;
        EXPECT_STREQ(t, "0.5") << cut;
        if (s == i - 0.5)
            ++between;
        else
            EXPECT_EQ(s, i + 0.5) << cut << " " << st.s;
    }
    EXPECT_EQ(between, stops_per_pass * 2); // 30 cuts cover the last two passes
}

TEST(VmNameCache, ModuleFloatStoreBackKeepsStepSemantics) { check_float_store_back(kModuleFloatLoop, 4); }
TEST(VmNameCache, GlobalFloatStoreBackKeepsStepSemantics) { check_float_store_back(kGlobalFloatLoop, 4); }

// Float BINARY_OP + STORE_FAST and float COMPARE_OP + POP_JUMP_IF_* run as fused pairs
// (eval.cpp): each pair still costs two steps, and every budget short of the total stops.
constexpr const char* kFloatFunctionLoop =
    "def f(n):\n    x = 0.0\n    while x < n:\n        x += 1.0\n    return x\nx = f(N)\n";
constexpr const char* kFloatModuleLoop = "x = 0.0\nwhile x < N:\n    x += 1.0\n";

TEST(VmNameCache, FloatFusedPairsCountTwoStepsInFunctions) { vm_test::check_loop_step_counts(kFloatFunctionLoop, "x", ".0"); }
TEST(VmNameCache, FloatFusedPairsCountTwoStepsAtModuleLevel) { vm_test::check_loop_step_counts(kFloatModuleLoop, "x", ".0"); }

} // namespace
} // namespace bastion
