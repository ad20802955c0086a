// codecs_utf8.cpp: the strict UTF-8 decoder's fast path (bytes.decode('utf-8') and
// str(b, 'utf-8') of valid text): one validating pass that counts the code points and
// learns the result's kind from the widest lead byte, then one typed decoding pass into
// the exact-size str. Runs of ASCII go eight bytes at a time in both passes. Any invalid
// sequence (or an encoded surrogate) makes it answer null, and the general decoder in
// codecs.cpp reports the error (or runs the handler) with CPython's positions.
#include "objects/codecs_utf8.h"

#include <bit>
#include <cstring>

#include "objects/str_util.h"
#include "support/assert.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

inline bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

inline uint64_t load8(const uint8_t* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// How many of the eight bytes whose high bits are `high` (load8(p) & kHighBits) come before
// the first non-ASCII one, in memory order.
inline std::size_t leading_ascii(uint64_t high) {
    if (high == 0)
        return 8;
    if constexpr (std::endian::native == std::endian::little)
        return static_cast<std::size_t>(std::countr_zero(high)) >> 3;
    else
        return static_cast<std::size_t>(std::countl_zero(high)) >> 3;
}

struct Plan {
    bool ok = false;
    int64_t length = 0; // code points
    uint8_t max_lead = 0; // the largest lead byte of a multi-byte sequence (0: all ASCII)
};

// Validates p[0, n) as strict UTF-8 without surrogates (CPython's rules: no overlong
// forms, nothing above U+10FFFF) and counts its code points.
Plan plan_utf8(const uint8_t* p, std::size_t n) {
    Plan plan;
    std::size_t i = 0;
    int64_t count = 0;
    uint8_t max_lead = 0;
    while (i < n) {
        if (i + 8 <= n) {
            // The ASCII bytes before the first non-ASCII one of the next eight, at once.
            uint64_t high = load8(p + i) & kHighBits;
            std::size_t ascii = leading_ascii(high);
            i += ascii;
            count += static_cast<int64_t>(ascii);
            if (ascii == 8)
                continue;
        }
        uint8_t c = p[i];
        if (c < 0x80) {
            ++i;
            ++count;
            continue;
        }
        std::size_t avail = n - i;
        if (c < 0xC2) {
            return plan;
        } else if (c < 0xE0) {
            if (avail < 2 || !is_cont(p[i + 1]))
                return plan;
            i += 2;
        } else if (c < 0xF0) {
            if (avail < 3)
                return plan;
            uint8_t c2 = p[i + 1];
            if (!is_cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) || !is_cont(p[i + 2]))
                return plan;
            i += 3;
        } else if (c < 0xF5) {
            if (avail < 4)
                return plan;
            uint8_t c2 = p[i + 1];
            if (!is_cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) || !is_cont(p[i + 2]) ||
                !is_cont(p[i + 3]))
                return plan;
            i += 4;
        } else {
            return plan;
        }
        ++count;
        max_lead = c > max_lead ? c : max_lead;
    }
    plan.ok = true;
    plan.length = count;
    plan.max_lead = max_lead;
    return plan;
}

// Decodes validated p[0, n) into out[0, length). Every store is within `length` (the loop
// stops there whatever the input holds); the caller checks that exactly `length` were written.
template <typename T>
int64_t decode_units(const uint8_t* p, std::size_t n, T* out, int64_t length) {
    std::size_t i = 0;
    int64_t k = 0;
    while (i < n && k < length) {
        if (i + 8 <= n && k + 8 <= length) {
            // Up to eight ASCII bytes at once: all eight are stored (widened), and the ones
            // before the first non-ASCII byte kept; the rest are overwritten next.
            uint64_t w = load8(p + i);
            uint64_t high = w & kHighBits;
            std::size_t ascii = leading_ascii(high);
            if constexpr (sizeof(T) == 1) {
                std::memcpy(out + k, &w, 8);
            } else {
                for (int j = 0; j < 8; ++j)
                    out[k + j] = static_cast<T>(p[i + static_cast<std::size_t>(j)]);
            }
            i += ascii;
            k += static_cast<int64_t>(ascii);
            if (ascii == 8)
                continue;
        }
        uint8_t c = p[i];
        uint32_t cp;
        if (c < 0x80) {
            cp = c;
            i += 1;
        } else if (c < 0xE0 && i + 1 < n) {
            cp = (uint32_t{c} & 0x1F) << 6 | (p[i + 1] & 0x3Fu);
            i += 2;
        } else if (c < 0xF0 && i + 2 < n) {
            cp = (uint32_t{c} & 0x0F) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
            i += 3;
        } else if (i + 3 < n) {
            cp = (uint32_t{c} & 0x07) << 18 | (p[i + 1] & 0x3Fu) << 12 | (p[i + 2] & 0x3Fu) << 6 | (p[i + 3] & 0x3Fu);
            i += 4;
        } else {
            break; // not reached for validated input
        }
        out[k++] = static_cast<T>(cp);
    }
    return k;
}

} // namespace

Result<Own<StrObject>> utf8_decode_valid_fast(Interpreter& interp, std::span<const uint8_t> bytes) {
    const uint8_t* p = bytes.data();
    std::size_t n = bytes.size();
    Plan plan = plan_utf8(p, n);
    if (!plan.ok)
        return Own<StrObject>();
    // The widest lead byte gives the result's kind exactly: C2-C3 U+0080-U+00FF, C4-EF
    // U+0100-U+FFFF, F0-F4 astral; no multi-byte sequence at all: ASCII.
    uint32_t rep = plan.max_lead == 0 ? 0x7F : plan.max_lead <= 0xC3 ? 0xFF : plan.max_lead < 0xF0 ? 0xFFFF : 0x10FFFF;
    BASTION_TRY_ASSIGN(Own<StrObject> out, str_new_raw(interp, plan.length, rep));
    int64_t written = 0;
    if (out->kind == 1)
        written = decode_units(p, n, out->data(), out->length);
    else if (out->kind == 2)
        written = decode_units(p, n, reinterpret_cast<uint16_t*>(out->data()), out->length);
    else
        written = decode_units(p, n, reinterpret_cast<uint32_t*>(out->data()), out->length);
    BASTION_CHECK(written == out->length);
    return out;
}

} // namespace bastion
