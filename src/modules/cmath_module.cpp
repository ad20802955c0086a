// cmath_module.cpp: the cmath module — sqrt, exp, log (with a base), log10, phase, polar,
// rect, isclose, isfinite, isinf, isnan, the inverse/trigonometric/hyperbolic functions
// (acos … tanh) and the constants pi, e, tau, inf, infj, nan, nanj. Finite arguments follow
// CPython's algorithms (scaled square root, overflow-safe exp and log, Smith's division) so
// results match it exactly; infinities and NaNs follow C99 Annex G through CPython's own
// special-value tables (cmath_special.def, generated from CPython).
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>
#include <limits>
#include <numbers>

#include "modules/math_internal.h"
#include "objects/abstract.h"
#include "objects/complex_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/tuple_object.h"
#include "support/assert.h"

namespace bastion {

namespace {

using namespace math_detail;
using C = std::complex<double>;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kLargeDouble = DBL_MAX / 4.0;
constexpr int kScaleUp = 53;    // 2 * (DBL_MANT_DIG / 2) + 1
constexpr int kScaleDown = -27; // -(kScaleUp + 1) / 2

bool finite(C z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

// PyComplex_AsCComplex: complex, __complex__, else a real number.
Result<C> arg_complex(Interpreter& interp, Value v) {
    if (is_complex(interp, v)) {
        auto* c = static_cast<const ComplexObject*>(v.obj());
        return C(c->real, c->imag);
    }
    StrObject* dunder = interp.intern("__complex__");
    if (!dunder)
        return interp.no_memory();
    if (!type_lookup(type_of(interp, v), dunder).is_null()) {
        BASTION_TRY_ASSIGN(Ref r, call_method(interp, v, dunder, {}));
        if (!is_complex(interp, r))
            return interp.raise_fmt(interp.exc.TypeError, "__complex__ returned non-complex (type {})",
                                    type_of(interp, r)->name);
        auto* c = static_cast<const ComplexObject*>(r.get().obj());
        return C(c->real, c->imag);
    }
    BASTION_TRY_ASSIGN(double d, float_as_double(interp, v));
    return C(d, 0.0);
}

Result<Ref> new_complex(Interpreter& interp, C z) { return complex_from_doubles(interp, z.real(), z.imag()); }

enum SpecialClass { kNegInf, kNeg, kNegZero, kPosZero, kPos, kPosInf, kNaNClass };

int special_class(double d) {
    if (std::isfinite(d)) {
        if (d != 0)
            return std::signbit(d) ? kNeg : kPos;
        return std::signbit(d) ? kNegZero : kPosZero;
    }
    if (std::isnan(d))
        return kNaNClass;
    return std::signbit(d) ? kNegInf : kPosInf;
}

struct SpecialRow {
    std::string_view fn;
    C cells[7]; // by the imaginary part's class
};

// Seven consecutive rows per function, by the real part's class.
const SpecialRow kSpecialRows[] = {
#define SPECIAL(fn, ...) {#fn, __VA_ARGS__},
#include "modules/cmath_special.def"
#undef SPECIAL
};

const SpecialRow* special_table(std::string_view fn) {
    for (const SpecialRow& row : kSpecialRows) {
        if (row.fn == fn)
            return &row;
    }
    BASTION_CHECK(false);
    return nullptr;
}

const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);

C special(const SpecialRow* rows, C z) { return rows[special_class(z.real())].cells[special_class(z.imag())]; }

C c_sqrt(C z) {
    if (!finite(z))
        return special(special_table("sqrt"), z);
    if (z.real() == 0.0 && z.imag() == 0.0)
        return C(0.0, z.imag());
    double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), s;
    if (ax < DBL_MIN && ay < DBL_MIN) { // hypot(ax, ay) would be subnormal: scale up first
        ax = std::ldexp(ax, kScaleUp);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
    } else {
        ax /= 8.0;
        s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real() >= 0.0)
        return C(s, std::copysign(d, z.imag()));
    return C(d, std::copysign(s, z.imag()));
}

// *error: 0 none, 1 domain, 2 range.
C c_exp(C z, int* error) {
    if (!finite(z)) {
        double x = z.real(), y = z.imag();
        C r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.) {
            r = x > 0 ? C(std::copysign(kInf, std::cos(y)), std::copysign(kInf, std::sin(y)))
                      : C(std::copysign(0., std::cos(y)), std::copysign(0., std::sin(y)));
        } else {
            r = special(special_table("exp"), z);
        }
        if (std::isinf(y) && (std::isfinite(x) || (std::isinf(x) && x > 0)))
            *error = 1;
        return r;
    }
    double l, re, im;
    if (z.real() > std::log(kLargeDouble)) {
        l = std::exp(z.real() - 1.0);
        re = l * std::cos(z.imag()) * std::numbers::e;
        im = l * std::sin(z.imag()) * std::numbers::e;
    } else {
        l = std::exp(z.real());
        re = l * std::cos(z.imag());
        im = l * std::sin(z.imag());
    }
    if (std::isinf(re) || std::isinf(im))
        *error = 2;
    return C(re, im);
}

