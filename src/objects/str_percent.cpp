// str_percent.cpp: printf-style `str % args` (CPython: Objects/unicodeobject.c
// PyUnicode_Format): %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%, flags -+ #0,
// widths and precisions (incl. '*'), a tuple of arguments or a mapping with %(key)s.
#include <cmath>
#include <cstring>

#include "objects/abstract.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_format.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/float_text.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

struct PercentArgs {
    Value args;
    const Value* items = nullptr;
    int64_t arglen = -1; // -1: a single non-tuple argument
    int64_t argidx = -2;
    Value dict;
};

Result<Value> next_arg(Interpreter& interp, PercentArgs& pa) {
    if (pa.argidx < pa.arglen) {
        int64_t i = pa.argidx++;
        if (pa.arglen < 0)
            return pa.args;
        return pa.items[i];
    }
    return interp.raise(interp.exc.TypeError, "not enough arguments for format string");
}

using Flags = PercentFlags;

// text_reserve (objects/str_object.cpp) answers a size under 1 MiB at once: that answer
// here, without the call; larger sizes are probed by it.
inline Status reserve_text(Interpreter& interp, int64_t bytes) {
    if (bytes < (int64_t{1} << 20)) [[likely]]
        return {};
    return text_reserve(interp, bytes);
}


// Pads [sign][prefix][body] to the width: zeros after the prefix with '0', else spaces.
void emit_padded(StrBuilder& out, const Flags& f, std::string_view sign, std::string_view prefix, const StrObject* body_str,
                 std::string_view body_ascii, bool numeric) {
    int64_t body_len = body_str ? body_str->length : static_cast<int64_t>(body_ascii.size());
    int64_t len = static_cast<int64_t>(sign.size() + prefix.size()) + body_len;
    int64_t pad = f.width > len ? f.width - len : 0;
    if (!f.left && !(numeric && f.zero))
        out.append_repeat(' ', pad);
    out.append_ascii(sign);
    out.append_ascii(prefix);
    if (!f.left && numeric && f.zero)
        out.append_repeat('0', pad);
    if (body_str)
        out.append(body_str);
    else
        out.append_ascii(body_ascii);
    if (f.left)
        out.append_repeat(' ', pad);
}

Status format_one(Interpreter& interp, StrBuilder& out, uint32_t type, Value v, const Flags& f, int64_t type_index) {
    switch (type) {
    case 's':
    case 'r':
    case 'a': {
        Own<StrObject> s;
        if (type == 's') {
            BASTION_TRY_ASSIGN(s, str(interp, v));
        } else if (type == 'r') {
            BASTION_TRY_ASSIGN(s, repr(interp, v));
        } else {
            BASTION_TRY_ASSIGN(s, ascii(interp, v));
        }
        if (f.precision >= 0 && f.precision < s->length) {
            BASTION_TRY_ASSIGN(s, str_substring(interp, s.get(), 0, f.precision));
        }
        Flags g = f;
        g.zero = false;
        emit_padded(out, g, "", "", s.get(), "", false);
        return {};
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        std::string text; // short numbers stay in the string's inline buffer
        BASTION_TRY(percent_format_number(interp, text, type, v, f));
        out.append_ascii(text);
        return {};
    }
    case 'c': {
        uint32_t cp = 0;
        if (is_str(interp, v)) {
            auto* s = static_cast<StrObject*>(v.obj());
            if (s->length != 1)
                return interp.raise(interp.exc.TypeError, "%c requires int or char");
            cp = s->at(0);
        } else if (is_int(interp, v) || type_of(interp, v)->number.index) {
            BASTION_TRY_ASSIGN(Ref n, index(interp, v));
            int64_t x = 0;
            if (!int_to_i64(n, &x) || x < 0 || x > 0x10FFFF)
                return interp.raise(interp.exc.OverflowError, "%c arg not in range(0x110000)");
            cp = static_cast<uint32_t>(x);
        } else {
            return interp.raise(interp.exc.TypeError, "%c requires int or char");
        }
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_char(interp, cp));
        Flags g = f;
        g.zero = false;
        emit_padded(out, g, "", "", s.get(), "", false);
        return {};
    }
    default:
        return interp.raise_fmt(interp.exc.ValueError, "unsupported format character '{}' (0x{:x}) at index {}",
                                type < 128 && type >= 32 ? std::string(1, static_cast<char>(type)) : std::string("?"), type,
                                type_index);
    }
}

// [pad][sign][prefix][zeros][body][pad] in ASCII: spaces, or zeros after the prefix with
// '0' (numbers only), `zeros` more zeros (an integer's precision).
void emit_padded_ascii(std::string& out, const Flags& f, std::string_view sign, std::string_view prefix, int64_t zeros,
                       std::string_view body, bool numeric) {
    int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + body.size()) + zeros;
    int64_t pad = f.width > len ? f.width - len : 0;
    if (!f.left && !(numeric && f.zero))
        out.append(static_cast<std::size_t>(pad), ' ');
    out += sign;
    out += prefix;
    if (!f.left && numeric && f.zero)
        out.append(static_cast<std::size_t>(pad), '0');
    out.append(static_cast<std::size_t>(zeros), '0');
    out += body;
    if (f.left)
        out.append(static_cast<std::size_t>(pad), ' ');
}

