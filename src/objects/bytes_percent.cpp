// bytes_percent.cpp: printf-style `bytes % args` (CPython's _PyBytes_FormatEx, PEP 461):
// %s/%b take a buffer or an object with __bytes__, %r/%a give ascii(), %c an int in
// range(256) or one byte; the numeric conversions are delegated to str's % (their text
// is ASCII). Keys (%(name)s) are bytes looked up in a mapping.
#include <cstring>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_util.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_format.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

struct Args {
    const Value* items = nullptr;
    int64_t len = -1; // -1: a single non-tuple argument
    int64_t idx = -2;
    Value single;
    Value dict;
};

Result<Value> next_arg(Interpreter& interp, Args& a) {
    if (a.idx < a.len) {
        int64_t i = a.idx++;
        return a.len < 0 ? a.single : a.items[i];
    }
    return interp.raise(interp.exc.TypeError, "not enough arguments for format string");
}

// The bytes for %s / %b.
Result<std::string> bytes_of(Interpreter& interp, Value v) {
    if (has_buffer(interp, v))
        return bytes_collect(interp, v);
    StrObject* name = interp.intern("__bytes__");
    if (!type_lookup(type_of(interp, v), name).is_null()) {
        BASTION_TRY_ASSIGN(Ref r, call_method(interp, v, name, {}));
        if (!is_bytes(interp, r))
            return interp.raise_fmt(interp.exc.TypeError, "__bytes__ returned non-bytes (type {})", type_of(interp, r)->name);
        return bytes_collect(interp, r);
    }
    return interp.raise_fmt(interp.exc.TypeError,
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            type_of(interp, v)->name);
}

} // namespace

