// unicode.cpp: character properties over utf8proc, with ASCII fast paths and the
// unconditional full case mappings of SpecialCasing.txt.
#include "support/unicode.h"

#include <utf8proc.h>

namespace bastion::unicode {

namespace {

int category(uint32_t cp) {
    if (cp > 0x10FFFF)
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

const utf8proc_property_t* props(uint32_t cp) { return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp)); }

struct Special {
    uint32_t cp;
    uint32_t lower[3];
    uint32_t title[3];
    uint32_t upper[3];
};

// SpecialCasing.txt, unconditional entries whose mapping is not one code point
// (zero-terminated). TODO(numbers): the Greek iota-subscript entries (U+1F80..U+1FFC).
constexpr Special kSpecial[] = {
    {0x00DF, {0x00DF}, {0x0053, 0x0073}, {0x0053, 0x0053}},
    {0x0130, {0x0069, 0x0307}, {0x0130}, {0x0130}},
    {0x0149, {0x0149}, {0x02BC, 0x004E}, {0x02BC, 0x004E}},
    {0x01F0, {0x01F0}, {0x004A, 0x030C}, {0x004A, 0x030C}},
    {0x0390, {0x0390}, {0x0399, 0x0308, 0x0301}, {0x0399, 0x0308, 0x0301}},
    {0x03B0, {0x03B0}, {0x03A5, 0x0308, 0x0301}, {0x03A5, 0x0308, 0x0301}},
    {0x0587, {0x0587}, {0x0535, 0x0582}, {0x0535, 0x0552}},
    {0x1E96, {0x1E96}, {0x0048, 0x0331}, {0x0048, 0x0331}},
    {0x1E97, {0x1E97}, {0x0054, 0x0308}, {0x0054, 0x0308}},
    {0x1E98, {0x1E98}, {0x0057, 0x030A}, {0x0057, 0x030A}},
    {0x1E99, {0x1E99}, {0x0059, 0x030A}, {0x0059, 0x030A}},
    {0x1E9A, {0x1E9A}, {0x0041, 0x02BE}, {0x0041, 0x02BE}},
    {0x1F50, {0x1F50}, {0x03A5, 0x0313}, {0x03A5, 0x0313}},
    {0xFB00, {0xFB00}, {0x0046, 0x0066}, {0x0046, 0x0046}},
    {0xFB01, {0xFB01}, {0x0046, 0x0069}, {0x0046, 0x0049}},
    {0xFB02, {0xFB02}, {0x0046, 0x006C}, {0x0046, 0x004C}},
    {0xFB03, {0xFB03}, {0x0046, 0x0066, 0x0069}, {0x0046, 0x0046, 0x0049}},
    {0xFB04, {0xFB04}, {0x0046, 0x0066, 0x006C}, {0x0046, 0x0046, 0x004C}},
    {0xFB05, {0xFB05}, {0x0053, 0x0074}, {0x0053, 0x0054}},
    {0xFB06, {0xFB06}, {0x0053, 0x0074}, {0x0053, 0x0054}},
    {0xFB13, {0xFB13}, {0x0544, 0x0576}, {0x0544, 0x0546}},
    {0xFB14, {0xFB14}, {0x0544, 0x0565}, {0x0544, 0x0535}},
    {0xFB15, {0xFB15}, {0x0544, 0x056B}, {0x0544, 0x053B}},
    {0xFB16, {0xFB16}, {0x054E, 0x0576}, {0x054E, 0x0546}},
    {0xFB17, {0xFB17}, {0x0544, 0x056D}, {0x0544, 0x053D}},
};

const Special* find_special(uint32_t cp) {
    if (cp < 0xDF)
        return nullptr;
    for (const Special& s : kSpecial) {
        if (s.cp == cp)
            return &s;
    }
    return nullptr;
}

int copy_seq(const uint32_t* seq, uint32_t out[3]) {
    int n = 0;
    while (n < 3 && seq[n] != 0) {
        out[n] = seq[n];
        ++n;
    }
    return n;
}

} // namespace

bool is_space(uint32_t cp) {
    if (cp < 128)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    if (cp > 0x10FFFF)
        return false;
    int bidi = props(cp)->bidi_class;
    return category(cp) == UTF8PROC_CATEGORY_ZS || bidi == UTF8PROC_BIDI_CLASS_WS || bidi == UTF8PROC_BIDI_CLASS_B ||
           bidi == UTF8PROC_BIDI_CLASS_S;
}