// The index of the next '%' in fmt[from:], or fmt->length.
int64_t find_percent(const StrObject* fmt, int64_t from) {
    int64_t n = fmt->length;
    if (fmt->kind == 1) {
        const void* hit = from < n ? std::memchr(fmt->data() + from, '%', static_cast<std::size_t>(n - from)) : nullptr;
        return hit ? static_cast<const uint8_t*>(hit) - fmt->data() : n;
    }
    for (int64_t i = from; i < n; ++i)
        if (fmt->at(i) == '%')
            return i;
    return n;
}

} // namespace

Status percent_format_number(Interpreter& interp, std::string& out, uint32_t type, Value v, const PercentFlags& f) {
    if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G') {
        BASTION_TRY_ASSIGN(double x, float_as_double(interp, v));
        int prec = f.precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(f.precision, 100000));
        char fast[128];
        std::size_t fast_len = f.alt ? 0 : float_text_fast(x, type, prec, fast);
        std::string text;
        if (fast_len == 0)
            text = double_to_string(x, static_cast<char>(type), prec, f.alt ? unsigned{kFloatAlt} : 0u);
        std::string_view body = fast_len != 0 ? std::string_view(fast, fast_len) : std::string_view(text);
        bool negative = body[0] == '-';
        if (negative)
            body.remove_prefix(1);
        std::string_view sign = negative ? "-" : f.plus ? "+" : f.space ? " " : "";
        emit_padded_ascii(out, f, sign, "", 0, body, true); // CPython zero-pads inf and nan too
        return {};
    }
    Ref n;
    bool decimal = type == 'd' || type == 'i' || type == 'u';
    Type* t = type_of(interp, v);
    if (v.is_small_int() || is_int(interp, v)) {
        n = Ref::borrow(v);
    } else if (decimal && (is_float(interp, v) || t->number.to_int || t->number.index || t->number.to_float)) {
        BASTION_TRY_ASSIGN(n, to_int(interp, v));
    } else if (!decimal && t->number.index) {
        BASTION_TRY_ASSIGN(n, index(interp, v));
    } else if (decimal) {
        return interp.raise_fmt(interp.exc.TypeError, "%{} format: a real number is required, not {}",
                                static_cast<char>(type), t->name);
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "%{} format: an integer is required, not {}",
                                static_cast<char>(type), t->name);
    }
    int base = decimal ? 10 : type == 'o' ? 8 : 16;
    char buf[64];
    std::string big;
    std::string_view digits;
    bool negative = false;
    if (n.get().is_small_int()) { // no bigint: the digits straight from the machine word
        int64_t x = n.get().small_int_value();
        negative = x < 0;
        uint64_t mag = negative ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        digits = u64_digits(mag, static_cast<unsigned>(base), type == 'X', buf);
    } else {
        BASTION_TRY(int_text_reserve(interp, n, base));
        big = base == 10 ? int_to_decimal(n) : bigint::to_string(int_to_bigint(n), base);
        negative = big[0] == '-';
        if (type == 'X') {
            for (char& c : big)
                c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
        }
        digits = std::string_view(big).substr(negative ? 1 : 0);
    }
    int64_t zeros = f.precision > static_cast<int64_t>(digits.size()) ? f.precision - static_cast<int64_t>(digits.size()) : 0;
    std::string_view sign = negative ? "-" : f.plus ? "+" : f.space ? " " : "";
    std::string_view prefix = !f.alt ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    emit_padded_ascii(out, f, sign, prefix, zeros, digits, true);
    return {};
}

