// cmath_module.cpp: the essentials of the cmath module — sqrt, exp, log (with a base),
// log10, phase, polar, rect, isclose, isfinite, isinf, isnan and the constants pi, e, tau,
// inf, infj, nan, nanj. Finite arguments follow CPython's algorithms (scaled square root,
// overflow-safe exp and log, Smith's division) so results match it exactly; infinities and
// NaNs follow C99 Annex G through std::complex, as CPython's special-value tables do.
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

C c_sqrt(C z) {
    if (!finite(z))
        return std::sqrt(z);
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
    if (!finite(z))
        return std::exp(z);
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
        return std::log(z);
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
    return new_float(interp, std::atan2(z.imag(), z.real()));
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
    if (std::isinf(phi) && std::isfinite(r) && r != 0.0)
        return domain_error(interp);
    return new_complex(interp, std::polar(r, phi));
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

const MathFunction kFunctions[] = {
    {"sqrt", f_sqrt},   {"exp", f_exp},         {"log", f_log},           {"log10", f_log10},
    {"phase", f_phase}, {"polar", f_polar},     {"rect", f_rect},         {"isclose", f_isclose},
    {"isfinite", classify<0>}, {"isinf", classify<1>}, {"isnan", classify<2>},
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
