// utf8_test.cpp: strict UTF-8 scanning with CPython's error positions and reasons, the
// surrogate-accepting variant, decoding into each width, the byte hash and unicode tables.
#include <gtest/gtest.h>

#include <string>

#include "support/hash.h"
#include "support/unicode.h"
#include "support/utf8.h"

namespace bastion {
namespace {

struct BadCase {
    std::string bytes;
    std::size_t start, end;
    std::string reason;
};

TEST(Utf8, ErrorsMatchCPython) {
    const BadCase cases[] = {
        {"\xff", 0, 1, "invalid start byte"},
        {"a\x80", 1, 2, "invalid start byte"},
        {"\xc3", 0, 1, "unexpected end of data"},
        {"\xe2\x82", 0, 2, "unexpected end of data"},
        {"\xe2\x82x", 0, 2, "invalid continuation byte"},
        {"\xe2x", 0, 1, "invalid continuation byte"},
        {"\xed\xa0\x80", 0, 1, "invalid continuation byte"},
        {"\xe0\x80\x80", 0, 1, "invalid continuation byte"},
        {"\xf0\x80\x80\x80", 0, 1, "invalid continuation byte"},
        {"\xf0\x90\x80", 0, 3, "unexpected end of data"},
        {"\xf4\x90\x80\x80", 0, 1, "invalid continuation byte"},
        {"\xf5", 0, 1, "invalid start byte"},
        {"\xc0\xaf", 0, 1, "invalid start byte"},
    };
    for (const auto& c : cases) {
        Utf8Scan s = utf8_scan(c.bytes, false);
        ASSERT_FALSE(s.ok) << c.reason;
        EXPECT_EQ(s.error_start, c.start);
        EXPECT_EQ(s.error_end, c.end) << c.reason;
        EXPECT_EQ(std::string(s.reason), c.reason);
    }
}

TEST(Utf8, ScanAndDecode) {
    std::string text = "a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80"; // a é 日 😀
    Utf8Scan s = utf8_scan(text, false);
    ASSERT_TRUE(s.ok);
    EXPECT_EQ(s.length, 4);
    EXPECT_EQ(s.max_code_point, 0x1F600u);
    uint32_t out[4];
    utf8_decode_into(text, out);
    EXPECT_EQ(out[0], 0x61u);
    EXPECT_EQ(out[1], 0xE9u);
    EXPECT_EQ(out[2], 0x65E5u);
    EXPECT_EQ(out[3], 0x1F600u);
    std::string back;
    for (uint32_t cp : out)
        utf8_append(back, cp);
    EXPECT_EQ(back, text);
}

TEST(Utf8, SurrogatesOnlyWhenAllowed) {
    std::string lone = "\xed\xa0\x80";
    EXPECT_FALSE(utf8_scan(lone, false).ok);
    Utf8Scan s = utf8_scan(lone, true);
    ASSERT_TRUE(s.ok);
    EXPECT_EQ(s.max_code_point, 0xD800u);
    std::string enc;
    utf8_append(enc, 0xD800);
    EXPECT_EQ(enc, lone);
}

TEST(Hash, BytesAndIntegers) {
    EXPECT_EQ(hash_bytes("", 0), 0);
    EXPECT_EQ(hash_bytes("abc", 3), hash_bytes("abc", 3));
    EXPECT_NE(hash_bytes("abc", 3), hash_bytes("abd", 3));
    EXPECT_NE(hash_bytes("abc", 3), -1);
    EXPECT_EQ(hash_i64(-1), -2);
    EXPECT_EQ(hash_i64(5), 5);
    EXPECT_EQ(hash_i64(int64_t{1} << 61), 1);
    EXPECT_EQ(hash_complex(1, 2), 2000007);
}

TEST(Unicode, Properties) {
    EXPECT_TRUE(unicode::is_space(0xA0));
    EXPECT_TRUE(unicode::is_space(0x1C));
    EXPECT_FALSE(unicode::is_printable(0xA0));
    EXPECT_FALSE(unicode::is_printable(0xAD));
    EXPECT_TRUE(unicode::is_printable(0xE9));
    EXPECT_EQ(unicode::decimal_value(0x663), 3);  // ARABIC-INDIC DIGIT THREE
    EXPECT_EQ(unicode::decimal_value(0xFF12), 2); // FULLWIDTH DIGIT TWO
    EXPECT_TRUE(unicode::is_digit(0xB2));
    EXPECT_FALSE(unicode::is_decimal(0xB2));
    EXPECT_TRUE(unicode::is_numeric(0xBD));
    uint32_t out[3];
    ASSERT_EQ(unicode::to_upper_full(0xDF, out), 2);
    EXPECT_EQ(out[0], 'S');
    EXPECT_EQ(out[1], 'S');
    ASSERT_EQ(unicode::to_lower_full(0x130, out), 2);
    ASSERT_EQ(unicode::casefold_full(0xDF, out), 2);
    EXPECT_EQ(out[0], 's');
    ASSERT_EQ(unicode::to_upper_full(0xFB01, out), 2);
    EXPECT_EQ(out[0], 'F');
    EXPECT_EQ(out[1], 'I');
}

} // namespace
} // namespace bastion
