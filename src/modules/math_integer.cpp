// math_integer.cpp: the math module's integer functions — gcd and lcm of any number of
// arguments, isqrt (exact at any size, GMP mpn_sqrtrem), factorial (odd part by binary
// splitting), comb and perm — with CPython 3.11's argument rules and messages. Result
// sizes are checked (int_check_bits) before any large product is formed.
#include <bit>
#include <cmath>
#include <new>

#include "modules/math_internal.h"
#include "objects/abstract.h"
#include "objects/int_object.h"

namespace bastion {

namespace {

using namespace math_detail;
using bigint::BigInt;

// operator.index(v) as an exact int (PyNumber_Index converts bool and other subclasses).
Result<Ref> exact_index(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    if (is_int_exact(interp, i))
        return i;
    return int_new_of_type(interp, interp.types.int_, i);
}

// Runs a kernel computation, turning allocation failure into MemoryError.
template <typename F>
Result<Ref> big(Interpreter& interp, F f) {
    try {
        return int_from_bigint(interp, f());
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
}

uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

bool small_abs(Value v, uint64_t* out) {
    int64_t x = 0;
    if (!int_to_i64(v, &x) || x == INT64_MIN)
        return false;
    *out = static_cast<uint64_t>(x < 0 ? -x : x);
    return true;
}

Result<Ref> gcd2(Interpreter& interp, Value a, Value b) {
    uint64_t x = 0, y = 0;
    if (small_abs(a, &x) && small_abs(b, &y))
        return int_from_u64(interp, gcd_u64(x, y));
    return big(interp, [&] { return bigint::gcd(int_to_bigint(a), int_to_bigint(b)); });
}

Result<Ref> f_gcd(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "math.gcd"));
    if (args.npos == 0)
        return Ref::small_int(0);
    BASTION_TRY_ASSIGN(Ref res, exact_index(interp, args.items[0]));
    if (args.npos == 1)
        return absolute(interp, res);
    for (std::size_t i = 1; i < args.npos; ++i) {
        BASTION_TRY_ASSIGN(Ref x, exact_index(interp, args.items[i]));
        int64_t r = 0;
        if (int_to_i64(res, &r) && r == 1)
            continue;
        BASTION_TRY_ASSIGN(res, gcd2(interp, res, x));
    }
    return res;
}

Result<Ref> f_lcm(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "math.lcm"));
    if (args.npos == 0)
        return Ref::small_int(1);
    BASTION_TRY_ASSIGN(Ref res, exact_index(interp, args.items[0]));
    if (args.npos == 1)
        return absolute(interp, res);
    for (std::size_t i = 1; i < args.npos; ++i) {
        BASTION_TRY_ASSIGN(Ref x, exact_index(interp, args.items[i]));
        if (int_sign(res) == 0)
            continue;
        if (int_sign(x) == 0) {
            res = Ref::small_int(0);
            continue;
        }
        uint64_t a = 0, b = 0;
        if (small_abs(res, &a) && small_abs(x, &b)) {
            unsigned __int128 l = static_cast<unsigned __int128>(a / gcd_u64(a, b)) * b;
            if ((l >> 64) == 0) {
                BASTION_TRY_ASSIGN(res, int_from_u64(interp, static_cast<uint64_t>(l)));
                continue;
            }
        }
        BigInt av = int_to_bigint(res), bv = int_to_bigint(x);
        BASTION_TRY(int_check_bits(interp, bigint::bit_length(av) + bigint::bit_length(bv)));
        BASTION_TRY_ASSIGN(res, big(interp, [&] {
                               BigInt g = bigint::gcd(av, bv), q;
                               bigint::divmod_trunc_mag(av, g, &q, &g);
                               return bigint::abs(bigint::mul(q, bv));
                           }));
    }
    return res;
}

Result<Ref> f_isqrt(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.isqrt"));
    BASTION_TRY_ASSIGN(Ref n, index(interp, args.items[0]));
    if (int_sign(n) < 0)
        return interp.raise(interp.exc.ValueError, "isqrt() argument must be nonnegative");
    int64_t x = 0;
    if (int_to_i64(n, &x)) {
        auto r = static_cast<uint64_t>(std::sqrt(static_cast<double>(x)));
        auto ux = static_cast<uint64_t>(x);
        while (static_cast<unsigned __int128>(r) * r > ux) // correct the double's rounding
            --r;
        while (static_cast<unsigned __int128>(r + 1) * (r + 1) <= ux)
            ++r;
        return int_from_u64(interp, r);
    }
    return big(interp, [&] { return bigint::isqrt(int_to_bigint(n)); });
}

// Bits of n! (an upper bound from Stirling), for the size check.
uint64_t factorial_bits(uint64_t n) {
    if (n < 2)
        return 1;
    double b = static_cast<double>(n) * (std::log2(static_cast<double>(n)) - 1.4426950408889634) + 64;
    return b > 1e19 ? UINT64_MAX : static_cast<uint64_t>(b) + std::bit_width(n);
}

