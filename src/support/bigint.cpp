// bigint.cpp: BigInt kernels on top of GMP's mpn layer. Signs are handled here (Python's
// floor semantics, two's complement bit operations); mpn only ever sees magnitudes.
// Rounding to double is done by hand (round_to_double) so subnormal results are rounded
// once, never twice.
#include "support/bigint.h"

#include <gmp.h>

#include <algorithm>
#include <bit>
#include <cmath>

#include "support/assert.h"
#include "support/hash.h"

namespace bastion::bigint {

static_assert(sizeof(mp_limb_t) == sizeof(uint64_t) && GMP_NUMB_BITS == 64, "64-bit GMP limbs required");

namespace {

mp_limb_t* mp(uint64_t* p) { return reinterpret_cast<mp_limb_t*>(p); }
const mp_limb_t* mp(const uint64_t* p) { return reinterpret_cast<const mp_limb_t*>(p); }
mp_size_t msize(std::size_t n) { return static_cast<mp_size_t>(n); }

void trim(std::vector<uint64_t>& v) {
    while (!v.empty() && v.back() == 0)
        v.pop_back();
}

// |a| + |b|
std::vector<uint64_t> add_mag(std::span<const uint64_t> a, std::span<const uint64_t> b) {
    if (a.size() < b.size())
        std::swap(a, b);
    if (b.empty())
        return {a.begin(), a.end()};
    std::vector<uint64_t> r(a.size() + 1);
    r[a.size()] = mpn_add(mp(r.data()), mp(a.data()), msize(a.size()), mp(b.data()), msize(b.size()));
    trim(r);
    return r;
}

// |a| - |b|, requires |a| >= |b|
std::vector<uint64_t> sub_mag(std::span<const uint64_t> a, std::span<const uint64_t> b) {
    if (b.empty())
        return {a.begin(), a.end()};
    std::vector<uint64_t> r(a.size());
    mp_limb_t borrow = mpn_sub(mp(r.data()), mp(a.data()), msize(a.size()), mp(b.data()), msize(b.size()));
    BASTION_CHECK(borrow == 0);
    trim(r);
    return r;
}

std::vector<uint64_t> mul_mag(std::span<const uint64_t> a, std::span<const uint64_t> b) {
    if (a.empty() || b.empty())
        return {};
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<uint64_t> r(a.size() + b.size());
    if (a.data() == b.data() && a.size() == b.size())
        mpn_sqr(mp(r.data()), mp(a.data()), msize(a.size()));
    else
        mpn_mul(mp(r.data()), mp(a.data()), msize(a.size()), mp(b.data()), msize(b.size()));
    trim(r);
    return r;
}

// Truncating division of magnitudes.
void divmod_mag(std::span<const uint64_t> a, std::span<const uint64_t> b, std::vector<uint64_t>* q,
                std::vector<uint64_t>* r) {
    BASTION_CHECK(!b.empty());
    if (compare_mag(a, b) < 0) {
        q->clear();
        r->assign(a.begin(), a.end());
        return;
    }
    q->assign(a.size() - b.size() + 1, 0);
    r->assign(b.size(), 0);
    mpn_tdiv_qr(mp(q->data()), mp(r->data()), 0, mp(a.data()), msize(a.size()), mp(b.data()), msize(b.size()));
    trim(*q);
    trim(*r);
}

void increment_mag(std::vector<uint64_t>& v) {
    for (auto& limb : v) {
        if (++limb != 0)
            return;
    }
    v.push_back(1);
}

// Two's complement of a signed value over n limbs (n > |a| limbs, so the sign fits).
std::vector<uint64_t> to_twos(const BigInt& a, std::size_t n) {
    std::vector<uint64_t> r(n, 0);
    std::copy(a.mag.begin(), a.mag.end(), r.begin());
    if (a.negative) {
        for (auto& limb : r)
            limb = ~limb;
        for (auto& limb : r) { // + 1
            if (++limb != 0)
                break;
        }
    }
    return r;
}

BigInt from_twos(std::vector<uint64_t> r) {
    BigInt out;
    out.negative = !r.empty() && (r.back() >> 63) != 0;
    if (out.negative) {
        for (auto& limb : r)
            limb = ~limb;
        for (auto& limb : r) {
            if (++limb != 0)
                break;
        }
    }
    out.mag = std::move(r);
    normalize(out);
    return out;
}

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    std::size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
    std::vector<uint64_t> x = to_twos(a, n);
    std::vector<uint64_t> y = to_twos(b, n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = op(x[i], y[i]);
    return from_twos(std::move(x));
}

// Bits [shift, shift + 64) of |a| and whether any lower bit is set.
uint64_t extract_top(const BigInt& a, uint64_t shift, bool* sticky) {
    std::size_t limb = static_cast<std::size_t>(shift / 64);
    unsigned bit = static_cast<unsigned>(shift % 64);
    uint64_t lo = limb < a.mag.size() ? a.mag[limb] : 0;
    uint64_t hi = limb + 1 < a.mag.size() ? a.mag[limb + 1] : 0;
    uint64_t top = bit == 0 ? lo : (lo >> bit) | (hi << (64 - bit));
    bool s = bit != 0 && (lo & ((uint64_t{1} << bit) - 1)) != 0;
    for (std::size_t i = 0; i < limb && !s; ++i)
        s = a.mag[i] != 0;
    *sticky = s;
    return top;
}

} // namespace

void normalize(BigInt& a) {
    trim(a.mag);
    if (a.mag.empty())
        a.negative = false;
}

BigInt from_u64(uint64_t v) {
    BigInt r;
    if (v != 0)
        r.mag.push_back(v);
    return r;
}

BigInt from_i64(int64_t v) {
    BigInt r = from_u64(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
    r.negative = v < 0;
    return r;
}

BigInt from_i128(__int128 v) {
    unsigned __int128 m = v < 0 ? 0 - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    BigInt r;
    r.mag = {static_cast<uint64_t>(m), static_cast<uint64_t>(m >> 64)};
    r.negative = v < 0;
    normalize(r);
    return r;
}

BigInt from_limbs(bool negative, std::span<const uint64_t> limbs) {
    BigInt r;
    r.mag.assign(limbs.begin(), limbs.end());
    r.negative = negative;
    normalize(r);
    return r;
}

BigInt from_double(double d) {
    BigInt r;
    d = std::trunc(d);
    if (d == 0.0)
        return r;
    int e = 0;
    double m = std::frexp(std::fabs(d), &e); // |d| = m * 2^e, m in [0.5, 1)
    uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
    e -= 53;
    if (e >= 0)
        r = shift_left(from_u64(mant), static_cast<uint64_t>(e));
    else
        r = from_u64(mant >> (-e));
    r.negative = d < 0;
    normalize(r);
    return r;
}

uint64_t bit_length(const BigInt& a) {
    if (a.mag.empty())
        return 0;
    return (a.mag.size() - 1) * 64 + (64 - static_cast<uint64_t>(std::countl_zero(a.mag.back())));
}

uint64_t bit_count(const BigInt& a) {
    uint64_t n = 0;
    for (uint64_t limb : a.mag)
        n += static_cast<uint64_t>(std::popcount(limb));
    return n;
}

bool to_i64(const BigInt& a, int64_t* out) {
    if (a.mag.empty()) {
        *out = 0;
        return true;
    }
    if (a.mag.size() > 1)
        return false;
    uint64_t m = a.mag[0];
    if (a.negative) {
        if (m > (uint64_t{1} << 63))
            return false;
        *out = static_cast<int64_t>(0 - m);
    } else {
        if (m > static_cast<uint64_t>(INT64_MAX))
            return false;
        *out = static_cast<int64_t>(m);
    }
    return true;
}

int compare_mag(std::span<const uint64_t> a, std::span<const uint64_t> b) {
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    if (a.empty())
        return 0;
    int c = mpn_cmp(mp(a.data()), mp(b.data()), msize(a.size()));
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compare(const BigInt& a, const BigInt& b) {
    if (a.negative != b.negative)
        return a.negative ? -1 : 1;
    int c = compare_mag(a.mag, b.mag);
    return a.negative ? -c : c;
}

int compare_with_double(const BigInt& a, double d) {
    if (std::isinf(d))
        return d > 0 ? -1 : 1;
    double t = std::trunc(d);
    int c = compare(a, from_double(t));
    if (c != 0)
        return c;
    double frac = d - t;
    return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

BigInt add(const BigInt& a, const BigInt& b) {
    BigInt r;
    if (a.negative == b.negative) {
        r.mag = add_mag(a.mag, b.mag);
        r.negative = a.negative;
    } else if (compare_mag(a.mag, b.mag) >= 0) {
        r.mag = sub_mag(a.mag, b.mag);
        r.negative = a.negative;
    } else {
        r.mag = sub_mag(b.mag, a.mag);
        r.negative = b.negative;
    }
    normalize(r);
    return r;
}

BigInt neg(BigInt a) {
    a.negative = !a.negative;
    normalize(a);
    return a;
}

BigInt abs(BigInt a) {
    a.negative = false;
    return a;
}

BigInt sub(const BigInt& a, const BigInt& b) {
    BigInt nb;
    nb.mag = b.mag;
    nb.negative = !b.negative;
    normalize(nb);
    return add(a, nb);
}

BigInt mul(const BigInt& a, const BigInt& b) {
    BigInt r;
    r.mag = mul_mag(a.mag, b.mag);
    r.negative = a.negative != b.negative;
    normalize(r);
    return r;
}

void divmod_trunc_mag(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    BigInt qq, rr;
    divmod_mag(a.mag, b.mag, &qq.mag, &rr.mag);
    *q = std::move(qq);
    *r = std::move(rr);
}

void divmod_floor(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    BigInt qq, rr;
    divmod_mag(a.mag, b.mag, &qq.mag, &rr.mag);
    if (a.negative != b.negative && !rr.mag.empty()) {
        increment_mag(qq.mag);
        rr.mag = sub_mag(b.mag, rr.mag);
    }
    qq.negative = a.negative != b.negative;
    rr.negative = b.negative;
    normalize(qq);
    normalize(rr);
    if (q)
        *q = std::move(qq);
    if (r)
        *r = std::move(rr);
}

BigInt pow(const BigInt& base, uint64_t exp) {
    BigInt result = from_u64(1);
    BigInt b = base;
    while (exp != 0) {
        if (exp & 1)
            result = mul(result, b);
        exp >>= 1;
        if (exp != 0)
            b = mul(b, b);
    }
    return result;
}

BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m) {
    BigInt r;
    BigInt b;
    divmod_floor(base, m, nullptr, &b);
    BigInt result = from_u64(1);
    divmod_floor(result, m, nullptr, &result); // m == 1 -> 0
    uint64_t nbits = bit_length(exp);
    for (uint64_t i = nbits; i-- > 0;) {
        result = mul(result, result);
        divmod_floor(result, m, nullptr, &result);
        if ((exp.mag[i / 64] >> (i % 64)) & 1) {
            result = mul(result, b);
            divmod_floor(result, m, nullptr, &result);
        }
    }
    return result;
}

BigInt gcd(BigInt a, BigInt b) {
    a.negative = b.negative = false;
    if (a.is_zero())
        return b;
    if (b.is_zero())
        return a;
    // mpn_gcd wants an odd operand: strip the common power of two and restore it after.
    auto trailing_zeros = [](const BigInt& v) {
        uint64_t n = 0;
        std::size_t i = 0;
        while (v.mag[i] == 0) {
            ++i;
            n += 64;
        }
        return n + static_cast<uint64_t>(std::countr_zero(v.mag[i]));
    };
    uint64_t za = trailing_zeros(a), zb = trailing_zeros(b);
    a = shift_right(a, za);
    b = shift_right(b, zb);
    if (compare_mag(a.mag, b.mag) < 0)
        std::swap(a, b);
    BigInt r;
    if (b.mag.size() == 1) {
        r = from_u64(mpn_gcd_1(mp(a.mag.data()), msize(a.mag.size()), b.mag[0]));
    } else {
        r.mag.assign(b.mag.size(), 0);
        mp_size_t n = mpn_gcd(mp(r.mag.data()), mp(a.mag.data()), msize(a.mag.size()), mp(b.mag.data()),
                              msize(b.mag.size()));
        r.mag.resize(static_cast<std::size_t>(n));
        normalize(r);
    }
    return shift_left(r, std::min(za, zb));
}

BigInt isqrt(const BigInt& a) {
    BASTION_CHECK(!a.negative);
    if (a.is_zero())
        return {};
    BigInt r;
    r.mag.assign((a.mag.size() + 1) / 2, 0);
    mpn_sqrtrem(mp(r.mag.data()), nullptr, mp(a.mag.data()), msize(a.mag.size()));
    normalize(r);
    return r;
}

namespace {

// Product of lo, lo + step, ..., hi (same parity steps), splitting into balanced halves;
// runs of small factors are multiplied in one limb first.
BigInt stepped_product(uint64_t lo, uint64_t hi, uint64_t step) {
    uint64_t count = (hi - lo) / step + 1;
    if (count <= 8) {
        BigInt acc = from_u64(1);
        uint64_t limb = 1;
        for (uint64_t x = lo;; x += step) {
            unsigned __int128 p = static_cast<unsigned __int128>(limb) * x;
            if ((p >> 64) != 0) {
                acc = mul(acc, from_u64(limb));
                limb = x;
            } else {
                limb = static_cast<uint64_t>(p);
            }
            if (x >= hi || hi - x < step)
                break;
        }
        return mul(acc, from_u64(limb));
    }
    uint64_t half = count / 2;
    uint64_t mid = lo + (half - 1) * step;
    return mul(stepped_product(lo, mid, step), stepped_product(mid + step, hi, step));
}

} // namespace

BigInt range_product(uint64_t lo, uint64_t hi) {
    BASTION_CHECK(lo > 0 && lo <= hi);
    return stepped_product(lo, hi, 1);
}

BigInt odd_range_product(uint64_t lo, uint64_t hi) {
    BASTION_CHECK((lo & 1) && (hi & 1) && lo <= hi);
    return stepped_product(lo, hi, 2);
}

BigInt factorial(uint64_t n) {
    // n! = 2^(n - popcount(n)) * prod_{i >= 1} (odd numbers in (n >> i, n >> (i - 1)])^i,
    // accumulated from the smallest range up: inner *= range_i; outer *= inner.
    BigInt inner = from_u64(1), outer = from_u64(1);
    int top = n == 0 ? 0 : static_cast<int>(std::bit_width(n));
    for (int i = top - 1; i >= 0; --i) {
        uint64_t hi = n >> i, lo = (n >> (i + 1)) + 1; // odd numbers in [lo, hi]
        uint64_t olo = lo | 1, ohi = (hi & 1) ? hi : hi - 1;
        if (hi >= 1 && olo <= ohi)
            inner = mul(inner, odd_range_product(olo, ohi));
        outer = mul(outer, inner);
    }
    return shift_left(outer, n - static_cast<uint64_t>(std::popcount(n)));
}

std::optional<BigInt> mod_inverse(const BigInt& a, const BigInt& m) {
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    BigInt r0 = m, r1;
    divmod_floor(a, m, nullptr, &r1);
    BigInt t0 = from_u64(0), t1 = from_u64(1);
    while (!r1.is_zero()) {
        BigInt q, r2;
        divmod_floor(r0, r1, &q, &r2);
        BigInt t2 = sub(t0, mul(q, t1));
        r0 = std::move(r1);
        r1 = std::move(r2);
        t0 = std::move(t1);
        t1 = std::move(t2);
    }
    if (compare(r0, from_u64(1)) != 0)
        return std::nullopt;
    BigInt out;
    divmod_floor(t0, m, nullptr, &out);
    return out;
}

BigInt shift_left(const BigInt& a, uint64_t n) {
    if (a.is_zero())
        return {};
    std::size_t limbs = static_cast<std::size_t>(n / 64);
    unsigned bits = static_cast<unsigned>(n % 64);
    BigInt r;
    r.negative = a.negative;
    r.mag.assign(limbs + a.mag.size() + 1, 0);
    if (bits == 0) {
        std::copy(a.mag.begin(), a.mag.end(), r.mag.begin() + static_cast<std::ptrdiff_t>(limbs));
    } else {
        r.mag[limbs + a.mag.size()] =
            mpn_lshift(mp(r.mag.data() + limbs), mp(a.mag.data()), msize(a.mag.size()), bits);
    }
    normalize(r);
    return r;
}

BigInt shift_right(const BigInt& a, uint64_t n) {
    if (a.is_zero())
        return {};
    if (a.negative) // floor(a / 2^n) = -(((|a| - 1) >> n) + 1)
        return bit_invert(shift_right(bit_invert(a), n));
    if (n >= a.mag.size() * 64)
        return {};
    std::size_t limbs = static_cast<std::size_t>(n / 64);
    unsigned bits = static_cast<unsigned>(n % 64);
    BigInt r;
    r.mag.assign(a.mag.size() - limbs, 0);
    if (bits == 0)
        std::copy(a.mag.begin() + static_cast<std::ptrdiff_t>(limbs), a.mag.end(), r.mag.begin());
    else
        mpn_rshift(mp(r.mag.data()), mp(a.mag.data() + limbs), msize(r.mag.size()), bits);
    normalize(r);
    return r;
}

BigInt bit_and(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](uint64_t x, uint64_t y) { return x & y; });
}
BigInt bit_or(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](uint64_t x, uint64_t y) { return x | y; });
}
BigInt bit_xor(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](uint64_t x, uint64_t y) { return x ^ y; });
}

