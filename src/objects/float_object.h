// float_object.h: Python `float` (an IEEE double in a FloatObject) and `complex`
// helpers other components need. Implemented in objects/float_object.cpp (slots and
// operators), float_repr.cpp (methods: round, hex, as_integer_ratio, format) and
// complex_object.cpp.
#pragma once

#include "objects/value.h"

namespace bastion {

struct StrObject;

struct FloatObject : Object {
    double value = 0.0;
    explicit FloatObject(double v) : value(v) {}
};

Result<Ref> float_from_double(Interpreter&, double v);
bool is_float(Interpreter&, Value v); // float or a subclass
inline double float_value(Value v) { return static_cast<const FloatObject*>(v.obj())->value; }
// PyFloat_AsDouble: float, int (OverflowError when too large), __float__, __index__;
// TypeError "must be real number, not T" otherwise.
Result<double> float_as_double(Interpreter&, Value v);
// The value of an int or float operand of an arithmetic operator; false when `v` is
// neither (the operator then returns NotImplemented).
Result<bool> float_operand(Interpreter&, Value v, double* out);
// float ** float with CPython's special cases; a negative base to a fractional power
// gives a complex result.
Result<Ref> float_power_doubles(Interpreter&, double base, double exp);
// float(text) for str and bytes-like `text` (ValueError "could not convert string to float: ...").
Result<Ref> float_from_text(Interpreter&, Value text);
// round(x, ndigits) as CPython (correctly rounded decimal rounding); ndigits clamped.
Result<double> float_round_digits(Interpreter&, double x, int64_t ndigits);

void init_float_slots(Interpreter&);
Status init_float_methods(Interpreter&);

} // namespace bastion
