// str_format.cpp: the format-spec mini-language (Python/formatter_unicode.c) for int,
// float and str, and str.format()'s template parser (Objects/stringlib/unicode_format.h).
// Printf-style `%` formatting is in str_percent.cpp.
#include "objects/str_format.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#include "objects/abstract.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/float_text.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

struct Spec {
    uint32_t fill = ' ';
    uint32_t align = 0; // '<' '>' '^' '=' (after defaults are applied)
    uint32_t sign = 0;  // '+' '-' ' ' or 0
    bool no_neg_0 = false;
    bool alternate = false;
    int64_t width = -1;
    uint32_t thousands = 0; // ',' or '_' or 0
    int group = 3;          // digits per group (4 for '_' with b/o/x/X)
    int64_t precision = -1;
    uint32_t type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::string type_char_text(uint32_t t) {
    if (t > 32 && t < 128)
        return std::string(1, static_cast<char>(t));
    return fmt::format("\\x{:x}", t);
}

Raised unknown_type(Interpreter& interp, uint32_t t, std::string_view type_name) {
    return interp.raise_fmt(interp.exc.ValueError, "Unknown format code '{}' for object of type '{}'", type_char_text(t), type_name);
}

// A format spec: text[begin, end) of a str (the whole of a spec argument, or the spec part
// of a str.format field read in place, with no substring made).
struct SpecText {
    const StrObject* text;
    int64_t begin = 0;
    int64_t end = 0;
    int64_t length() const { return end - begin; }
};
SpecText whole(const StrObject* s) { return {s, 0, s->length}; }

// CPython: parse_internal_render_format_spec, over the spec's units u[0, n) (typed: one
// dispatch on the kind per spec, not per character).
template <typename T>
Status parse_spec_units(Interpreter& interp, SpecText spec, const T* u, uint32_t default_type, uint32_t default_align,
                        std::string_view type_name, Spec* f) {
    int64_t n = spec.length(), pos = 0;
    const StrObject* s = spec.text;
    auto at = [&](int64_t i) -> uint32_t {
        BASTION_ASSERT(i >= 0 && i < n);
        return u[i];
    };
    bool fill_specified = false, align_specified = false;
    f->type = default_type;
    if (n - pos >= 2 && is_align(at(pos + 1))) {
        f->fill = at(pos);
        f->align = at(pos + 1);
        fill_specified = align_specified = true;
        pos += 2;
    } else if (n - pos >= 1 && is_align(at(pos))) {
        f->align = at(pos);
        align_specified = true;
        ++pos;
    }
    if (pos < n && (at(pos) == '+' || at(pos) == '-' || at(pos) == ' '))
        f->sign = at(pos++);
    if (pos < n && at(pos) == 'z') {
        f->no_neg_0 = true;
        ++pos;
    }
    if (pos < n && at(pos) == '#') {
        f->alternate = true;
        ++pos;
    }
    if (!fill_specified && pos < n && at(pos) == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>')
            f->align = '=';
        ++pos;
    }
    // 1: digits read into *out; 0: none there; -1: too many (the caller raises).
    auto read_number = [&](int64_t* out) -> int {
        int64_t start = pos, v = 0;
        for (; pos < n && at(pos) >= '0' && at(pos) <= '9'; ++pos) {
            if (v > (INT64_MAX - 9) / 10)
                return -1;
            v = v * 10 + (at(pos) - '0');
        }
        if (pos == start)
            return 0;
        *out = v;
        return 1;
    };
    auto too_many_digits = [&] { return interp.raise(interp.exc.ValueError, "Too many decimal digits in format string"); };
    if (read_number(&f->width) < 0)
        return too_many_digits();
    if (pos < n && at(pos) == ',') {
        f->thousands = ',';
        ++pos;
    }
    if (pos < n && at(pos) == '_') {
        if (f->thousands != 0)
            return interp.raise(interp.exc.ValueError, "Cannot specify both ',' and '_'.");
        f->thousands = '_';
        ++pos;
    }
    if (pos < n && at(pos) == ',' && f->thousands == '_')
        return interp.raise(interp.exc.ValueError, "Cannot specify both ',' and '_'.");
    if (pos < n && at(pos) == '.') {
        ++pos;
        int has_precision = read_number(&f->precision);
        if (has_precision < 0)
            return too_many_digits();
        if (has_precision == 0)
            return interp.raise(interp.exc.ValueError, "Format specifier missing precision");
    }
    if (n - pos > 1) {
        BASTION_TRY_ASSIGN(Own<StrObject> text, str_substring(interp, const_cast<StrObject*>(s), spec.begin, spec.end));
        return interp.raise_fmt(interp.exc.ValueError, "Invalid format specifier '{}' for object of type '{}'",
                                str_to_utf8(text.get()), type_name);
    }
    if (n - pos == 1)
        f->type = at(pos);
    if (f->align == 0)
        f->align = default_align;
    if (f->thousands != 0) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->group = 4;
                break;
            }
            [[fallthrough]];
        default:
            return interp.raise_fmt(interp.exc.ValueError, "Cannot specify '{}' with '{}'.", static_cast<char>(f->thousands),
                                    type_char_text(f->type));
        }
    }
    return {};
}

