// math_internal.h: what the files of the math module share — CPython's error rules
// (ValueError "math domain error", OverflowError "math range error"), argument helpers,
// and the per-file function tables that math_module.cpp installs.
// Files: math_module.cpp (module init, float functions), math_integer.cpp (gcd, lcm,
// isqrt, factorial, comb, perm), math_sums.cpp (fsum, prod, hypot, dist, log, isclose).
#pragma once

#include <span>
#include <string_view>

#include "objects/native.h"
#include "vm/interpreter.h"

namespace bastion::math_detail {

struct MathFunction {
    std::string_view name;
    NativeFunction fn;
};

Raised domain_error(Interpreter&);
Raised range_error(Interpreter&);
// METH_O check: exactly one positional argument and no keywords ("math.NAME() ...").
Status one_arg(Interpreter&, CallArgs args, std::string_view qualified_name);
// Clinic positional-only check: n arguments, no keywords ("NAME expected n arguments").
Status n_args(Interpreter&, CallArgs args, std::string_view name, std::string_view qualified_name, std::size_t n);
// PyFloat_AsDouble with CPython's "must be real number, not T".
Result<double> arg_double(Interpreter&, Value v);
Result<Ref> new_float(Interpreter&, double d);

std::span<const MathFunction> integer_functions(); // math_integer.cpp
std::span<const MathFunction> sum_functions();     // math_sums.cpp

} // namespace bastion::math_detail
