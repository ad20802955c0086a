// memoryview_format_test.cpp: packing and unpacking of memoryview items
// (objects/memoryview_format.h): every format's size, a round trip at both ends of each
// integer range, and the TypeError/ValueError that CPython's pack_single raises one past
// them. Values go through the C++ API, independent of the Python-level tests.
#include <gtest/gtest.h>

#include <cstring>
#include <limits>

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memoryview_format.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

TEST(MemoryviewFormat, Sizes) {
    EXPECT_EQ(mv_format_itemsize("B"), 1);
    EXPECT_EQ(mv_format_itemsize("@B"), 1);
    EXPECT_EQ(mv_format_itemsize("h"), 2);
    EXPECT_EQ(mv_format_itemsize("i"), 4);
    EXPECT_EQ(mv_format_itemsize("f"), 4);
    EXPECT_EQ(mv_format_itemsize("q"), 8);
    EXPECT_EQ(mv_format_itemsize("P"), 8);
    EXPECT_EQ(mv_format_itemsize("?"), 1);
    EXPECT_EQ(mv_format_itemsize("e"), 0); // CPython's memoryview.cast rejects 'e'
    EXPECT_EQ(mv_format_itemsize("<i"), 0);
    EXPECT_EQ(mv_format_itemsize("ii"), 0);
    EXPECT_EQ(mv_format_itemsize(""), 0);
    EXPECT_EQ(mv_format_itemsize("@"), 0);
}

void round_trip(Interpreter& interp, char fmt, int64_t v) {
    auto in = int_from_i64(interp, v);
    ASSERT_TRUE(in.ok());
    uint8_t buf[8] = {};
    ASSERT_TRUE(mv_pack(interp, fmt, in.value().get(), buf).ok()) << fmt << " " << v;
    auto out = mv_unpack(interp, fmt, buf);
    ASSERT_TRUE(out.ok());
    int64_t got = 0;
    ASSERT_TRUE(int_to_i64(out.value().get(), &got));
    EXPECT_EQ(got, v) << fmt;
}

void rejects(Interpreter& interp, char fmt, Value v, Type* expected) {
    uint8_t buf[8] = {0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a};
    Status s = mv_pack(interp, fmt, v, buf);
    ASSERT_FALSE(s.ok()) << fmt;
    EXPECT_EQ(type_of(interp, s.error().exception), expected) << fmt;
    for (uint8_t b : buf)
        EXPECT_EQ(b, 0x5a) << "a rejected value must not be stored";
}

TEST(MemoryviewFormat, IntegerRanges) {
    Interpreter interp;
    struct Range {
        char fmt;
        int64_t lo, hi;
    };
    const Range ranges[] = {{'b', -128, 127},         {'B', 0, 255},       {'h', -32768, 32767},
                            {'H', 0, 65535},          {'i', INT32_MIN, INT32_MAX}, {'I', 0, UINT32_MAX},
                            {'q', INT64_MIN, INT64_MAX}, {'n', INT64_MIN, INT64_MAX}};
    for (const Range& r : ranges) {
        round_trip(interp, r.fmt, r.lo);
        round_trip(interp, r.fmt, r.hi);
        auto below = int_from_i128(interp, static_cast<__int128>(r.lo) - 1);
        auto above = int_from_i128(interp, static_cast<__int128>(r.hi) + 1);
        ASSERT_TRUE(below.ok() && above.ok());
        rejects(interp, r.fmt, below.value().get(), interp.exc.ValueError);
        rejects(interp, r.fmt, above.value().get(), interp.exc.ValueError);
    }
    auto max_u64 = int_from_u64(interp, UINT64_MAX);
    ASSERT_TRUE(max_u64.ok());
    uint8_t buf[8] = {};
    ASSERT_TRUE(mv_pack(interp, 'Q', max_u64.value().get(), buf).ok());
    uint64_t raw = 0;
    std::memcpy(&raw, buf, 8);
    EXPECT_EQ(raw, UINT64_MAX);
    auto too_big = int_from_i128(interp, static_cast<__int128>(UINT64_MAX) + 1);
    ASSERT_TRUE(too_big.ok());
    rejects(interp, 'Q', too_big.value().get(), interp.exc.ValueError);
    rejects(interp, 'P', too_big.value().get(), interp.exc.ValueError);
    rejects(interp, 'L', Value::small_int(-1), interp.exc.ValueError);
}

TEST(MemoryviewFormat, TypesAndFloats) {
    Interpreter interp;
    auto f = float_from_double(interp, 1.5);
    ASSERT_TRUE(f.ok());
    rejects(interp, 'i', f.value().get(), interp.exc.TypeError);
    rejects(interp, 'c', Value::small_int(1), interp.exc.TypeError);
    auto s = str_from_ascii(interp, "x");
    ASSERT_TRUE(s.ok());
    rejects(interp, 'd', Value(s.value().get()), interp.exc.TypeError);
    uint8_t buf[8] = {};
    ASSERT_TRUE(mv_pack(interp, 'd', f.value().get(), buf).ok());
    double d = 0;
    std::memcpy(&d, buf, 8);
    EXPECT_EQ(d, 1.5);
    ASSERT_TRUE(mv_pack(interp, 'f', Value::small_int(3), buf).ok());
    auto back = mv_unpack(interp, 'f', buf);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(float_value(back.value().get()), 3.0);
    ASSERT_TRUE(mv_pack(interp, '?', Value::small_int(7), buf).ok());
    EXPECT_EQ(buf[0], 1);
}

} // namespace
} // namespace bastion