Status parse_spec(Interpreter& interp, SpecText spec, uint32_t default_type, uint32_t default_align,
                  std::string_view type_name, Spec* f) {
    BASTION_CHECK(0 <= spec.begin && spec.begin <= spec.end && spec.end <= spec.text->length);
    const uint8_t* d = spec.text->data();
    switch (spec.text->kind) {
    case 1:
        return parse_spec_units(interp, spec, d + spec.begin, default_type, default_align, type_name, f);
    case 2:
        return parse_spec_units(interp, spec, reinterpret_cast<const uint16_t*>(d) + spec.begin, default_type,
                                default_align, type_name, f);
    default:
        return parse_spec_units(interp, spec, reinterpret_cast<const uint32_t*>(d) + spec.begin, default_type,
                                default_align, type_name, f);
    }
}

// The digits with separators, left-padded with zeros up to min_width (CPython:
// _PyUnicode_InsertThousandsGrouping).
std::string group_digits(std::string_view digits, int64_t min_width, uint32_t sep, int group) {
    std::string out; // built reversed
    int64_t remaining = static_cast<int64_t>(digits.size());
    std::size_t next = digits.size();
    auto emit = [&](int64_t len) {
        int64_t n_zeros = std::max<int64_t>(0, len - remaining);
        int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
        for (int64_t i = 0; i < n_chars; ++i)
            out.push_back(digits[--next]);
        out.append(static_cast<std::size_t>(n_zeros), '0');
        remaining -= n_chars;
    };
    if (sep == 0) {
        emit(std::max<int64_t>({remaining, min_width, 1}));
    } else {
        bool use_sep = false;
        while (true) {
            int64_t len = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
            if (use_sep)
                out.push_back(static_cast<char>(sep));
            emit(len);
            use_sep = true;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0)
                break;
            min_width -= 1;
        }
    }
    return std::string(out.rbegin(), out.rend());
}