BigInt bit_invert(const BigInt& a) {
    return neg(add(a, from_u64(1)));
}

bool round_to_double(uint64_t top, bool sticky, int64_t exp2, double* out) {
    if (top == 0) {
        *out = 0.0;
        return true;
    }
    int64_t len = 64 - std::countl_zero(top);
    int64_t msb_exp = len - 1 + exp2;
    int64_t keep = 53;
    if (msb_exp < -1022)
        keep = 53 - (-1022 - msb_exp); // subnormal: fewer significant bits
    int64_t drop = len - keep;
    uint64_t mant = top;
    if (drop > 64) {
        mant = 0; // below half the smallest step
    } else if (drop > 0) {
        uint64_t rem = drop == 64 ? top : top & ((uint64_t{1} << drop) - 1);
        mant = drop == 64 ? 0 : top >> drop;
        uint64_t half = uint64_t{1} << (drop - 1);
        if (rem > half || (rem == half && (sticky || (mant & 1))))
            ++mant;
    } else {
        drop = 0;
    }
    if (exp2 + drop > 2000) // avoid int overflow in ldexp's exponent argument
        return false;
    double r = std::ldexp(static_cast<double>(mant), static_cast<int>(std::max<int64_t>(exp2 + drop, -4000)));
    if (std::isinf(r))
        return false;
    *out = r;
    return true;
}

