// str_object.cpp: str construction in canonical compact form, the core text algorithms
// (compare, find, repeat, repr), StrBuilder, and the str and str-iterator type slots.
// Methods are in str_methods.cpp; formatting (format(), str.format, %) in str_format.cpp.
#include "objects/str_object.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/native_fast.h"
#include "objects/slice_fast.h"
#include "objects/slice_object.h"
#include "objects/str_format.h"
#include "objects/str_util.h"
#include "support/checked.h"
#include "support/hash.h"
#include "support/unicode.h"
#include "support/utf8.h"
#include "vm/interpreter.h"

namespace bastion {

// --- Construction -------------------------------------------------------------------------------

Result<Own<StrObject>> str_new_raw(Interpreter& interp, int64_t length, uint32_t max_cp) {
    if (length < 0 || length > kMaxContainerLength)
        return interp.no_memory();
    uint8_t kind = kind_for(max_cp);
    auto bytes = checked_alloc_size(0, static_cast<std::size_t>(length), kind);
    if (!bytes)
        return interp.no_memory();
    // Rounded up to whole words (the block then has a size the small-block free lists
    // keep, so short strs reuse blocks instead of going to the allocator). Only the header
    // is zeroed: the caller writes every code unit (the contract above), and the last word,
    // which holds the padding, is zeroed here (the padding is never read as text).
    // length <= kMaxContainerLength, so the rounding cannot overflow.
    static_assert(sizeof(StrObject) % 8 == 0);
    std::size_t padded = (*bytes + 7) & ~std::size_t{7};
    void* mem = interp.allocate_plain_object(interp.types.str, sizeof(StrObject) + padded, 0);
    if (mem == nullptr)
        return interp.no_memory();
    std::memset(mem, 0, sizeof(StrObject)); // a constant size: a few stores, no call
    auto* raw = ::new (mem) StrObject();
    raw->refcount = 1;
    raw->type = interp.types.str; // a static type: no type reference, never tracked
    Own<StrObject> s = Own<StrObject>::steal(raw);
    if (padded != 0)
        std::memset(s->data() + padded - 8, 0, 8);
    s->length = length;
    s->kind = kind;
    s->ascii = max_cp < 0x80;
    return s;
}

Result<Own<StrObject>> str_from_ascii(Interpreter& interp, std::string_view ascii) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, static_cast<int64_t>(ascii.size()), 0x7F));
    std::memcpy(s->data(), ascii.data(), ascii.size());
    return s;
}

Result<Own<StrObject>> str_from_utf8(Interpreter& interp, std::string_view utf8) {
    Utf8Scan scan = utf8_scan(utf8, true);
    if (!scan.ok)
        return interp.raise(interp.exc.ValueError, "invalid UTF-8 in str construction");
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, scan.length, scan.max_code_point));
    if (s->ascii)
        std::memcpy(s->data(), utf8.data(), utf8.size());
    else if (s->kind == 1)
        utf8_decode_into(utf8, s->data());
    else if (s->kind == 2)
        utf8_decode_into(utf8, reinterpret_cast<uint16_t*>(s->data()));
    else
        utf8_decode_into(utf8, reinterpret_cast<uint32_t*>(s->data()));
    return s;
}

Result<Own<StrObject>> str_from_code_points(Interpreter& interp, const uint32_t* cps, int64_t n) {
    uint32_t max_cp = 0;
    for (int64_t i = 0; i < n; ++i) {
        if (cps[i] > 0x10FFFF)
            return interp.raise(interp.exc.ValueError, "character out of range(0x110000)");
        max_cp = std::max(max_cp, cps[i]);
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, n, max_cp));
    for (int64_t i = 0; i < n; ++i)
        str_store(s.get(), i, cps[i]);
    return s;
}

Result<Own<StrObject>> str_from_char(Interpreter& interp, uint32_t cp) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, 1, cp));
    str_store(s.get(), 0, cp);
    return s;
}