// Lays out [lpad][sign][prefix][spad][digits][decimal][remainder][rpad] (CPython:
// calc_number_widths + fill_number). `remainder` is ASCII; `remainder_char` (when not 0)
// is one more code point after it ('c', which may be non-ASCII).
Result<Own<StrObject>> layout_number(Interpreter& interp, const Spec& f, bool negative, std::string_view prefix,
                                     std::string_view digits, bool has_decimal, std::string_view remainder,
                                     bool upper, uint32_t remainder_char = 0) {
    uint32_t sign = 0;
    if (f.sign == '+')
        sign = negative ? '-' : '+';
    else if (f.sign == ' ')
        sign = negative ? '-' : ' ';
    else if (negative)
        sign = '-';
    int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) +
                          static_cast<int64_t>(remainder.size()) + (remainder_char != 0 ? 1 : 0);
    if (f.width > kMaxContainerLength)
        return interp.no_memory();
    if (f.width >= 4096) // (text_reserve only probes for large sizes)
        BASTION_TRY(text_reserve(interp, f.width * 4)); // before zero-filled grouping builds the digits
    int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
    // Without separators or zero fill the digits are used as they are (no copy).
    std::string grouped_store;
    std::string_view grouped = digits;
    if (!digits.empty() && (f.thousands != 0 || min_width > static_cast<int64_t>(digits.size()))) {
        grouped_store = group_digits(digits, min_width, f.thousands, f.group);
        grouped = grouped_store;
    }
    int64_t padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f.align) {
        case '<':
            rpad = padding;
            break;
        case '^':
            lpad = padding / 2;
            rpad = padding - lpad;
            break;
        case '=':
            spad = padding;
            break;
        default:
            lpad = padding;
            break;
        }
    }
    if (f.fill < 0x80 && remainder_char == 0) {
        // All ASCII: written straight into the result (one exact-size allocation).
        int64_t total = lpad + n_non_digit + static_cast<int64_t>(grouped.size()) + spad + rpad;
        BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, total, 0x7F));
        uint8_t* d = r->data();
        const uint8_t* end = d + total;
        auto put = [&](std::string_view text) {
            BASTION_CHECK(end - d >= static_cast<int64_t>(text.size()));
            if (!text.empty())
                std::memcpy(d, text.data(), text.size());
            d += text.size();
        };
        auto put_fill = [&](int64_t n) {
            BASTION_CHECK(end - d >= n);
            if (n > 0)
                std::memset(d, static_cast<int>(f.fill), static_cast<std::size_t>(n));
            d += n;
        };
        put_fill(lpad);
        if (sign)
            put(std::string_view(sign == '-' ? "-" : sign == '+' ? "+" : " ", 1));
        uint8_t* start = d;
        put(prefix);
        if (upper)
            for (uint8_t* p = start; p < d; ++p)
                *p = *p == 'x' ? 'X' : *p;
        put_fill(spad);
        start = d;
        put(grouped);
        if (upper)
            for (uint8_t* p = start; p < d; ++p)
                *p = (*p >= 'a' && *p <= 'f') ? static_cast<uint8_t>(*p - 32) : *p;
        if (has_decimal)
            put(".");
        put(remainder);
        put_fill(rpad);
        BASTION_CHECK(d == end);
        return r;
    }
    StrBuilder b;
    b.append_repeat(f.fill, lpad);
    if (sign)
        b.append(sign);
    if (upper) {
        for (char c : prefix)
            b.append(static_cast<uint32_t>(c == 'x' ? 'X' : c));
    } else {
        b.append_ascii(prefix);
    }
    b.append_repeat(f.fill, spad);
    if (upper) {
        for (char c : grouped)
            b.append(static_cast<uint32_t>(c >= 'a' && c <= 'f' ? c - 32 : c));
    } else {
        b.append_ascii(grouped);
    }
    if (has_decimal)
        b.append('.');
    b.append_ascii(remainder);
    if (remainder_char != 0)
        b.append(remainder_char);
    b.append_repeat(f.fill, rpad);
    return b.finish(interp);
}

} // namespace

