// str_util.h: str internals shared by the text files (str_object.cpp, str_methods.cpp,
// str_format.cpp, bytes_object.cpp) and the number types: raw allocation in canonical
// form, substrings, searching, a string builder, and text helpers. Not a public API:
// other components use str_object.h.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "objects/str_object.h"

namespace bastion {

// Canonical form: kind is the narrowest width holding the largest code point, and
// `ascii` is set exactly when every code point is below 128. Every constructor keeps it,
// so equal strings have equal bytes (hash and == compare raw data).
inline uint8_t kind_for(uint32_t max_cp) { return max_cp < 0x100 ? 1 : max_cp < 0x10000 ? 2 : 4; }

// Uninitialised data of the kind `max_cp` needs; the caller fills every code point and
// must not store one above max_cp. MemoryError when too long.
Result<Own<StrObject>> str_new_raw(Interpreter&, int64_t length, uint32_t max_cp);
inline void str_store(StrObject* s, int64_t i, uint32_t cp) {
    switch (s->kind) {
    case 1:
        s->data()[i] = static_cast<uint8_t>(cp);
        break;
    case 2:
        reinterpret_cast<uint16_t*>(s->data())[i] = static_cast<uint16_t>(cp);
        break;
    default:
        reinterpret_cast<uint32_t*>(s->data())[i] = cp;
        break;
    }
}
Result<Own<StrObject>> str_from_char(Interpreter&, uint32_t cp);
// s[start:end] (0 <= start <= end <= length), narrowed to canonical form.
Result<Own<StrObject>> str_substring(Interpreter&, StrObject* s, int64_t start, int64_t end);
uint32_t str_max_char(const StrObject* s, int64_t start, int64_t end); // 0x7F for any ASCII str
uint32_t str_scan_max(const StrObject* s, int64_t start, int64_t end);  // the data's real maximum
// Copies src[start, end) into dst[at, ...) converting between kinds (typed loops); dst's kind
// must hold every copied code point. Checked against both lengths.
void str_copy_units(StrObject* dst, int64_t at, const StrObject* src, int64_t start, int64_t end);
// `s` in canonical form (narrowest kind, exact ascii flag) after it was filled at a kind
// that may be wider than its code points need: the same object, or a narrowed copy.
Result<Own<StrObject>> str_canonical(Interpreter&, Own<StrObject> s);
Result<Own<StrObject>> str_repeat(Interpreter&, StrObject* s, int64_t n);
// `left` fill characters, s[0:len], `right` fill characters, in one exact-size canonical
// allocation (center/ljust/rjust/zfill, format specs). MemoryError when too long.
Result<Own<StrObject>> str_pad(Interpreter&, StrObject* s, int64_t len, int64_t left, int64_t right, uint32_t fill);

// -1, 0, 1 by code points.
int str_compare(const StrObject* a, const StrObject* b);
// First/last index of needle in hay[start:end] (already clamped), or -1.
int64_t str_find(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end);
int64_t str_rfind(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end);
int64_t str_count(const StrObject* hay, const StrObject* needle, int64_t start, int64_t end, int64_t max_count);
bool str_match_at(const StrObject* hay, int64_t pos, const StrObject* needle);
// The first offset of p[0, m) in h[0, n), or -1: memchr + compare for short needles (a
// budget of false candidates keeps it linear), glibc's two-way memmem otherwise. str
// (kind 1) and bytes searches share it.
int64_t find_bytes_fast(const uint8_t* h, int64_t n, const uint8_t* p, int64_t m);

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, for int()/float()/complex():
// Unicode spaces become ' ', decimal digits their ASCII digit, other non-ASCII '?'.
std::string str_transform_decimal_and_space(const StrObject* s);
// repr() text (CPython's quote choice and escapes), as UTF-8; ascii(): non-ASCII escaped too.
std::string str_repr_utf8(const StrObject* s, bool ascii_only);
Result<Own<StrObject>> str_repr_object(Interpreter&, StrObject* s);
// ascii()'s second step: `s` (a repr) with every non-ASCII code point written as \xHH,
// \uHHHH or \UHHHHHHHH; `s` itself when it is ASCII (objects/str_repr.cpp).
Result<Own<StrObject>> str_ascii_escape(Interpreter&, Own<StrObject> s);

// Clamp Python slice-style start/end arguments (None or int, negative from the end).
Status str_slice_bounds(Interpreter&, Value start_arg, Value end_arg, int64_t length, int64_t* start, int64_t* end);

// MemoryError unless `bytes` more bytes can be had now (within the interpreter's memory
// limit and from the system): checked before building a large result in a temporary
// buffer, so a huge width or expansion fails cleanly instead of in the C++ allocator.
Status text_reserve(Interpreter&, int64_t bytes);

// An integer argument read as CPython's argument clinic reads a C Py_ssize_t ('n') or a
// C int: __index__, then OverflowError "Python int too large to convert to C ssize_t/int".
Result<int64_t> text_ssize_arg(Interpreter&, Value v);
Result<int64_t> text_int_arg(Interpreter&, Value v);

// The digits of `mag` in base 2, 8, 10 or 16 (A-F with `upper`), written at the end of
// buf; returns them. The small-int fast path of the int formatters (no bigint, no heap).
inline std::string_view u64_digits(uint64_t mag, unsigned base, bool upper, char (&buf)[64]) {
    const char* d = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::size_t i = sizeof buf;
    if (base == 10) {
        do {
            buf[--i] = static_cast<char>('0' + mag % 10);
            mag /= 10;
        } while (mag != 0);
    } else {
        unsigned shift = base == 16 ? 4 : base == 8 ? 3 : 1;
        do {
            buf[--i] = d[mag & (base - 1)];
            mag >>= shift;
        } while (mag != 0);
    }
    return {buf + i, sizeof buf - i};
}

// Builds a str from code points and pieces, narrow until a wide code point arrives. The
// narrow text lives in an inline buffer first (no heap allocation for short results), then
// in a heap buffer growing geometrically. Not copyable or movable (the buffer pointer may
// point into the object itself).
class StrBuilder {
public:
    StrBuilder() = default;
    StrBuilder(const StrBuilder&) = delete;
    StrBuilder& operator=(const StrBuilder&) = delete;