namespace {

template <typename T>
uint32_t max_units(const T* p, int64_t start, int64_t end) {
    T m = 0;
    for (int64_t i = start; i < end; ++i) // vectorizable: no early exit
        m = p[i] > m ? p[i] : m;
    return m;
}

// n <= 32 bytes from p to d (not overlapping) in at most two fixed-size copies, each within
// [0, n): short pieces (f-string parts, separators) without a loop or a library call.
inline void copy_short(uint8_t* d, const uint8_t* p, std::size_t n) {
    if (n >= 16) {
        std::memcpy(d, p, 16);
        std::memcpy(d + n - 16, p + n - 16, 16);
    } else if (n >= 8) {
        std::memcpy(d, p, 8);
        std::memcpy(d + n - 8, p + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(d, p, 4);
        std::memcpy(d + n - 4, p + n - 4, 4);
    } else if (n > 0) {
        d[0] = p[0];
        d[n / 2] = p[n / 2];
        d[n - 1] = p[n - 1];
    }
}

template <typename D, typename S>
void convert_units(D* dst, const S* src, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
        dst[i] = static_cast<D>(src[i]);
}

} // namespace

uint32_t str_scan_max(const StrObject* s, int64_t start, int64_t end) {
    switch (s->kind) {
    case 1:
        return max_units(s->data(), start, end);
    case 2:
        return max_units(reinterpret_cast<const uint16_t*>(s->data()), start, end);
    default:
        return max_units(reinterpret_cast<const uint32_t*>(s->data()), start, end);
    }
}

uint32_t str_max_char(const StrObject* s, int64_t start, int64_t end) {
    if (s->ascii)
        return 0x7F;
    return str_scan_max(s, start, end);
}

void str_copy_units(StrObject* dst, int64_t at, const StrObject* src, int64_t start, int64_t end) {
    int64_t n = end - start;
    if (n <= 0)
        return;
    BASTION_CHECK(at >= 0 && at + n <= dst->length && start >= 0 && end <= src->length);
    if (dst->kind == src->kind) {
        std::size_t bytes = static_cast<std::size_t>(n) * dst->kind;
        uint8_t* d = dst->data() + at * dst->kind;
        const uint8_t* p = src->data() + start * src->kind;
        if (bytes <= 32) { // short pieces (f-string parts, separators): no library call
            copy_short(d, p, bytes);
            return;
        }
        std::memcpy(d, p, bytes);
        return;
    }
    uint8_t* d = dst->data() + at * dst->kind;
    const uint8_t* p = src->data() + start * src->kind;
    auto* d2 = reinterpret_cast<uint16_t*>(d);
    auto* d4 = reinterpret_cast<uint32_t*>(d);
    const auto* p2 = reinterpret_cast<const uint16_t*>(p);
    const auto* p4 = reinterpret_cast<const uint32_t*>(p);
    switch (dst->kind * 8 + src->kind) {
    case 1 * 8 + 2: convert_units(d, p2, n); break;
    case 1 * 8 + 4: convert_units(d, p4, n); break;
    case 2 * 8 + 1: convert_units(d2, p, n); break;
    case 2 * 8 + 4: convert_units(d2, p4, n); break;
    case 4 * 8 + 1: convert_units(d4, p, n); break;
    default: convert_units(d4, p2, n); break;
    }
}

Result<Own<StrObject>> str_canonical(Interpreter& interp, Own<StrObject> s) {
    if (s->ascii || s->length == 0)
        return s;
    uint32_t m = str_scan_max(s.get(), 0, s->length);
    if (kind_for(m) == s->kind) {
        s->ascii = m < 0x80;
        return s;
    }
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, s->length, m));
    str_copy_units(r.get(), 0, s.get(), 0, s->length);
    return r;
}

Result<Own<StrObject>> str_substring(Interpreter& interp, StrObject* s, int64_t start, int64_t end) {
    BASTION_CHECK(0 <= start && start <= end && end <= s->length);
    if (start == 0 && end == s->length && s->type == interp.types.str)
        return Own<StrObject>::borrow(s);
    uint32_t m = str_max_char(s, start, end);
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, end - start, m));
    str_copy_units(r.get(), 0, s, start, end);
    return r;
}

Result<Own<StrObject>> str_concat(Interpreter& interp, StrObject* a, StrObject* b) {
    if (b->length == 0 && a->type == interp.types.str)
        return Own<StrObject>::borrow(a);
    if (a->length == 0 && b->type == interp.types.str)
        return Own<StrObject>::borrow(b);
    auto total = checked_add(a->length, b->length);
    if (!total)
        return interp.raise(interp.exc.OverflowError, "strings are too large to concat");
    // Canonical inputs: the result's kind is the wider kind, ASCII when both are (O(1), no scan).
    auto rep = [](const StrObject* x) -> uint32_t {
        return x->ascii ? 0x7F : x->kind == 1 ? 0xFF : x->kind == 2 ? 0xFFFF : 0x10FFFF;
    };
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, *total, std::max(rep(a), rep(b))));
    // One allocation and one copy of each side (s + s passes the same object twice: fine).
    str_copy_units(r.get(), 0, a, 0, a->length);
    str_copy_units(r.get(), a->length, b, 0, b->length);
    return r;
}