Result<std::string> bytes_percent_format(Interpreter& interp, std::span<const uint8_t> format, Value args) {
    // The format is copied: arguments' __bytes__/__index__ may mutate a bytearray format.
    std::string fmt(reinterpret_cast<const char*>(format.data()), format.size());
    Args a;
    if (is_tuple(interp, args)) {
        auto* t = static_cast<TupleObject*>(args.obj());
        a.items = t->items();
        a.len = t->size;
        a.idx = 0;
    } else {
        a.single = args;
    }
    if (!is_tuple(interp, args) && !is_bytes_like(interp, args) && !is_str(interp, args) && type_of(interp, args)->getitem)
        a.dict = args;
    std::string out;
    out.reserve(fmt.size() + 32);
    std::size_t n = fmt.size(), i = 0;
    while (i < n) {
        // The literal text up to the next '%', as one run.
        const void* hit = std::memchr(fmt.data() + i, '%', n - i);
        std::size_t next = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - fmt.data()) : n;
        if (next > i)
            out.append(fmt, i, next - i);
        if (next >= n)
            break;
        i = next + 1;
        if (i >= n)
            return interp.raise(interp.exc.ValueError, "incomplete format");
        Value value;
        Ref keyed;
        if (fmt[i] == '(') {
            if (a.dict.is_null())
                return interp.raise(interp.exc.TypeError, "format requires a mapping");
            std::size_t start = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                if (fmt[i] == '(')
                    ++depth;
                else if (fmt[i] == ')')
                    --depth;
                ++i;
            }
            if (depth > 0)
                return interp.raise(interp.exc.ValueError, "incomplete format key");
            BASTION_TRY_ASSIGN(Own<BytesObject> key, bytes_from(interp, std::string_view(fmt).substr(start, i - 1 - start)));
            BASTION_TRY_ASSIGN(keyed, get_item(interp, a.dict, Value(key)));
            value = keyed;
            a.len = -1;
            a.idx = -2;
        }
        PercentFlags pf; // the flags; width and precision are read below
        for (; i < n; ++i) {
            char fl = fmt[i];
            if (fl == '-')
                pf.left = true;
            else if (fl == '+')
                pf.plus = true;
            else if (fl == ' ')
                pf.space = true;
            else if (fl == '#')
                pf.alt = true;
            else if (fl == '0')
                pf.zero = true;
            else
                break;
        }
        bool& left = pf.left;
        int64_t width = -1, prec = -1;
        auto read_num = [&](int64_t* out_num, bool is_width) -> Status {
            if (i < n && fmt[i] == '*') {
                ++i;
                BASTION_TRY_ASSIGN(Value w, next_arg(interp, a));
                if (!is_int(interp, w))
                    return interp.raise(interp.exc.TypeError, "* wants int");
                int64_t x = 0;
                if (!int_to_i64(w, &x) || (!is_width && (x > INT32_MAX || x < INT32_MIN))) {
                    return interp.raise(interp.exc.OverflowError, is_width ? "Python int too large to convert to C ssize_t"
                                                                           : "Python int too large to convert to C int");
                }
                if (x > kMaxContainerLength || x < -kMaxContainerLength)
                    return interp.no_memory();
                BASTION_TRY(text_reserve(interp, x < 0 ? -x : x));
                if (is_width && x < 0) {
                    left = true;
                    x = -x;
                }
                *out_num = x < 0 ? 0 : x;
                return {};
            }
            int64_t x = -1;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                x = (x < 0 ? 0 : x) * 10 + (fmt[i] - '0');
                if (x > (is_width ? kMaxContainerLength : int64_t{INT32_MAX})) // CPython: ssize_t / int
                    return interp.raise(interp.exc.ValueError, is_width ? "width too big" : "prec too big");
                ++i;
            }
            // As for '*': a size that parses but cannot be allocated is a MemoryError here,
            // before the numeric conversions (delegated to str %) ask the C++ allocator for it.
            if (x > 0)
                BASTION_TRY(text_reserve(interp, x));
            if (x >= 0 || !is_width)
                *out_num = x < 0 ? 0 : x;
            return {};
        };
        BASTION_TRY(read_num(&width, true));
        if (i < n && fmt[i] == '.') {
            ++i;
            BASTION_TRY(read_num(&prec, false));
        }
        if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L'))
            ++i;
        if (i >= n)
            return interp.raise(interp.exc.ValueError, "incomplete format");
        char type = fmt[i++];
        if (type == '%' && i == next + 2) { // only a bare "%%" is a literal (CPython 3.11): "%5%" takes an
            out.push_back('%');             // argument and is then an unsupported format character
            continue;
        }
        if (value.is_null()) {
            BASTION_TRY_ASSIGN(value, next_arg(interp, a));
        }
        std::string body;
        switch (type) {
        case 's':
        case 'b': {
            BASTION_TRY_ASSIGN(body, bytes_of(interp, value));
            if (prec >= 0 && prec < static_cast<int64_t>(body.size()))
                body.resize(static_cast<std::size_t>(prec));
            break;
        }
        case 'r':
        case 'a': {
            BASTION_TRY_ASSIGN(Own<StrObject> s, ascii(interp, value));
            body = str_to_utf8(s.get());
            if (prec >= 0 && prec < static_cast<int64_t>(body.size()))
                body.resize(static_cast<std::size_t>(prec));
            break;
        }
        case 'c': {
            if (is_bytes_like(interp, value) && bytes_like_view(value).size() == 1) {
                body.push_back(static_cast<char>(bytes_like_view(value)[0]));
            } else if (is_int(interp, value) || type_of(interp, value)->number.index) {
                BASTION_TRY_ASSIGN(Ref iv, index(interp, value));
                int64_t x = 0;
                if (!int_to_i64(iv, &x) || x < 0 || x > 255)
                    return interp.raise(interp.exc.OverflowError, "%c arg not in range(256)");
                body.push_back(static_cast<char>(x));
            } else {
                return interp.raise(interp.exc.TypeError, "%c requires an integer in range(256) or a single byte");
            }
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            // The same conversion as str % (the text is ASCII), with str %'s size checks.
            pf.width = width;
            pf.precision = prec;
            if (width > 0)
                BASTION_TRY(text_reserve(interp, width * 4));
            if (prec > 0)
                BASTION_TRY(text_reserve(interp, prec * 4));
            // CPython's bytes formatting names %i as %d in its errors, and reads a float
            // conversion's argument itself: any failure is "float argument required".
            uint32_t conv = type == 'i' ? 'd' : static_cast<unsigned char>(type);
            Ref as_float;
            if (conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' || conv == 'g' || conv == 'G') {
                auto x = float_as_double(interp, value);
                // (Resource stops — StepLimitExceeded, MemoryError — pass through unchanged.)
                if (!x.ok()) {
                    Value e = x.error().exception;
                    Type* et = type_of(interp, e);
                    if (!is_subtype(et, interp.exc.Exception) || is_subtype(et, interp.exc.MemoryError))
                        return x.take_error();
                    return interp.raise_fmt(interp.exc.TypeError, "float argument required, not {}",
                                            type_of(interp, value)->name);
                }
                BASTION_TRY_ASSIGN(as_float, float_from_double(interp, x.value()));
                value = as_float;
            }
            BASTION_TRY(percent_format_number(interp, out, conv, value, pf));
            if (static_cast<int64_t>(out.size()) > kMaxContainerLength)
                return interp.no_memory();
            continue;
        }
        default: {
            unsigned char uc = static_cast<unsigned char>(type);
            if (uc >= 0x20 && uc < 0x7F) {
                return interp.raise_fmt(interp.exc.ValueError, "unsupported format character '{}' ({:#x}) at index {}", type,
                                        uc, i - 1);
            }
            return interp.raise_fmt(interp.exc.ValueError, "unsupported format character '\\x{:02x}' ({:#x}) at index {}", uc,
                                    uc, i - 1);
        }
        }
        int64_t len = static_cast<int64_t>(body.size());
        int64_t pad = width > len ? width - len : 0;
        auto total = checked_add(static_cast<int64_t>(out.size()), len + pad);
        if (!total || *total > kMaxContainerLength)
            return interp.no_memory();
        BASTION_TRY(text_reserve(interp, *total));
        if (!left)
            out.append(static_cast<std::size_t>(pad), ' ');
        out += body;
        if (left)
            out.append(static_cast<std::size_t>(pad), ' ');
    }
    if (a.idx < a.len && a.dict.is_null())
        return interp.raise(interp.exc.TypeError, "not all arguments converted during bytes formatting");
    return out;
}

} // namespace bastion