C c_log(C z, int* error) {
    if (!finite(z))
        return special(special_table("log"), z);
    double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), re;
    if (ax > kLargeDouble || ay > kLargeDouble) {
        re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + std::numbers::ln2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * std::numbers::ln2;
        } else {
            *error = 1; // log(0)
            return C(-kInf, std::atan2(z.imag(), z.real()));
        }
    } else {
        double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = std::log(h);
        }
    }
    return C(re, std::atan2(z.imag(), z.real()));
}

// Smith's algorithm, as CPython's _Py_c_quot; division by zero is a domain error.
C c_quot(C a, C b, int* error) {
    double abs_br = std::fabs(b.real()), abs_bi = std::fabs(b.imag());
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *error = 1;
            return C(0.0, 0.0);
        }
        double ratio = b.imag() / b.real(), denom = b.real() + b.imag() * ratio;
        return C((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
    }
    if (abs_bi >= abs_br) {
        double ratio = b.real() / b.imag(), denom = b.real() * ratio + b.imag();
        return C((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
    }
    return C(kNan, kNan);
}

Result<Ref> finish(Interpreter& interp, C z, int error) {
    if (error == 1)
        return domain_error(interp);
    if (error == 2)
        return range_error(interp);
    return new_complex(interp, z);
}

Result<Ref> f_sqrt(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "cmath.sqrt"));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    return new_complex(interp, c_sqrt(z));
}

Result<Ref> f_exp(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "cmath.exp"));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    int error = 0;
    C r = c_exp(z, &error);
    return finish(interp, r, error);
}

Result<Ref> f_log(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "cmath.log"));
    BASTION_TRY(check_positional(interp, args, "log", 1, 2));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    int error = 0;
    C r = c_log(z, &error);
    if (args.npos == 2) {
        BASTION_TRY_ASSIGN(C base, arg_complex(interp, args.items[1]));
        error = 0; // as CPython: the base's c_log resets errno, so log(0, 2) is -inf+nanj
        C den = c_log(base, &error);
        r = c_quot(r, den, &error);
    }
    return finish(interp, r, error);
}

Result<Ref> f_log10(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "cmath.log10"));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    int error = 0;
    C r = c_log(z, &error);
    return finish(interp, C(r.real() / std::numbers::ln10, r.imag() / std::numbers::ln10), error);
}

Result<Ref> f_phase(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "cmath.phase"));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    // CPython reads errno after c_atan2: the C library's atan2 reports an underflowing
    // (subnormal) result with ERANGE, which phase() turns into OverflowError.
    bool calls_libm = !std::isnan(z.real()) && !std::isnan(z.imag()) && !std::isinf(z.imag()) &&
                      !std::isinf(z.real()) && z.imag() != 0.;
    errno = 0;
    double phi = std::atan2(z.imag(), z.real());
    if (calls_libm && errno == ERANGE)
        return range_error(interp);
    return new_float(interp, phi);
}

Result<Ref> f_polar(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "cmath.polar"));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    double r = std::hypot(z.real(), z.imag());
    if (std::isinf(r) && finite(z))
        return range_error(interp);
    BASTION_TRY_ASSIGN(Ref a, new_float(interp, r));
    BASTION_TRY_ASSIGN(Ref b, new_float(interp, std::atan2(z.imag(), z.real())));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {a.get(), b.get()}));
    return std::move(t).into_ref();
}