Result<Own<StrObject>> str_join_parts(Interpreter& interp, const Ref* items, std::size_t n) {
    int64_t total = 0;
    uint32_t rep = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Value v = items[i];
        if (!(v.is_obj() && v.obj()->type == interp.types.str) && !is_str(interp, v))
            return interp.raise(interp.exc.SystemError, "BUILD_STRING of a non-str item");
        const auto* s = static_cast<const StrObject*>(items[i].obj());
        auto t = checked_add(total, s->length);
        if (!t)
            return interp.raise(interp.exc.OverflowError, "strings are too large to concat");
        total = *t;
        rep = std::max(rep, s->ascii ? 0x7Fu : s->kind == 1 ? 0xFFu : s->kind == 2 ? 0xFFFFu : 0x10FFFFu);
    }
    if (n == 1 && items[0].obj()->type == interp.types.str)
        return Own<StrObject>::borrow(static_cast<StrObject*>(items[0].obj()));
    if (total == 0)
        return Own<StrObject>::borrow(interp.empty_str);
    // Canonical parts: the widest part's kind is the result's, ASCII exactly when all are.
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, total, rep));
    int64_t at = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto* s = static_cast<const StrObject*>(items[i].obj());
        const int64_t len = s->length; // a local: the byte stores below may alias *s
        if (s->kind == 1 && r->kind == 1 && len <= 32) { // f-string pieces: a short byte copy, no call
            BASTION_CHECK(at + len <= r->length);
            copy_short(r->data() + at, s->data(), static_cast<std::size_t>(len));
        } else {
            str_copy_units(r.get(), at, s, 0, len);
        }
        at += len;
    }
    return r;
}

bool str_concat_applicable(Interpreter& interp, Value lhs, Value rhs) {
    return lhs.is_obj() && rhs.is_obj() && lhs.obj()->type == interp.types.str && rhs.obj()->type == interp.types.str;
}

Result<Ref> str_concat_inplace(Interpreter& interp, Ref& lhs, Value rhs) {
    auto* a = static_cast<StrObject*>(lhs.obj());
    auto* b = static_cast<StrObject*>(rhs.obj());
    bool sole = a->refcount == 1 && !a->interned && a != interp.empty_str && a != b;
    if (!sole || b->length == 0 || a->length == 0) {
        BASTION_TRY_ASSIGN(Own<StrObject> r, str_concat(interp, a, b));
        return std::move(r).into_ref();
    }
    auto total = checked_add(a->length, b->length);
    if (!total)
        return interp.raise(interp.exc.OverflowError, "strings are too large to concat");
    if (b->kind <= a->kind && *total <= a->capacity) {
        // Room in place: a keeps its kind (b is no wider), so the result stays canonical.
        int64_t old_length = a->length;
        a->length = *total; // within capacity: str_copy_units checks against length
        str_copy_units(a, old_length, b, 0, b->length);
        a->ascii = a->ascii && b->ascii;
        a->hash = -1;
        return std::move(lhs);
    }
    // Grow: a new str with ~1.5x spare room (amortised), holding a then b.
    int64_t cap = *total + (*total >> 1) + 16;
    if (cap > kMaxContainerLength)
        cap = *total;
    uint8_t kind = std::max(a->kind, b->kind);
    uint32_t rep = a->ascii && b->ascii ? 0x7F : kind == 1 ? 0xFF : kind == 2 ? 0xFFFF : 0x10FFFF;
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, cap, rep));
    r->length = *total;
    r->capacity = cap;
    // The spare room is zeroed (str_new_raw leaves it to the caller): nothing reads it, but
    // no byte of a str's block is left as the allocator found it.
    std::memset(r->data() + *total * kind, 0, static_cast<std::size_t>(cap - *total) * kind);
    str_copy_units(r.get(), 0, a, 0, a->length);
    str_copy_units(r.get(), a->length, b, 0, b->length);
    return std::move(r).into_ref();
}

Result<Own<StrObject>> str_repeat(Interpreter& interp, StrObject* s, int64_t n) {
    if (n <= 0 || s->length == 0)
        return Own<StrObject>::borrow(interp.empty_str);
    if (n == 1 && s->type == interp.types.str)
        return Own<StrObject>::borrow(s);
    auto total = checked_mul(s->length, n);
    if (!total)
        return interp.raise(interp.exc.OverflowError, "repeated string is too long");
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, *total, str_max_char(s, 0, s->length)));
    std::size_t unit = static_cast<std::size_t>(s->length) * s->kind;
    std::memcpy(r->data(), s->data(), unit);
    // Doubling copies: O(log n) memcpy calls.
    std::size_t done = unit, full = static_cast<std::size_t>(*total) * r->kind;
    while (done < full) {
        std::size_t chunk = std::min(done, full - done);
        std::memcpy(r->data() + done, r->data(), chunk);
        done += chunk;
    }
    return r;
}

std::string str_to_utf8(const StrObject* s) {
    if (s->ascii)
        return std::string(s->ascii_view());
    std::string out;
    out.reserve(static_cast<std::size_t>(s->length) * 2);
    for (int64_t i = 0; i < s->length; ++i)
        utf8_append(out, s->at(i));
    return out;
}

