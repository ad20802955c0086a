// math_module.cpp: the math module's init (constants and the function tables) and its
// float functions — the one-argument libm wrappers with CPython's error rules (math_1),
// the two-argument ones (math_2), ceil/floor/trunc through __ceil__/__floor__/__trunc__,
// frexp/ldexp/modf, pow with CPython's special cases, gamma/lgamma, nextafter and ulp.
// Integer functions are in math_integer.cpp, sums/norms/logs in math_sums.cpp.
#include <cmath>
#include <limits>
#include <numbers>

#include "modules/math_internal.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace math_detail {

Raised domain_error(Interpreter& interp) { return interp.raise(interp.exc.ValueError, "math domain error"); }
Raised range_error(Interpreter& interp) { return interp.raise(interp.exc.OverflowError, "math range error"); }

Status one_arg(Interpreter& interp, CallArgs args, std::string_view qualified_name) {
    BASTION_TRY(no_keywords(interp, args, qualified_name));
    return check_positional(interp, args, qualified_name, 1, 1);
}

Status n_args(Interpreter& interp, CallArgs args, std::string_view name, std::string_view qualified_name,
              std::size_t n) {
    BASTION_TRY(no_keywords(interp, args, qualified_name));
    return check_positional(interp, args, name, n, n);
}

Result<double> arg_double(Interpreter& interp, Value v) {
    if (v.is_obj() && v.obj()->type == interp.types.float_)
        return float_value(v);
    return float_as_double(interp, v);
}

Result<Ref> new_float(Interpreter& interp, double d) { return float_from_double(interp, d); }

} // namespace math_detail

namespace {

using namespace math_detail;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// CPython's math_1: NaN from a non-NaN argument is a domain error; an infinity from a
// finite argument is an overflow (can_overflow) or a singularity (domain error).
template <double (*F)(double), bool CanOverflow>
Result<Ref> math_1(Interpreter& interp, CallArgs args, std::string_view qualified_name) {
    BASTION_TRY(one_arg(interp, args, qualified_name));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    double r = F(x);
    if (std::isnan(r) && !std::isnan(x))
        return domain_error(interp);
    if (std::isinf(r) && std::isfinite(x))
        return CanOverflow ? range_error(interp) : domain_error(interp);
    return new_float(interp, r);
}

// CPython's math_2 rules (atan2, copysign, remainder).
Result<Ref> math_2_result(Interpreter& interp, double x, double y, double r) {
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return domain_error(interp);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return range_error(interp);
    return new_float(interp, r);
}

template <double (*F)(double, double)>
Result<Ref> math_2(Interpreter& interp, CallArgs args, std::string_view name, std::string_view qualified_name) {
    BASTION_TRY(n_args(interp, args, name, qualified_name, 2));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    BASTION_TRY_ASSIGN(double y, arg_double(interp, args.items[1]));
    return math_2_result(interp, x, y, F(x, y));
}

double m_log1p(double x) { return x == 0.0 ? x : std::log1p(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
double m_remainder(double x, double y) { return std::remainder(x, y); }

#define MATH1(pyname, fn, overflow)                                                                    \
    Result<Ref> f_##pyname(Interpreter& interp, CallArgs args) {                                       \
        return math_1<static_cast<double (*)(double)>(fn), overflow>(interp, args, "math." #pyname);     \
    }
MATH1(acos, std::acos, false)
MATH1(acosh, std::acosh, false)
MATH1(asin, std::asin, false)
MATH1(asinh, std::asinh, false)
MATH1(atan, std::atan, false)
MATH1(atanh, std::atanh, false)
MATH1(cbrt, std::cbrt, false)
MATH1(cos, std::cos, false)
MATH1(cosh, std::cosh, true)
MATH1(erf, std::erf, false)
MATH1(erfc, std::erfc, false)
MATH1(exp, std::exp, true)
MATH1(exp2, std::exp2, true)
MATH1(expm1, std::expm1, true)
MATH1(fabs, m_fabs, false)
MATH1(log1p, m_log1p, false)
MATH1(sin, std::sin, false)
MATH1(sinh, std::sinh, true)
MATH1(sqrt, std::sqrt, false)
MATH1(tan, std::tan, false)
MATH1(tanh, std::tanh, false)
#undef MATH1

Result<Ref> f_atan2(Interpreter& interp, CallArgs args) { return math_2<m_atan2>(interp, args, "atan2", "math.atan2"); }
Result<Ref> f_copysign(Interpreter& interp, CallArgs args) {
    return math_2<m_copysign>(interp, args, "copysign", "math.copysign");
}
Result<Ref> f_remainder(Interpreter& interp, CallArgs args) {
    return math_2<m_remainder>(interp, args, "remainder", "math.remainder");
}

Result<Ref> f_fmod(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "fmod", "math.fmod", 2));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    BASTION_TRY_ASSIGN(double y, arg_double(interp, args.items[1]));
    if (std::isinf(y) && std::isfinite(x))
        return new_float(interp, x); // fmod(x, ±inf) is x for finite x
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return domain_error(interp);
    return new_float(interp, r);
}

// CPython's math_pow: C99 Annex F special cases by hand, then libm pow with errno rules.
Result<Ref> f_pow(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "pow", "math.pow", 2));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    BASTION_TRY_ASSIGN(double y, arg_double(interp, args.items[1]));
    double r;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (std::isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : std::fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? std::copysign(0.0, x) : 0.0;
        } else { // y infinite
            if (std::fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && std::fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && std::fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
        return new_float(interp, r);
    }
    r = std::pow(x, y);
    if (std::isnan(r))
        return domain_error(interp);
    if (std::isinf(r))
        return x == 0.0 ? domain_error(interp) : range_error(interp);
    return new_float(interp, r);
}

