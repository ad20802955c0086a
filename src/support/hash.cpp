// hash.cpp: numeric hashes (CPython's algorithm, bit for bit) and the byte hash.
#include "support/hash.h"

#include <cmath>
#include <cstring>

namespace bastion {

int64_t hash_i64(int64_t v) {
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return finish_numeric_hash(m % kHashModulus, v < 0);
}

// CPython: Python/pyhash.c _Py_HashDouble. Reduces the binary expansion of |v| modulo
// 2^61 - 1, 28 bits at a time, then multiplies by 2^e as a rotation within 61 bits.
int64_t hash_double(double v, int64_t nan_hash) {
    if (!std::isfinite(v)) {
        if (std::isinf(v))
            return v > 0 ? kHashInf : -kHashInf;
        return nan_hash;
    }
    int e = 0;
    double m = std::frexp(v, &e);
    bool negative = false;
    if (m < 0) {
        negative = true;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus)
            x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    uint64_t ux = negative ? 0 - x : x;
    if (ux == static_cast<uint64_t>(-1))
        ux = static_cast<uint64_t>(-2);
    return static_cast<int64_t>(ux);
}

int64_t hash_complex(int64_t hash_real, int64_t hash_imag) {
    uint64_t combined = static_cast<uint64_t>(hash_real) + kHashImagMultiplier * static_cast<uint64_t>(hash_imag);
    if (combined == static_cast<uint64_t>(-1))
        combined = static_cast<uint64_t>(-2);
    return static_cast<int64_t>(combined);
}

namespace {
inline uint64_t mix(uint64_t a, uint64_t b) {
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
} // namespace

// A wyhash-style multiply-fold hash: 8 bytes per step, good avalanche, no secret seed.
int64_t hash_bytes(const void* data, std::size_t n) {
    if (n == 0)
        return 0;
    constexpr uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
    const auto* p = static_cast<const unsigned char*>(data);
    uint64_t h = k0 ^ (static_cast<uint64_t>(n) * k2);
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        h = mix(h ^ w, k1);
    }
    if (i < n) {
        uint64_t w = 0;
        std::memcpy(&w, p + i, n - i);
        h = mix(h ^ w ^ (static_cast<uint64_t>(n - i) << 56), k2);
    }
    h = mix(h ^ (h >> 29), k0);
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

} // namespace bastion
