// str_script_test.cpp: str/bytes methods, repr, slicing, the format mini-language,
// str.format and %-formatting end to end against CPython 3.11's output
// (numbers_text_cases.h), plus the canonical compact form of constructed strings.
#include <gtest/gtest.h>

#include "numbers_text_cases.h"
#include "numbers_text_harness.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

TEST(StrScript, MatchesCPython) {
    for (const auto& c : test::kStringLines)
        EXPECT_EQ(test::run_snippet(c.source), c.expected) << c.source;
}

TEST(StrScript, FormattingMatchesCPython) {
    for (const auto& c : test::kFormatLines)
        EXPECT_EQ(test::run_snippet(c.source), c.expected) << c.source;
}

TEST(StrApi, CanonicalKindsAndEqualHashes) {
    Interpreter interp;
    auto a = str_from_utf8(interp, "h\xc3\xa9llo"); // Latin-1 range: kind 1, not ascii
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.value()->kind, 1);
    EXPECT_FALSE(a.value()->ascii);
    const uint32_t cps[] = {'h', 0xE9, 'l', 'l', 'o'};
    auto b = str_from_code_points(interp, cps, 5);
    ASSERT_TRUE(b.ok());
    EXPECT_TRUE(str_equal(a.value().get(), b.value().get()));
    EXPECT_EQ(str_hash(a.value().get()), str_hash(b.value().get()));
    // A substring of a wide string narrows back to kind 1.
    auto wide = str_from_utf8(interp, "ab\xe6\x97\xa5");
    ASSERT_TRUE(wide.ok());
    EXPECT_EQ(wide.value()->kind, 2);
    auto sub = str_substring(interp, wide.value().get(), 0, 2);
    ASSERT_TRUE(sub.ok());
    EXPECT_EQ(sub.value()->kind, 1);
    EXPECT_TRUE(sub.value()->ascii);
    auto ab = str_from_ascii(interp, "ab");
    ASSERT_TRUE(ab.ok());
    EXPECT_EQ(str_hash(sub.value().get()), str_hash(ab.value().get()));
}

TEST(StrApi, InvalidUtf8IsAnErrorNotACrash) {
    Interpreter interp;
    EXPECT_FALSE(str_from_utf8(interp, "\xff").ok());
    auto lone = str_from_utf8(interp, "\xed\xa0\x80"); // a lone surrogate (code constants)
    ASSERT_TRUE(lone.ok());
    EXPECT_EQ(lone.value()->at(0), 0xD800u);
    EXPECT_EQ(str_to_utf8(lone.value().get()), "\xed\xa0\x80");
}

TEST(StrApi, RepeatSizeOverflow) {
    Interpreter interp;
    auto s = str_from_ascii(interp, "ab");
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE(str_repeat(interp, s.value().get(), int64_t{1} << 62).ok()); // OverflowError
    EXPECT_FALSE(str_repeat(interp, s.value().get(), int64_t{1} << 60).ok()); // MemoryError
}

} // namespace
} // namespace bastion