bool to_double(const BigInt& a, double* out) {
    uint64_t len = bit_length(a);
    double r;
    if (len <= 64) {
        r = a.mag.empty() ? 0.0 : static_cast<double>(a.mag[0]);
    } else {
        if (len > 1100)
            return false;
        bool sticky = false;
        uint64_t top = extract_top(a, len - 64, &sticky);
        if (!round_to_double(top, sticky, static_cast<int64_t>(len - 64), &r))
            return false;
    }
    *out = a.negative ? -r : r;
    return true;
}

bool true_divide(const BigInt& a, const BigInt& b, double* out) {
    BASTION_CHECK(!b.is_zero());
    bool negative = a.negative != b.negative;
    int64_t la = static_cast<int64_t>(bit_length(a));
    int64_t lb = static_cast<int64_t>(bit_length(b));
    double r = 0.0;
    if (la == 0 || la - lb < -1080) {
        r = 0.0; // exact zero, or below half the smallest subnormal
    } else if (la - lb > 1025) {
        return false;
    } else {
        // q = floor(|a| * 2^-shift / |b|) has 63 or 64 bits; the remainder is the sticky bit.
        int64_t shift = la - lb - 63;
        BigInt x = abs(a), y = abs(b);
        if (shift < 0)
            x = shift_left(x, static_cast<uint64_t>(-shift));
        else
            y = shift_left(y, static_cast<uint64_t>(shift));
        BigInt q, rem;
        divmod_trunc_mag(x, y, &q, &rem);
        BASTION_CHECK(q.mag.size() == 1);
        if (!round_to_double(q.mag[0], !rem.is_zero(), shift, &r))
            return false;
    }
    *out = negative ? -r : r;
    return true;
}

