// str_search.cpp: substring search over str's compact storage — find, rfind, count and
// match-at for every pair of kinds (1, 2 or 4 bytes per code point; the needle never wider
// than the text). Kind 1 uses glibc's memchr/memmem (two-way: linear). Wider kinds use
// CPython's fastsearch (a Horspool skip on the last unit with a 64-bit bloom filter of the
// needle's units, typed loops, no per-unit kind switch) for needles up to 32 units, and
// memmem on the raw units with an alignment check for longer ones, so the worst case stays
// within 32x the text where it matters.
#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

#include "objects/str_util.h"

namespace bastion {

namespace {

constexpr int64_t kShortNeedle = 32;

// The skip tests must stay branches: as conditional moves they chain each iteration's load
// to the previous one (latency-bound, ~4x slower on a text where the skips are predictable).
#if defined(__GNUC__) && !defined(__clang__)
#define BASTION_SEARCH_ATTRS __attribute__((optimize("no-if-conversion", "no-if-conversion2")))
#else
#define BASTION_SEARCH_ATTRS
#endif

template <typename T>
const T* units(const StrObject* s) {
    return reinterpret_cast<const T*>(s->data());
}

inline void bloom_add(uint64_t& mask, uint32_t c) { mask |= uint64_t{1} << (c & 63); }
inline bool bloom(uint64_t mask, uint32_t c) { return (mask & (uint64_t{1} << (c & 63))) != 0; }

// CPython's default_find / FAST_COUNT over h[start, end) for p[0, m) (1 <= m <= end - start):
// the first index, or with `count` the number of non-overlapping matches (at most max_count).
// One code unit: blocks of 16 compared without an early exit (vectorizable), then located.
template <typename H>
int64_t find_char(const H* h, int64_t start, int64_t end, uint32_t c) {
    int64_t i = start;
    for (; i + 16 <= end; i += 16) {
        bool any = false;
        for (int k = 0; k < 16; ++k)
            any |= h[i + k] == c;
        if (any)
            break;
    }
    for (; i < end; ++i)
        if (h[i] == c)
            return i;
    return -1;
}

template <typename H>
int64_t count_char(const H* h, int64_t start, int64_t end, uint32_t c, int64_t max_count) {
    int64_t n = 0;
    for (int64_t i = start; i < end; ++i)
        n += h[i] == c;
    return std::min(n, max_count);
}

template <typename H, typename N>
BASTION_SEARCH_ATTRS int64_t fast_find(const H* h, int64_t start, int64_t end, const N* p, int64_t m, bool count, int64_t max_count) {
    const int64_t mlast = m - 1;
    int64_t skip = mlast;
    uint64_t mask = 0;
    const uint32_t last = p[mlast];
    for (int64_t i = 0; i < mlast; ++i) {
        bloom_add(mask, p[i]);
        if (p[i] == last)
            skip = mlast - i - 1;
    }
    bloom_add(mask, last);
    int64_t found = 0;
    const int64_t w = end - m; // last start index
    for (int64_t i = start; i <= w; ++i) {
        if (h[i + mlast] == last) {
            int64_t j = 0;
            while (j < mlast && h[i + j] == p[j])
                ++j;
            if (j == mlast) {
                if (!count)
                    return i;
                if (++found >= max_count)
                    return found;
                i += mlast;
                continue;
            }
            if (i + m < end && !bloom(mask, h[i + m]))
                i += m;
            else
                i += skip;
        } else if (i + m < end && !bloom(mask, h[i + m])) {
            i += m;
        }
    }
    return count ? found : -1;
}

// CPython's default_rfind over h[start, end) for p[0, m).
template <typename H, typename N>
BASTION_SEARCH_ATTRS int64_t fast_rfind(const H* h, int64_t start, int64_t end, const N* p, int64_t m) {
    const int64_t mlast = m - 1;
    int64_t skip = mlast;
    uint64_t mask = 0;
    const uint32_t first = p[0];
    bloom_add(mask, first);
    for (int64_t i = mlast; i > 0; --i) {
        bloom_add(mask, p[i]);
        if (p[i] == first)
            skip = i - 1;
    }
    for (int64_t i = end - m; i >= start; --i) {
        if (h[i] == first) {
            int64_t j = mlast;
            while (j > 0 && h[i + j] == p[j])
                --j;
            if (j == 0)
                return i;
            if (i > start && !bloom(mask, h[i - 1]))
                i -= m;
            else
                i -= skip;
        } else if (i > start && !bloom(mask, h[i - 1])) {
            i -= m;
        }
    }
    return -1;
}

// memmem over the raw units of a wide text, skipping matches that straddle code units.
template <typename T>
int64_t memmem_units(const T* h, int64_t start, int64_t end, const T* nd, int64_t n) {
    const auto* base = reinterpret_cast<const uint8_t*>(h + start);
    std::size_t span = static_cast<std::size_t>(end - start) * sizeof(T), nbytes = static_cast<std::size_t>(n) * sizeof(T);
    std::size_t off = 0;
    while (off + nbytes <= span) {
        const void* p = memmem(base + off, span - off, nd, nbytes);
        if (!p)
            return -1;
        std::size_t at = static_cast<std::size_t>(static_cast<const uint8_t*>(p) - base);
        if (at % sizeof(T) == 0)
            return start + static_cast<int64_t>(at / sizeof(T));
        off = at + 1;
    }
    return -1;
}

// Dispatches f(h, p) on the (text kind, needle kind) pair; the needle is never wider.
template <typename F>
int64_t by_kinds(const StrObject* hay, const StrObject* needle, F&& f) {
    switch (hay->kind * 8 + needle->kind) {
    case 1 * 8 + 1: return f(units<uint8_t>(hay), units<uint8_t>(needle));
    case 2 * 8 + 1: return f(units<uint16_t>(hay), units<uint8_t>(needle));
    case 2 * 8 + 2: return f(units<uint16_t>(hay), units<uint16_t>(needle));
    case 4 * 8 + 1: return f(units<uint32_t>(hay), units<uint8_t>(needle));
    case 4 * 8 + 2: return f(units<uint32_t>(hay), units<uint16_t>(needle));
    default: return f(units<uint32_t>(hay), units<uint32_t>(needle));
    }
}

// A long needle in a wider text: its units widened to the text's kind, then memmem.
int64_t find_long(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end) {
    int64_t n = needle->length;
    auto widen_and_search = [&](auto* h) -> int64_t {
        using T = std::remove_const_t<std::remove_pointer_t<decltype(h)>>;
        std::vector<T> nd(static_cast<std::size_t>(n));
        for (int64_t i = 0; i < n; ++i)
            nd[static_cast<std::size_t>(i)] = static_cast<T>(needle->at(i));
        return memmem_units(h, start, end, nd.data(), n);
    };
    if (hay->kind == 2)
        return widen_and_search(units<uint16_t>(hay));
    return widen_and_search(units<uint32_t>(hay));
}

} // namespace

int64_t find_bytes_fast(const uint8_t* h, int64_t n, const uint8_t* p, int64_t m) {
    if (m > n)
        return -1;
    if (m == 0)
        return 0;
    if (m == 1) {
        const void* r = std::memchr(h, p[0], static_cast<std::size_t>(n));
        return r ? static_cast<const uint8_t*>(r) - h : -1;
    }
    // Short needles: memchr for the first byte, then compare. False candidates are budgeted
    // (each costs at most m <= 64 byte compares) so the total stays linear; past the budget,
    // glibc's two-way memmem takes the rest.
    int64_t i = 0, false_hits = 0;
    if (m <= 64) {
        while (true) {
            if (i + m > n)
                return -1;
            const void* r = std::memchr(h + i, p[0], static_cast<std::size_t>(n - m + 1 - i));
            if (!r)
                return -1;
            int64_t at = static_cast<const uint8_t*>(r) - h;
            if (std::memcmp(h + at + 1, p + 1, static_cast<std::size_t>(m - 1)) == 0)
                return at;
            i = at + 1;
            if (++false_hits > 64 + i / 16)
                break;
        }
    }
    const void* r = memmem(h + i, static_cast<std::size_t>(n - i), p, static_cast<std::size_t>(m));
    return r ? static_cast<const uint8_t*>(r) - h : -1;
}

bool str_match_at(const StrObject* hay, int64_t pos, const StrObject* needle) {
    if (pos < 0 || pos + needle->length > hay->length)
        return false;
    if (hay->kind == needle->kind)
        return std::memcmp(hay->data() + pos * hay->kind, needle->data(), static_cast<std::size_t>(needle->length) * hay->kind) == 0;
    if (needle->kind > hay->kind)
        return false; // a wider character cannot occur in a narrower string
    return by_kinds(hay, needle, [&](auto* h, auto* p) -> int64_t {
        for (int64_t i = 0; i < needle->length; ++i)
            if (h[pos + i] != p[i])
                return 0;
        return 1;
    }) != 0;
}

int64_t str_find(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end) {
    int64_t n = needle->length;
    if (end - start < n)
        return -1;
    if (n == 0)
        return start;
    if (needle->kind > hay->kind)
        return -1;
    if (hay->kind == 1) {
        int64_t at = find_bytes_fast(hay->data() + start, end - start, needle->data(), n);
        return at < 0 ? -1 : start + at;
    }
    if (n > kShortNeedle)
        return find_long(hay, needle, start, end);
    if (n == 1)
        return by_kinds(hay, needle, [&](auto* h, auto* p) { return find_char(h, start, end, p[0]); });
    return by_kinds(hay, needle, [&](auto* h, auto* p) { return fast_find(h, start, end, p, n, false, 0); });
}

int64_t str_rfind(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end) {
    int64_t n = needle->length;
    if (end - start < n)
        return -1;
    if (n == 0)
        return end;
    if (needle->kind > hay->kind)
        return -1;
    return by_kinds(hay, needle, [&](auto* h, auto* p) { return fast_rfind(h, start, end, p, n); });
}

int64_t str_count(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end, int64_t max_count) {
    if (end - start < needle->length)
        return 0;
    if (needle->length == 0)
        return std::min(end - start + 1, max_count);
    if (max_count <= 0 || needle->kind > hay->kind)
        return 0;
    if (needle->length == 1)
        return by_kinds(hay, needle, [&](auto* h, auto* p) { return count_char(h, start, end, p[0], max_count); });
    if (hay->kind != 1 && needle->length <= kShortNeedle)
        return by_kinds(hay, needle, [&](auto* h, auto* p) {
            return fast_find(h, start, end, p, needle->length, true, max_count);
        });
    int64_t count = 0;
    int64_t i = start;
    while (count < max_count) {
        int64_t pos = str_find(hay, needle, i, end);
        if (pos < 0)
            break;
        ++count;
        i = pos + needle->length;
    }
    return count;
}

} // namespace bastion
