// str_repr.cpp: repr() of a str and ascii()'s escaping, written straight into the result
// in two typed passes (measure the length and widest character, then fill), instead of
// through a UTF-8 std::string that had to be scanned and decoded again.
// CPython: unicode_repr and PyObject_ASCII (Objects/unicodeobject.c, object.c).
#include <cstring>

#include "objects/str_util.h"
#include "support/unicode.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// How a non-ASCII code point is written: as it is (repr of a printable character), or as
// \xHH, \uHHHH, \UHHHHHHHH. Returns the number of output units.
inline int64_t escaped_units(uint32_t c) { return c <= 0xFF ? 4 : c <= 0xFFFF ? 6 : 10; }

// repr's output units for code point c with quote character `quote`; *kept is set when c
// is copied as it is (then it may be non-ASCII).
inline int64_t repr_units(uint32_t c, uint32_t quote, bool* kept) {
    *kept = false;
    if (c < 0x7F) {
        if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r')
            return 2;
        if (c < ' ')
            return 4;
        *kept = true;
        return 1;
    }
    if (c == 0x7F)
        return 4;
    // Latin-1's printable characters without the Unicode database: all but the C1 controls,
    // U+00A0 (a space separator) and U+00AD (a format character).
    if (c <= 0xFF ? (c >= 0xA1 && c != 0xAD) : unicode::is_printable(c)) {
        *kept = true;
        return 1;
    }
    return escaped_units(c);
}

template <typename Out>
inline Out* put_escape(Out* d, uint32_t c) {
    *d++ = '\\';
    int digits = 0;
    if (c <= 0xFF) {
        *d++ = 'x';
        digits = 2;
    } else if (c <= 0xFFFF) {
        *d++ = 'u';
        digits = 4;
    } else {
        *d++ = 'U';
        digits = 8;
    }
    for (int k = digits - 1; k >= 0; --k)
        *d++ = static_cast<Out>(kHex[(c >> (4 * k)) & 0xF]);
    return d;
}

struct ReprPlan {
    uint32_t quote = '\'';
    int64_t length = 2; // the quotes
    uint32_t max_cp = 0x7F;
};

template <typename In>
ReprPlan plan_repr(const In* p, int64_t n) {
    bool has_single = false, has_double = false;
    for (int64_t i = 0; i < n; ++i) {
        has_single |= p[i] == '\'';
        has_double |= p[i] == '"';
    }
    ReprPlan plan;
    plan.quote = has_single && !has_double ? '"' : '\'';
    for (int64_t i = 0; i < n; ++i) {
        bool kept = false;
        plan.length += repr_units(p[i], plan.quote, &kept); // at most 10 per unit: no overflow (n < 2^56)
        if (kept && p[i] > plan.max_cp)
            plan.max_cp = p[i];
    }
    return plan;
}

template <typename Out, typename In>
void fill_repr(Out* d, const Out* end, const In* p, int64_t n, uint32_t quote) {
    *d++ = static_cast<Out>(quote);
    for (int64_t i = 0; i < n; ++i) {
        uint32_t c = p[i];
        bool kept = false;
        int64_t units = repr_units(c, quote, &kept);
        BASTION_CHECK(end - d >= units + 1);
        if (kept) {
            *d++ = static_cast<Out>(c);
        } else if (units == 2) {
            *d++ = '\\';
            *d++ = static_cast<Out>(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c);
        } else {
            d = put_escape(d, c);
        }
    }
    BASTION_CHECK(end - d == 1);
    *d = static_cast<Out>(quote);
}

template <typename In>
Result<Own<StrObject>> repr_of(Interpreter& interp, const In* p, int64_t n) {
    ReprPlan plan = plan_repr(p, n);
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, plan.length, plan.max_cp));
    switch (r->kind) {
    case 1:
        fill_repr(r->data(), r->data() + r->length, p, n, plan.quote);
        break;
    case 2: {
        auto* d = reinterpret_cast<uint16_t*>(r->data());
        fill_repr(d, d + r->length, p, n, plan.quote);
        break;
    }
    default: {
        auto* d = reinterpret_cast<uint32_t*>(r->data());
        fill_repr(d, d + r->length, p, n, plan.quote);
        break;
    }
    }
    return r;
}