    void append(uint32_t cp) {
        if (!m_wide && cp < 0x100) {
            if (m_len == m_cap && !grow(1))
                return;
            m_buf[m_len++] = static_cast<char>(cp);
            if (cp > m_max)
                m_max = cp;
            return;
        }
        append_wide(cp);
    }
    void append_ascii(std::string_view text);
    // Latin-1 bytes (code points below 256), e.g. digits and ASCII punctuation.
    void append_latin1(const uint8_t* p, int64_t n, uint32_t max_cp);
    void append_utf8(std::string_view text); // valid UTF-8 only
    void append(const StrObject* s) { append(s, 0, s->length); }
    void append(const StrObject* s, int64_t start, int64_t end);
    void append_repeat(uint32_t cp, int64_t n);
    int64_t length() const { return m_wide ? static_cast<int64_t>(m_wide_buf.size()) : m_len; }
    // MemoryError when a bulk append could not get memory (callers check sizes with
    // text_reserve first; this is the backstop that keeps allocator failures out of C++ throws).
    Result<Own<StrObject>> finish(Interpreter&);

private:
    static constexpr int64_t kInline = 256;
    bool grow(int64_t extra); // room for `extra` more narrow units; false (m_failed) when none
    void append_wide(uint32_t cp);
    void widen();
    bool m_failed = false;
    bool m_wide = false;
    uint32_t m_max = 0;
    int64_t m_len = 0;             // narrow units used
    int64_t m_cap = kInline;       // narrow units available at m_buf
    char* m_buf = m_inline;        // m_inline, or m_heap once it outgrew it
    std::unique_ptr<char[]> m_heap;
    std::u32string m_wide_buf;     // after the first code point >= 256
    char m_inline[kInline];
};

} // namespace bastion

namespace bastion {

// Slices for str/bytes subscripts. The slice type belongs to objects/ containers; this
// reads start/stop/step through attributes and applies PySlice_AdjustIndices.
struct SliceIndices {
    int64_t start = 0, stop = 0, step = 1, length = 0;
};
bool text_is_slice(Interpreter&, Value v);

void init_str_slots(Interpreter&);   // str_object.cpp (str and its iterator)
Status init_str_methods(Interpreter&); // str_methods.cpp
Status text_slice_indices(Interpreter&, Value slice, int64_t length, SliceIndices* out);

} // namespace bastion
