// complex_object.h: Python `complex` (minimal): literals, arithmetic with int/float,
// ** , repr, abs, real/imag, conjugate, ==, hash. Implemented in objects/complex_object.cpp.
#pragma once

#include "objects/value.h"

namespace bastion {

struct ComplexObject : Object {
    double real = 0.0;
    double imag = 0.0;
    ComplexObject(double r, double i) : real(r), imag(i) {}
};

Result<Ref> complex_from_doubles(Interpreter&, double real, double imag);
bool is_complex(Interpreter&, Value v); // complex or a subclass
// complex ** complex (CPython's c_pow / c_powi), raising ZeroDivisionError/OverflowError.
Result<Ref> complex_power(Interpreter&, double ar, double ai, double br, double bi);

void init_complex_slots(Interpreter&);
Status init_complex_methods(Interpreter&);

} // namespace bastion
