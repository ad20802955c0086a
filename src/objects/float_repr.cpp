// float_repr.cpp: float's methods — round (exact decimal rounding, as CPython's dtoa
// path), trunc/floor/ceil, is_integer, as_integer_ratio, hex/fromhex, conjugate,
// __format__ — and the real/imag properties.
#include <cmath>
#include <new>

#include "objects/abstract.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_format.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/bigint.h"
#include "support/float_text.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

// |x| = mant * 2^exp with mant a 53-bit integer (x finite, non-zero).
void decompose(double x, uint64_t* mant, int* exp) {
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);
    *mant = static_cast<uint64_t>(std::ldexp(m, 53));
    *exp = e - 53;
}

// round(n / d) with ties to even, n >= 0, d > 0.
bigint::BigInt div_round_half_even(const bigint::BigInt& n, const bigint::BigInt& d) {
    bigint::BigInt q, r;
    bigint::divmod_floor(n, d, &q, &r);
    int c = bigint::compare(bigint::shift_left(r, 1), d);
    if (c > 0 || (c == 0 && !q.is_zero() && (q.mag[0] & 1)))
        q = bigint::add(q, bigint::from_u64(1));
    return q;
}

} // namespace

// CPython: float___round___impl / double_round. NDIGITS_MAX = 323, NDIGITS_MIN = -308.
Result<double> float_round_digits(Interpreter& interp, double x, int64_t ndigits) {
    if (!std::isfinite(x) || x == 0.0)
        return x;
    if (ndigits > 323)
        return x;
    if (ndigits < -308)
        return 0.0 * x;
    uint64_t mant = 0;
    int e = 0;
    decompose(x, &mant, &e);
    double r = 0.0;
    try {
        bigint::BigInt m = bigint::from_u64(mant);
        if (ndigits >= 0) {
            if (e >= 0)
                return x; // an integer already
            bigint::BigInt p10 = bigint::pow(bigint::from_u64(10), static_cast<uint64_t>(ndigits));
            bigint::BigInt q = div_round_half_even(bigint::mul(m, p10), bigint::shift_left(bigint::from_u64(1), static_cast<uint64_t>(-e)));
            if (!bigint::true_divide(q, p10, &r))
                return interp.raise(interp.exc.OverflowError, "rounded value too large to represent");
        } else {
            bigint::BigInt p10 = bigint::pow(bigint::from_u64(10), static_cast<uint64_t>(-ndigits));
            bigint::BigInt n = e >= 0 ? bigint::shift_left(m, static_cast<uint64_t>(e)) : m;
            bigint::BigInt d = e >= 0 ? p10 : bigint::shift_left(p10, static_cast<uint64_t>(-e));
            bigint::BigInt q = bigint::mul(div_round_half_even(n, d), p10);
            if (!bigint::to_double(q, &r))
                return interp.raise(interp.exc.OverflowError, "rounded value too large to represent");
        }
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
    return std::copysign(r, x);
}

namespace {

double self_value(Value self) { return float_value(self); }

Result<Ref> m_round(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__round__", 0, 1));
    double x = self_value(self);
    if (args.npos == 0 || args.items[0].is(Value(interp.none))) {
        double r = std::round(x);
        if (std::fabs(x - r) == 0.5)
            r = 2.0 * std::round(x / 2.0);
        return int_from_double(interp, r);
    }
    BASTION_TRY_ASSIGN(Ref nd, index(interp, args.items[0]));
    int64_t n = 0;
    if (!int_to_i64(nd, &n))
        n = int_sign(nd) < 0 ? INT64_MIN : INT64_MAX; // PyNumber_AsSsize_t(o, NULL) clamps
    BASTION_TRY_ASSIGN(double r, float_round_digits(interp, x, n));
    return float_from_double(interp, r);
}

Result<Ref> m_trunc(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__trunc__", 0, 0));
    return int_from_double(interp, self_value(self));
}

Result<Ref> m_floor(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__floor__", 0, 0));
    return int_from_double(interp, std::floor(self_value(self)));
}

Result<Ref> m_ceil(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__ceil__", 0, 0));
    return int_from_double(interp, std::ceil(self_value(self)));
}

Result<Ref> m_is_integer(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "is_integer", 0, 0));
    double x = self_value(self);
    return interp.new_bool(std::isfinite(x) && std::floor(x) == x);
}

Result<Ref> m_conjugate(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "conjugate", 0, 0));
    return float_from_double(interp, self_value(self));
}

Result<Ref> m_as_integer_ratio(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "as_integer_ratio", 0, 0));
    double x = self_value(self);
    if (std::isinf(x))
        return interp.raise(interp.exc.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(x))
        return interp.raise(interp.exc.ValueError, "cannot convert NaN to integer ratio");
    bigint::BigInt num, den = bigint::from_u64(1);
    if (x != 0.0) {
        uint64_t mant = 0;
        int e = 0;
        decompose(x, &mant, &e);
        while ((mant & 1) == 0 && e < 0) {
            mant >>= 1;
            ++e;
        }
        num = bigint::from_u64(mant);
        if (e >= 0)
            num = bigint::shift_left(num, static_cast<uint64_t>(e));
        else
            den = bigint::shift_left(den, static_cast<uint64_t>(-e));
        num.negative = x < 0;
    }
    BASTION_TRY_ASSIGN(Ref n, int_from_bigint(interp, num));
    BASTION_TRY_ASSIGN(Ref d, int_from_bigint(interp, den));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {n.get(), d.get()}));
    return std::move(t).into_ref();
}

Result<Ref> m_hex(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "hex", 0, 0));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, float_to_hex(self_value(self))));
    return std::move(s).into_ref();
}

Result<Ref> m_fromhex(Interpreter& interp, Value cls, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "fromhex", 1, 1));
    if (!is_str(interp, args.items[0])) {
        return interp.raise_fmt(interp.exc.TypeError, "fromhex() argument must be str, not {}",
                                type_of(interp, args.items[0])->name);
    }
    std::string text = str_transform_decimal_and_space(static_cast<StrObject*>(args.items[0].obj()));
    double d = 0.0;
    bool overflow = false;
    if (!float_from_hex(text, &d, &overflow))
        return interp.raise(interp.exc.ValueError, "invalid hexadecimal floating-point string");
    if (overflow)
        return interp.raise(interp.exc.OverflowError, "hexadecimal value too large to represent as a float");
    BASTION_TRY_ASSIGN(Ref result, float_from_double(interp, d));
    if (cls.is(Value(interp.types.float_)))
        return result;
    return call_positional(interp, cls, {result.get()});
}

Result<Ref> m_format(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__format__", 1, 1));
    if (!is_str(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "__format__() argument must be str");
    BASTION_TRY_ASSIGN(Own<StrObject> s, format_float(interp, self, static_cast<StrObject*>(args.items[0].obj())));
    return std::move(s).into_ref();
}

Result<Ref> g_real(Interpreter& interp, Value self) { return float_from_double(interp, self_value(self)); }
Result<Ref> g_imag(Interpreter& interp, Value) { return float_from_double(interp, 0.0); }

constexpr MethodDef kFloatMethods[] = {
    {"__round__", m_round},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"is_integer", m_is_integer},
    {"conjugate", m_conjugate},
    {"as_integer_ratio", m_as_integer_ratio},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"__format__", m_format},
};

constexpr GetSetDef kFloatGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
};

} // namespace

Status init_float_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.float_, kFloatMethods));
    return add_getsets(interp, interp.types.float_, kFloatGetSets);
}

} // namespace bastion
