// hash.h: Python's hash functions for numbers (CPython's exact values: modulus 2^61 - 1,
// so hash(1) == hash(1.0) == hash(Fraction(1))) and a fast deterministic byte hash for
// str and bytes. Pure; no runtime. hash(str) is NOT CPython's siphash: it is stable within
// a run and equal for equal strings, which is all Python promises.
#pragma once

#include <cstddef>
#include <cstdint>

namespace bastion {

inline constexpr int kHashBits = 61;
inline constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
inline constexpr int64_t kHashInf = 314159;
inline constexpr uint64_t kHashImagMultiplier = 1000003; // complex: hash(re) + 1000003 * hash(im)

// h (already reduced below the modulus) with the sign applied; -1 becomes -2.
inline int64_t finish_numeric_hash(uint64_t h, bool negative) {
    int64_t r = negative ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

int64_t hash_i64(int64_t v);
// CPython's _Py_HashDouble; NaN hashes to `nan_hash` (CPython 3.10+ uses the object's identity).
int64_t hash_double(double v, int64_t nan_hash);
// complex(re, im) from the component hashes.
int64_t hash_complex(int64_t hash_real, int64_t hash_imag);
// Raw bytes (str data in its compact form, bytes contents). Never -1; empty input hashes to 0.
int64_t hash_bytes(const void* data, std::size_t n);

} // namespace bastion
