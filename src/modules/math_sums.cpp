// math_sums.cpp: the math functions that combine many values or need exact
// arithmetic — fsum (Shewchuk's exact partials with CPython's final half-way rounding
// correction), prod, hypot and dist (scaled, compensated vector norm with a final
// differential correction, as CPython 3.11+), isclose, and log/log2/log10 (ints too
// large for a double are logged exactly from their bit length).
#include <cmath>
#include <limits>
#include <vector>

#include "modules/math_internal.h"
#include "objects/abstract.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"

namespace bastion {

namespace {

using namespace math_detail;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// --- fsum ---------------------------------------------------------------------------------------

Result<Ref> f_fsum(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.fsum"));
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, args.items[0]));
    std::vector<double> p; // non-overlapping partials, increasing magnitude
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            break;
        BASTION_TRY_ASSIGN(double x, arg_double(interp, item));
        const double original = x;
        std::size_t n = 0;
        for (double y : p) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[n++] = lo;
            x = hi;
        }
        p.resize(n);
        if (x == 0.0)
            continue;
        if (!std::isfinite(x)) {
            // Either an inf/nan in the input, or an intermediate overflow.
            if (std::isfinite(original))
                return interp.raise(interp.exc.OverflowError, "intermediate overflow in fsum");
            if (std::isinf(original))
                inf_sum += original;
            special_sum += original;
            p.clear();
        } else {
            p.push_back(x);
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum))
            return interp.raise(interp.exc.ValueError, "-inf + inf in fsum");
        return new_float(interp, special_sum);
    }
    double hi = 0.0;
    std::size_t n = p.size();
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        // Sum from the top until the result is inexact.
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        // Round half-even correctly: if the next partial has the sign of lo, the exact
        // sum is not the half-way case the addition assumed.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    return new_float(interp, hi);
}

// --- prod ---------------------------------------------------------------------------------------

Result<Ref> f_prod(Interpreter& interp, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"prod", {"", "start"}, 1, 1, 1}, argv));
    Ref result = argv[1].is_null() ? Ref::small_int(1) : Ref::borrow(argv[1]);
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, argv[0]));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            break;
        BASTION_TRY_ASSIGN(result, binary_op(interp, bc::BinaryOpKind::Multiply, result, item));
    }
    return result;
}

// --- hypot and dist -----------------------------------------------------------------------------

struct TwoDoubles {
    double hi, lo;
};
TwoDoubles fast_two_sum(double a, double b) { // |a| >= |b|
    double x = a + b;
    return {x, (a - x) + b};
}
TwoDoubles two_product(double x, double y) {
    double z = x * y;
    return {z, std::fma(x, y, -z)};
}

// sqrt(sum of squares) of finite values with |v| <= max: scale by a power of two so
// the squares cannot overflow, accumulate exactly-split squares with compensated sums
// starting from 1.0, then apply one Newton-style differential correction to the root.
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
    if (std::isinf(max))
        return max;
    if (found_nan)
        return kNan;
    if (max == 0.0 || v.size() <= 1)
        return max;
    int max_e = 0;
    std::frexp(max, &max_e);
    if (max_e < -1023) { // subnormal max: scale up first (ldexp(1, -max_e) would overflow)
        constexpr double kMinNormal = std::numeric_limits<double>::min();
        for (double& x : v)
            x /= kMinNormal;
        return kMinNormal * vector_norm(v, max / kMinNormal, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (double x : v) {
        x *= scale;
        TwoDoubles pr = two_product(x, x);
        TwoDoubles sm = fast_two_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    TwoDoubles pr = two_product(-h, h);
    TwoDoubles sm = fast_two_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

// float value of a coordinate: exact floats and ints directly, else __float__/__index__.
Result<double> coordinate(Interpreter& interp, Value v) {
    if (is_int_exact(interp, v))
        return int_to_double(interp, v);
    return arg_double(interp, v);
}

Result<Ref> f_hypot(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "math.hypot"));
    std::vector<double> v;
    v.reserve(args.npos);
    double max = 0.0;
    bool found_nan = false;
    for (std::size_t i = 0; i < args.npos; ++i) {
        BASTION_TRY_ASSIGN(double x, coordinate(interp, args.items[i]));
        x = std::fabs(x);
        v.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max)
            max = x;
    }
    return new_float(interp, vector_norm(v, max, found_nan));
}