std::string to_string(const BigInt& a, int base) {
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (a.is_zero())
        return "0";
    int bits_per_digit = std::bit_width(static_cast<unsigned>(base)) - 1; // floor(log2(base))
    std::size_t max_digits = static_cast<std::size_t>(bit_length(a) / static_cast<uint64_t>(bits_per_digit)) + 2;
    std::vector<unsigned char> raw(max_digits);
    std::vector<uint64_t> scratch(a.mag.begin(), a.mag.end()); // mpn_get_str clobbers its input
    scratch.push_back(0);                                       // GMP asks for one limb of room
    std::size_t n = mpn_get_str(raw.data(), base, mp(scratch.data()), msize(a.mag.size()));
    std::size_t skip = 0;
    while (skip + 1 < n && raw[skip] == 0)
        ++skip;
    std::string out;
    out.reserve(n - skip + 1);
    if (a.negative)
        out.push_back('-');
    for (std::size_t i = skip; i < n; ++i)
        out.push_back(kDigits[raw[i]]);
    return out;
}

BigInt from_digits(std::string_view digits, int base, bool negative) {
    std::size_t start = 0;
    while (start < digits.size() && digits[start] == '0')
        ++start;
    BigInt r;
    if (start == digits.size())
        return r;
    std::vector<unsigned char> raw;
    raw.reserve(digits.size() - start);
    for (std::size_t i = start; i < digits.size(); ++i) {
        char c = digits[i];
        int v = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        BASTION_CHECK(v >= 0 && v < base);
        raw.push_back(static_cast<unsigned char>(v));
    }
    int bits_per_digit = std::bit_width(static_cast<unsigned>(base - 1)); // ceil(log2(base))
    std::size_t limbs = raw.size() * static_cast<std::size_t>(bits_per_digit) / 64 + 2;
    r.mag.assign(limbs, 0);
    mp_size_t n = mpn_set_str(mp(r.mag.data()), raw.data(), raw.size(), base);
    r.mag.resize(static_cast<std::size_t>(n));
    r.negative = negative;
    normalize(r);
    return r;
}

int64_t hash(const BigInt& a) {
    // 2^64 ≡ 2^3 (mod 2^61 - 1), so fold from the most significant limb.
    uint64_t h = 0;
    for (std::size_t i = a.mag.size(); i-- > 0;) {
        unsigned __int128 x = (static_cast<unsigned __int128>(h) << 3) + a.mag[i];
        while (x > kHashModulus)
            x = (x & kHashModulus) + (x >> 61);
        h = x == kHashModulus ? 0 : static_cast<uint64_t>(x);
    }
    return finish_numeric_hash(h, a.negative);
}

} // namespace bastion::bigint