Result<Own<StrObject>> str_percent_format(Interpreter& interp, StrObject* fmt, Value args) {
    PercentArgs pa;
    pa.args = args;
    if (is_tuple(interp, args)) {
        auto* t = static_cast<TupleObject*>(args.obj());
        pa.items = t->items();
        pa.arglen = t->size;
        pa.argidx = 0;
    }
    Type* at = type_of(interp, args);
    if (!is_tuple(interp, args) && !is_str(interp, args) && at->getitem)
        pa.dict = args;
    StrBuilder out;
    int64_t n = fmt->length, i = 0;
    while (i < n) {
        int64_t next = find_percent(fmt, i);
        if (next > i) // the literal text before it, as one run
            out.append(fmt, i, next);
        if (next >= n)
            break;
        i = next + 1;
        if (i >= n)
            return interp.raise(interp.exc.ValueError, "incomplete format");
        Value value;
        Ref keyed;
        if (fmt->at(i) == '(') {
            if (pa.dict.is_null())
                return interp.raise(interp.exc.TypeError, "format requires a mapping");
            int64_t start = ++i, depth = 1;
            while (i < n && depth > 0) {
                if (fmt->at(i) == '(')
                    ++depth;
                else if (fmt->at(i) == ')')
                    --depth;
                ++i;
            }
            if (depth > 0)
                return interp.raise(interp.exc.ValueError, "incomplete format key");
            BASTION_TRY_ASSIGN(Own<StrObject> key, str_substring(interp, fmt, start, i - 1));
            BASTION_TRY_ASSIGN(keyed, get_item(interp, pa.dict, key.get()));
            value = keyed;
            pa.arglen = -1;
            pa.argidx = -2;
        }
        Flags f;
        for (; i < n; ++i) {
            uint32_t d = fmt->at(i);
            if (d == '-')
                f.left = true;
            else if (d == '+')
                f.plus = true;
            else if (d == ' ')
                f.space = true;
            else if (d == '#')
                f.alt = true;
            else if (d == '0')
                f.zero = true;
            else
                break;
        }
        auto read_num = [&](int64_t* out_num, bool is_width) -> Status {
            if (i < n && fmt->at(i) == '*') {
                ++i;
                BASTION_TRY_ASSIGN(Value w, next_arg(interp, pa));
                if (!is_int(interp, w))
                    return interp.raise(interp.exc.TypeError, "* wants int");
                int64_t x = 0;
                // CPython reads '*' as a C ssize_t (width) or C int (precision); a width that
                // fits but cannot be allocated is a MemoryError.
                if (!int_to_i64(w, &x) || (!is_width && (x > INT32_MAX || x < INT32_MIN))) {
                    return interp.raise(interp.exc.OverflowError, is_width ? "Python int too large to convert to C ssize_t"
                                                                           : "Python int too large to convert to C int");
                }
                if (x > kMaxContainerLength || x < -kMaxContainerLength)
                    return interp.no_memory();
                BASTION_TRY(reserve_text(interp, (x < 0 ? -x : x) * 4));
                if (is_width && x < 0) {
                    f.left = true;
                    x = -x;
                }
                *out_num = x < 0 ? 0 : x;
                return {};
            }
            int64_t x = -1;
            while (i < n && fmt->at(i) >= '0' && fmt->at(i) <= '9') {
                x = (x < 0 ? 0 : x) * 10 + (fmt->at(i) - '0');
                if (x > (is_width ? kMaxContainerLength : int64_t{INT32_MAX})) // CPython: ssize_t / int
                    return interp.raise(interp.exc.ValueError, is_width ? "width too big" : "precision too big");
                ++i;
            }
            // As for '*': a width or precision that parses but cannot be allocated is a
            // MemoryError here, before the padding loop asks the C++ allocator for it.
            if (x > 0)
                BASTION_TRY(reserve_text(interp, x * 4));
            if (x >= 0 || !is_width)
                *out_num = x < 0 ? 0 : x;
            return {};
        };
        // A width or precision of plain digits (the common case) is read here; '*' and the
        // errors take read_num.
        auto digit_at = [&](int64_t k) -> int64_t {
            uint32_t c = k < n ? (fmt->kind == 1 ? fmt->data()[k] : fmt->at(k)) : 0;
            return c >= '0' && c <= '9' ? static_cast<int64_t>(c - '0') : -1;
        };
        if (int64_t d0 = digit_at(i); d0 >= 0 && digit_at(i + 1) < 0) {
            f.width = d0; // one digit (never '0', a flag): no limit to check, nothing to reserve
            ++i;
        } else if (d0 >= 0 || (i < n && fmt->at(i) == '*')) {
            BASTION_TRY(read_num(&f.width, true));
        } // else no width: read_num would leave it unset
        if (i < n && fmt->at(i) == '.') {
            ++i;
            if (int64_t d0 = digit_at(i); d0 >= 0 && digit_at(i + 1) < 0) {
                f.precision = d0;
                ++i;
            } else {
                BASTION_TRY(read_num(&f.precision, false));
            }
        }
        if (i < n && (fmt->at(i) == 'h' || fmt->at(i) == 'l' || fmt->at(i) == 'L'))
            ++i;
        if (i >= n)
            return interp.raise(interp.exc.ValueError, "incomplete format");
        uint32_t type = fmt->at(i++);
        if (type == '%' && i == next + 2) { // only a bare "%%" is a literal (CPython 3.11): "%5%" takes an
            out.append('%');                // argument and is then an unsupported format character
            continue;
        }
        if (value.is_null()) {
            BASTION_TRY_ASSIGN(value, next_arg(interp, pa));
        }
        BASTION_TRY(format_one(interp, out, type, value, f, i - 1));
    }
    if (pa.argidx < pa.arglen && pa.dict.is_null())
        return interp.raise(interp.exc.TypeError, "not all arguments converted during string formatting");
    return out.finish(interp);
}

} // namespace bastion
