// digest.cpp: the message digests of digest.h, written from their standards (see there).
#include "support/digest.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define BASTION_DIGEST_SHA_NI 1
#endif

namespace bastion::digest {

namespace {

using detail::Blake2bState;
using detail::Blake2sState;
using detail::KeccakState;
using detail::Md5State;
using detail::Sha1State;
using detail::Sha256State;
using detail::Sha512State;

// --- Byte order helpers ------------------------------------------------------------------

uint32_t load_be32(const uint8_t* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}
uint64_t load_be64(const uint8_t* p) { return (uint64_t{load_be32(p)} << 32) | load_be32(p + 4); }
uint32_t load_le32(const uint8_t* p) {
    return uint32_t{p[0]} | (uint32_t{p[1]} << 8) | (uint32_t{p[2]} << 16) | (uint32_t{p[3]} << 24);
}
uint64_t load_le64(const uint8_t* p) { return uint64_t{load_le32(p)} | (uint64_t{load_le32(p + 4)} << 32); }
template <typename W>
W load_le(const uint8_t* p) {
    if constexpr (sizeof(W) == 8)
        return load_le64(p);
    else
        return load_le32(p);
}
// Byte i (0 = least significant) of a word.
template <typename W>
uint8_t byte_of(W w, std::size_t i) {
    return static_cast<uint8_t>(w >> (8 * i));
}

// --- Constants defined by formulas -------------------------------------------------------

// The first 80 primes.
const std::array<uint32_t, 80>& first_primes() {
    static const std::array<uint32_t, 80> primes = [] {
        std::array<uint32_t, 80> out{};
        std::size_t n = 0;
        for (uint32_t c = 2; n < out.size(); ++c) {
            bool prime = true;
            for (std::size_t i = 0; i < n && out[i] * out[i] <= c; ++i)
                if (c % out[i] == 0) {
                    prime = false;
                    break;
                }
            if (prime)
                out[n++] = c;
        }
        return out;
    }();
    return primes;
}

// 256-bit unsigned arithmetic, just enough to take integer roots of p * 2^(64k).
using U256 = std::array<uint64_t, 4>; // little-endian limbs
U256 mul256(const U256& a, const U256& b) {
    U256 r{};
    for (std::size_t i = 0; i < 4; ++i) {
        unsigned __int128 carry = 0;
        for (std::size_t j = 0; i + j < 4; ++j) {
            unsigned __int128 t = static_cast<unsigned __int128>(a[i]) * b[j] + r[i + j] + carry;
            r[i + j] = static_cast<uint64_t>(t);
            carry = t >> 64;
        }
    }
    return r;
}
bool le256(const U256& a, const U256& b) {
    for (std::size_t i = 4; i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i];
    return true;
}

} // namespace

uint64_t prime_root_fraction(int prime_index, int k) {
    uint64_t p = first_primes().at(static_cast<std::size_t>(prime_index));
    // The largest x = whole * 2^64 + fraction with x^k <= p * 2^(64k); x < 2^67 and
    // x^k < 2^202, so four limbs hold every product.
    uint64_t whole = 1;
    while ((k == 2 ? (whole + 1) * (whole + 1) : (whole + 1) * (whole + 1) * (whole + 1)) <= p)
        ++whole;
    U256 target{};
    target[static_cast<std::size_t>(k)] = p;
    uint64_t fraction = 0;
    for (int bit = 63; bit >= 0; --bit) {
        uint64_t trial = fraction | (uint64_t{1} << bit);
        U256 x{trial, whole, 0, 0};
        U256 power = mul256(x, x);
        if (k == 3)
            power = mul256(power, x);
        if (le256(power, target))
            fraction = trial;
    }
    return fraction;
}

namespace {

struct Sha2Constants {
    std::array<uint64_t, 80> k512{};
    std::array<uint32_t, 64> k256{};
    std::array<uint64_t, 8> iv512{}; // square roots of the first 8 primes; also BLAKE2b's IV
    std::array<uint64_t, 8> iv384{}; // square roots of primes 9..16
    std::array<uint32_t, 8> iv256{}; // the high halves of iv512; also BLAKE2s's IV
    std::array<uint32_t, 8> iv224{}; // the low halves of iv384
};
const Sha2Constants& sha2() {
    static const Sha2Constants c = [] {
        Sha2Constants s;
        for (int i = 0; i < 80; ++i)
            s.k512[static_cast<std::size_t>(i)] = prime_root_fraction(i, 3);
        for (std::size_t i = 0; i < 64; ++i)
            s.k256[i] = static_cast<uint32_t>(s.k512[i] >> 32);
        for (int i = 0; i < 8; ++i) {
            auto u = static_cast<std::size_t>(i);
            s.iv512[u] = prime_root_fraction(i, 2);
            s.iv384[u] = prime_root_fraction(i + 8, 2);
            s.iv256[u] = static_cast<uint32_t>(s.iv512[u] >> 32);
            s.iv224[u] = static_cast<uint32_t>(s.iv384[u]);
        }
        return s;
    }();
    return c;
}

// MD5's T[i] = floor(2^32 * |sin(i + 1)|) (RFC 1321 section 3.4).
const std::array<uint32_t, 64>& md5_table() {
    static const std::array<uint32_t, 64> t = [] {
        std::array<uint32_t, 64> out{};
        for (std::size_t i = 0; i < 64; ++i)
            out[i] = static_cast<uint32_t>(std::floor(std::ldexp(std::fabs(std::sin(static_cast<double>(i + 1))), 32)));
        return out;
    }();
    return t;
}

struct KeccakConstants {
    std::array<uint64_t, 24> round{};
    std::array<unsigned, 25> rho{}; // by lane index x + 5y
};
// FIPS 202: rc(t) from the LFSR x^8 + x^6 + x^5 + x^4 + 1 (Algorithm 5), the round constants
// from it (Algorithm 6), and rho's offsets from the (x, y) -> (y, 2x + 3y) walk (Algorithm 2),
// evaluated at compile time so that the unrolled permutation rotates by constants.
constexpr unsigned keccak_rc(unsigned t) {
    t %= 255;
    unsigned r = 1;
    for (unsigned i = 0; i < t; ++i) {
        r <<= 1;
        if (r & 0x100)
            r ^= 0x171; // clears bit 8 and feeds it into bits 0, 4, 5, 6
    }
    return r & 1;
}
constexpr KeccakConstants make_keccak_constants() {
    KeccakConstants k;
    for (unsigned ir = 0; ir < 24; ++ir)
        for (unsigned j = 0; j <= 6; ++j)
            if (keccak_rc(j + 7 * ir))
                k.round[ir] |= uint64_t{1} << ((1u << j) - 1);
    unsigned x = 1, y = 0;
    for (unsigned t = 0; t < 24; ++t) {
        k.rho[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
        unsigned nx = y, ny = (2 * x + 3 * y) % 5;
        x = nx;
        y = ny;
    }
    return k;
}
constexpr KeccakConstants kKeccak = make_keccak_constants();
static_assert(kKeccak.round[0] == 1 && kKeccak.round[23] == 0x8000000080008008u, "FIPS 202 round constants");
static_assert(kKeccak.rho[1] == 1 && kKeccak.rho[24] == 14, "FIPS 202 rho offsets");

// BLAKE2's message schedule (RFC 7693 section 2.7).
constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// --- Merkle-Damgard buffering (MD5, SHA-1, SHA-2) -----------------------------------------

// Feeds `data` through a block buffer, calling compress(block) for each full block.
template <std::size_t B, typename Compress>
void buffered_update(std::array<uint8_t, B>& buf, std::size_t& used, std::span<const uint8_t> data, Compress compress) {
    if (data.empty())
        return; // an empty span may have a null data(), which memcpy may not be given
    std::size_t i = 0;
    if (used > 0) {
        std::size_t take = std::min(B - used, data.size());
        std::memcpy(buf.data() + used, data.data(), take);
        used += take;
        i = take;
        if (used < B)
            return;
        compress(buf.data());
        used = 0;
    }
    for (; data.size() - i >= B; i += B)
        compress(data.data() + i);
    std::size_t rest = data.size() - i;
    if (rest > 0)
        std::memcpy(buf.data(), data.data() + i, rest);
    used = rest;
}

// The final padding: 0x80, zeros, then the bit length in `length_bytes` bytes (written by
// put_length into the block's tail).
template <std::size_t B, typename Compress, typename PutLength>
void pad_and_finish(std::array<uint8_t, B> buf, std::size_t used, std::size_t length_bytes, Compress compress,
                    PutLength put_length) {
    buf[used++] = 0x80;
    if (used > B - length_bytes) {
        std::fill(buf.begin() + static_cast<std::ptrdiff_t>(used), buf.end(), uint8_t{0});
        compress(buf.data());
        used = 0;
    }
    std::fill(buf.begin() + static_cast<std::ptrdiff_t>(used), buf.end(), uint8_t{0});
    put_length(buf.data() + (B - length_bytes));
    compress(buf.data());
}

// --- MD5 -----------------------------------------------------------------------------------

void md5_compress(std::array<uint32_t, 4>& h, const uint8_t* block) {
    static constexpr unsigned kShift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
    const auto& t = md5_table();
    uint32_t m[16];
    for (std::size_t i = 0; i < 16; ++i)
        m[i] = load_le32(block + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    // Fully unrolled, the round's function, message index and shift are constants.
#pragma GCC unroll 64
    for (std::size_t i = 0; i < 64; ++i) {
        uint32_t f = 0;
        std::size_t g = 0;
        std::size_t round = i / 16;
        if (round == 0) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (round == 1) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) % 16;
        } else if (round == 2) {
            f = b ^ c ^ d;
            g = (3 * i + 5) % 16;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) % 16;
        }
        uint32_t next = b + std::rotl(a + f + t[i] + m[g], static_cast<int>(kShift[round][i % 4]));
        a = d;
        d = c;
        c = b;
        b = next;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

// --- The x86 SHA extensions --------------------------------------------------------------
// SHA-1 and SHA-256 also run on the SHA-NI instructions (in x86-64 CPUs since about 2017 for
// AMD and 2019 for Intel), the same FIPS 180-4 compressions in hardware. They are chosen at
// run time when CPUID reports SHA, SSSE3 and SSE4.1; the portable code is the fallback, and
// the unit tests run both (allow_cpu_extensions). Valgrind hides SHA from CPUID, so callgrind
// measures the portable code.

std::atomic<bool> g_allow_cpu_extensions{true};

#ifdef BASTION_DIGEST_SHA_NI
bool cpu_has_sha_ni() {
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d))
            return false;
        const bool ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        const bool sha = (b >> 29) & 1;
        return ssse3 && sse41 && sha;
    }();
    return has;
}