namespace {

// 'f' with precision p <= 17 of a finite |x| < 2^53 whose scaled value round(|x| * 10^p)
// fits in 64 bits: x is m * 2^e exactly (m < 2^53, e <= 0), so m * 10^p (< 2^110) shifted
// right by -e, rounded half to even on the exact remainder, is the correctly rounded result
// that CPython's dtoa (and std::to_chars) give. 0 when it does not apply.
std::size_t fixed_text_exact(double x, int64_t precision, char (&buf)[128]) {
    static constexpr uint64_t kPow10[18] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                            10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                            100000000000ull, 1000000000000ull, 10000000000000ull,
                                            100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                            100000000000000000ull};
    if (precision < 0 || precision > 17 || !(std::fabs(x) < 9007199254740992.0)) // 2^53; false for nan
        return 0;
    uint64_t bits = std::bit_cast<uint64_t>(x);
    bool negative = (bits >> 63) != 0;
    auto biased = static_cast<int>((bits >> 52) & 0x7FF);
    uint64_t m = bits & ((uint64_t{1} << 52) - 1);
    int shift = 1074; // subnormal: m * 2^-1074
    if (biased != 0) {
        m |= uint64_t{1} << 52;
        shift = 1075 - biased; // x = m * 2^-(shift); |x| < 2^53 makes shift >= 0
    }
    auto p = static_cast<std::size_t>(precision);
    unsigned __int128 n = static_cast<unsigned __int128>(m) * kPow10[p];
    unsigned __int128 q = 0;
    if (shift == 0) { // 2^52 <= |x| < 2^53: an integer, nothing to round
        q = n;
    } else if (shift < 111) { // n < 2^110: past that the quotient is 0 and the remainder under half
        q = n >> shift;
        unsigned __int128 rem = n - (q << shift);
        unsigned __int128 half = static_cast<unsigned __int128>(1) << (shift - 1);
        if (rem > half || (rem == half && (q & 1) != 0))
            ++q;
    }
    if (q > UINT64_MAX)
        return 0;
    char digits[32];
    std::size_t nd = 0;
    auto v = static_cast<uint64_t>(q);
    do {
        digits[nd++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (nd < p + 1) // at least one digit before the point
        digits[nd++] = '0';
    std::size_t len = 0;
    if (negative) // CPython keeps the sign of -0.0 and of negatives rounding to zero
        buf[len++] = '-';
    for (std::size_t i = nd; i > p; --i)
        buf[len++] = digits[i - 1];
    if (p != 0) {
        buf[len++] = '.';
        for (std::size_t i = p; i > 0; --i)
            buf[len++] = digits[i - 1];
    }
    return len;
}

} // namespace

std::size_t float_text_fast(double x, uint32_t type, int64_t precision, char (&buf)[128]) {
    if (!std::isfinite(x) || precision < 0 || precision > 50)
        return 0;
    if (type == 'f' || type == 'F') {
        if (std::size_t len = fixed_text_exact(x, precision, buf))
            return len;
    }
    bool fixed = type == 'f' || type == 'F';
    if (!fixed && type != 'e' && type != 'E')
        return 0;
    if (fixed && !(std::fabs(x) < 1e50))
        return 0;
    auto r = std::to_chars(buf, buf + sizeof buf, x, fixed ? std::chars_format::fixed : std::chars_format::scientific,
                           static_cast<int>(precision));
    if (r.ec != std::errc())
        return 0;
    std::size_t len = static_cast<std::size_t>(r.ptr - buf);
    if (type == 'E')
        for (std::size_t i = 0; i < len; ++i)
            buf[i] = buf[i] == 'e' ? 'E' : buf[i];
    return len;
}

namespace {

// double_to_string builds its digits in a std::string outside the interpreter's accounting,
// about `precision` bytes ('.600000000f' asks for 600 MB). A large precision first checks
// that --max-memory would allow a buffer that size, so the limit holds for this text too.
Status check_float_text_room(Interpreter& interp, int64_t precision) {
    constexpr int64_t kUncheckedPrecision = 4096;
    if (precision <= kUncheckedPrecision)
        return {};
    std::size_t need = static_cast<std::size_t>(precision) + 512;
    void* probe = interp.allocate(need);
    if (probe == nullptr)
        return interp.no_memory();
    interp.deallocate(probe, need);
    return {};
}

Result<Own<StrObject>> format_float_with(Interpreter& interp, double val, Spec f) {
    if (f.precision > INT32_MAX)
        return interp.raise(interp.exc.ValueError, "precision too big");
    int precision = static_cast<int>(f.precision);
    unsigned flags = 0;
    if (f.alternate)
        flags |= kFloatAlt;
    if (f.no_neg_0)
        flags |= kFloatNoNegZero;
    uint32_t type = f.type;
    int default_precision = 6;
    if (type == 0) {
        flags |= kFloatAddDot0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    char fast[128];
    std::size_t fast_len = flags == 0 ? float_text_fast(val, type, precision, fast) : 0;
    std::string text;
    if (fast_len == 0) {
        BASTION_TRY(check_float_text_room(interp, precision));
        text = double_to_string(val, static_cast<char>(type), precision, flags);
    }
    std::string_view body = fast_len != 0 ? std::string_view(fast, fast_len) : std::string_view(text);
    if (add_pct) {
        if (fast_len != 0)
            text.assign(fast, fast_len);
        text.push_back('%');
        body = text;
    }
    bool negative = !body.empty() && body[0] == '-';
    if (negative)
        body.remove_prefix(1);
    std::size_t nd = 0;
    while (nd < body.size() && body[nd] >= '0' && body[nd] <= '9')
        ++nd;
    bool has_decimal = nd < body.size() && body[nd] == '.';
    std::string_view rest = body.substr(nd + (has_decimal ? 1 : 0));
    return layout_number(interp, f, negative, "", body.substr(0, nd), has_decimal, rest, false);
}

Result<Own<StrObject>> format_int_spec(Interpreter& interp, Value v, SpecText spec) {
    if (spec.length() == 0) {
        if (v.is_small_int()) { // an exact int in a machine word: its digits written directly
            int64_t x = v.small_int_value();
            char buf[64];
            std::string_view digits = u64_digits(x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x), 10, false, buf);
            BASTION_TRY_ASSIGN(Own<StrObject> r, str_new_raw(interp, static_cast<int64_t>(digits.size()) + (x < 0), 0x7F));
            r->data()[0] = '-'; // overwritten by the digits when x >= 0
            std::memcpy(r->data() + (x < 0), digits.data(), digits.size());
            return r;
        }
        return str(interp, v);
    }
    Spec f;
    BASTION_TRY(parse_spec(interp, spec, 'd', '>', type_of(interp, v)->name, &f));
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        BASTION_TRY_ASSIGN(double d, int_to_double(interp, v));
        return format_float_with(interp, d, f);
    }
    default:
        return unknown_type(interp, f.type, type_of(interp, v)->name);
    }
    if (f.precision != -1)
        return interp.raise(interp.exc.ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        return interp.raise(interp.exc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign != 0)
            return interp.raise(interp.exc.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return interp.raise(interp.exc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t x = 0;
        if (!int_to_i64(v, &x)) // CPython reads a C long first
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C long");
        if (x < 0 || x > 0x10FFFF)
            return interp.raise(interp.exc.OverflowError, "%c arg not in range(0x110000)");
        if (x == 0) // the NUL character: laid out as one code point like any other
            return layout_number(interp, f, false, "", "", false, std::string_view("\0", 1), false);
        return layout_number(interp, f, false, "", "", false, "", false, static_cast<uint32_t>(x));
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    std::string_view prefix;
    if (f.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    if (v.is_small_int()) { // no bigint: the digits straight from the machine word
        int64_t x = v.small_int_value();
        char buf[64];
        uint64_t mag = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        return layout_number(interp, f, x < 0, prefix, u64_digits(mag, static_cast<unsigned>(base), false, buf), false,
                             "", f.type == 'X');
    }
    BASTION_TRY(int_text_reserve(interp, v, base));
    std::string digits;
    if (base == 10) {
        digits = int_to_decimal(v);
    } else {
        try {
            digits = bigint::to_string(int_to_bigint(v), base);
        } catch (const std::bad_alloc&) {
            return interp.no_memory();
        }
    }
    bool negative = !digits.empty() && digits[0] == '-';
    std::string_view body(digits);
    if (negative)
        body.remove_prefix(1);
    return layout_number(interp, f, negative, prefix, body, false, "", f.type == 'X');
}

Result<Own<StrObject>> format_float_spec(Interpreter& interp, Value v, SpecText spec) {
    if (spec.length() == 0)
        return str(interp, v);
    Spec f;
    BASTION_TRY(parse_spec(interp, spec, 0, '>', type_of(interp, v)->name, &f));
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_type(interp, f.type, type_of(interp, v)->name);
    }
    return format_float_with(interp, float_value(v), f);
}

} // namespace

Result<Own<StrObject>> format_int(Interpreter& interp, Value v, StrObject* spec) {
    if (v.is_small_int() && spec->length == 0) // f"{i}", format(i), "{}".format(i): str(i)
        return str_of_small_int(interp, v.small_int_value());
    return format_int_spec(interp, v, whole(spec));
}

Result<Own<StrObject>> format_float(Interpreter& interp, Value v, StrObject* spec) {
    return format_float_spec(interp, v, whole(spec));
}

// CPython: format_complex_internal. Each part is laid out like a float with no width (the
// imaginary part always signed unless the real part is omitted), then the whole is padded.
Result<Own<StrObject>> format_complex(Interpreter& interp, Value v, double re, double im, StrObject* spec) {
    if (spec->length == 0)
        return str(interp, v);
    Spec f;
    BASTION_TRY(parse_spec(interp, whole(spec), 0, '>', type_of(interp, v)->name, &f));
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_type(interp, f.type, type_of(interp, v)->name);
    }
    if (f.fill == '0')
        return interp.raise(interp.exc.ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return interp.raise(interp.exc.ValueError, "'=' alignment flag is not allowed in complex format specifier");
    if (f.precision > INT32_MAX)
        return interp.raise(interp.exc.ValueError, "precision too big");
    unsigned flags = 0;
    if (f.alternate)
        flags |= kFloatAlt;
    if (f.no_neg_0)
        flags |= kFloatNoNegZero;
    uint32_t type = f.type == 'n' ? 'g' : f.type;
    int precision = static_cast<int>(f.precision), default_precision = 6;
    bool skip_re = false, add_parens = false;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !std::signbit(re))
            skip_re = true;
        else
            add_parens = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    BASTION_TRY(check_float_text_room(interp, precision));
    auto part = [&](double x, uint32_t sign) -> Result<Own<StrObject>> {
        std::string text = double_to_string(x, static_cast<char>(type), precision, flags);
        bool negative = !text.empty() && text[0] == '-';
        std::string_view body(text);
        if (negative)
            body.remove_prefix(1);
        std::size_t nd = 0;
        while (nd < body.size() && body[nd] >= '0' && body[nd] <= '9')
            ++nd;
        bool has_decimal = nd < body.size() && body[nd] == '.';
        std::string_view rest = body.substr(nd + (has_decimal ? 1 : 0));
        Spec p;
        p.align = '<';
        p.sign = sign;
        p.thousands = f.thousands;
        return layout_number(interp, p, negative, "", body.substr(0, nd), has_decimal, rest, false);
    };
    StrBuilder b;
    Own<StrObject> re_text, im_text;
    if (!skip_re) {
        BASTION_TRY_ASSIGN(re_text, part(re, f.sign));
    }
    BASTION_TRY_ASSIGN(im_text, part(im, skip_re ? f.sign : '+'));
    int64_t total = (re_text ? re_text->length : 0) + im_text->length + 1 + (add_parens ? 2 : 0);
    int64_t padding = f.width > total ? f.width - total : 0, lpad = 0, rpad = 0;
    if (f.width > kMaxContainerLength)
        return interp.no_memory();
    BASTION_TRY(text_reserve(interp, f.width * 4));
    if (f.align == '<')
        rpad = padding;
    else if (f.align == '^')
        lpad = padding / 2, rpad = padding - padding / 2;
    else
        lpad = padding;
    b.append_repeat(f.fill, lpad);
    if (add_parens)
        b.append('(');
    if (re_text)
        b.append(re_text.get());
    b.append(im_text.get());
    b.append('j');
    if (add_parens)
        b.append(')');
    b.append_repeat(f.fill, rpad);
    return b.finish(interp);
}

namespace {

Result<Own<StrObject>> format_str_spec(Interpreter& interp, StrObject* s, SpecText spec) {
    if (spec.length() == 0)
        return Own<StrObject>::borrow(s);
    Spec f;
    const std::string& type_name = type_of(interp, Value(s))->name; // a subclass's own name, as CPython
    BASTION_TRY(parse_spec(interp, spec, 's', '<', type_name, &f));
    if (f.type != 's')
        return unknown_type(interp, f.type, type_name);
    if (f.sign != 0)
        return interp.raise(interp.exc.ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                                  : "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return interp.raise(interp.exc.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return interp.raise(interp.exc.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return interp.raise(interp.exc.ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = s->length;
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len))
        return Own<StrObject>::borrow(s);
    if (f.precision >= 0 && len >= f.precision)
        len = f.precision;
    int64_t total = std::max(f.width, len);
    if (total > kMaxContainerLength)
        return interp.no_memory();
    BASTION_TRY(text_reserve(interp, total * 4));
    int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
    return str_pad(interp, s, len, lpad, total - len - lpad, f.fill);
}

} // namespace