template <typename In>
Result<Own<StrObject>> ascii_escape_of(Interpreter& interp, const In* p, int64_t n) {
    int64_t length = 0;
    for (int64_t i = 0; i < n; ++i)
        length += p[i] < 0x80 ? 1 : escaped_units(p[i]); // at most 10 per unit: no overflow
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, length, 0x7F));
    uint8_t* d = r->data();
    const uint8_t* end = d + r->length;
    for (int64_t i = 0; i < n; ++i) {
        uint32_t c = p[i];
        BASTION_CHECK(end - d >= (c < 0x80 ? 1 : escaped_units(c)));
        if (c < 0x80)
            *d++ = static_cast<uint8_t>(c);
        else
            d = put_escape(d, c);
    }
    BASTION_CHECK(d == end);
    return r;
}

// repr of short Latin-1 text (kind 1, at most kShortLatin1 characters): one pass into a local
// buffer (what plan_repr + fill_repr write: the same repr_units cases), then one copy.
constexpr int64_t kShortLatin1 = 64;

Result<Own<StrObject>> repr_latin1_short(Interpreter& interp, const uint8_t* p, int64_t n) {
    BASTION_CHECK(n >= 0 && n <= kShortLatin1);
    const auto len = static_cast<std::size_t>(n);
    bool has_single = std::memchr(p, '\'', len) != nullptr, has_double = std::memchr(p, '"', len) != nullptr;
    const uint8_t quote = has_single && !has_double ? '"' : '\'';
    uint8_t buf[2 + 4 * kShortLatin1]; // at most 4 units per character, and the quotes
    std::size_t k = 0;
    uint32_t max_cp = 0x7F;
    buf[k++] = quote;
    for (std::size_t i = 0; i < len; ++i) {
        uint8_t c = p[i];
        BASTION_CHECK(k + 4 < sizeof buf); // room for this character's units and the closing quote
        if (c >= ' ' && c < 0x7F) {
            if (c == quote || c == '\\')
                buf[k++] = '\\';
            buf[k++] = c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            buf[k++] = '\\';
            buf[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c >= 0xA1 && c != 0xAD) { // printable Latin-1 (as repr_units)
            buf[k++] = c;
            max_cp = 0xFF;
        } else { // C0 and C1 controls, DEL, U+00A0, U+00AD
            buf[k++] = '\\';
            buf[k++] = 'x';
            buf[k++] = static_cast<uint8_t>(kHex[c >> 4]);
            buf[k++] = static_cast<uint8_t>(kHex[c & 0xF]);
        }
    }
    buf[k++] = quote;
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, static_cast<int64_t>(k), max_cp));
    std::memcpy(r->data(), buf, k);
    return r;
}

} // namespace

Result<Own<StrObject>> str_repr_object(Interpreter& interp, StrObject* s) {
    switch (s->kind) {
    case 1:
        if (s->ascii) { // printable ASCII with no quote or backslash: 's' as it is, no escapes
            const uint8_t* d = s->data();
            bool plain = true;
            for (int64_t i = 0; i < s->length; ++i)
                plain &= d[i] >= 0x20 && d[i] < 0x7F && d[i] != '\\' && d[i] != '\'';
            if (plain) {
                BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, s->length + 2, 0x7F));
                r->data()[0] = '\'';
                if (s->length > 0)
                    std::memcpy(r->data() + 1, d, static_cast<std::size_t>(s->length));
                r->data()[s->length + 1] = '\'';
                return r;
            }
        }
        if (s->length <= kShortLatin1)
            return repr_latin1_short(interp, s->data(), s->length);
        return repr_of(interp, s->data(), s->length);
    case 2:
        return repr_of(interp, reinterpret_cast<const uint16_t*>(s->data()), s->length);
    default:
        return repr_of(interp, reinterpret_cast<const uint32_t*>(s->data()), s->length);
    }
}

Result<Own<StrObject>> str_ascii_escape(Interpreter& interp, Own<StrObject> s) {
    if (s->ascii)
        return s;
    switch (s->kind) {
    case 1:
        return ascii_escape_of(interp, s->data(), s->length);
    case 2:
        return ascii_escape_of(interp, reinterpret_cast<const uint16_t*>(s->data()), s->length);
    default:
        return ascii_escape_of(interp, reinterpret_cast<const uint32_t*>(s->data()), s->length);
    }
}

} // namespace bastion