// --- SHA-1 ---------------------------------------------------------------------------------

template <int F>
__attribute__((target("sha,sse4.1,ssse3"))) inline __m128i sha1_rounds4(__m128i abcd, __m128i e) {
    return _mm_sha1rnds4_epu32(abcd, e, F);
}

// SHA-1 on the SHA extensions: sha1rnds4 runs four rounds with round function F (0..3, one
// per 20 rounds) on (A, B, C, D), sha1nexte derives the next E (rotl(A, 30)) and adds it to
// the message words, sha1msg1/msg2 extend the schedule four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void sha1_compress_ni(std::array<uint32_t, 5>& h, const uint8_t* block) {
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data())), 0x1B);
    const __m128i e_in = _mm_set_epi32(static_cast<int>(h[4]), 0, 0, 0);
    const __m128i abcd_in = abcd;
    // The block's first word in the high lane, each word big-endian.
    const __m128i reverse = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i w[20];
    __m128i before = abcd;
#pragma GCC unroll 20
    for (int g = 0; g < 20; ++g) {
        if (g < 4) {
            w[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * g)), reverse);
        } else {
            // w[i] = rotl(w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16], 1), four words at a time.
            w[g] = _mm_sha1msg2_epu32(_mm_xor_si128(_mm_sha1msg1_epu32(w[g - 4], w[g - 3]), w[g - 2]), w[g - 1]);
        }
        __m128i e = g == 0 ? _mm_add_epi32(e_in, w[0]) : _mm_sha1nexte_epu32(before, w[g]);
        before = abcd;
        switch (g / 5) {
        case 0:
            abcd = sha1_rounds4<0>(abcd, e);
            break;
        case 1:
            abcd = sha1_rounds4<1>(abcd, e);
            break;
        case 2:
            abcd = sha1_rounds4<2>(abcd, e);
            break;
        default:
            abcd = sha1_rounds4<3>(abcd, e);
            break;
        }
    }
    __m128i e = _mm_sha1nexte_epu32(before, e_in);
    abcd = _mm_add_epi32(abcd, abcd_in);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data()), _mm_shuffle_epi32(abcd, 0x1B));
    h[4] = static_cast<uint32_t>(_mm_extract_epi32(e, 3));
}
#endif