// ceil/floor: exact floats directly; otherwise the type's __ceil__/__floor__, else float().
Result<Ref> rounding(Interpreter& interp, CallArgs args, std::string_view qualified_name, StrObject* dunder,
                     double (*fn)(double)) {
    BASTION_TRY(one_arg(interp, args, qualified_name));
    Value v = args.items[0];
    if (is_int_exact(interp, v))
        return Ref::borrow(v);
    double x = 0.0;
    if (v.is_obj() && v.obj()->type == interp.types.float_) {
        x = float_value(v);
    } else {
        if (!type_lookup(type_of(interp, v), dunder).is_null())
            return call_method(interp, v, dunder, {});
        BASTION_TRY_ASSIGN(x, float_as_double(interp, v));
    }
    return int_from_double(interp, fn(x));
}

Result<Ref> f_ceil(Interpreter& interp, CallArgs args) {
    return rounding(interp, args, "math.ceil", interp.names.__ceil__, [](double x) { return std::ceil(x); });
}
Result<Ref> f_floor(Interpreter& interp, CallArgs args) {
    return rounding(interp, args, "math.floor", interp.names.__floor__, [](double x) { return std::floor(x); });
}

Result<Ref> f_trunc(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.trunc"));
    Value v = args.items[0];
    if (v.is_obj() && v.obj()->type == interp.types.float_)
        return int_from_double(interp, float_value(v));
    Type* t = type_of(interp, v);
    if (type_lookup(t, interp.names.__trunc__).is_null())
        return interp.raise_fmt(interp.exc.TypeError, "type {} doesn't define __trunc__ method", t->name);
    return call_method(interp, v, interp.names.__trunc__, {});
}

Result<Ref> pair(Interpreter& interp, Ref a, Ref b) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {a.get(), b.get()}));
    return std::move(t).into_ref();
}

Result<Ref> f_frexp(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.frexp"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    int e = 0;
    if (std::isfinite(x) && x != 0.0)
        x = std::frexp(x, &e);
    BASTION_TRY_ASSIGN(Ref m, new_float(interp, x));
    return pair(interp, std::move(m), Ref::small_int(e));
}

Result<Ref> f_modf(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.modf"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    double frac, whole;
    if (std::isinf(x)) {
        frac = std::copysign(0.0, x);
        whole = x;
    } else if (std::isnan(x)) {
        frac = whole = x;
    } else {
        frac = std::modf(x, &whole);
    }
    BASTION_TRY_ASSIGN(Ref a, new_float(interp, frac));
    BASTION_TRY_ASSIGN(Ref b, new_float(interp, whole));
    return pair(interp, std::move(a), std::move(b));
}

Result<Ref> f_ldexp(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "ldexp", "math.ldexp", 2));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    Value i = args.items[1];
    if (!is_int(interp, i))
        return interp.raise(interp.exc.TypeError, "Expected an int as second argument to ldexp.");
    int64_t e = 0;
    if (!int_to_i64(i, &e))
        e = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !std::isfinite(x))
        return new_float(interp, x);
    if (e > 100000)
        return range_error(interp);
    if (e < -100000)
        return new_float(interp, std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r))
        return range_error(interp);
    return new_float(interp, r);
}

Result<Ref> f_gamma(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.gamma"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    if (std::isnan(x) || x == kInf)
        return new_float(interp, x);
    if (x == -kInf || x == 0.0 || (x < 0.0 && std::floor(x) == x))
        return domain_error(interp); // poles and negative integers
    double r = std::tgamma(x);
    if (std::isinf(r))
        return range_error(interp);
    return new_float(interp, r);
}