Result<Own<StrObject>> format_str(Interpreter& interp, StrObject* s, StrObject* spec) {
    return format_str_spec(interp, s, whole(spec));
}

Result<Own<StrObject>> format_value(Interpreter& interp, Value v, StrObject* spec) {
    if (v.is_small_int() || (v.is_obj() && v.obj()->type == interp.types.int_))
        return format_int(interp, v, spec);
    if (v.is_obj() && v.obj()->type == interp.types.float_)
        return format_float(interp, v, spec);
    if (v.is_obj() && v.obj()->type == interp.types.str)
        return format_str(interp, static_cast<StrObject*>(v.obj()), spec);
    return format(interp, v, spec);
}

// --- str.format ---------------------------------------------------------------------------------

namespace {

struct FormatState {
    Interpreter& interp;
    CallArgs args;
    int auto_index = 0; // -1 once manual numbering was used
    bool manual = false;
    Value mapping = Value(); // str.format_map: named fields are mapping[key]
};

Result<Own<StrObject>> render(FormatState& st, StrObject* fmt, int64_t begin, int64_t end, int depth);

bool is_digit_cp(uint32_t c) { return c >= '0' && c <= '9'; }

// fmt[b:e] == name, code point by code point.
bool range_equals(const StrObject* fmt, int64_t b, int64_t e, const StrObject* name) {
    if (name->length != e - b)
        return false;
    if (fmt->kind == name->kind)
        return std::memcmp(fmt->data() + b * fmt->kind, name->data(), static_cast<std::size_t>(e - b) * fmt->kind) == 0;
    for (int64_t k = 0; k < e - b; ++k)
        if (fmt->at(b + k) != name->at(k))
            return false;
    return true;
}

// True when fmt[b:e] has no brace (a format spec needing no rendering of nested fields).
bool has_no_brace(const StrObject* fmt, int64_t b, int64_t e) {
    for (int64_t k = b; k < e; ++k) {
        uint32_t c = fmt->at(k);
        if (c == '{' || c == '}')
            return false;
    }
    return true;
}

// Parses a decimal index from fmt[b:e]; -1 if not all digits (or empty).
int64_t parse_index(StrObject* fmt, int64_t b, int64_t e) {
    if (b == e)
        return -1;
    int64_t v = 0;
    for (int64_t i = b; i < e; ++i) {
        if (!is_digit_cp(fmt->at(i)))
            return -1;
        if (v > INT64_MAX / 10 - 10)
            return -1;
        v = v * 10 + (fmt->at(i) - '0');
    }
    return v;
}

// Resolves field_name (arg_name then .attr / [key] accessors) to an object.
Result<Ref> get_field(FormatState& st, StrObject* fmt, int64_t b, int64_t e) {
    Interpreter& interp = st.interp;
    int64_t i = b;
    while (i < e && fmt->at(i) != '.' && fmt->at(i) != '[')
        ++i;
    Ref obj;
    int64_t index = parse_index(fmt, b, i);
    if (b == i) {
        if (st.manual)
            return interp.raise(interp.exc.ValueError, "cannot switch from manual field specification to automatic field numbering");
        index = st.auto_index++;
    } else if (index >= 0) {
        if (st.auto_index > 0)
            return interp.raise(interp.exc.ValueError, "cannot switch from automatic field numbering to manual field specification");
        st.manual = true;
    }
    if (index >= 0) {
        if (static_cast<std::size_t>(index) >= st.args.npos)
            return interp.raise_fmt(interp.exc.IndexError, "Replacement index {} out of range for positional args tuple", index);
        obj = Ref::borrow(st.args.items[index]);
    } else {
        if (st.mapping.is_null()) { // keyword arguments: compared in place, no key object
            std::size_t nkw = st.args.kwnames ? st.args.nkw() : 0;
            for (std::size_t k = 0; k < nkw && obj.is_null(); ++k) {
                if (range_equals(fmt, b, i, st.args.keyword_name(k)))
                    obj = Ref::borrow(st.args.keyword_value(k));
            }
        }
        if (obj.is_null()) {
            BASTION_TRY_ASSIGN(Own<StrObject> key, str_substring(interp, fmt, b, i));
            if (!st.mapping.is_null()) {
                BASTION_TRY_ASSIGN(obj, get_item(interp, st.mapping, Value(key.get())));
            }
            if (obj.is_null()) // KeyError's argument is the key itself
                return interp.raise(interp.exc.KeyError, str_to_utf8(key.get()));
        }
    }
    while (i < e) {
        uint32_t c = fmt->at(i);
        if (c == '.') {
            int64_t s = ++i;
            while (i < e && fmt->at(i) != '.' && fmt->at(i) != '[')
                ++i;
            if (s == i)
                return interp.raise(interp.exc.ValueError, "Empty attribute in format string");
            BASTION_TRY_ASSIGN(Own<StrObject> name, str_substring(interp, fmt, s, i));
            StrObject* interned = interp.intern(name.get());
            if (!interned)
                return interp.no_memory();
            BASTION_TRY_ASSIGN(obj, get_attr(interp, obj, interned));
        } else if (c == '[') {
            int64_t s = ++i;
            while (i < e && fmt->at(i) != ']')
                ++i;
            if (i >= e)
                return interp.raise(interp.exc.ValueError, "Missing ']' in format string");
            if (s == i)
                return interp.raise(interp.exc.ValueError, "Empty attribute in format string");
            int64_t k = parse_index(fmt, s, i);
            Ref key;
            if (k >= 0) {
                BASTION_TRY_ASSIGN(key, int_from_i64(interp, k));
            } else {
                BASTION_TRY_ASSIGN(Own<StrObject> ks, str_substring(interp, fmt, s, i));
                key = std::move(ks).into_ref();
            }
            BASTION_TRY_ASSIGN(obj, get_item(interp, obj, key));
            ++i; // past ']'
            if (i < e && fmt->at(i) != '.' && fmt->at(i) != '[')
                return interp.raise(interp.exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return interp.raise(interp.exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

// One replacement field fmt[b:e] (between the braces).
Status render_field(FormatState& st, StrObject* fmt, int64_t b, int64_t e, int depth, StrBuilder& out) {
    Interpreter& interp = st.interp;
    // field_name ends at the first '!' or ':' outside brackets.
    int64_t i = b;
    int bracket = 0;
    while (i < e) {
        uint32_t c = fmt->at(i);
        if (c == '[')
            ++bracket;
        else if (c == ']')
            --bracket;
        else if (bracket <= 0 && (c == '!' || c == ':'))
            break;
        ++i;
    }
    int64_t name_end = i;
    uint32_t conversion = 0;
    if (i < e && fmt->at(i) == '!') {
        if (i + 1 >= e)
            return interp.raise(interp.exc.ValueError, "end of string while looking for conversion specifier");
        conversion = fmt->at(i + 1);
        i += 2;
        if (i < e && fmt->at(i) != ':')
            return interp.raise(interp.exc.ValueError, "expected ':' after conversion specifier");
    }
    int64_t spec_begin = i < e ? i + 1 : e;
    BASTION_TRY_ASSIGN(Ref value, get_field(st, fmt, b, name_end));
    if (conversion != 0) {
        Own<StrObject> converted;
        if (conversion == 'r') {
            BASTION_TRY_ASSIGN(converted, repr(interp, value));
        } else if (conversion == 's') {
            BASTION_TRY_ASSIGN(converted, str(interp, value));
        } else if (conversion == 'a') {
            BASTION_TRY_ASSIGN(converted, ascii(interp, value));
        } else {
            return interp.raise_fmt(interp.exc.ValueError, "Unknown conversion specifier {}", type_char_text(conversion));
        }
        value = std::move(converted).into_ref();
    }
    if (depth + 1 <= 2 && has_no_brace(fmt, spec_begin, e)) {
        // A spec with nothing nested, for an exact int, float or str: read in place.
        Value v = value;
        SpecText spec{fmt, std::min(spec_begin, e), e};
        Result<Own<StrObject>> text = Own<StrObject>();
        if (v.is_small_int() || (v.is_obj() && v.obj()->type == interp.types.int_))
            text = format_int_spec(interp, v, spec);
        else if (v.is_obj() && v.obj()->type == interp.types.float_)
            text = format_float_spec(interp, v, spec);
        else if (v.is_obj() && v.obj()->type == interp.types.str)
            text = format_str_spec(interp, static_cast<StrObject*>(v.obj()), spec);
        if (!text.ok())
            return text.take_error();
        if (text.value()) {
            out.append(text.value().get());
            return {};
        }
    }
    Own<StrObject> spec;
    if (depth + 1 <= 2 && spec_begin >= e) {
        spec = Own<StrObject>::borrow(interp.empty_str);
    } else if (depth + 1 <= 2 && has_no_brace(fmt, spec_begin, e)) { // nothing nested: the text itself
        BASTION_TRY_ASSIGN(spec, str_substring(interp, fmt, spec_begin, e));
    } else {
        BASTION_TRY_ASSIGN(spec, render(st, fmt, spec_begin, e, depth + 1));
    }
    BASTION_TRY_ASSIGN(Own<StrObject> text, format_value(interp, value, spec.get()));
    out.append(text.get());
    return {};
}

// CPython: MarkupIterator_next over fmt[begin:end].
Result<Own<StrObject>> render(FormatState& st, StrObject* fmt, int64_t begin, int64_t end, int depth) {
    Interpreter& interp = st.interp;
    if (depth > 2)
        return interp.raise(interp.exc.ValueError, "Max string recursion exceeded");
    StrBuilder out;
    int64_t i = begin;
    while (i < end) {
        uint32_t c = fmt->at(i);
        if (c == '}') {
            if (i + 1 < end && fmt->at(i + 1) == '}') {
                out.append('}');
                i += 2;
                continue;
            }
            return interp.raise(interp.exc.ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') { // a run of literal text up to the next brace
            int64_t j = i + 1;
            while (j < end && fmt->at(j) != '{' && fmt->at(j) != '}')
                ++j;
            out.append(fmt, i, j);
            i = j;
            continue;
        }
        if (i + 1 < end && fmt->at(i + 1) == '{') {
            out.append('{');
            i += 2;
            continue;
        }
        // A field: find the matching '}' (nested braces belong to the spec).
        int64_t j = i + 1, nest = 1;
        while (j < end) {
            uint32_t d = fmt->at(j);
            if (d == '{')
                ++nest;
            else if (d == '}' && --nest == 0)
                break;
            ++j;
        }
        if (j >= end) {
            return interp.raise(interp.exc.ValueError, depth == 0 ? "expected '}' before end of string"
                                                                  : "unmatched '{' in format spec");
        }
        BASTION_TRY(render_field(st, fmt, i + 1, j, depth, out));
        i = j + 1;
    }
    return out.finish(interp);
}

} // namespace

Result<Own<StrObject>> str_format_method(Interpreter& interp, StrObject* fmt, CallArgs args) {
    FormatState st{interp, args};
    return render(st, fmt, 0, fmt->length, 0);
}

Result<Own<StrObject>> str_format_map(Interpreter& interp, StrObject* fmt, Value mapping) {
    FormatState st{interp, CallArgs{}};
    st.mapping = mapping;
    return render(st, fmt, 0, fmt->length, 0);
}

} // namespace bastion