Result<Ref> f_rect(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "rect", "cmath.rect", 2));
    BASTION_TRY_ASSIGN(double r, arg_double(interp, args.items[0]));
    BASTION_TRY_ASSIGN(double phi, arg_double(interp, args.items[1]));
    if (std::isfinite(r) && std::isfinite(phi)) {
        if (phi == 0.0)
            return new_complex(interp, C(r, r * phi)); // keeps the sign of zero
        return new_complex(interp, C(r * std::cos(phi), r * std::sin(phi)));
    }
    if (r != 0. && !std::isnan(r) && std::isinf(phi))
        return domain_error(interp);
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
        double re = std::copysign(kInf, std::cos(phi)), im = std::copysign(kInf, std::sin(phi));
        return new_complex(interp, r > 0 ? C(re, im) : C(-re, -im));
    }
    return new_complex(interp, special(special_table("rect"), C(r, phi)));
}

Result<Ref> f_isclose(Interpreter& interp, CallArgs args) {
    Value argv[4];
    if (args.npos < 2 && (args.kwnames == nullptr || args.nkw() == 0)) // clinic names the missing one
        return interp.raise_fmt(interp.exc.TypeError, "isclose() missing required argument '{}' (pos {})",
                                args.npos == 0 ? "a" : "b", args.npos + 1);
    BASTION_TRY(parse_args(interp, args, ArgSpec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2}, argv));
    BASTION_TRY_ASSIGN(C a, arg_complex(interp, argv[0]));
    BASTION_TRY_ASSIGN(C b, arg_complex(interp, argv[1]));
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
    if (std::isinf(a.real()) || std::isinf(a.imag()) || std::isinf(b.real()) || std::isinf(b.imag()))
        return interp.new_bool(false);
    C d = a - b;
    double diff = std::hypot(d.real(), d.imag());
    return interp.new_bool(diff <= rel_tol * std::hypot(b.real(), b.imag()) ||
                           diff <= rel_tol * std::hypot(a.real(), a.imag()) || diff <= abs_tol);
}

template <int Kind>
Result<Ref> classify(Interpreter& interp, CallArgs args) {
    constexpr std::string_view kNames[] = {"cmath.isfinite", "cmath.isinf", "cmath.isnan"};
    BASTION_TRY(one_arg(interp, args, kNames[Kind]));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    if (Kind == 0)
        return interp.new_bool(finite(z));
    if (Kind == 1)
        return interp.new_bool(std::isinf(z.real()) || std::isinf(z.imag()));
    return interp.new_bool(std::isnan(z.real()) || std::isnan(z.imag()));
}

// --- Inverse, trigonometric and hyperbolic functions (CPython: cmathmodule.c) --------------
// Non-finite arguments are answered from CPython's special-value tables (cmath_special.def,
// generated from CPython), indexed by the classes of the two parts; finite ones by CPython's
// formulas, so results agree bit for bit on the same libm.

