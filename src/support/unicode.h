// unicode.h: the character properties str's methods need (isalpha, isspace, isprintable,
// decimal values, case mappings). ASCII is answered inline; everything else comes from
// utf8proc (Unicode 15) plus a table of SpecialCasing.txt's unconditional full mappings,
// since Python's lower()/upper() use full mappings ('ß'.upper() == 'SS') and utf8proc
// has only simple ones. DIFFERENCE: CPython 3.11 uses Unicode 14.0; isdigit/isnumeric for
// No/Lo numerals are approximated (see unicode.cpp).
#pragma once

#include <cstdint>

namespace bastion::unicode {

bool is_space(uint32_t cp);       // str.isspace / split(): bidi WS, B, S or category Zs
bool is_printable(uint32_t cp);   // repr(): not Cc Cf Cs Co Cn Zl Zp Zs, except ' '
bool is_alpha(uint32_t cp);       // L*
bool is_decimal(uint32_t cp);     // Nd
int decimal_value(uint32_t cp);   // 0..9, or -1
bool is_digit(uint32_t cp);       // Nd + digit-valued No (superscripts, circled digits ...)
bool is_numeric(uint32_t cp);     // Nd Nl No + CJK numerals
bool is_lower(uint32_t cp);       // Ll (+ Other_Lowercase approximated by Lm/Lo with an upper mapping)
bool is_upper(uint32_t cp);       // Lu
bool is_title(uint32_t cp);       // Lt
bool is_cased(uint32_t cp);       // Lu Ll Lt
bool is_case_ignorable(uint32_t cp);
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);

// Full case mappings: write 1..3 code points to out, return the count.
int to_lower_full(uint32_t cp, uint32_t out[3]);
int to_upper_full(uint32_t cp, uint32_t out[3]);
int to_title_full(uint32_t cp, uint32_t out[3]);
int casefold_full(uint32_t cp, uint32_t out[3]);

} // namespace bastion::unicode