Result<Ref> f_dist(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "dist", "math.dist", 2));
    BASTION_TRY_ASSIGN(Own<ListObject> p, list_from_iterable(interp, args.items[0]));
    BASTION_TRY_ASSIGN(Own<ListObject> q, list_from_iterable(interp, args.items[1]));
    BASTION_TRY_ASSIGN(int64_t n, length(interp, Value(p.get())));
    BASTION_TRY_ASSIGN(int64_t m, length(interp, Value(q.get())));
    if (n != m)
        return interp.raise(interp.exc.ValueError, "both points must have the same number of dimensions");
    std::vector<double> v;
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; ++i) {
        BASTION_TRY_ASSIGN(Ref pi, get_item(interp, Value(p.get()), Value::small_int(i)));
        BASTION_TRY_ASSIGN(Ref qi, get_item(interp, Value(q.get()), Value::small_int(i)));
        BASTION_TRY_ASSIGN(double px, coordinate(interp, pi));
        BASTION_TRY_ASSIGN(double qx, coordinate(interp, qi));
        double x = std::fabs(px - qx);
        v.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max)
            max = x;
    }
    return new_float(interp, vector_norm(v, max, found_nan));
}

// --- isclose ------------------------------------------------------------------------------------

Result<Ref> f_isclose(Interpreter& interp, CallArgs args) {
    Value argv[4];
    if (args.npos < 2 && (args.kwnames == nullptr || args.nkw() == 0)) // clinic names the missing one
        return interp.raise_fmt(interp.exc.TypeError, "isclose() missing required argument '{}' (pos {})",
                                args.npos == 0 ? "a" : "b", args.npos + 1);
    BASTION_TRY(parse_args(interp, args, ArgSpec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2}, argv));
    BASTION_TRY_ASSIGN(double a, arg_double(interp, argv[0]));
    BASTION_TRY_ASSIGN(double b, arg_double(interp, argv[1]));
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (!argv[2].is_null()) {
        BASTION_TRY_ASSIGN(rel_tol, arg_double(interp, argv[2]));
    }
    if (!argv[3].is_null()) {
        BASTION_TRY_ASSIGN(abs_tol, arg_double(interp, argv[3]));
    }
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return interp.raise(interp.exc.ValueError, "tolerances must be non-negative");
    if (a == b)
        return interp.new_bool(true);
    if (std::isinf(a) || std::isinf(b))
        return interp.new_bool(false);
    double diff = std::fabs(b - a);
    return interp.new_bool(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

// --- log ----------------------------------------------------------------------------------------

// CPython's loghelper: positive ints of any size (beyond a double's range through their
// bit length: log(m * 2^e) = log(m) + e * log(2)), else math_1 rules on float(x).
Result<double> log_of(Interpreter& interp, Value x, double (*fn)(double)) {
    if (is_int(interp, x)) {
        if (int_sign(x) <= 0)
            return domain_error(interp);
        bigint::BigInt v = int_to_bigint(x);
        double d = 0.0;
        if (bigint::to_double(v, &d))
            return fn(d);
        uint64_t bits = bigint::bit_length(v);
        bool sticky = false;
        bigint::BigInt top_part = bigint::shift_right(v, bits - 64);
        sticky = bigint::compare(bigint::shift_left(top_part, bits - 64), v) != 0;
        double m = 0.0; // top bits / 2^64, rounded to a double in [0.5, 1]
        (void)bigint::round_to_double(top_part.mag[0], sticky, -64, &m);
        int64_t e = static_cast<int64_t>(bits);
        if (m == 1.0) {
            m = 0.5;
            ++e;
        }
        return fn(m) + fn(2.0) * static_cast<double>(e);
    }
    BASTION_TRY_ASSIGN(double d, arg_double(interp, x));
    double r = fn(d);
    if (std::isnan(r) && !std::isnan(d))
        return domain_error(interp);
    if (std::isinf(r) && std::isfinite(d))
        return domain_error(interp);
    return r;
}

double m_log(double x) { return std::log(x); }
double m_log2(double x) { return std::log2(x); }
double m_log10(double x) { return std::log10(x); }

Result<Ref> f_log(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "log"));
    if (args.npos < 1 || args.npos > 2)
        return interp.raise(interp.exc.TypeError, "math.log requires 1 to 2 arguments");
    BASTION_TRY_ASSIGN(double num, log_of(interp, args.items[0], m_log));
    if (args.npos == 1)
        return new_float(interp, num);
    BASTION_TRY_ASSIGN(double den, log_of(interp, args.items[1], m_log));
    if (den == 0.0)
        return interp.raise(interp.exc.ZeroDivisionError, "float division by zero");
    return new_float(interp, num / den);
}

Result<Ref> f_log2(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.log2"));
    BASTION_TRY_ASSIGN(double r, log_of(interp, args.items[0], m_log2));
    return new_float(interp, r);
}

Result<Ref> f_log10(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.log10"));
    BASTION_TRY_ASSIGN(double r, log_of(interp, args.items[0], m_log10));
    return new_float(interp, r);
}

const MathFunction kSumFunctions[] = {
    {"fsum", f_fsum},   {"prod", f_prod}, {"hypot", f_hypot}, {"dist", f_dist}, {"isclose", f_isclose},
    {"log", f_log},     {"log2", f_log2}, {"log10", f_log10},
};

} // namespace

std::span<const math_detail::MathFunction> math_detail::sum_functions() { return kSumFunctions; }

} // namespace bastion
