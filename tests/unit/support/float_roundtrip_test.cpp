// float_roundtrip_test.cpp: repr(float) is the shortest text that reads back to the same
// double. One million seeded random doubles (uniform bit patterns, so every exponent and
// subnormals appear, plus decimal-looking values) go through float_repr, then
// parse_float_text, and must come back bit for bit; float.hex and fromhex likewise.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <random>

#include "support/float_text.h"

namespace bastion {
namespace {

uint64_t bits_of(double d) { return std::bit_cast<uint64_t>(d); }

TEST(FloatRoundTrip, MillionRandomDoublesReprParsesBack) {
    std::mt19937_64 rng(20240613);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::uniform_int_distribution<int> decade(-320, 308);
    int failures = 0;
    for (int i = 0; i < 1'000'000; ++i) {
        double d;
        if (i % 4 == 3)
            d = unit(rng) * std::pow(10.0, decade(rng)); // decimal-ish magnitudes
        else
            d = std::bit_cast<double>(rng());
        if (std::isnan(d))
            continue;
        std::string text = float_repr(d);
        double back = 0.0;
        bool ok = parse_float_text(text, &back) && bits_of(back) == bits_of(d);
        if (!ok && ++failures <= 20)
            ADD_FAILURE() << "repr " << text << " of bits " << std::hex << bits_of(d) << " reads back as bits "
                          << bits_of(back);
        if (i % 16 == 0) {
            double h = 0.0;
            bool overflow = false;
            bool hex_ok = float_from_hex(float_to_hex(d), &h, &overflow) && !overflow && bits_of(h) == bits_of(d);
            if (!hex_ok && ++failures <= 20)
                ADD_FAILURE() << "hex " << float_to_hex(d) << " does not read back";
        }
    }
    EXPECT_EQ(failures, 0);
}

TEST(FloatRoundTrip, ShortestDigitsAtTheEdges) {
    const double edges[] = {5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
                            9007199254740993.0, 0.1, 1e23, 8.41e21, 1e16, 1e-5, 123456789012345678.0};
    for (double d : edges) {
        for (double v : {d, -d, std::nextafter(d, 0.0), std::nextafter(d, HUGE_VAL)}) {
            double back = 0.0;
            ASSERT_TRUE(parse_float_text(float_repr(v), &back)) << float_repr(v);
            EXPECT_EQ(bits_of(back), bits_of(v)) << float_repr(v);
        }
    }
}

} // namespace
} // namespace bastion