// *error: 0 none, 1 domain (ValueError), 2 range (OverflowError), as cmath's errno.
C c_acos(C z, int*) {
    if (!finite(z))
        return special(special_table("acos"), z);
    if (std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble) {
        double re = std::atan2(std::fabs(z.imag()), z.real());
        double l = std::log(std::hypot(z.real() / 2., z.imag() / 2.)) + std::numbers::ln2 * 2.;
        double im = z.real() < 0. ? -std::copysign(l, z.imag()) : std::copysign(l, -z.imag());
        return C(re, im);
    }
    C s1 = c_sqrt(C(1. - z.real(), -z.imag()));
    C s2 = c_sqrt(C(1. + z.real(), z.imag()));
    return C(2. * std::atan2(s1.real(), s2.real()), std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
}

C c_acosh(C z, int*) {
    if (!finite(z))
        return special(special_table("acosh"), z);
    if (std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble) {
        return C(std::log(std::hypot(z.real() / 2., z.imag() / 2.)) + std::numbers::ln2 * 2.,
                 std::atan2(z.imag(), z.real()));
    }
    C s1 = c_sqrt(C(z.real() - 1., z.imag()));
    C s2 = c_sqrt(C(z.real() + 1., z.imag()));
    return C(std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2. * std::atan2(s1.imag(), s2.real()));
}

C c_asinh(C z, int*) {
    if (!finite(z))
        return special(special_table("asinh"), z);
    if (std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble) {
        double l = std::log(std::hypot(z.real() / 2., z.imag() / 2.)) + std::numbers::ln2 * 2.;
        double re = z.imag() >= 0. ? std::copysign(l, z.real()) : -std::copysign(l, -z.real());
        return C(re, std::atan2(z.imag(), std::fabs(z.real())));
    }
    C s1 = c_sqrt(C(1. + z.imag(), -z.real()));
    C s2 = c_sqrt(C(1. - z.imag(), z.real()));
    return C(std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
             std::atan2(z.imag(), s1.real() * s2.real() - s1.imag() * s2.imag()));
}

C c_asin(C z, int* error) { // asin(z) = -i asinh(iz)
    C s = c_asinh(C(-z.imag(), z.real()), error);
    return C(s.imag(), -s.real());
}

C c_atanh(C z, int* error) {
    if (!finite(z))
        return special(special_table("atanh"), z);
    if (z.real() < 0.) { // atanh(z) = -atanh(-z)
        C r = c_atanh(C(-z.real(), -z.imag()), error);
        return C(-r.real(), -r.imag());
    }
    double ay = std::fabs(z.imag());
    if (z.real() > kSqrtLargeDouble || ay > kSqrtLargeDouble) { // atanh(z) ~ 1/z ± iπ/2
        double h = std::hypot(z.real() / 2., z.imag() / 2.);
        return C(z.real() / 4. / h / h, -std::copysign(std::numbers::pi / 2., -z.imag()));
    }
    if (z.real() == 1. && ay < kSqrtDblMin) {
        if (ay == 0.) {
            *error = 1;
            return C(kInf, z.imag());
        }
        return C(-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.))),
                 std::copysign(std::atan2(2., -ay) / 2, z.imag()));
    }
    return C(std::log1p(4. * z.real() / ((1 - z.real()) * (1 - z.real()) + ay * ay)) / 4.,
             -std::atan2(-2. * z.imag(), (1 - z.real()) * (1 + z.real()) - ay * ay) / 2.);
}

C c_atan(C z, int* error) { // atan(z) = -i atanh(iz)
    C s = c_atanh(C(-z.imag(), z.real()), error);
    return C(s.imag(), -s.real());
}

// cosh and sinh share their shape; `is_sinh` picks the function.
C c_cosh_sinh(C z, int* error, bool is_sinh) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        C r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.) {
            double re = std::copysign(kInf, std::cos(y)), im = std::copysign(kInf, std::sin(y));
            if (x < 0)
                (is_sinh ? re : im) = -(is_sinh ? re : im);
            r = C(re, im);
        } else {
            r = special(special_table(is_sinh ? "sinh" : "cosh"), z);
        }
        if (std::isinf(y) && !std::isnan(x))
            *error = 1;
        return r;
    }
    double re, im;
    if (std::fabs(x) > kLogLargeDouble) { // cosh(x) overflows where cosh(z) may not
        double xm1 = x - std::copysign(1., x);
        re = std::cos(y) * (is_sinh ? std::sinh(xm1) : std::cosh(xm1)) * std::numbers::e;
        im = std::sin(y) * (is_sinh ? std::cosh(xm1) : std::sinh(xm1)) * std::numbers::e;
    } else {
        re = std::cos(y) * (is_sinh ? std::sinh(x) : std::cosh(x));
        im = std::sin(y) * (is_sinh ? std::cosh(x) : std::sinh(x));
    }
    if (std::isinf(re) || std::isinf(im))
        *error = 2;
    return C(re, im);
}

C c_cosh(C z, int* error) { return c_cosh_sinh(z, error, false); }
C c_sinh(C z, int* error) { return c_cosh_sinh(z, error, true); }