void sha1_compress_portable(std::array<uint32_t, 5>& h, const uint8_t* block);

void sha1_compress(std::array<uint32_t, 5>& h, const uint8_t* block) {
#ifdef BASTION_DIGEST_SHA_NI
    if (cpu_has_sha_ni() && g_allow_cpu_extensions.load(std::memory_order_relaxed)) {
        sha1_compress_ni(h, block);
        return;
    }
#endif
    sha1_compress_portable(h, block);
}

void sha1_compress_portable(std::array<uint32_t, 5>& h, const uint8_t* block) {
    uint32_t w[80];
    for (std::size_t i = 0; i < 16; ++i)
        w[i] = load_be32(block + 4 * i);
    for (std::size_t i = 16; i < 80; ++i)
        w[i] = std::rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
#pragma GCC unroll 80
    for (std::size_t i = 0; i < 80; ++i) {
        uint32_t f = 0, k = 0;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t temp = std::rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = std::rotl(b, 30);
        b = a;
        a = temp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

// --- SHA-256 / SHA-224 ----------------------------------------------------------------------

#ifdef BASTION_DIGEST_SHA_NI
// sha256rnds2 runs two rounds on the state held as (A, B, E, F) and (C, D, G, H);
// sha256msg1/msg2 extend the message schedule four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void sha256_compress_ni(std::array<uint32_t, 8>& h, const uint8_t* block) {
    const auto& k = sha2().k256;
    // (A, B, E, F) and (C, D, G, H), high lane first, from h[0..7] = A..H.
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data()));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data() + 4));
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    const __m128i abef_in = abef, cdgh_in = cdgh;
    // Big-endian message words.
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i w[16];
#pragma GCC unroll 16
    for (int g = 0; g < 16; ++g) {
        if (g < 4) {
            w[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * g)), swap);
        } else {
            // w[i] = sigma1(w[i-2]) + w[i-7] + sigma0(w[i-15]) + w[i-16], four words at a time.
            __m128i t = _mm_add_epi32(_mm_sha256msg1_epu32(w[g - 4], w[g - 3]), _mm_alignr_epi8(w[g - 1], w[g - 2], 4));
            w[g] = _mm_sha256msg2_epu32(t, w[g - 1]);
        }
        __m128i wk = _mm_add_epi32(w[g], _mm_loadu_si128(reinterpret_cast<const __m128i*>(k.data() + 4 * g)));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);                         // rounds 4g, 4g+1
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E)); // rounds 4g+2, 4g+3
    }
    abef = _mm_add_epi32(abef, abef_in);
    cdgh = _mm_add_epi32(cdgh, cdgh_in);
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data()), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data() + 4), hgfe);
}
#endif