bool is_printable(uint32_t cp) {
    if (cp < 128)
        return cp >= 0x20 && cp < 0x7F;
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

bool is_alpha(uint32_t cp) {
    if (cp < 128)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    int c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_decimal(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

int decimal_value(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
    if (!is_decimal(cp))
        return -1;
    // Nd characters come in contiguous runs of ten starting at the digit zero.
    uint32_t start = cp;
    while (start > 0 && is_decimal(start - 1) && cp - start < 64)
        --start;
    return static_cast<int>((cp - start) % 10);
}

bool is_digit(uint32_t cp) {
    if (is_decimal(cp))
        return true;
    if (cp < 128)
        return false;
    // Numeric_Type=Digit: superscripts, subscripts, circled/parenthesised digits.
    return cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || (cp >= 0x2070 && cp <= 0x2079 && cp != 0x2071 && cp != 0x2072 && cp != 0x2073) ||
           (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2460 && cp <= 0x2468) || (cp >= 0x2474 && cp <= 0x247C) ||
           (cp >= 0x2488 && cp <= 0x2490) || cp == 0x24EA || (cp >= 0x24F5 && cp <= 0x24FD) || cp == 0x24FF ||
           (cp >= 0x2776 && cp <= 0x277E) || (cp >= 0x2780 && cp <= 0x2788) || (cp >= 0x278A && cp <= 0x2792) ||
           (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
}

bool is_numeric(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9';
    int c = category(cp);
    if (c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO)
        return true;
    switch (cp) { // CJK numerals (Lo with a numeric value)
    case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:
    case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343: case 0x4E07: case 0x5104: case 0x5146:
    case 0x96F6: case 0x58F9: case 0x8CB3: case 0x53C3: case 0x8086: case 0x4F0D: case 0x9678: case 0x67D2:
    case 0x634C: case 0x7396: case 0x62FE: case 0x4F70: case 0x4EDF:
        return true;
    default:
        return false;
    }
}

bool is_lower(uint32_t cp) {
    if (cp < 128)
        return cp >= 'a' && cp <= 'z';
    int c = category(cp);
    if (c == UTF8PROC_CATEGORY_LL)
        return true;
    // Other_Lowercase: modifier letters such as U+02B0..U+02B8, U+00AA, U+00BA.
    return cp == 0xAA || cp == 0xBA || (cp >= 0x2B0 && cp <= 0x2B8) || (cp >= 0x2C0 && cp <= 0x2C1) ||
           (cp >= 0x2E0 && cp <= 0x2E4) || cp == 0x345 || cp == 0x37A || (cp >= 0x1D2C && cp <= 0x1D6A) ||
           cp == 0x1D78 || (cp >= 0x1D9B && cp <= 0x1DBF) || cp == 0x2071 || cp == 0x207F ||
           (cp >= 0x2090 && cp <= 0x209C) || (cp >= 0x2170 && cp <= 0x217F) || (cp >= 0x24D0 && cp <= 0x24E9);
}

bool is_upper(uint32_t cp) {
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z';
    return category(cp) == UTF8PROC_CATEGORY_LU || (cp >= 0x2160 && cp <= 0x216F) || (cp >= 0x24B6 && cp <= 0x24CF);
}

bool is_title(uint32_t cp) { return cp >= 128 && category(cp) == UTF8PROC_CATEGORY_LT; }

bool is_cased(uint32_t cp) { return is_lower(cp) || is_upper(cp) || is_title(cp); }

bool is_case_ignorable(uint32_t cp) {
    if (cp < 128)
        return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
    int c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME || c == UTF8PROC_CATEGORY_CF ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_SK || cp == 0xB7 || cp == 0x2019 || cp == 0xAD;
}

bool is_xid_start(uint32_t cp) {
    if (cp < 128)
        return cp == '_' || is_alpha(cp);
    int c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_NL;
}

bool is_xid_continue(uint32_t cp) {
    if (cp < 128)
        return cp == '_' || is_alpha(cp) || (cp >= '0' && cp <= '9');
    int c = category(cp);
    return is_xid_start(cp) || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND ||
           c == UTF8PROC_CATEGORY_PC || cp == 0xB7;
}

int to_lower_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    if (const Special* s = find_special(cp))
        return copy_seq(s->lower, out);
    out[0] = static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    return 1;
}

int to_upper_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    if (const Special* s = find_special(cp))
        return copy_seq(s->upper, out);
    out[0] = static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
    return 1;
}

int to_title_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128)
        return to_upper_full(cp, out);
    if (const Special* s = find_special(cp))
        return copy_seq(s->title, out);
    out[0] = static_cast<uint32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(cp)));
    return 1;
}

int casefold_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128)
        return to_lower_full(cp, out);
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8, UTF8PROC_CASEFOLD, &last);
    if (n <= 0 || n > 3)
        return to_lower_full(cp, out);
    for (utf8proc_ssize_t i = 0; i < n; ++i)
        out[i] = static_cast<uint32_t>(buf[i]);
    return static_cast<int>(n);
}

} // namespace bastion::unicode