Result<Ref> factorial_of(Interpreter& interp, Value n) {
    int64_t x = 0;
    if (!int_to_i64(n, &x)) {
        if (int_sign(n) < 0)
            return interp.raise(interp.exc.ValueError, "factorial() not defined for negative values");
        return interp.raise(interp.exc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    if (x < 0)
        return interp.raise(interp.exc.ValueError, "factorial() not defined for negative values");
    if (x <= 20) {
        uint64_t r = 1;
        for (int64_t i = 2; i <= x; ++i)
            r *= static_cast<uint64_t>(i);
        return int_from_u64(interp, r);
    }
    BASTION_TRY(int_check_bits(interp, factorial_bits(static_cast<uint64_t>(x))));
    return big(interp, [&] { return bigint::factorial(static_cast<uint64_t>(x)); });
}

Result<Ref> f_factorial(Interpreter& interp, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "math.factorial"));
    BASTION_TRY_ASSIGN(Ref n, index(interp, args.items[0]));
    return factorial_of(interp, n);
}

// n * (n - 1) * ... * (n - k + 1) for big n, by splitting k.
BigInt falling_product(const BigInt& n, uint64_t k) {
    if (k == 1)
        return n;
    uint64_t j = k / 2;
    BigInt rest = bigint::sub(n, bigint::from_u64(j));
    return bigint::mul(falling_product(n, j), falling_product(rest, k - j));
}

// perm(n, k) for 0 < k <= n (n non-negative).
BigInt perm_big(const BigInt& n, uint64_t k) {
    int64_t small = 0;
    if (bigint::to_i64(n, &small))
        return bigint::range_product(static_cast<uint64_t>(small) - k + 1, static_cast<uint64_t>(small));
    return falling_product(n, k);
}

// n and k already validated: 0 <= k, and k <= n when n is small.
Result<Ref> perm_comb(Interpreter& interp, Value n, uint64_t k, bool comb) {
    if (k == 0)
        return Ref::small_int(1);
    if (k == 1)
        return int_new_of_type(interp, interp.types.int_, n);
    int64_t ns = 0;
    if (comb && int_to_i64(n, &ns)) { // exact in 128 bits while the result stays small
        auto un = static_cast<uint64_t>(ns);
        unsigned __int128 r = 1;
        bool fits = true;
        for (uint64_t i = 0; i < k && fits; ++i) {
            unsigned __int128 m = r * (un - i);
            fits = (m >> 120) == 0 && (r == 0 || m / r == un - i);
            r = m / (i + 1); // exact: r * (n - i) is divisible by i + 1 here
        }
        if (fits && (r >> 64) == 0)
            return int_from_u64(interp, static_cast<uint64_t>(r));
    }
    BigInt nv = int_to_bigint(n);
    unsigned __int128 bits = static_cast<unsigned __int128>(bigint::bit_length(nv)) * k;
    BASTION_TRY(int_check_bits(interp, bits > UINT64_MAX ? UINT64_MAX : static_cast<uint64_t>(bits)));
    return big(interp, [&] {
        BigInt p = perm_big(nv, k);
        if (!comb)
            return p;
        BigInt q, r;
        bigint::divmod_trunc_mag(p, bigint::factorial(k), &q, &r);
        return q;
    });
}

Status check_non_negative(Interpreter& interp, Value n, Value k) {
    if (int_sign(n) < 0)
        return interp.raise(interp.exc.ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0)
        return interp.raise(interp.exc.ValueError, "k must be a non-negative integer");
    return {};
}

Result<Ref> f_comb(Interpreter& interp, CallArgs args) {
    BASTION_TRY(n_args(interp, args, "comb", "math.comb", 2));
    BASTION_TRY_ASSIGN(Ref n, index(interp, args.items[0]));
    BASTION_TRY_ASSIGN(Ref k, index(interp, args.items[1]));
    BASTION_TRY(check_non_negative(interp, n, k));
    if (int_compare(k, n) > 0)
        return Ref::small_int(0);
    // k = min(k, n - k)
    BASTION_TRY_ASSIGN(Ref rest, binary_op(interp, bc::BinaryOpKind::Subtract, n, k));
    if (int_compare(rest, k) < 0)
        k = std::move(rest);
    int64_t ki = 0;
    if (!int_to_i64(k, &ki))
        return interp.raise(interp.exc.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
    return perm_comb(interp, n, static_cast<uint64_t>(ki), true);
}

Result<Ref> f_perm(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "math.perm"));
    BASTION_TRY(check_positional(interp, args, "perm", 1, 2));
    BASTION_TRY_ASSIGN(Ref n, index(interp, args.items[0]));
    if (args.npos == 1 || args.items[1].is(Value(interp.none)))
        return factorial_of(interp, n);
    BASTION_TRY_ASSIGN(Ref k, index(interp, args.items[1]));
    BASTION_TRY(check_non_negative(interp, n, k));
    if (int_compare(k, n) > 0)
        return Ref::small_int(0);
    int64_t ki = 0;
    if (!int_to_i64(k, &ki))
        return interp.raise(interp.exc.OverflowError, "k must not exceed 9223372036854775807");
    return perm_comb(interp, n, static_cast<uint64_t>(ki), false);
}

const MathFunction kIntegerFunctions[] = {
    {"gcd", f_gcd},   {"lcm", f_lcm},   {"isqrt", f_isqrt}, {"factorial", f_factorial},
    {"comb", f_comb}, {"perm", f_perm},
};

} // namespace

std::span<const math_detail::MathFunction> math_detail::integer_functions() { return kIntegerFunctions; }

} // namespace bastion