C c_tanh(C z, int* error) {
    double x = z.real(), y = z.imag();
    if (!finite(z)) {
        C r;
        if (std::isinf(x) && std::isfinite(y) && y != 0.)
            r = C(x > 0 ? 1.0 : -1.0, std::copysign(0., 2. * std::sin(y) * std::cos(y)));
        else
            r = special(special_table("tanh"), z);
        if (std::isinf(y) && std::isfinite(x))
            *error = 1;
        return r;
    }
    if (std::fabs(x) > kLogLargeDouble)
        return C(std::copysign(1., x), 4. * std::sin(y) * std::cos(y) * std::exp(-2. * std::fabs(x)));
    double tx = std::tanh(x), ty = std::tan(y), cx = 1. / std::cosh(x);
    double txty = tx * ty, denom = 1. + txty * txty;
    return C(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

C c_cos(C z, int* error) { return c_cosh(C(-z.imag(), z.real()), error); } // cos(z) = cosh(iz)

C c_sin(C z, int* error) { // sin(z) = -i sinh(iz)
    C s = c_sinh(C(-z.imag(), z.real()), error);
    return C(s.imag(), -s.real());
}

C c_tan(C z, int* error) { // tan(z) = -i tanh(iz)
    C s = c_tanh(C(-z.imag(), z.real()), error);
    return C(s.imag(), -s.real());
}

template <C (*F)(C, int*), const char* Name>
Result<Ref> unary(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, Name));
    BASTION_TRY_ASSIGN(C z, arg_complex(interp, args.items[0]));
    int error = 0;
    C r = F(z, &error);
    return finish(interp, r, error);
}

constexpr char kAcos[] = "cmath.acos", kAcosh[] = "cmath.acosh", kAsin[] = "cmath.asin", kAsinh[] = "cmath.asinh",
               kAtan[] = "cmath.atan", kAtanh[] = "cmath.atanh", kCos[] = "cmath.cos", kCosh[] = "cmath.cosh",
               kSin[] = "cmath.sin", kSinh[] = "cmath.sinh", kTan[] = "cmath.tan", kTanh[] = "cmath.tanh";

const MathFunction kFunctions[] = {
    {"sqrt", f_sqrt},   {"exp", f_exp},         {"log", f_log},           {"log10", f_log10},
    {"phase", f_phase}, {"polar", f_polar},     {"rect", f_rect},         {"isclose", f_isclose},
    {"isfinite", classify<0>}, {"isinf", classify<1>}, {"isnan", classify<2>},
    {"acos", unary<c_acos, kAcos>},    {"acosh", unary<c_acosh, kAcosh>}, {"asin", unary<c_asin, kAsin>},
    {"asinh", unary<c_asinh, kAsinh>}, {"atan", unary<c_atan, kAtan>},    {"atanh", unary<c_atanh, kAtanh>},
    {"cos", unary<c_cos, kCos>},       {"cosh", unary<c_cosh, kCosh>},    {"sin", unary<c_sin, kSin>},
    {"sinh", unary<c_sinh, kSinh>},    {"tan", unary<c_tan, kTan>},       {"tanh", unary<c_tanh, kTanh>},
};

Status set(Interpreter& interp, DictObject* d, std::string_view name, Value v) {
    StrObject* key = interp.intern(name);
    if (!key)
        return interp.no_memory();
    return dict_set_str(interp, d, key, v);
}

} // namespace

Status init_cmath_module(Interpreter& interp, DictObject* d) {
    for (const MathFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "cmath"));
        BASTION_TRY(set(interp, d, f.name, fn));
    }
    const std::pair<std::string_view, double> reals[] = {
        {"pi", std::numbers::pi}, {"e", std::numbers::e}, {"tau", 2 * std::numbers::pi}, {"inf", kInf}, {"nan", kNan},
    };
    for (const auto& [name, value] : reals) {
        BASTION_TRY_ASSIGN(Ref v, new_float(interp, value));
        BASTION_TRY(set(interp, d, name, v));
    }
    BASTION_TRY_ASSIGN(Ref infj, complex_from_doubles(interp, 0.0, kInf));
    BASTION_TRY(set(interp, d, "infj", infj));
    BASTION_TRY_ASSIGN(Ref nanj, complex_from_doubles(interp, 0.0, kNan));
    return set(interp, d, "nanj", nanj);
}

} // namespace bastion
