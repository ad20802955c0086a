// str_format.h: text formatting — the format-spec mini-language for int, float and str
// (format(), f-strings' FORMAT_VALUE, __format__; complex too), str.format() and printf-style `%`.
// Implemented in objects/str_format.cpp (+ str_percent.cpp).
#pragma once

#include "objects/str_object.h"
#include "objects/type.h"

namespace bastion {

// format(v, spec) with fast paths for exact int, float and str; any other value goes
// through the abstract format() protocol (__format__).
Result<Own<StrObject>> format_value(Interpreter&, Value v, StrObject* spec);
// str(x), repr(x) and format(x, '') of a small int: its decimal digits, written straight
// into the result (objects/str_object.cpp).
Result<Own<StrObject>> str_of_small_int(Interpreter&, int64_t x);
// The __format__ implementations of int (and bool), float and str.
Result<Own<StrObject>> format_int(Interpreter&, Value v, StrObject* spec);
Result<Own<StrObject>> format_float(Interpreter&, Value v, StrObject* spec);
Result<Own<StrObject>> format_str(Interpreter&, StrObject* s, StrObject* spec);
// complex.__format__ for the value re + im*1j (`v` is the complex, for str() and messages).
Result<Own<StrObject>> format_complex(Interpreter&, Value v, double re, double im, StrObject* spec);
// str.format(*args, **kwargs) on the template `fmt`.
Result<Own<StrObject>> str_format_method(Interpreter&, StrObject* fmt, CallArgs args);
// str.format_map(mapping): named fields are looked up as mapping[key] (so __missing__ works).
Result<Own<StrObject>> str_format_map(Interpreter&, StrObject* fmt, Value mapping);
// fmt % args
Result<Own<StrObject>> str_percent_format(Interpreter&, StrObject* fmt, Value args);
// printf-style flags, width and precision of one conversion (-1: not given).
struct PercentFlags {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int64_t width = -1, precision = -1;
};
// The text double_to_string(x, type, precision, 0) gives for a finite x and type 'e', 'E',
// 'f' or 'F' (precision <= 50, and |x| < 1e50 for 'f'), written into buf by an exact
// integer path ('f', precision <= 17, |x| < 2**53) or std::to_chars (the same correctly
// rounded digits and layout); its length, or 0 when the case is not one of those (the
// caller then takes the general path).
std::size_t float_text_fast(double x, uint32_t type, int64_t precision, char (&buf)[128]);
// One numeric conversion (%d %i %u %o %x %X %e %E %f %F %g %G; `type` is one of those) of
// `v`, padded as CPython does, appended to `out` as ASCII text. Shared by str % and bytes %.
Status percent_format_number(Interpreter&, std::string& out, uint32_t type, Value v, const PercentFlags& f);

} // namespace bastion