int64_t str_hash(StrObject* s) {
    if (s->hash == -1)
        s->hash = hash_bytes(s->data(), static_cast<std::size_t>(s->length) * s->kind);
    return s->hash;
}

bool str_equal(const StrObject* a, const StrObject* b) {
    if (a == b)
        return true;
    if (a->length != b->length || a->kind != b->kind)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return std::memcmp(a->data(), b->data(), static_cast<std::size_t>(a->length) * a->kind) == 0;
}

bool is_str(Interpreter&, Value v) { return v.is_obj() && v.obj()->type->has_flag(kTypeStrSubclass); }

int str_compare(const StrObject* a, const StrObject* b) {
    int64_t n = std::min(a->length, b->length);
    if (a->kind == 1 && b->kind == 1) {
        int c = std::memcmp(a->data(), b->data(), static_cast<std::size_t>(n));
        if (c != 0)
            return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; ++i) {
            uint32_t x = a->at(i), y = b->at(i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return (a->length > b->length) - (a->length < b->length);
}

Status str_slice_bounds(Interpreter& interp, Value start_arg, Value end_arg, int64_t length, int64_t* start, int64_t* end) {
    // CPython's ADJUST_INDICES: negatives count from the end; only `end` is capped at the
    // length, so a start past the end finds nothing ("abc".find("", 10) == -1).
    auto one = [&](Value v, int64_t dflt, bool cap, int64_t* out) -> Status {
        if (v.is_null() || v.is(Value(interp.none))) {
            *out = dflt;
            return {};
        }
        if (!is_int(interp, v) && !type_of(interp, v)->number.index)
            return interp.raise(interp.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
        BASTION_TRY_ASSIGN(Ref i, index(interp, v));
        int64_t x = 0;
        if (!int_to_i64(i, &x))
            x = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        if (x < 0) {
            x += length;
            if (x < 0)
                x = 0;
        } else if (cap && x > length) {
            x = length;
        }
        *out = x;
        return {};
    };
    BASTION_TRY(one(start_arg, 0, false, start));
    BASTION_TRY(one(end_arg, length, true, end));
    return {};
}

bool text_is_slice(Interpreter& interp, Value v) { return is_slice(interp, v); }

Status text_slice_indices(Interpreter& interp, Value slice, int64_t length, SliceIndices* out) {
    return slice_indices(interp, slice, length, &out->start, &out->stop, &out->step, &out->length);
}

// --- Text helpers -------------------------------------------------------------------------------

std::string str_transform_decimal_and_space(const StrObject* s) {
    if (s->ascii)
        return std::string(s->ascii_view());
    std::string out;
    out.reserve(static_cast<std::size_t>(s->length));
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c < 0x80)
            out.push_back(static_cast<char>(c));
        else if (unicode::is_space(c))
            out.push_back(' ');
        else if (int d = unicode::decimal_value(c); d >= 0)
            out.push_back(static_cast<char>('0' + d));
        else
            out.push_back('?');
    }
    return out;
}

// CPython: unicode_repr (and ascii() when ascii_only).
std::string str_repr_utf8(const StrObject* s, bool ascii_only) {
    static constexpr char kHex[] = "0123456789abcdef";
    bool has_single = false, has_double = false;
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        has_single = has_single || c == '\'';
        has_double = has_double || c == '"';
    }
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(static_cast<std::size_t>(s->length) + 2);
    out.push_back(quote);
    auto hex = [&](uint32_t c, int digits) {
        for (int k = digits - 1; k >= 0; --k)
            out.push_back(kHex[(c >> (4 * k)) & 0xF]);
    };
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        if (c == static_cast<uint32_t>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c == 0x7F) {
            out += "\\x";
            hex(c, 2);
        } else if (c < 0x7F) {
            out.push_back(static_cast<char>(c));
        } else if (!ascii_only && unicode::is_printable(c)) {
            utf8_append(out, c);
        } else if (c <= 0xFF) {
            out += "\\x";
            hex(c, 2);
        } else if (c <= 0xFFFF) {
            out += "\\u";
            hex(c, 4);
        } else {
            out += "\\U";
            hex(c, 8);
        }
    }
    out.push_back(quote);
    return out;
}

// str_repr_object: objects/str_repr.cpp.

// --- StrBuilder ---------------------------------------------------------------------------------

bool StrBuilder::grow(int64_t extra) {
    if (m_failed)
        return false;
    int64_t need = m_len + extra;
    if (extra < 0 || need > kMaxContainerLength) {
        m_failed = true;
        return false;
    }
    if (need <= m_cap)
        return true;
    int64_t cap = std::max(need, m_cap < kMaxContainerLength / 2 ? m_cap * 2 : kMaxContainerLength);
    std::unique_ptr<char[]> nb(new (std::nothrow) char[static_cast<std::size_t>(cap)]);
    if (!nb) {
        m_failed = true;
        return false;
    }
    std::memcpy(nb.get(), m_buf, static_cast<std::size_t>(m_len));
    m_heap = std::move(nb);
    m_buf = m_heap.get();
    m_cap = cap;
    return true;
}

