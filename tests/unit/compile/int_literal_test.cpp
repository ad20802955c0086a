// int_literal_test.cpp: literal digits to limbs in every base.
#include "compile/int_literal.h"

#include <gtest/gtest.h>

#include "bytecode/disassemble.h"
#include "support/bigint.h"

namespace bastion::compile {
namespace {

std::string decimal(const std::vector<uint64_t>& limbs) {
    bc::Constant c = bc::Constant::integer(0);
    c.limbs = limbs;
    return bc::constant_repr(c);
}

TEST(IntLiteral, SmallValues) {
    EXPECT_EQ(*int_literal_limbs("0", 10), std::vector<uint64_t>{});
    EXPECT_EQ(*int_literal_limbs("000", 8), std::vector<uint64_t>{});
    EXPECT_EQ(*int_literal_limbs("255", 10), std::vector<uint64_t>{255});
    EXPECT_EQ(*int_literal_limbs("ff", 16), std::vector<uint64_t>{255});
    EXPECT_EQ(*int_literal_limbs("377", 8), std::vector<uint64_t>{255});
    EXPECT_EQ(*int_literal_limbs("11111111", 2), std::vector<uint64_t>{255});
}

TEST(IntLiteral, LimbBoundaries) {
    EXPECT_EQ(*int_literal_limbs("18446744073709551615", 10), std::vector<uint64_t>{UINT64_MAX});
    EXPECT_EQ(*int_literal_limbs("18446744073709551616", 10), (std::vector<uint64_t>{0, 1}));
    EXPECT_EQ(*int_literal_limbs("10000000000000000", 16), (std::vector<uint64_t>{0, 1}));
    EXPECT_EQ(*int_literal_limbs("7", 8), std::vector<uint64_t>{7});
}

TEST(IntLiteral, RoundTripsLargeDecimal) {
    std::string digits = "1";
    for (int i = 0; i < 300; ++i)
        digits += static_cast<char>('0' + (i * 7) % 10);
    EXPECT_EQ(decimal(*int_literal_limbs(digits, 10)), digits);
}

TEST(IntLiteral, MillionDigitDecimalRoundTrips) {
    // The subquadratic path (GMP mpn_set_str); limb-by-limb this literal took seconds.
    std::string digits(1'000'000, '0');
    for (std::size_t i = 0; i < digits.size(); ++i)
        digits[i] = static_cast<char>('0' + (i * 7919 + 3) % 10);
    digits[0] = '9';
    std::vector<uint64_t> limbs = *int_literal_limbs(digits, 10);
    EXPECT_EQ(bigint::to_string(bigint::from_limbs(false, limbs), 10), digits);
}

TEST(IntLiteral, OctalSpansLimbs) {
    // 3 bits per digit do not divide 64: 22 octal sevens = 2^66 - 1.
    auto limbs = *int_literal_limbs(std::string(22, '7'), 8);
    EXPECT_EQ(limbs, (std::vector<uint64_t>{UINT64_MAX, 3}));
}

TEST(IntLiteral, BadDigit) {
    EXPECT_FALSE(int_literal_limbs("12a", 10).has_value());
    EXPECT_FALSE(int_literal_limbs("8", 8).has_value());
}

} // namespace
} // namespace bastion::compile
