// fuzz_int.cpp: libFuzzer target for the bigint kernels (support/bigint). The input
// encodes an operation selector and two signed operands; each result is checked against
// GMP's mpz layer (fine inside a test: allocation failure is not what we fuzz here).
// Covers +, -, *, floor // and %, shifts, & | ^ ~ on negatives, pow_mod, mod_inverse,
// gcd, isqrt, text in every base and back, hash (mod 2^61 - 1), compare, bit_length/count.
#include <gmp.h>

#include <cstdint>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "support/bigint.h"
#include "support/hash.h"

namespace {

using bastion::bigint::BigInt;

void require(bool ok) {
    if (!ok)
        __builtin_trap();
}

struct Reader {
    const uint8_t* p;
    std::size_t n;
    uint8_t byte() {
        if (n == 0)
            return 0;
        --n;
        return *p++;
    }
    // A signed operand: header byte (sign, limb count <= 40), then limbs (little-endian bytes;
    // a short tail repeats a byte so long runs of 0x00 and 0xff are easy to reach).
    BigInt operand() {
        uint8_t h = byte();
        std::size_t limbs = h % 41;
        std::vector<uint64_t> mag(limbs, 0);
        for (auto& limb : mag) {
            uint8_t mode = byte();
            if (mode < 32)
                limb = 0;
            else if (mode < 64)
                limb = ~uint64_t{0};
            else
                for (int i = 0; i < 8; ++i)
                    limb |= static_cast<uint64_t>(byte()) << (8 * i);
        }
        return bastion::bigint::from_limbs((h & 0x80) != 0, mag);
    }
};

struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    explicit Mpz(const BigInt& a) {
        mpz_init(v);
        if (!a.mag.empty())
            mpz_import(v, a.mag.size(), -1, sizeof(uint64_t), 0, 0, a.mag.data());
        if (a.negative)
            mpz_neg(v, v);
    }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

bool same(const BigInt& a, const Mpz& m) {
    Mpz x(a);
    return mpz_cmp(x.v, m.v) == 0 && (a.mag.empty() || a.mag.back() != 0) && !(a.negative && a.mag.empty());
}

int64_t mpz_python_hash(const Mpz& a) {
    Mpz m, r;
    mpz_set_ui(m.v, 1);
    mpz_mul_2exp(m.v, m.v, 61);
    mpz_sub_ui(m.v, m.v, 1);
    mpz_tdiv_r(r.v, a.v, m.v); // sign of a, as CPython's hash
    int64_t h = static_cast<int64_t>(mpz_get_si(r.v));
    return h == -1 ? -2 : h;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    namespace bi = bastion::bigint;
    Reader in{data, size};
    uint8_t op = in.byte();
    BigInt a = in.operand(), b = in.operand();
    Mpz ma(a), mb(b), r, r2;
    switch (op % 16) {
    case 0:
        mpz_add(r.v, ma.v, mb.v);
        require(same(bi::add(a, b), r));
        mpz_sub(r.v, ma.v, mb.v);
        require(same(bi::sub(a, b), r));
        break;
    case 1:
        mpz_mul(r.v, ma.v, mb.v);
        require(same(bi::mul(a, b), r));
        mpz_mul(r.v, ma.v, ma.v);
        require(same(bi::mul(a, a), r));
        break;
    case 2: {
        if (b.is_zero())
            break;
        BigInt q, rem;
        bi::divmod_floor(a, b, &q, &rem);
        mpz_fdiv_qr(r.v, r2.v, ma.v, mb.v);
        require(same(q, r) && same(rem, r2));
        break;
    }
    case 3: {
        uint64_t n = in.byte() * 7u + in.byte();
        mpz_mul_2exp(r.v, ma.v, n);
        require(same(bi::shift_left(a, n), r));
        mpz_fdiv_q_2exp(r.v, ma.v, n);
        require(same(bi::shift_right(a, n), r));
        break;
    }
    case 4:
        mpz_and(r.v, ma.v, mb.v);
        require(same(bi::bit_and(a, b), r));
        mpz_ior(r.v, ma.v, mb.v);
        require(same(bi::bit_or(a, b), r));
        mpz_xor(r.v, ma.v, mb.v);
        require(same(bi::bit_xor(a, b), r));
        mpz_com(r.v, ma.v);
        require(same(bi::bit_invert(a), r));
        break;
    case 5: {
        BigInt m = bi::abs(in.operand());
        if (m.is_zero() || b.negative || b.mag.size() > 4)
            break;
        Mpz mm(m);
        mpz_powm(r.v, ma.v, mb.v, mm.v);
        require(same(bi::pow_mod(a, b, m), r));
        auto inv = bi::mod_inverse(a, m);
        bool has = mpz_invert(r2.v, ma.v, mm.v) != 0;
        if (mpz_cmp_ui(mm.v, 1) == 0) { // everything is invertible modulo 1 (inverse 0)
            require(inv.has_value() && inv->is_zero());
        } else {
            require(inv.has_value() == has);
            if (has)
                require(same(*inv, r2));
        }
        break;
    }
    case 6:
        mpz_gcd(r.v, ma.v, mb.v);
        require(same(bi::gcd(a, b), r));
        break;
    case 7:
        if (a.negative)
            break;
        mpz_sqrt(r.v, ma.v);
        require(same(bi::isqrt(a), r));
        break;
    case 8: {
        int base = 2 + in.byte() % 35;
        std::string text = bi::to_string(a, base);
        char* want = mpz_get_str(nullptr, base, ma.v);
        require(text == want);
        void (*freefunc)(void*, std::size_t) = nullptr;
        mp_get_memory_functions(nullptr, nullptr, &freefunc);
        freefunc(want, std::strlen(want) + 1);
        bool negative = !text.empty() && text[0] == '-';
        BigInt back = bi::from_digits(std::string_view(text).substr(negative ? 1 : 0), base, negative);
        require(bi::compare(back, a) == 0);
        break;
    }
    case 9:
        require(bi::hash(a) == mpz_python_hash(ma));
        break;
    case 10: {
        int c = mpz_cmp(ma.v, mb.v);
        require(bi::compare(a, b) == (c > 0) - (c < 0));
        require(bi::bit_length(a) == (a.is_zero() ? 0 : mpz_sizeinbase(ma.v, 2)));
        mpz_abs(r.v, ma.v);
        require(bi::bit_count(a) == (a.is_zero() ? 0 : mpz_popcount(r.v)));
        break;
    }
    case 11: {
        uint64_t n = in.byte() + 256u * (in.byte() % 8);
        mpz_fac_ui(r.v, n);
        require(same(bi::factorial(n), r));
        break;
    }
    case 12: {
        if (b.is_zero())
            break;
        BigInt q, rem;
        bi::divmod_trunc_mag(a, b, &q, &rem);
        mpz_abs(r.v, ma.v);
        mpz_abs(r2.v, mb.v);
        Mpz q2, rem2;
        mpz_tdiv_qr(q2.v, rem2.v, r.v, r2.v);
        require(same(q, q2) && same(rem, rem2));
        break;
    }
    case 13: {
        uint64_t e = in.byte() % 40;
        mpz_pow_ui(r.v, ma.v, e);
        require(same(bi::pow(a, e), r));
        break;
    }
    case 14: {
        double d = 0.0;
        if (bi::to_double(a, &d)) { // correctly rounded: within half an ulp of a
            BigInt t = bi::from_double(d);
            Mpz mt(t), diff;
            mpz_sub(diff.v, ma.v, mt.v);
            mpz_abs(diff.v, diff.v);
            mpz_mul_2exp(diff.v, diff.v, 1);
            double ulp = std::nextafter(std::fabs(d), 1e308 * 10) - std::fabs(d);
            require(std::isinf(ulp) || mpz_cmp_d(diff.v, ulp) <= 0);
        }
        break;
    }
    default: {
        uint64_t lo = 1 + in.byte(), count = in.byte();
        mpz_set_ui(r.v, 1);
        for (uint64_t x = lo; x <= lo + count; ++x)
            mpz_mul_ui(r.v, r.v, x);
        require(same(bi::range_product(lo, lo + count), r));
        break;
    }
    }
    return 0;
}
