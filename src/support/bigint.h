// bigint.h: arbitrary-precision integer kernels for Python `int` (pure; no runtime).
// BigInt is sign-magnitude with little-endian 64-bit limbs (GMP mp_limb_t layout), always
// normalised: no high zero limbs, and zero is non-negative with no limbs. The digit work is
// done by GMP's mpn layer (subquadratic multiplication and base conversion), so no
// int<->str digit limit is needed. Callers bound result sizes (shifts, powers) before
// calling: these functions allocate what the mathematics needs.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bastion::bigint {

struct BigInt {
    bool negative = false;
    std::vector<uint64_t> mag; // little-endian limbs, no high zero limb

    bool is_zero() const { return mag.empty(); }
    std::span<const uint64_t> limbs() const { return mag; }
};

// Construction.
BigInt from_i64(int64_t v);
BigInt from_u64(uint64_t v);
BigInt from_i128(__int128 v);
BigInt from_limbs(bool negative, std::span<const uint64_t> limbs); // normalises
// Truncates toward zero; `d` must be finite.
BigInt from_double(double d);
void normalize(BigInt& a);

// Queries.
uint64_t bit_length(const BigInt& a);     // of |a|
uint64_t bit_count(const BigInt& a);      // popcount of |a|
bool to_i64(const BigInt& a, int64_t* out);
int compare_mag(std::span<const uint64_t> a, std::span<const uint64_t> b);
int compare(const BigInt& a, const BigInt& b); // -1, 0, 1
// a vs double d exactly (d not NaN; infinities allowed).
int compare_with_double(const BigInt& a, double d);

// Arithmetic (Python semantics: floor division, modulo takes the divisor's sign).
BigInt add(const BigInt& a, const BigInt& b);
BigInt sub(const BigInt& a, const BigInt& b);
BigInt mul(const BigInt& a, const BigInt& b);
BigInt neg(BigInt a);
BigInt abs(BigInt a);
// b must be non-zero.
void divmod_floor(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
// Truncating division of magnitudes (q and r non-negative); b non-zero.
void divmod_trunc_mag(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
BigInt pow(const BigInt& base, uint64_t exp);
// (base ** exp) mod m, exp >= 0, m > 0; result in [0, m).
BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m);
// Inverse of a modulo m (m > 0), or nullopt when gcd(a, m) != 1.
std::optional<BigInt> mod_inverse(const BigInt& a, const BigInt& m);
BigInt gcd(BigInt a, BigInt b); // non-negative; gcd(0, 0) == 0
// floor(sqrt(a)) for a >= 0 (GMP mpn_sqrtrem: exact at any size).
BigInt isqrt(const BigInt& a);
// lo * (lo + 1) * ... * hi for 0 < lo <= hi, by binary splitting (balanced products).
BigInt range_product(uint64_t lo, uint64_t hi);
// Product of the odd numbers in [lo, hi] (lo, hi odd, lo <= hi), by binary splitting.
BigInt odd_range_product(uint64_t lo, uint64_t hi);
// n! by the odd-part / binary-splitting method (n! = odd part << (n - popcount(n))).
BigInt factorial(uint64_t n);

// Bits: two's complement semantics on infinite-precision values, as Python.
BigInt shift_left(const BigInt& a, uint64_t n);
BigInt shift_right(const BigInt& a, uint64_t n); // floor
BigInt bit_and(const BigInt& a, const BigInt& b);
BigInt bit_or(const BigInt& a, const BigInt& b);
BigInt bit_xor(const BigInt& a, const BigInt& b);
BigInt bit_invert(const BigInt& a); // -(a + 1)

// Conversions to floating point, correctly rounded (round-half-even). false on overflow.
bool to_double(const BigInt& a, double* out);
// a / b correctly rounded; b non-zero. false on overflow.
bool true_divide(const BigInt& a, const BigInt& b, double* out);
// Rounds the exact value (top + sticky·ε) · 2^exp2 to a double (top != 0 when sticky);
// `top` must carry at least 55 significant bits when `sticky` is set and the result is
// normal. Returns ±inf-free false on overflow.
bool round_to_double(uint64_t top, bool sticky, int64_t exp2, double* out);

// Text. `digits` holds only valid digits for `base` (2..36), no sign, no separators.
std::string to_string(const BigInt& a, int base); // lower-case digits, '-' when negative
BigInt from_digits(std::string_view digits, int base, bool negative);

// Python's numeric hash of an integer (modulus 2^61 - 1; never -1).
int64_t hash(const BigInt& a);

} // namespace bastion::bigint
