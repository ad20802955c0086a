// numbers_script_test.cpp: int, bool, float and complex semantics end to end — each
// snippet's output (or error line) must equal CPython 3.11's (numbers_text_cases.h) —
// plus the C++ helpers other components call (int_from_i64, int_from_constant, ...).
#include <gtest/gtest.h>

#include "numbers_text_cases.h"
#include "numbers_text_harness.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

TEST(NumbersScript, MatchesCPython) {
    for (const auto& c : test::kNumberLines)
        EXPECT_EQ(test::run_snippet(c.source), c.expected) << c.source;
}

TEST(NumbersScript, ErrorsMatchCPython) {
    for (const auto& c : test::kErrorLines)
        EXPECT_EQ(test::run_snippet(c.source), c.expected) << c.source;
}

TEST(NumbersApi, SmallIntsStayTaggedAndBigOnesBox) {
    Interpreter interp;
    auto small = int_from_i64(interp, Value::kSmallMax);
    ASSERT_TRUE(small.ok());
    EXPECT_TRUE(small.value().get().is_small_int());
    auto big = int_from_i64(interp, Value::kSmallMax + 1);
    ASSERT_TRUE(big.ok());
    EXPECT_FALSE(big.value().get().is_small_int());
    EXPECT_TRUE(is_int(interp, big.value()));
    int64_t out = 0;
    ASSERT_TRUE(int_to_i64(big.value(), &out));
    EXPECT_EQ(out, Value::kSmallMax + 1);
    EXPECT_EQ(int_to_decimal(big.value()), "4611686018427387904");
}

TEST(NumbersApi, ConstantsAndBaseText) {
    Interpreter interp;
    const uint64_t limbs[] = {0, 1}; // 2**64
    auto v = int_from_constant(interp, true, limbs);
    ASSERT_TRUE(v.ok());
    int64_t out = 0;
    EXPECT_FALSE(int_to_i64(v.value(), &out));
    auto hex = int_to_base_str(interp, v.value(), 16, true);
    ASSERT_TRUE(hex.ok());
    EXPECT_EQ(str_to_utf8(hex.value().get()), "-0x10000000000000000");
    const uint64_t small_limbs[] = {5, 0};
    auto s = int_from_constant(interp, false, small_limbs);
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s.value().get().is_small_int());
}

TEST(NumbersApi, BoolsAreIntsWithValueZeroOrOne) {
    Interpreter interp;
    int64_t out = -1;
    ASSERT_TRUE(int_to_i64(Value(interp.true_), &out));
    EXPECT_EQ(out, 1);
    ASSERT_TRUE(int_to_i64(Value(interp.false_), &out));
    EXPECT_EQ(out, 0);
    EXPECT_TRUE(is_int(interp, Value(interp.true_)));
    EXPECT_FALSE(is_int_exact(interp, Value(interp.true_)));
}

TEST(NumbersApi, HugeShiftIsMemoryErrorNotCrash) {
    EXPECT_EQ(test::run_snippet("print(1 << (1 << 40))"), "MemoryError\n");
    EXPECT_EQ(test::run_snippet("print(2 ** (2 ** 62))"), "MemoryError\n");
}

} // namespace
} // namespace bastion
