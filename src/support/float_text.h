// float_text.h: double <-> text exactly as CPython 3.11 does it. Formatting follows
// Python/pystrtod.c (PyOS_double_to_string / format_float_short) on top of the correctly
// rounded digits of std::to_chars; parsing follows float()'s grammar (underscores between
// digits, inf/infinity/nan in any case, surrounding ASCII whitespace) on std::from_chars.
// Pure; no runtime.
#pragma once

#include <string>
#include <string_view>

namespace bastion {

enum FloatFormatFlag : unsigned {
    kFloatSign = 1,       // always add a sign (Py_DTSF_SIGN)
    kFloatAddDot0 = 2,    // integral results get ".0" (Py_DTSF_ADD_DOT_0)
    kFloatAlt = 4,        // '#': keep the point and trailing zeros (Py_DTSF_ALT)
    kFloatNoNegZero = 8,  // 'z': -0.0 and values rounding to it lose their sign
};

// code: 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (shortest round-trip; precision ignored).
// Infinities and NaN come out as inf/nan (INF/NAN for upper-case codes), with the sign rules.
std::string double_to_string(double v, char code, int precision, unsigned flags);
// repr(float) / str(float): '1.5', '1e+16', '1e-05', 'inf', '-0.0'.
std::string float_repr(double v);

// Parses the text of float(s) (ASCII only; the caller maps non-ASCII digits and spaces).
// Returns false when the text is not a valid float literal.
bool parse_float_text(std::string_view text, double* out);
// Python's underscore rule for numeric strings: '_' only between two digits. Writes the
// text without underscores into *out; false when an underscore is misplaced.
bool strip_numeric_underscores(std::string_view text, std::string* out);

// float.hex() and float.fromhex()'s parser (false on a malformed string; *overflow set
// when the value is too large to represent).
std::string float_to_hex(double v);
bool float_from_hex(std::string_view text, double* out, bool* overflow);

} // namespace bastion
