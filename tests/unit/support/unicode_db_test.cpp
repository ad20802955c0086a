// unicode_db_test.cpp: the generated Unicode database — every name decodes and looks up
// back to its code point, algorithmic names, aliases, named sequences, properties, and
// normalisation.
#include <gtest/gtest.h>

#include <string>

#include "support/normalize.h"
#include "support/unicode_db.h"

namespace bastion::unicode {
namespace {

TEST(UnicodeDb, EveryNameLooksUpItsCodePoint) {
    int named = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        std::string name;
        if (!char_name(cp, name))
            continue;
        ++named;
        ASSERT_FALSE(name.empty());
        ASSERT_EQ(lookup_char(name, false), static_cast<int32_t>(cp)) << name;
    }
    // Unicode 15.0: 34,823 explicit names + 11,172 Hangul syllables + the CJK ranges.
    EXPECT_GT(named, 140000);
}

TEST(UnicodeDb, KnownNames) {
    std::string s;
    ASSERT_TRUE(char_name(0x41, s));
    EXPECT_EQ(s, "LATIN CAPITAL LETTER A");
    s.clear();
    ASSERT_TRUE(char_name(0xAC05, s));
    EXPECT_EQ(s, "HANGUL SYLLABLE GANJ");
    s.clear();
    ASSERT_TRUE(char_name(0x2F800, s));
    EXPECT_EQ(s, "CJK COMPATIBILITY IDEOGRAPH-2F800");
    s.clear();
    EXPECT_FALSE(char_name(0x0001, s)); // controls have no name, only aliases
    EXPECT_FALSE(char_name(0xE000, s));
    EXPECT_FALSE(char_name(0x110000, s));
    EXPECT_FALSE(char_name(0x17000, s)); // Tangut: no algorithmic name in CPython 3.11
}

TEST(UnicodeDb, LookupRules) {
    EXPECT_EQ(lookup_char("latin small letter a", false), 0x61);
    EXPECT_EQ(lookup_char("NUL", false), -1);
    EXPECT_EQ(lookup_char("NUL", true), 0);
    EXPECT_EQ(lookup_char("hangul syllable ga", true), -1);   // algorithmic: case-sensitive
    EXPECT_EQ(lookup_char("CJK UNIFIED IDEOGRAPH-4e00", true), -1);
    EXPECT_EQ(lookup_char("CJK UNIFIED IDEOGRAPH-04E00", true), 0x4E00);
    EXPECT_EQ(lookup_char("CJK UNIFIED IDEOGRAPH-E000", true), -1);
    EXPECT_EQ(lookup_char("", true), -1);
    EXPECT_EQ(lookup_char("HANGUL SYLLABLE ", true), -1);
    auto seq = lookup_sequence("latin capital letter a with macron and grave");
    ASSERT_EQ(seq.size(), 2u);
    EXPECT_EQ(seq[0], 0x100u);
    EXPECT_EQ(seq[1], 0x300u);
    EXPECT_TRUE(lookup_sequence("LATIN SMALL LETTER A").empty());
}

TEST(UnicodeDb, Properties) {
    CharProps a = char_props('a');
    EXPECT_EQ(a.category, "Ll");
    EXPECT_EQ(a.bidirectional, "L");
    EXPECT_EQ(a.east_asian_width, "Na");
    CharProps none = char_props(0x378);
    EXPECT_EQ(none.category, "Cn");
    EXPECT_EQ(none.east_asian_width, "F");
    EXPECT_EQ(char_props(0x301).combining, 230);
    EXPECT_TRUE(char_props('(').mirrored);
    EXPECT_EQ(char_props(0xBD).numeric, "1/2");
    EXPECT_EQ(char_props(0x4E07).numeric, "10000"); // from Unihan
    EXPECT_EQ(char_props(0xB2).digit, 2);
    EXPECT_EQ(char_props(0xB2).decimal, -1);
    EXPECT_EQ(decomposition(0xBD), "<fraction> 0031 2044 0032");
    EXPECT_EQ(decomposition('a'), "");
    EXPECT_EQ(char_props(0x110000).category, "Cn");
}

TEST(UnicodeDb, Normalization) {
    std::vector<uint32_t> e_acute = {0xE9};
    EXPECT_EQ(normalize(e_acute, NormForm::NFD), (std::vector<uint32_t>{0x65, 0x301}));
    std::vector<uint32_t> decomposed = {0x65, 0x301};
    EXPECT_EQ(normalize(decomposed, NormForm::NFC), e_acute);
    std::vector<uint32_t> reorder = {0x71, 0x307, 0x323}; // canonical order: 0323 (220) before 0307 (230)
    EXPECT_EQ(normalize(reorder, NormForm::NFD), (std::vector<uint32_t>{0x71, 0x323, 0x307}));
    std::vector<uint32_t> surrogate = {0x61, 0xD800, 0x301};
    EXPECT_EQ(normalize(surrogate, NormForm::NFC), surrogate);
    EXPECT_EQ(nfkc_utf8("\xef\xac\x81"), "fi"); // U+FB01
    EXPECT_EQ(nfkc_utf8("plain"), "plain");
}

} // namespace
} // namespace bastion::unicode