void StrBuilder::widen() {
    try {
        m_wide_buf.reserve(static_cast<std::size_t>(m_len) * 2 + 8);
        for (int64_t i = 0; i < m_len; ++i)
            m_wide_buf.push_back(static_cast<unsigned char>(m_buf[i]));
    } catch (const std::exception&) {
        m_failed = true;
    }
    m_wide = true;
    m_len = 0;
    m_heap.reset();
    m_buf = m_inline;
    m_cap = kInline;
}

void StrBuilder::append_wide(uint32_t cp) {
    if (m_failed)
        return;
    if (!m_wide)
        widen();
    try {
        m_wide_buf.push_back(cp);
    } catch (const std::exception&) {
        m_failed = true;
        return;
    }
    if (cp > m_max)
        m_max = cp;
}

void StrBuilder::append_latin1(const uint8_t* p, int64_t n, uint32_t max_cp) {
    if (n <= 0)
        return;
    if (m_wide) {
        for (int64_t i = 0; i < n; ++i)
            append_wide(p[i]);
        return;
    }
    if (n > m_cap - m_len && !grow(n)) // room in the buffer (the usual case): no call
        return;
    std::memcpy(m_buf + m_len, p, static_cast<std::size_t>(n));
    m_len += n;
    m_max = std::max(m_max, max_cp);
}

void StrBuilder::append_ascii(std::string_view text) {
    // an upper bound is enough for m_max: it only picks kind and ascii
    append_latin1(reinterpret_cast<const uint8_t*>(text.data()), static_cast<int64_t>(text.size()), 0x7F);
}

void StrBuilder::append_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        uint32_t cp;
        int n;
        if (c < 0x80) {
            cp = c;
            n = 1;
        } else if (c < 0xE0) {
            cp = c & 0x1Fu;
            n = 2;
        } else if (c < 0xF0) {
            cp = c & 0x0Fu;
            n = 3;
        } else {
            cp = c & 0x07u;
            n = 4;
        }
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3Fu);
        append(cp);
        i += static_cast<std::size_t>(n);
    }
}

void StrBuilder::append(const StrObject* s, int64_t start, int64_t end) {
    if (start >= end)
        return;
    if (s->kind == 1 && !m_wide) {
        append_latin1(s->data() + start, end - start, s->ascii ? 0x7Fu : str_max_char(s, start, end));
        return;
    }
    uint32_t m = str_max_char(s, start, end);
    if (!m_wide && m < 0x100) { // wide storage, narrow text: one narrowing pass
        if (!grow(end - start))
            return;
        for (int64_t i = start; i < end; ++i)
            m_buf[m_len++] = static_cast<char>(s->at(i));
        m_max = std::max(m_max, m);
        return;
    }
    if (m_failed)
        return;
    if (!m_wide)
        widen();
    try {
        std::size_t old_size = m_wide_buf.size();
        m_wide_buf.resize(old_size + static_cast<std::size_t>(end - start));
        for (int64_t i = start; i < end; ++i)
            m_wide_buf[old_size + static_cast<std::size_t>(i - start)] = s->at(i);
    } catch (const std::exception&) {
        m_failed = true;
        return;
    }
    m_max = std::max(m_max, m);
}

void StrBuilder::append_repeat(uint32_t cp, int64_t n) {
    if (n <= 0 || m_failed)
        return;
    if (!m_wide && cp < 0x100) {
        if (!grow(n))
            return;
        std::memset(m_buf + m_len, static_cast<int>(cp), static_cast<std::size_t>(n));
        m_len += n;
        m_max = std::max(m_max, cp);
        return;
    }
    if (!m_wide)
        widen();
    try {
        m_wide_buf.append(static_cast<std::size_t>(n), cp);
    } catch (const std::exception&) { // bad_alloc / length_error: reported by finish()
        m_failed = true;
        return;
    }
    m_max = std::max(m_max, cp);
}

Result<int64_t> text_ssize_arg(Interpreter& interp, Value v) {
    if (v.is_small_int()) // index() of a small int is itself, and it fits
        return v.small_int_value();
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    int64_t x = 0;
    if (!int_to_i64(i, &x))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return x;
}

Result<int64_t> text_int_arg(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    int64_t x = 0;
    if (!int_to_i64(i, &x) || x > INT32_MAX || x < INT32_MIN)
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C int");
    return x;
}

