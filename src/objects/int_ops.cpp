// int_ops.cpp: the int operators. Each has a fast path for two small values (63-bit, so
// sums and differences cannot overflow int64, and products fit __int128) and a slow path
// through int_mpn (+ - * // % divmod, in place on the limbs) or support/bigint (the
// rest). Results are canonical (small when they fit). Lang ref 6.7.
#include <new>

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/int_mpn.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

using K = bc::BinaryOpKind;

// The value of an int when it is small (small ints, and subclass instances such as bool
// whose value is small).
bool small_of(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.small_int_value();
        return true;
    }
    return int_to_i64(v, out) && Value::fits_small(*out);
}

Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

int64_t floor_mod(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

// Runs a big-int computation, turning allocation failure into MemoryError.
template <typename F>
Result<Ref> big(Interpreter& interp, F f) {
    try {
        return int_from_bigint(interp, f());
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
}

Result<Ref> shift_left(Interpreter& interp, Value a, Value b) {
    int64_t x = 0, n = 0;
    if (int_sign(b) < 0)
        return interp.raise(interp.exc.ValueError, "negative shift count");
    if (int_sign(a) == 0)
        return Ref::small_int(0);
    if (!small_of(b, &n)) {
        BASTION_TRY(int_check_bits(interp, UINT64_MAX));
    }
    if (small_of(a, &x) && n < 62) {
        __int128 r = static_cast<__int128>(x) << n;
        return int_from_i128(interp, r);
    }
    bigint::BigInt av = int_to_bigint(a);
    BASTION_TRY(int_check_bits(interp, bigint::bit_length(av) + static_cast<uint64_t>(n)));
    return big(interp, [&] { return bigint::shift_left(av, static_cast<uint64_t>(n)); });
}

Result<Ref> shift_right(Interpreter& interp, Value a, Value b) {
    int64_t x = 0, n = 0;
    int sb = int_sign(b);
    if (sb < 0)
        return interp.raise(interp.exc.ValueError, "negative shift count");
    if (!small_of(b, &n))
        return Ref::small_int(int_sign(a) < 0 ? -1 : 0);
    if (small_of(a, &x))
        return Ref::small_int(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
    return big(interp, [&] { return bigint::shift_right(int_to_bigint(a), static_cast<uint64_t>(n)); });
}

Result<Ref> small_binary(Interpreter& interp, K kind, int64_t x, int64_t y, Value a, Value b) {
    switch (kind) {
    case K::Add:
        return int_from_i64(interp, x + y);
    case K::Subtract:
        return int_from_i64(interp, x - y);
    case K::Multiply:
        return int_from_i128(interp, static_cast<__int128>(x) * y);
    case K::FloorDivide:
        if (y == 0)
            return interp.raise(interp.exc.ZeroDivisionError, "integer division or modulo by zero");
        return int_from_i64(interp, floor_div(x, y));
    case K::Remainder:
        if (y == 0)
            return interp.raise(interp.exc.ZeroDivisionError, "integer modulo by zero");
        return Ref::small_int(floor_mod(x, y));
    case K::And:
        return Ref::small_int(x & y);
    case K::Or:
        return Ref::small_int(x | y);
    case K::Xor:
        return Ref::small_int(x ^ y);
    case K::LShift:
        return shift_left(interp, a, b);
    case K::RShift:
        return shift_right(interp, a, b);
    case K::TrueDivide:
        return int_true_divide(interp, a, b);
    case K::Power:
        return int_power(interp, a, b, Value());
    default:
        return not_implemented(interp);
    }
}

Result<Ref> big_binary(Interpreter& interp, K kind, Value a, Value b) {
    switch (kind) {
    case K::Add:
        return int_mpn_add(interp, a, b, false);
    case K::Subtract:
        return int_mpn_add(interp, a, b, true);
    case K::Multiply:
        return int_mpn_mul(interp, a, b);
    case K::FloorDivide:
    case K::Remainder: {
        if (int_sign(b) == 0) {
            return interp.raise(interp.exc.ZeroDivisionError, kind == K::Remainder ? "integer modulo by zero"
                                                                                  : "integer division or modulo by zero");
        }
        Ref out;
        BASTION_TRY(int_mpn_divmod(interp, a, b, kind == K::FloorDivide ? &out : nullptr,
                                   kind == K::Remainder ? &out : nullptr));
        return out;
    }
    case K::And:
        return big(interp, [&] { return bigint::bit_and(int_to_bigint(a), int_to_bigint(b)); });
    case K::Or:
        return big(interp, [&] { return bigint::bit_or(int_to_bigint(a), int_to_bigint(b)); });
    case K::Xor:
        return big(interp, [&] { return bigint::bit_xor(int_to_bigint(a), int_to_bigint(b)); });
    case K::LShift:
        return shift_left(interp, a, b);
    case K::RShift:
        return shift_right(interp, a, b);
    case K::TrueDivide:
        return int_true_divide(interp, a, b);
    case K::Power:
        return int_power(interp, a, b, Value());
    default:
        return not_implemented(interp);
    }
}

bool is_none(Interpreter& interp, Value v) { return v.is_null() || v.is(Value(interp.none)); }

// pow(a, b, m) for ints, m != 0. CPython: long_pow.
Result<Ref> modular_power(Interpreter& interp, Value a, Value b, Value m) {
    if (int_sign(m) == 0)
        return interp.raise(interp.exc.ValueError, "pow() 3rd argument cannot be 0");
    try {
        bigint::BigInt mod = int_to_bigint(m);
        bool mod_negative = mod.negative;
        mod.negative = false;
        bigint::BigInt base = int_to_bigint(a);
        bigint::BigInt exp = int_to_bigint(b);
        if (exp.negative) {
            auto inv = bigint::mod_inverse(base, mod);
            if (!inv)
                return interp.raise(interp.exc.ValueError, "base is not invertible for the given modulus");
            base = std::move(*inv);
            exp.negative = false;
        }
        // Square-and-multiply runs one modular squaring per exponent bit, inside one instruction:
        // charge the budget for it first, about one step per 256 limb products (a 2048-bit
        // exponent and modulus costs 10,240 steps), so a megabyte exponent cannot hold the
        // thread for minutes under --max-steps.
        uint64_t limbs = mod.mag.size();
        uint64_t steps = 0;
        if (__builtin_mul_overflow(bigint::bit_length(exp), limbs * limbs / 256 + 1, &steps))
            steps = UINT64_MAX;
        BASTION_TRY(interp.charge_steps(steps));
        bigint::BigInt r = bigint::pow_mod(base, exp, mod);
        if (mod_negative && !r.is_zero())
            r = bigint::sub(r, mod);
        return int_from_bigint(interp, r);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
}

} // namespace

Result<Ref> int_binary_op(Interpreter& interp, bc::BinaryOpKind kind, Value a, Value b) {
    if (static_cast<uint32_t>(kind) >= bc::kInplaceOffset)
        kind = static_cast<K>(static_cast<uint32_t>(kind) - bc::kInplaceOffset);
    if (!is_int(interp, a) || !is_int(interp, b))
        return not_implemented(interp);
    int64_t x = 0, y = 0;
    if (small_of(a, &x) && small_of(b, &y))
        return small_binary(interp, kind, x, y, a, b);
    return big_binary(interp, kind, a, b);
}

Result<Ref> int_true_divide(Interpreter& interp, Value a, Value b) {
    if (!is_int(interp, a) || !is_int(interp, b))
        return not_implemented(interp);
    if (int_sign(b) == 0)
        return interp.raise(interp.exc.ZeroDivisionError, "division by zero");
    constexpr int64_t kExact = int64_t{1} << 53;
    int64_t x = 0, y = 0;
    if (int_to_i64(a, &x) && int_to_i64(b, &y) && x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
        return float_from_double(interp, static_cast<double>(x) / static_cast<double>(y));
    double d = 0.0;
    bool ok = false;
    try {
        ok = bigint::true_divide(int_to_bigint(a), int_to_bigint(b), &d);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
    if (!ok)
        return interp.raise(interp.exc.OverflowError, "integer division result too large for a float");
    return float_from_double(interp, d);
}

Result<Ref> int_power(Interpreter& interp, Value a, Value b, Value m) {
    bool has_mod = !is_none(interp, m);
    if (!is_int(interp, a) || !is_int(interp, b) || (has_mod && !is_int(interp, m)))
        return not_implemented(interp);
    if (has_mod)
        return modular_power(interp, a, b, m);
    if (int_sign(b) < 0) {
        // A negative exponent gives a float result: float(a) ** float(b).
        BASTION_TRY_ASSIGN(double x, int_to_double(interp, a));
        BASTION_TRY_ASSIGN(double y, int_to_double(interp, b));
        return float_power_doubles(interp, x, y);
    }
    int64_t x = 0, n = 0;
    bool small_base = small_of(a, &x);
    if (small_base && (x == 0 || x == 1))
        return Ref::small_int(int_sign(b) == 0 ? 1 : x);
    if (small_base && x == -1) {
        bigint::BigInt e = int_to_bigint(b);
        bool odd = !e.is_zero() && (e.mag[0] & 1);
        return Ref::small_int(odd ? -1 : 1);
    }
    if (!small_of(b, &n))
        return interp.no_memory(); // |a| >= 2 to a power beyond 2^62: no memory holds it
    if (small_base) {
        // Square-and-multiply in int64 while nothing overflows.
        int64_t result = 1, base = x;
        int64_t e = n;
        bool overflow = false;
        while (e > 0 && !overflow) {
            if (e & 1)
                overflow = __builtin_mul_overflow(result, base, &result);
            e >>= 1;
            if (e > 0 && !overflow)
                overflow = __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow)
            return int_from_i64(interp, result);
    }
    bigint::BigInt av = int_to_bigint(a);
    uint64_t bits = bigint::bit_length(av);
    unsigned __int128 est = static_cast<unsigned __int128>(bits) * static_cast<uint64_t>(n);
    BASTION_TRY(int_check_bits(interp, est > UINT64_MAX ? UINT64_MAX : static_cast<uint64_t>(est)));
    return big(interp, [&] { return bigint::pow(av, static_cast<uint64_t>(n)); });
}

Result<Ref> int_divmod(Interpreter& interp, Value a, Value b) {
    if (!is_int(interp, a) || !is_int(interp, b))
        return not_implemented(interp);
    if (int_sign(b) == 0)
        return interp.raise(interp.exc.ZeroDivisionError, "integer division or modulo by zero");
    int64_t x = 0, y = 0;
    Ref q, r;
    if (small_of(a, &x) && small_of(b, &y)) {
        BASTION_TRY_ASSIGN(q, int_from_i64(interp, floor_div(x, y)));
        r = Ref::small_int(floor_mod(x, y));
    } else {
        BASTION_TRY(int_mpn_divmod(interp, a, b, &q, &r));
    }
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {q.get(), r.get()}));
    return std::move(t).into_ref();
}

Result<Ref> int_negative(Interpreter& interp, Value a) {
    int64_t x = 0;
    if (small_of(a, &x))
        return int_from_i64(interp, -x);
    IntView v(a);
    return int_mpn_from_limbs(interp, !v.negative(), v.limbs(), v.size());
}

Result<Ref> int_invert(Interpreter& interp, Value a) {
    int64_t x = 0;
    if (small_of(a, &x))
        return Ref::small_int(~x);
    return big(interp, [&] { return bigint::bit_invert(int_to_bigint(a)); });
}

Result<Ref> int_absolute(Interpreter& interp, Value a) {
    int64_t x = 0;
    if (small_of(a, &x))
        return int_from_i64(interp, x < 0 ? -x : x);
    IntView v(a);
    return int_mpn_from_limbs(interp, false, v.limbs(), v.size());
}

} // namespace bastion