void sha256_compress_portable(std::array<uint32_t, 8>& h, const uint8_t* block);

void sha256_compress(std::array<uint32_t, 8>& h, const uint8_t* block) {
#ifdef BASTION_DIGEST_SHA_NI
    if (cpu_has_sha_ni() && g_allow_cpu_extensions.load(std::memory_order_relaxed)) {
        sha256_compress_ni(h, block);
        return;
    }
#endif
    sha256_compress_portable(h, block);
}

void sha256_compress_portable(std::array<uint32_t, 8>& h, const uint8_t* block) {
    const auto& k = sha2().k256;
    uint32_t w[64];
    for (std::size_t i = 0; i < 16; ++i)
        w[i] = load_be32(block + 4 * i);
    for (std::size_t i = 16; i < 64; ++i) {
        uint32_t s0 = std::rotr(w[i - 15], 7) ^ std::rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = std::rotr(w[i - 2], 17) ^ std::rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
#pragma GCC unroll 64
    for (std::size_t i = 0; i < 64; ++i) {
        uint32_t t1 = hh + (std::rotr(e, 6) ^ std::rotr(e, 11) ^ std::rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
        uint32_t t2 = (std::rotr(a, 2) ^ std::rotr(a, 13) ^ std::rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// --- SHA-512 / SHA-384 ----------------------------------------------------------------------

void sha512_compress(std::array<uint64_t, 8>& h, const uint8_t* block) {
    const auto& k = sha2().k512;
    uint64_t w[80];
    for (std::size_t i = 0; i < 16; ++i)
        w[i] = load_be64(block + 8 * i);
    for (std::size_t i = 16; i < 80; ++i) {
        uint64_t s0 = std::rotr(w[i - 15], 1) ^ std::rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = std::rotr(w[i - 2], 19) ^ std::rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
#pragma GCC unroll 80
    for (std::size_t i = 0; i < 80; ++i) {
        uint64_t t1 = hh + (std::rotr(e, 14) ^ std::rotr(e, 18) ^ std::rotr(e, 41)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
        uint64_t t2 = (std::rotr(a, 28) ^ std::rotr(a, 34) ^ std::rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

// --- Keccak-f[1600], SHA-3, SHAKE ------------------------------------------------------------

void keccak_permute(std::array<uint64_t, 25>& a) {
    const auto& kc = kKeccak;
    for (std::size_t round = 0; round < 24; ++round) {
        // theta
        uint64_t c[5];
#pragma GCC unroll 5
        for (std::size_t x = 0; x < 5; ++x)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
#pragma GCC unroll 5
        for (std::size_t x = 0; x < 5; ++x) {
            uint64_t d = c[(x + 4) % 5] ^ std::rotl(c[(x + 1) % 5], 1);
#pragma GCC unroll 5
            for (std::size_t y = 0; y < 5; ++y)
                a[x + 5 * y] ^= d;
        }
        // rho and pi: A'[x, y] = rot(A[(x + 3y) mod 5, x])
        uint64_t b[25];
#pragma GCC unroll 5
        for (std::size_t x = 0; x < 5; ++x)
#pragma GCC unroll 5
            for (std::size_t y = 0; y < 5; ++y) {
                std::size_t src = (x + 3 * y) % 5 + 5 * x;
                b[x + 5 * y] = std::rotl(a[src], static_cast<int>(kc.rho[src]));
            }
        // chi
#pragma GCC unroll 5
        for (std::size_t y = 0; y < 5; ++y)
#pragma GCC unroll 5
            for (std::size_t x = 0; x < 5; ++x)
                a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
        // iota
        a[0] ^= kc.round[round];
    }
}

void keccak_absorb(KeccakState& s, std::span<const uint8_t> data) {
    std::size_t i = 0;
    while (i < data.size()) {
        if (s.used % 8 == 0 && data.size() - i >= 8) {
            // A whole lane at once (the rate is a multiple of 8 bytes).
            s.lanes[s.used / 8] ^= load_le64(data.data() + i);
            i += 8;
            s.used += 8;
        } else {
            s.lanes[s.used / 8] ^= uint64_t{data[i]} << (8 * (s.used % 8));
            ++i;
            ++s.used;
        }
        if (s.used == s.rate) {
            keccak_permute(s.lanes);
            s.used = 0;
        }
    }
}

void keccak_finish(KeccakState s, std::span<uint8_t> out) {
    s.lanes[s.used / 8] ^= uint64_t{s.domain} << (8 * (s.used % 8));
    s.lanes[(s.rate - 1) / 8] ^= uint64_t{0x80} << (8 * ((s.rate - 1) % 8));
    keccak_permute(s.lanes);
    std::size_t pos = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (pos == s.rate) {
            keccak_permute(s.lanes);
            pos = 0;
        }
        out[i] = byte_of(s.lanes[pos / 8], pos % 8);
        ++pos;
    }
}

// --- BLAKE2b / BLAKE2s ----------------------------------------------------------------------

template <typename W>
struct Blake2Traits;
template <>
struct Blake2Traits<uint64_t> {
    static constexpr std::size_t kBlock = 128;
    static constexpr std::size_t kMaxDigest = 64;
    static constexpr int kRounds = 12;
    static constexpr int kR1 = 32, kR2 = 24, kR3 = 16, kR4 = 63;
    static const std::array<uint64_t, 8>& iv() { return sha2().iv512; }
};
template <>
struct Blake2Traits<uint32_t> {
    static constexpr std::size_t kBlock = 64;
    static constexpr std::size_t kMaxDigest = 32;
    static constexpr int kRounds = 10;
    static constexpr int kR1 = 16, kR2 = 12, kR3 = 8, kR4 = 7;
    static const std::array<uint32_t, 8>& iv() { return sha2().iv256; }
};

template <typename W>
void blake2_compress(std::array<W, 8>& h, const uint8_t* block, W t0, W t1, bool final_block, bool last_node) {
    using T = Blake2Traits<W>;
    W m[16];
    for (std::size_t i = 0; i < 16; ++i)
        m[i] = load_le<W>(block + sizeof(W) * i);
    const auto& iv = T::iv();
    W v[16];
    for (std::size_t i = 0; i < 8; ++i) {
        v[i] = h[i];
        v[i + 8] = iv[i];
    }
    v[12] ^= t0;
    v[13] ^= t1;
    if (final_block)
        v[14] = ~v[14];
    if (final_block && last_node)
        v[15] = ~v[15];
    auto g = [&v](std::size_t a, std::size_t b, std::size_t c, std::size_t d, W x, W y) {
        v[a] = v[a] + v[b] + x;
        v[d] = std::rotr(static_cast<W>(v[d] ^ v[a]), T::kR1);
        v[c] = v[c] + v[d];
        v[b] = std::rotr(static_cast<W>(v[b] ^ v[c]), T::kR2);
        v[a] = v[a] + v[b] + y;
        v[d] = std::rotr(static_cast<W>(v[d] ^ v[a]), T::kR3);
        v[c] = v[c] + v[d];
        v[b] = std::rotr(static_cast<W>(v[b] ^ v[c]), T::kR4);
    };
    // Unrolled, the schedule's indices are constants.
#pragma GCC unroll 12
    for (int r = 0; r < T::kRounds; ++r) {
        const uint8_t* s = kSigma[r % 10];
        g(0, 4, 8, 12, m[s[0]], m[s[1]]);
        g(1, 5, 9, 13, m[s[2]], m[s[3]]);
        g(2, 6, 10, 14, m[s[4]], m[s[5]]);
        g(3, 7, 11, 15, m[s[6]], m[s[7]]);
        g(0, 5, 10, 15, m[s[8]], m[s[9]]);
        g(1, 6, 11, 12, m[s[10]], m[s[11]]);
        g(2, 7, 8, 13, m[s[12]], m[s[13]]);
        g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (std::size_t i = 0; i < 8; ++i)
        h[i] ^= v[i] ^ v[i + 8];
}

template <typename W, typename S>
void blake2_count(S& s, std::size_t n) {
    W before = s.t0;
    s.t0 = static_cast<W>(s.t0 + static_cast<W>(n));
    if (s.t0 < before)
        ++s.t1;
}

// The last block is compressed only by finish (with the final flag), so a full buffer waits
// until more data arrives.
template <typename W, typename S>
void blake2_update(S& s, std::span<const uint8_t> data) {
    constexpr std::size_t B = Blake2Traits<W>::kBlock;
    std::size_t i = 0;
    while (i < data.size()) {
        if (s.used == B) {
            blake2_count<W>(s, B);
            blake2_compress<W>(s.h, s.buf.data(), s.t0, s.t1, false, false);
            s.used = 0;
        }
        std::size_t take = std::min(B - s.used, data.size() - i);
        std::memcpy(s.buf.data() + s.used, data.data() + i, take);
        s.used += take;
        i += take;
    }
}

template <typename W, typename S>
void blake2_finish(S s, std::span<uint8_t> out) {
    blake2_count<W>(s, s.used);
    std::fill(s.buf.begin() + static_cast<std::ptrdiff_t>(s.used), s.buf.end(), uint8_t{0});
    blake2_compress<W>(s.h, s.buf.data(), s.t0, s.t1, true, s.last_node);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = byte_of(s.h[i / sizeof(W)], i % sizeof(W));
}

template <typename W, typename S>
bool blake2_init(S& s, const Blake2Params& p, std::size_t digest_size) {
    using T = Blake2Traits<W>;
    constexpr std::size_t kSaltSize = T::kMaxDigest / 4; // 16 or 8
    if (digest_size < 1 || digest_size > T::kMaxDigest || p.key.size() > T::kMaxDigest ||
        p.salt.size() > kSaltSize || p.person.size() > kSaltSize || p.inner_size > T::kMaxDigest)
        return false;
    if constexpr (sizeof(W) == 4) {
        if (p.node_offset >= (uint64_t{1} << 48))
            return false;
    }
    // The parameter block, read as little-endian words and XORed into the IV.
    std::array<uint8_t, 8 * sizeof(W)> block{};
    block[0] = static_cast<uint8_t>(digest_size);
    block[1] = static_cast<uint8_t>(p.key.size());
    block[2] = p.fanout;
    block[3] = p.depth;
    for (std::size_t i = 0; i < 4; ++i)
        block[4 + i] = byte_of(p.leaf_size, i);
    std::size_t offset_bytes = sizeof(W) == 8 ? 8 : 6;
    for (std::size_t i = 0; i < offset_bytes; ++i)
        block[8 + i] = byte_of(p.node_offset, i);
    block[8 + offset_bytes] = p.node_depth;
    block[9 + offset_bytes] = p.inner_size;
    std::size_t salt_at = 4 * sizeof(W); // 32 or 16
    std::copy(p.salt.begin(), p.salt.end(), block.begin() + static_cast<std::ptrdiff_t>(salt_at));
    std::copy(p.person.begin(), p.person.end(), block.begin() + static_cast<std::ptrdiff_t>(salt_at + kSaltSize));
    const auto& iv = T::iv();
    for (std::size_t i = 0; i < 8; ++i)
        s.h[i] = iv[i] ^ load_le<W>(block.data() + sizeof(W) * i);
    s.last_node = p.last_node;
    if (!p.key.empty()) {
        std::fill(s.buf.begin(), s.buf.end(), uint8_t{0});
        std::copy(p.key.begin(), p.key.end(), s.buf.begin());
        s.used = T::kBlock;
    }
    return true;
}

struct AlgorithmInfo {
    Algorithm algorithm;
    std::string_view name;
    std::size_t digest_size;
    std::size_t block_size;
};
constexpr AlgorithmInfo kAlgorithms[] = {
    {Algorithm::Md5, "md5", 16, 64},
    {Algorithm::Sha1, "sha1", 20, 64},
    {Algorithm::Sha224, "sha224", 28, 64},
    {Algorithm::Sha256, "sha256", 32, 64},
    {Algorithm::Sha384, "sha384", 48, 128},
    {Algorithm::Sha512, "sha512", 64, 128},
    {Algorithm::Sha3_224, "sha3_224", 28, 144},
    {Algorithm::Sha3_256, "sha3_256", 32, 136},
    {Algorithm::Sha3_384, "sha3_384", 48, 104},
    {Algorithm::Sha3_512, "sha3_512", 64, 72},
    {Algorithm::Shake128, "shake_128", 0, 168},
    {Algorithm::Shake256, "shake_256", 0, 136},
    {Algorithm::Blake2b, "blake2b", 64, 128},
    {Algorithm::Blake2s, "blake2s", 32, 64},
};
const AlgorithmInfo& info(Algorithm a) {
    for (const auto& i : kAlgorithms)
        if (i.algorithm == a)
            return i;
    return kAlgorithms[0];
}

} // namespace

std::string_view algorithm_name(Algorithm a) { return info(a).name; }

bool cpu_extensions_available() {
#ifdef BASTION_DIGEST_SHA_NI
    return cpu_has_sha_ni();
#else
    return false;
#endif
}

void allow_cpu_extensions(bool allow) { g_allow_cpu_extensions.store(allow, std::memory_order_relaxed); }

std::optional<Algorithm> algorithm_from_name(std::string_view name) {
    for (const auto& i : kAlgorithms)
        if (i.name == name)
            return i.algorithm;
    return std::nullopt;
}

Hasher::Hasher(Algorithm a) : m_algorithm(a), m_digest_size(info(a).digest_size) {
    const auto& c = sha2();
    switch (a) {
    case Algorithm::Md5: {
        Md5State s;
        s.h = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
        m_state = s;
        break;
    }
    case Algorithm::Sha1: {
        Sha1State s;
        s.h = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
        m_state = s;
        break;
    }
    case Algorithm::Sha224:
    case Algorithm::Sha256: {
        Sha256State s;
        s.h = a == Algorithm::Sha224 ? c.iv224 : c.iv256;
        m_state = s;
        break;
    }
    case Algorithm::Sha384:
    case Algorithm::Sha512: {
        Sha512State s;
        s.h = a == Algorithm::Sha384 ? c.iv384 : c.iv512;
        m_state = s;
        break;
    }
    case Algorithm::Sha3_224:
    case Algorithm::Sha3_256:
    case Algorithm::Sha3_384:
    case Algorithm::Sha3_512:
    case Algorithm::Shake128:
    case Algorithm::Shake256: {
        KeccakState s;
        s.rate = info(a).block_size;
        s.domain = is_xof(a) ? 0x1f : 0x06;
        m_state = s;
        break;
    }
    case Algorithm::Blake2b: {
        Blake2bState s;
        blake2_init<uint64_t>(s, Blake2Params{}, 64);
        m_state = s;
        break;
    }
    case Algorithm::Blake2s: {
        Blake2sState s;
        blake2_init<uint32_t>(s, Blake2Params{}, 32);
        m_state = s;
        break;
    }
    }
}

std::optional<Hasher> Hasher::make_blake2(Algorithm a, const Blake2Params& p) {
    if (!is_blake2(a))
        return std::nullopt;
    Hasher h;
    h.m_algorithm = a;
    std::size_t max = info(a).digest_size;
    h.m_digest_size = p.digest_size == 0 ? max : p.digest_size;
    if (a == Algorithm::Blake2b) {
        Blake2bState s;
        if (!blake2_init<uint64_t>(s, p, h.m_digest_size))
            return std::nullopt;
        h.m_state = s;
    } else {
        Blake2sState s;
        if (!blake2_init<uint32_t>(s, p, h.m_digest_size))
            return std::nullopt;
        h.m_state = s;
    }
    return h;
}

std::size_t Hasher::block_size() const { return info(m_algorithm).block_size; }

void Hasher::update(std::span<const uint8_t> data) {
    std::visit(
        [data](auto& s) {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, Md5State>) {
                s.length += data.size();
                buffered_update(s.buf, s.used, data, [&s](const uint8_t* b) { md5_compress(s.h, b); });
            } else if constexpr (std::is_same_v<S, Sha1State>) {
                s.length += data.size();
                buffered_update(s.buf, s.used, data, [&s](const uint8_t* b) { sha1_compress(s.h, b); });
            } else if constexpr (std::is_same_v<S, Sha256State>) {
                s.length += data.size();
                buffered_update(s.buf, s.used, data, [&s](const uint8_t* b) { sha256_compress(s.h, b); });
            } else if constexpr (std::is_same_v<S, Sha512State>) {
                uint64_t before = s.length_lo;
                s.length_lo += data.size();
                if (s.length_lo < before)
                    ++s.length_hi;
                buffered_update(s.buf, s.used, data, [&s](const uint8_t* b) { sha512_compress(s.h, b); });
            } else if constexpr (std::is_same_v<S, KeccakState>) {
                keccak_absorb(s, data);
            } else if constexpr (std::is_same_v<S, Blake2bState>) {
                blake2_update<uint64_t>(s, data);
            } else {
                blake2_update<uint32_t>(s, data);
            }
        },
        m_state);
}

void Hasher::finish(std::span<uint8_t> out) const {
    std::visit(
        [this, out](const auto& s) {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, Md5State>) {
                auto h = s.h;
                uint64_t bits = s.length << 3;
                pad_and_finish(
                    s.buf, s.used, 8, [&h](const uint8_t* b) { md5_compress(h, b); },
                    [bits](uint8_t* p) {
                        for (std::size_t i = 0; i < 8; ++i)
                            p[i] = byte_of(bits, i);
                    });
                for (std::size_t i = 0; i < out.size() && i < 16; ++i)
                    out[i] = byte_of(h[i / 4], i % 4);
            } else if constexpr (std::is_same_v<S, Sha1State> || std::is_same_v<S, Sha256State>) {
                auto h = s.h;
                uint64_t bits = s.length << 3;
                pad_and_finish(
                    s.buf, s.used, 8,
                    [&h](const uint8_t* b) {
                        if constexpr (std::is_same_v<S, Sha1State>)
                            sha1_compress(h, b);
                        else
                            sha256_compress(h, b);
                    },
                    [bits](uint8_t* p) {
                        for (std::size_t i = 0; i < 8; ++i)
                            p[i] = byte_of(bits, 7 - i);
                    });
                for (std::size_t i = 0; i < out.size() && i < 4 * h.size(); ++i)
                    out[i] = byte_of(h[i / 4], 3 - i % 4);
            } else if constexpr (std::is_same_v<S, Sha512State>) {
                auto h = s.h;
                uint64_t lo = s.length_lo << 3;
                uint64_t hi = (s.length_hi << 3) | (s.length_lo >> 61);
                pad_and_finish(
                    s.buf, s.used, 16, [&h](const uint8_t* b) { sha512_compress(h, b); },
                    [lo, hi](uint8_t* p) {
                        for (std::size_t i = 0; i < 8; ++i) {
                            p[i] = byte_of(hi, 7 - i);
                            p[8 + i] = byte_of(lo, 7 - i);
                        }
                    });
                for (std::size_t i = 0; i < out.size() && i < 64; ++i)
                    out[i] = byte_of(h[i / 8], 7 - i % 8);
            } else if constexpr (std::is_same_v<S, KeccakState>) {
                keccak_finish(s, out);
            } else if constexpr (std::is_same_v<S, Blake2bState>) {
                blake2_finish<uint64_t>(s, out.first(std::min(out.size(), m_digest_size)));
            } else {
                blake2_finish<uint32_t>(s, out.first(std::min(out.size(), m_digest_size)));
            }
        },
        m_state);
}

} // namespace bastion::digest