Result<Ref> f_lgamma(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.lgamma"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    if (std::isnan(x))
        return new_float(interp, x);
    if (std::isinf(x))
        return new_float(interp, kInf);
    if (x <= 0.0 && std::floor(x) == x)
        return domain_error(interp);
    int sign = 0;
    double r = ::lgamma_r(x, &sign); // reentrant: no global signgam
    if (std::isinf(r))
        return range_error(interp);
    return new_float(interp, r);
}

Result<Ref> f_degrees(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.degrees"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    return new_float(interp, x * (180.0 / std::numbers::pi));
}

Result<Ref> f_radians(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.radians"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    return new_float(interp, x * (std::numbers::pi / 180.0));
}

template <bool (*Pred)(double)>
Result<Ref> classify(Interpreter& interp, CallArgs args, std::string_view qualified_name) {
    BASTION_TRY(one_arg(interp, args, qualified_name));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    return interp.new_bool(Pred(x));
}
bool p_finite(double x) { return std::isfinite(x); }
bool p_inf(double x) { return std::isinf(x); }
bool p_nan(double x) { return std::isnan(x); }
Result<Ref> f_isfinite(Interpreter& interp, CallArgs args) { return classify<p_finite>(interp, args, "math.isfinite"); }
Result<Ref> f_isinf(Interpreter& interp, CallArgs args) { return classify<p_inf>(interp, args, "math.isinf"); }
Result<Ref> f_isnan(Interpreter& interp, CallArgs args) { return classify<p_nan>(interp, args, "math.isnan"); }

Result<Ref> f_nextafter(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "nextafter", "math.nextafter", 2));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    BASTION_TRY_ASSIGN(double y, arg_double(interp, args.items[1]));
    return new_float(interp, std::nextafter(x, y));
}

Result<Ref> f_ulp(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.ulp"));
    BASTION_TRY_ASSIGN(double x, arg_double(interp, args.items[0]));
    if (std::isnan(x))
        return new_float(interp, x);
    x = std::fabs(x);
    if (std::isinf(x))
        return new_float(interp, x);
    double up = std::nextafter(x, kInf);
    if (std::isinf(up))
        return new_float(interp, x - std::nextafter(x, -kInf));
    return new_float(interp, up - x);
}

const MathFunction kFloatFunctions[] = {
    {"acos", f_acos},         {"acosh", f_acosh},       {"asin", f_asin},     {"asinh", f_asinh},
    {"atan", f_atan},         {"atan2", f_atan2},       {"atanh", f_atanh},   {"cbrt", f_cbrt},
    {"ceil", f_ceil},         {"copysign", f_copysign}, {"cos", f_cos},       {"cosh", f_cosh},
    {"degrees", f_degrees},   {"erf", f_erf},           {"erfc", f_erfc},     {"exp", f_exp},
    {"exp2", f_exp2},         {"expm1", f_expm1},       {"fabs", f_fabs},     {"floor", f_floor},
    {"fmod", f_fmod},         {"frexp", f_frexp},       {"gamma", f_gamma},   {"isfinite", f_isfinite},
    {"isinf", f_isinf},       {"isnan", f_isnan},       {"ldexp", f_ldexp},   {"lgamma", f_lgamma},
    {"log1p", f_log1p},       {"modf", f_modf},         {"nextafter", f_nextafter}, {"pow", f_pow},
    {"radians", f_radians},   {"remainder", f_remainder}, {"sin", f_sin},    {"sinh", f_sinh},
    {"sqrt", f_sqrt},         {"tan", f_tan},           {"tanh", f_tanh},     {"trunc", f_trunc},
    {"ulp", f_ulp},
};

Status install(Interpreter& interp, DictObject* d, std::span<const MathFunction> fns) {
    for (const MathFunction& f : fns) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "math"));
        StrObject* key = interp.intern(f.name);
        if (!key)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, d, key, fn));
    }
    return {};
}

} // namespace

Status init_math_module(Interpreter& interp, DictObject* d) {
    BASTION_TRY(install(interp, d, kFloatFunctions));
    BASTION_TRY(install(interp, d, integer_functions()));
    BASTION_TRY(install(interp, d, sum_functions()));
    const std::pair<std::string_view, double> constants[] = {
        {"pi", std::numbers::pi}, {"e", std::numbers::e}, {"tau", 2 * std::numbers::pi},
        {"inf", kInf},            {"nan", kNan},
    };
    for (const auto& [name, value] : constants) {
        BASTION_TRY_ASSIGN(Ref v, new_float(interp, value));
        StrObject* key = interp.intern(name);
        if (!key)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, d, key, v));
    }
    return {};
}

} // namespace bastion
