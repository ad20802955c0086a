// float_text_test.cpp: repr/format/parse/hash of doubles against tables generated with
// CPython 3.11 (float_text_cases.h), plus the documented edge cases.
#include <gtest/gtest.h>

#include <cmath>

#include "support/float_text.h"
#include "support/hash.h"
#include "float_text_cases.h"

namespace bastion {
namespace {

TEST(FloatText, ReprMatchesCPython) {
    for (const auto& c : test::kReprCases)
        EXPECT_EQ(float_repr(c.value), c.repr) << c.repr;
}

TEST(FloatText, ReprEdgeCases) {
    EXPECT_EQ(float_repr(1e16), "1e+16");
    EXPECT_EQ(float_repr(1e-05), "1e-05");
    EXPECT_EQ(float_repr(0.0001), "0.0001");
    EXPECT_EQ(float_repr(1.5), "1.5");
    EXPECT_EQ(float_repr(-0.0), "-0.0");
    EXPECT_EQ(float_repr(HUGE_VAL), "inf");
    EXPECT_EQ(float_repr(-HUGE_VAL), "-inf");
    EXPECT_EQ(float_repr(std::nan("")), "nan");
    EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
}

TEST(FloatText, FormatCodesMatchCPython) {
    for (const auto& c : test::kFormatCases)
        EXPECT_EQ(double_to_string(c.value, c.code, c.precision, c.flags), c.text) << c.text;
}

TEST(FloatText, NoNegativeZeroFlag) {
    EXPECT_EQ(double_to_string(-0.001, 'f', 1, kFloatNoNegZero), "0.0");
    EXPECT_EQ(double_to_string(-0.0, 'r', 0, kFloatNoNegZero | kFloatAddDot0), "0.0");
    EXPECT_EQ(double_to_string(-0.5, 'f', 1, kFloatNoNegZero), "-0.5");
}

TEST(FloatText, ParseMatchesCPython) {
    for (const auto& c : test::kParseCases) {
        double d = 0.0;
        bool ok = parse_float_text(c.text, &d);
        ASSERT_EQ(ok, c.ok) << "'" << c.text << "'";
        if (!ok)
            continue;
        if (std::isnan(c.value))
            EXPECT_TRUE(std::isnan(d)) << c.text;
        else
            EXPECT_EQ(std::bit_cast<uint64_t>(d), std::bit_cast<uint64_t>(c.value)) << c.text;
    }
}

TEST(FloatText, HashMatchesCPython) {
    for (const auto& c : test::kHashCases)
        EXPECT_EQ(hash_double(c.value, 0), c.hash) << float_repr(c.value);
    EXPECT_EQ(hash_double(0.5, 0), 1152921504606846976LL);
    EXPECT_EQ(hash_double(1.0, 0), hash_i64(1));
    EXPECT_EQ(hash_double(-1.0, 0), -2);
    EXPECT_EQ(hash_double(std::nan(""), 12345), 12345);
}

TEST(FloatText, Hex) {
    EXPECT_EQ(float_to_hex(1.5), "0x1.8000000000000p+0");
    EXPECT_EQ(float_to_hex(-0.0), "-0x0.0p+0");
    EXPECT_EQ(float_to_hex(5e-324), "0x0.0000000000001p-1022");
    double d = 0.0;
    bool overflow = false;
    ASSERT_TRUE(float_from_hex("0x1p3", &d, &overflow));
    EXPECT_EQ(d, 8.0);
    ASSERT_TRUE(float_from_hex(" -0X1.8p-1 ", &d, &overflow));
    EXPECT_EQ(d, -0.75);
    ASSERT_TRUE(float_from_hex("0x1p5000", &d, &overflow));
    EXPECT_TRUE(overflow);
    EXPECT_FALSE(float_from_hex("0x", &d, &overflow));
    EXPECT_FALSE(float_from_hex("1.2.3", &d, &overflow));
}

TEST(FloatText, Underscores) {
    std::string out;
    EXPECT_TRUE(strip_numeric_underscores("1_000", &out));
    EXPECT_EQ(out, "1000");
    EXPECT_FALSE(strip_numeric_underscores("1__0", &out));
    EXPECT_FALSE(strip_numeric_underscores("_1", &out));
    EXPECT_FALSE(strip_numeric_underscores("1_", &out));
    EXPECT_FALSE(strip_numeric_underscores("1_.5", &out));
}

} // namespace
} // namespace bastion