Status text_reserve(Interpreter& interp, int64_t bytes) {
    if (bytes < (int64_t{1} << 20))
        return {};
    if (bytes > kMaxContainerLength)
        return interp.no_memory();
    void* probe = interp.allocate(static_cast<std::size_t>(bytes));
    if (!probe)
        return interp.no_memory();
    interp.deallocate(probe, static_cast<std::size_t>(bytes));
    return {};
}

Result<Own<StrObject>> StrBuilder::finish(Interpreter& interp) {
    if (m_failed)
        return interp.no_memory();
    int64_t n = length();
    if (n == 0)
        return Own<StrObject>::borrow(interp.empty_str);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, n, m_max));
    if (!m_wide) {
        std::memcpy(s->data(), m_buf, static_cast<std::size_t>(m_len));
    } else {
        for (int64_t i = 0; i < n; ++i)
            str_store(s.get(), i, m_wide_buf[static_cast<std::size_t>(i)]);
    }
    return s;
}

// --- Type slots ---------------------------------------------------------------------------------

namespace {

StrObject* as_str(Value v) { return static_cast<StrObject*>(v.obj()); }
Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

Result<Ref> str_repr_slot(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_repr_object(interp, as_str(self)));
    return std::move(s).into_ref();
}

// An exact str with the same text (str(x) of a str subclass instance gives a plain str).
Result<Own<StrObject>> exact_copy(Interpreter& interp, StrObject* s) {
    if (s->type == interp.types.str)
        return Own<StrObject>::borrow(s);
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, s->length, str_max_char(s, 0, s->length)));
    std::memcpy(r->data(), s->data(), static_cast<std::size_t>(s->length) * s->kind);
    return r;
}

Result<Ref> str_str_slot(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, exact_copy(interp, as_str(self)));
    return std::move(s).into_ref();
}

Result<int64_t> str_hash_slot(Interpreter&, Value self) { return str_hash(as_str(self)); }

Result<Ref> str_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if (!is_str(interp, a) || !is_str(interp, b))
        return not_implemented(interp);
    StrObject* x = as_str(a);
    StrObject* y = as_str(b);
    if (op == bc::CompareOpKind::Eq || op == bc::CompareOpKind::Ne)
        return interp.new_bool(str_equal(x, y) == (op == bc::CompareOpKind::Eq));
    int c = str_compare(x, y);
    bool r = op == bc::CompareOpKind::Lt ? c < 0 : op == bc::CompareOpKind::Le ? c <= 0 : op == bc::CompareOpKind::Gt ? c > 0 : c >= 0;
    return interp.new_bool(r);
}

Result<int64_t> str_length_slot(Interpreter&, Value self) { return as_str(self)->length; }

namespace {

// s[k] for an index already in int64 (negative counts from the end).
Result<Ref> str_item_at(Interpreter& interp, StrObject* s, int64_t k) {
    if (k < 0)
        k += s->length;
    if (k < 0 || k >= s->length)
        return interp.raise(interp.exc.IndexError, "string index out of range");
    BASTION_TRY_ASSIGN(Own<StrObject> c, str_from_char(interp, s->at(k)));
    return std::move(c).into_ref();
}

} // namespace

Result<Ref> str_getitem(Interpreter& interp, Value self, Value key) {
    StrObject* s = as_str(self);
    // w[i] with a small int, and w[a:b] with an exact slice whose bounds are small ints or
    // None and whose step is None: what the general paths below compute (small ints and None
    // run no __index__), without index() / slice_indices().
    if (key.is_small_int())
        return str_item_at(interp, s, key.small_int_value()); // 63 bits: k + length cannot overflow
    if (key.is_obj() && key.obj()->type == interp.types.slice) {
        auto* sl = static_cast<SliceObject*>(key.obj());
        Value none(interp.none), a = sl->start, b = sl->stop;
        if (sl->step.get().is(none) && (a.is_small_int() || a.is(none)) && (b.is_small_int() || b.is(none)))
            return str_slice_small_bounds(interp, s, a, b);
    }
    if (is_int(interp, key) || (!text_is_slice(interp, key) && type_of(interp, key)->number.index)) {
        BASTION_TRY_ASSIGN(Ref i, index(interp, key));
        int64_t k = 0;
        if (!int_to_i64(i, &k))
            return interp.raise(interp.exc.IndexError, "cannot fit 'int' into an index-sized integer");
        return str_item_at(interp, s, k);
    }
    if (text_is_slice(interp, key)) {
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, s->length, &sl));
        if (sl.step == 1) {
            BASTION_TRY_ASSIGN(Own<StrObject> r, str_substring(interp, s, sl.start, sl.start + sl.length));
            return std::move(r).into_ref();
        }
        StrBuilder b;
        for (int64_t i = 0, k = sl.start; i < sl.length; ++i, k += sl.step)
            b.append(s->at(k));
        BASTION_TRY_ASSIGN(Own<StrObject> r, b.finish(interp));
        return std::move(r).into_ref();
    }
    return interp.raise_fmt(interp.exc.TypeError, "string indices must be integers, not '{}'", type_of(interp, key)->name);
}

