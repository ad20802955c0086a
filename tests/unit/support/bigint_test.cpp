// bigint_test.cpp: BigInt kernels against results computed by CPython 3.11
// (bigint_cases.h): + - * // % & | ^, hex text, true division, hash; plus edge cases.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "support/bigint.h"
#include "support/float_text.h"
#include "bigint_cases.h"

namespace bastion::bigint {
namespace {

BigInt parse(std::string s) {
    bool negative = !s.empty() && s[0] == '-';
    if (negative)
        s.erase(0, 1);
    return from_digits(s, 10, negative);
}

std::string dec(const BigInt& v) { return to_string(v, 10); }

TEST(BigInt, TableMatchesCPython) {
    for (const auto& c : test::kBigCases) {
        BigInt a = parse(c.a), b = parse(c.b);
        SCOPED_TRACE(std::string(c.a) + " op " + c.b);
        EXPECT_EQ(dec(a), c.a);
        EXPECT_EQ(dec(add(a, b)), c.sum);
        EXPECT_EQ(dec(sub(a, b)), c.diff);
        EXPECT_EQ(dec(mul(a, b)), c.prod);
        BigInt q, r;
        divmod_floor(a, b, &q, &r);
        EXPECT_EQ(dec(q), c.quot);
        EXPECT_EQ(dec(r), c.rem);
        EXPECT_EQ(dec(bit_and(a, b)), c.band);
        EXPECT_EQ(dec(bit_or(a, b)), c.bor);
        EXPECT_EQ(dec(bit_xor(a, b)), c.bxor);
        EXPECT_EQ(to_string(a, 16), c.hex_a);
        double d = 0.0;
        bool ok = true_divide(a, b, &d);
        EXPECT_EQ(ok ? float_repr(d) : std::string("OVF"), c.truediv);
        EXPECT_EQ(hash(a), c.hash_a);
    }
}

TEST(BigInt, FloorDivisionSigns) {
    struct {
        int64_t a, b, q, r;
    } cases[] = {{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, -3, -2, 0}, {0, -5, 0, 0}};
    for (auto c : cases) {
        BigInt q, r;
        divmod_floor(from_i64(c.a), from_i64(c.b), &q, &r);
        int64_t qi = 0, ri = 0;
        ASSERT_TRUE(to_i64(q, &qi));
        ASSERT_TRUE(to_i64(r, &ri));
        EXPECT_EQ(qi, c.q) << c.a << " // " << c.b;
        EXPECT_EQ(ri, c.r) << c.a << " % " << c.b;
        EXPECT_FALSE(r.negative && r.is_zero());
    }
}

TEST(BigInt, Shifts) {
    EXPECT_EQ(dec(shift_left(from_i64(1), 100)), "1267650600228229401496703205376");
    EXPECT_EQ(dec(shift_right(from_i64(-1), 100)), "-1");
    EXPECT_EQ(dec(shift_right(parse("-1267650600228229401496703205376"), 1)), "-633825300114114700748351602688");
    EXPECT_EQ(dec(shift_right(from_i64(-5), 1)), "-3");
    EXPECT_EQ(dec(bit_invert(shift_left(from_i64(1), 70))), "-1180591620717411303425");
}

TEST(BigInt, PowAndModular) {
    EXPECT_EQ(dec(pow(from_i64(3), 100)), "515377520732011331036461129765621272702107522001");
    EXPECT_EQ(dec(pow(from_i64(-2), 3)), "-8");
    EXPECT_EQ(dec(pow_mod(from_i64(3), from_i64(200), from_i64(1000007))), "959082"); // pow(3, 200, 1000007)
    auto inv = mod_inverse(from_i64(3), from_i64(7));
    ASSERT_TRUE(inv.has_value());
    EXPECT_EQ(dec(*inv), "5");
    EXPECT_FALSE(mod_inverse(from_i64(2), from_i64(4)).has_value());
}

TEST(BigInt, DoubleConversions) {
    double d = 0.0;
    ASSERT_TRUE(to_double(parse("9007199254740993"), &d)); // 2**53 + 1 rounds to even
    EXPECT_EQ(d, 9007199254740992.0);
    ASSERT_TRUE(to_double(parse("9007199254740995"), &d));
    EXPECT_EQ(d, 9007199254740996.0);
    EXPECT_FALSE(to_double(pow(from_i64(10), 400), &d));
    EXPECT_EQ(dec(from_double(1.9e30)), "1900000000000000065928284864512");
    EXPECT_EQ(dec(from_double(-0.5)), "0");
    EXPECT_EQ(compare_with_double(parse("9007199254740993"), 9007199254740992.0), 1);
    EXPECT_EQ(compare_with_double(from_i64(1), 1.5), -1);
    EXPECT_EQ(compare_with_double(from_i64(2), 1.5), 1);
    EXPECT_EQ(compare_with_double(pow(from_i64(10), 400), HUGE_VAL), -1);
    ASSERT_TRUE(true_divide(from_i64(1), shift_left(from_i64(1), 1074), &d));
    EXPECT_EQ(d, 5e-324);
    ASSERT_TRUE(true_divide(from_i64(1), shift_left(from_i64(1), 1076), &d));
    EXPECT_EQ(d, 0.0);
}

TEST(BigInt, TextRoundTripManyBases) {
    BigInt v = pow(from_i64(7), 500);
    v.negative = true;
    for (int base = 2; base <= 36; ++base) {
        std::string s = to_string(v, base);
        BigInt back = from_digits(std::string_view(s).substr(1), base, true);
        EXPECT_EQ(compare(back, v), 0) << base;
    }
    EXPECT_EQ(to_string(BigInt{}, 10), "0");
    EXPECT_EQ(dec(from_digits("000123", 10, true)), "-123");
    EXPECT_EQ(dec(from_digits("0000", 10, true)), "0");
}

TEST(BigInt, HashSpecialValues) {
    EXPECT_EQ(hash(from_i64(-1)), -2);
    EXPECT_EQ(hash(shift_left(from_i64(1), 61)), 1);
    EXPECT_EQ(hash(neg(shift_left(from_i64(1), 61))), -2);
    EXPECT_EQ(hash(BigInt{}), 0);
}

TEST(BigInt, GcdIsqrtFactorialProducts) {
    EXPECT_EQ(dec(gcd(from_i64(-12), from_i64(18))), "6");
    EXPECT_EQ(dec(gcd(BigInt{}, from_i64(-5))), "5");
    EXPECT_EQ(dec(gcd(BigInt{}, BigInt{})), "0");
    // 2^100 and 2^80 * 3: the common power of two is restored after mpn_gcd.
    EXPECT_EQ(dec(gcd(shift_left(from_i64(1), 100), mul(shift_left(from_i64(1), 80), from_i64(3)))),
              "1208925819614629174706176");
    EXPECT_EQ(dec(gcd(pow(from_i64(6), 150), pow(from_i64(10), 100))), dec(pow(from_i64(2), 100)));
    EXPECT_EQ(dec(isqrt(BigInt{})), "0");
    EXPECT_EQ(dec(isqrt(sub(pow(from_i64(10), 40), from_i64(1)))), "99999999999999999999");
    EXPECT_EQ(dec(isqrt(pow(from_i64(10), 40))), "100000000000000000000");
    EXPECT_EQ(dec(factorial(0)), "1");
    EXPECT_EQ(dec(factorial(1)), "1");
    EXPECT_EQ(dec(factorial(25)), "15511210043330985984000000");
    BigInt f = from_i64(1);
    for (int i = 2; i <= 300; ++i)
        f = mul(f, from_i64(i));
    EXPECT_EQ(compare(factorial(300), f), 0);
    EXPECT_EQ(dec(range_product(5, 7)), "210");
    EXPECT_EQ(dec(odd_range_product(3, 9)), "945");
    EXPECT_EQ(compare(range_product(1, 300), f), 0);
}

} // namespace
} // namespace bastion::bigint