Result<bool> str_contains(Interpreter& interp, Value self, Value item) {
    if (!is_str(interp, item)) {
        return interp.raise_fmt(interp.exc.TypeError, "'in <string>' requires string as left operand, not {}",
                                type_of(interp, item)->name);
    }
    StrObject* s = as_str(self);
    return str_find(s, as_str(item), 0, s->length) >= 0;
}

// Operands of + and * that are not str: a heap type may still answer with __radd__ /
// __rmul__, so only builtin operand types get CPython's sequence error here.
bool may_reflect(Interpreter&, Value v) { return v.is_obj() && v.obj()->type->has_flag(kTypeHeap); }

Result<Ref> str_add(Interpreter& interp, Value a, Value b) {
    if (!is_str(interp, a))
        return not_implemented(interp);
    if (!is_str(interp, b)) {
        if (may_reflect(interp, b))
            return not_implemented(interp);
        return interp.raise_fmt(interp.exc.TypeError, "can only concatenate str (not \"{}\") to str", type_of(interp, b)->name);
    }
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_concat(interp, as_str(a), as_str(b)));
    return std::move(r).into_ref();
}

Result<Ref> str_mul(Interpreter& interp, Value a, Value b) {
    Value s = a, n = b;
    if (!is_str(interp, s))
        std::swap(s, n);
    if (!is_str(interp, s))
        return not_implemented(interp);
    if (!is_int(interp, n) && !type_of(interp, n)->number.index) {
        if (may_reflect(interp, n))
            return not_implemented(interp);
        return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'", type_of(interp, n)->name);
    }
    BASTION_TRY_ASSIGN(Ref count, index(interp, n));
    int64_t k = 0;
    if (!int_to_i64(count, &k)) {
        if (int_sign(count) < 0)
            k = 0;
        else
            return interp.raise(interp.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_repeat(interp, as_str(s), k));
    return std::move(r).into_ref();
}

Result<Ref> str_mod(Interpreter& interp, Value a, Value b) {
    if (!is_str(interp, a))
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_percent_format(interp, as_str(a), b));
    return std::move(r).into_ref();
}

// str(object='', encoding='utf-8', errors='strict')
Result<Ref> str_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.str && args.npos == 1 && args.kwnames == nullptr) { // str(x): what the general path does
        Own<StrObject> r;
        if (args.items[0].is_small_int()) {
            BASTION_TRY_ASSIGN(r, str_of_small_int(interp, args.items[0].small_int_value()));
        } else {
            BASTION_TRY_ASSIGN(r, str(interp, args.items[0]));
        }
        return std::move(r).into_ref();
    }
    Value argv[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"str", {"object", "encoding", "errors"}, 0, 0, 0}, argv));
    Own<StrObject> result;
    if (argv[0].is_null()) {
        result = Own<StrObject>::borrow(interp.empty_str);
    } else if (argv[1].is_null() && argv[2].is_null()) {
        BASTION_TRY_ASSIGN(result, str(interp, argv[0]));
    } else {
        // CPython's argument parsing checks encoding and errors before the object is looked at.
        std::string encoding = "utf-8", errors = "strict";
        for (int k : {1, 2}) {
            if (argv[k].is_null())
                continue;
            if (!is_str(interp, argv[k])) {
                return interp.raise_fmt(interp.exc.TypeError, "str() argument '{}' must be str, not {}",
                                        k == 1 ? "encoding" : "errors", type_of(interp, argv[k])->name);
            }
            (k == 1 ? encoding : errors) = str_to_utf8(as_str(argv[k]));
        }
        if (!has_buffer(interp, argv[0])) {
            if (is_str(interp, argv[0]))
                return interp.raise(interp.exc.TypeError, "decoding str is not supported");
            return interp.raise_fmt(interp.exc.TypeError, "decoding to str: need a bytes-like object, {} found",
                                    type_of(interp, argv[0])->name);
        }
        BASTION_TRY_ASSIGN(BufferView view, get_buffer(interp, argv[0])); // held while handlers run
        BASTION_TRY_ASSIGN(result, bytes_decode(interp, view.bytes(), encoding, errors));
    }
    if (type == interp.types.str)
        return std::move(result).into_ref();
    std::size_t bytes = static_cast<std::size_t>(result->length) * result->kind;
    BASTION_TRY_ASSIGN(Own<StrObject> sub, interp.make_var<StrObject>(type, bytes));
    sub->length = result->length;
    sub->kind = result->kind;
    sub->ascii = result->ascii;
    std::memcpy(sub->data(), result->data(), bytes);
    return std::move(sub).into_ref();
}

// --- str iterator -------------------------------------------------------------------------------

struct StrIterObject : Object {
    Ref str; // null once exhausted
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(str); }
};

Result<Ref> str_iter(Interpreter& interp, Value self) {
    // CPython 3.11 names the iterator of an ASCII str str_ascii_iterator.
    Type* type = as_str(self)->ascii ? interp.types.str_iterator : interp.types.str_iterator_wide;
    BASTION_TRY_ASSIGN(Own<StrIterObject> it, interp.make<StrIterObject>(type));
    it->str = Ref::borrow(self);
    return std::move(it).into_ref();
}

Result<Ref> str_iter_self(Interpreter&, Value self) { return Ref::borrow(self); }

Result<Ref> str_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<StrIterObject*>(self.obj());
    if (it->str.is_null())
        return Ref();
    StrObject* s = as_str(it->str);
    if (it->index >= s->length) {
        it->str.reset();
        return Ref();
    }
    BASTION_TRY_ASSIGN(Own<StrObject> c, str_from_char(interp, s->at(it->index)));
    ++it->index;
    return std::move(c).into_ref();
}

// A small int's decimal digits as a new exact str (int's repr).
[[gnu::always_inline]] inline Result<Own<StrObject>> small_int_text(Interpreter& interp, int64_t x) {
    char buf[64];
    std::string_view digits = u64_digits(x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x), 10, false, buf);
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, static_cast<int64_t>(digits.size()) + (x < 0), 0x7F));
    r->data()[0] = '-'; // overwritten by the digits when x >= 0
    std::memcpy(r->data() + (x < 0), digits.data(), digits.size());
    return r;
}

} // namespace

// objects/str_format.h.
Result<Own<StrObject>> str_of_small_int(Interpreter& interp, int64_t x) { return small_int_text(interp, x); }

// objects/native_fast.h. call(str, x) is call()'s stack check, then type_call: str has a
// tp_new; its own stack check (the same test, one C frame deeper: the one thing skipped);
// str_tp_new, whose one-argument path gives a small int's digits as an exact str; and an
// exact str result goes back with no __init__ call. Any other argument takes call().
Result<Ref> call_str_one(Interpreter& interp, Value x) {
    if (!x.is_small_int())
        return call(interp, Value(interp.types.str), make_call_args(&x, 1, nullptr));
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while calling a Python object");
    BASTION_TRY_ASSIGN(Own<StrObject> r, small_int_text(interp, x.small_int_value()));
    return std::move(r).into_ref();
}

void init_str_slots(Interpreter& interp) {
    using K = bc::BinaryOpKind;
    Type* t = interp.types.str;
    t->flags |= kTypeBaseType | kTypeStrSubclass;
    t->instance_size = sizeof(StrObject);
    t->repr = str_repr_slot;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->richcompare = str_richcompare;
    t->length = str_length_slot;
    t->getitem = str_getitem;
    t->contains = str_contains;
    t->iter = str_iter;
    t->tp_new = str_tp_new;
    t->destroy = destroy_as<StrObject>;
    t->number.binary[static_cast<int>(K::Add)] = str_add;
    t->number.binary[static_cast<int>(K::Multiply)] = str_mul;
    t->number.binary[static_cast<int>(K::Remainder)] = str_mod;

    for (Type* it : {interp.types.str_iterator, interp.types.str_iterator_wide}) {
        it->instance_size = sizeof(StrIterObject);
        it->flags |= kTypeGC; // a str subclass instance may refer back to its iterator
        it->iter = str_iter_self;
        it->iternext = str_iter_next;
        it->destroy = destroy_as<StrIterObject>;
        it->traverse = traverse_as<StrIterObject>;
    }
}

// s[a:b], step None, bounds small ints or None (str_getitem's fast path and, through
// slice_fast.h, the loop's BUILD_SLICE + BINARY_SUBSCR): what slice_indices computes for them.
Result<Ref> str_slice_small_bounds(Interpreter& interp, StrObject* s, Value a, Value b) {
    BASTION_ASSERT((a.is_small_int() || a.is(Value(interp.none))) && (b.is_small_int() || b.is(Value(interp.none))));
    int64_t n = s->length;
    auto clamp = [n](int64_t x) { return x < 0 ? std::max<int64_t>(x + n, 0) : std::min(x, n); };
    int64_t start = a.is_small_int() ? clamp(a.small_int_value()) : 0;
    int64_t stop = b.is_small_int() ? clamp(b.small_int_value()) : n;
    BASTION_TRY_ASSIGN(Own<StrObject> r, str_substring(interp, s, start, std::max(start, stop)));
    return std::move(r).into_ref();
}

} // namespace bastion
