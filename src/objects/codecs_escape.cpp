// codecs_escape.cpp: the escape codecs (objects/codecs_escape.h) — unicode_escape and
// raw_unicode_escape in both directions and the bytes-to-bytes escape_decode /
// escape_encode, as CPython 3.11's _codecs functions. Decoding errors go through the codec
// registry (codec_lookup_error, so a handler registered under any name, built-in names
// included, is the one called) with a fresh UnicodeDecodeError named 'unicodeescape' /
// 'rawunicodeescape', CPython's reasons and positions; decoding goes on in the exception's
// `object`, which the handler may have replaced. `final` false keeps an incomplete escape
// at the end back (the consumed count stops before it). Output sizes are computed with
// checked arithmetic and allocated through the interpreter: a huge result is a MemoryError.
// Written for Bastion from CPython 3.11's documented behaviour (Objects/unicodeobject.c's
// _PyUnicode_DecodeUnicodeEscapeInternal and friends: messages, not code).
#include "objects/codecs_escape.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "support/unicode_db.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

constexpr std::size_t kNameMaxLen = 256; // CPython's NAME_MAXLEN (unicodedata.lookup)

int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool is_octal(uint8_t c) { return c >= '0' && c <= '7'; }

// The `count` hex digits at p[s, n): their value and the position after them; or, where
// a non-digit or the end stops them, value -1, its position and whether the end did.
struct HexEscape {
    int64_t value = -1;
    int64_t end = 0;
    bool incomplete = false;
};
HexEscape hex_escape(const uint8_t* p, int64_t n, int64_t s, int count) {
    int64_t avail = std::min<int64_t>(count, n - s);
    int64_t value = 0;
    int64_t k = 0;
    for (; k < avail; ++k) {
        int h = hex_value(p[s + k]);
        if (h < 0)
            break;
        value = (value << 4) | h;
    }
    if (k == count)
        return {value, s + count, false};
    return {-1, s + k, k == avail};
}

// The simple one-character escapes: \\ \' \" \b \f \t \n \r \v \a (else -1).
int simple_escape(uint8_t c) {
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'b': return '\b';
    case 'f': return '\f';
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return -1;
    }
}

// The code point of a \N{...} name, or -1: ASCII names, matched as unicodedata.lookup
// matches them (aliases count; named sequences, which are not one character, do not).
int32_t name_lookup(const uint8_t* p, int64_t n) {
    if (static_cast<uint64_t>(n) > kNameMaxLen)
        return -1;
    for (int64_t i = 0; i < n; ++i)
        if (p[i] >= 0x80)
            return -1;
    return unicode::lookup_char({reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)}, true);
}

// The decoded code points, with their maximum (for the result's kind).
class CodePoints {
public:
    void push(uint32_t cp) {
        try {
            m_buf.push_back(static_cast<char32_t>(cp));
        } catch (const std::exception&) { // bad_alloc / length_error: reported by finish()
            m_failed = true;
            return;
        }
        m_max = std::max(m_max, cp);
    }
    void push_latin1(const uint8_t* p, int64_t n) {
        if (n <= 0)
            return;
        std::size_t at = m_buf.size();
        try {
            m_buf.resize(at + static_cast<std::size_t>(n));
        } catch (const std::exception&) {
            m_failed = true;
            return;
        }
        uint8_t any = 0;
        char32_t* out = m_buf.data() + at;
        for (int64_t i = 0; i < n; ++i) {
            out[i] = p[i];
            any |= p[i];
        }
        m_max = std::max<uint32_t>(m_max, any >= 0x80 ? 0xFF : any);
    }
    void push(const StrObject* s) {
        for (int64_t i = 0; i < s->length; ++i)
            push(s->at(i));
    }
    int64_t size() const { return static_cast<int64_t>(m_buf.size()); }

    Result<Own<StrObject>> finish(Interpreter& interp) {
        if (m_failed)
            return interp.no_memory();
        if (m_buf.empty())
            return Own<StrObject>::borrow(interp.empty_str);
        auto n = static_cast<int64_t>(m_buf.size());
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_new_raw(interp, n, m_max));
        const char32_t* in = m_buf.data();
        switch (s->kind) {
        case 1:
            for (int64_t i = 0; i < n; ++i)
                s->data()[i] = static_cast<uint8_t>(in[i]);
            break;
        case 2: {
            auto* out = reinterpret_cast<uint16_t*>(s->data());
            for (int64_t i = 0; i < n; ++i)
                out[i] = static_cast<uint16_t>(in[i]);
            break;
        }
        default:
            std::memcpy(s->data(), in, static_cast<std::size_t>(n) * 4);
            break;
        }
        return s;
    }

private:
    std::u32string m_buf;
    uint32_t m_max = 0;
    bool m_failed = false;
};

// --- Arguments -----------------------------------------------------------------------------------

// The `s*` argument as an exact bytes object: a str is encoded as UTF-8 (strict), bytes
// (a subclass copied), else any buffer exporter's bytes (copied, so that Python code run
// by an error handler cannot resize them under the decoder).
Result<Ref> data_arg(Interpreter& interp, Value v) {
    if (is_str(interp, v)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, codec_encode(interp, static_cast<StrObject*>(v.obj()), "utf-8", "strict"));
        return std::move(b).into_ref();
    }
    if (v.is_obj() && v.obj()->type == interp.types.bytes)
        return Ref::borrow(v);
    if (is_bytes(interp, v)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, static_cast<BytesObject*>(v.obj())->view()));
        return std::move(b).into_ref();
    }
    BASTION_TRY_ASSIGN(BufferView view, get_buffer(interp, v));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, view.bytes()));
    return std::move(b).into_ref();
}

// The `errors` argument: None (or absent) is 'strict'.
Result<std::string> errors_arg(Interpreter& interp, CallArgs args, std::size_t i, std::string_view fname) {
    if (args.npos <= i || args.items[i].is(Value(interp.none)))
        return std::string("strict");
    Value v = args.items[i];
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{}() argument 2 must be str or None, not {}", fname,
                                type_of(interp, v)->name);
    return str_to_utf8(static_cast<StrObject*>(v.obj()));
}

Result<Ref> pair(Interpreter& interp, Ref first, int64_t consumed) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {first.get(), Value::small_int(consumed)}));
    return std::move(t).into_ref();
}

// The codec loops' output lives outside the object heap; a user handler can make it grow
// without end, so it counts against --max-memory (and the size limit) after each call.
bool output_too_large(Interpreter& interp, uint64_t bytes) {
    if (bytes > static_cast<uint64_t>(kMaxContainerLength))
        return true;
    uint64_t limit = interp.limits.max_memory_bytes;
    return limit != 0 && interp.memory_in_use() + bytes > limit;
}

// --- Decoding ------------------------------------------------------------------------------------

struct EscapeDecoder {
    Interpreter& interp;
    std::string_view enc; // the exception's encoding name
    std::string errors;
    Ref data; // an exact bytes object: the input, or the object a handler left in its exception
    const uint8_t* p = nullptr;
    int64_t n = 0;
    CodePoints out;

    void set_data(Ref d) {
        data = std::move(d);
        auto* b = static_cast<BytesObject*>(data.get().obj());
        p = b->data();
        n = b->size;
    }

    Result<Ref> done(int64_t consumed) {
        BASTION_TRY_ASSIGN(Own<StrObject> s, out.finish(interp));
        return pair(interp, std::move(s).into_ref(), consumed);
    }

    // data[start:end) cannot be decoded: calls the handler `errors` and returns where
    // decoding resumes (in the possibly replaced data), with CPython's checks.
    Result<int64_t> error(int64_t start, int64_t end, std::string_view reason) {
        BASTION_TRY_ASSIGN(Ref handler, codec_lookup_error(interp, errors));
        BASTION_TRY_ASSIGN(Own<StrObject> enc_str, str_from_utf8(interp, enc));
        BASTION_TRY_ASSIGN(Own<StrObject> reason_str, str_from_utf8(interp, reason));
        BASTION_TRY_ASSIGN(Ref exc, call_positional(interp, Value(interp.exc.UnicodeDecodeError),
                                                    {Value(enc_str.get()), data.get(), Value::small_int(start),
                                                     Value::small_int(end), Value(reason_str.get())}));
        BASTION_TRY_ASSIGN(Ref result, call_positional(interp, handler, {exc.get()}));
        Value r = result;
        if (!is_tuple(interp, r) || static_cast<TupleObject*>(r.obj())->size != 2 ||
            !is_str(interp, static_cast<TupleObject*>(r.obj())->items()[0]))
            return interp.raise(interp.exc.TypeError, "decoding error handler must return (str, int) tuple");
        auto* t = static_cast<TupleObject*>(r.obj());
        BASTION_TRY_ASSIGN(Ref pos_obj, index(interp, t->items()[1]));
        int64_t pos = 0;
        if (!int_to_i64(pos_obj, &pos))
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
        BASTION_TRY_ASSIGN(Ref object, get_attr(interp, exc, interp.intern("object")));
        if (!is_bytes(interp, object))
            return interp.raise(interp.exc.TypeError, "object attribute must be bytes");
        if (object.get().obj()->type == interp.types.bytes) {
            set_data(std::move(object));
        } else {
            BASTION_TRY_ASSIGN(Own<BytesObject> copy, bytes_from(interp, static_cast<BytesObject*>(object.get().obj())->view()));
            set_data(std::move(copy).into_ref());
        }
        if (pos < 0)
            pos += n;
        if (pos < 0 || pos > n)
            return interp.raise_fmt(interp.exc.IndexError, "position {} from error handler out of bounds", pos);
        out.push(static_cast<StrObject*>(t->items()[0].obj()));
        if (output_too_large(interp, static_cast<uint64_t>(out.size()) * 4))
            return interp.no_memory();
        return pos;
    }
};

// The common start of the two str decoders: (data, errors=None, final=True, /).
struct DecodeArgs {
    Ref data;
    std::string errors;
    bool final = true;
};
Result<DecodeArgs> decode_args(Interpreter& interp, CallArgs args, std::string_view fname) {
    BASTION_TRY(no_keywords(interp, args, std::string("_codecs.") + std::string(fname)));
    BASTION_TRY(check_positional(interp, args, fname, 1, 3));
    DecodeArgs a;
    BASTION_TRY_ASSIGN(a.data, data_arg(interp, args.items[0]));
    BASTION_TRY_ASSIGN(a.errors, errors_arg(interp, args, 1, fname));
    if (args.npos > 2) {
        // CPython's bool(accept={int}): an int (or __index__), not any object's truth.
        BASTION_TRY_ASSIGN(int64_t final, text_int_arg(interp, args.items[2]));
        a.final = final != 0;
    }
    // A large input's code points are held 4 bytes each while decoding.
    BASTION_TRY(text_reserve(interp, static_cast<BytesObject*>(a.data.get().obj())->size * 4));
    return a;
}

Result<Ref> unicode_escape_decode(EscapeDecoder& d, bool final) {
    const int64_t given = d.n;
    int64_t s = 0;
    std::string last_name; // the last \N{...} name found, and its code point
    int32_t last_cp = -1;
    while (s < d.n) {
        const void* found = std::memchr(d.p + s, '\\', static_cast<std::size_t>(d.n - s));
        if (found == nullptr) {
            d.out.push_latin1(d.p + s, d.n - s);
            break;
        }
        const int64_t bs = static_cast<const uint8_t*>(found) - d.p;
        d.out.push_latin1(d.p + s, bs - s);
        const int64_t start = bs;
        s = bs + 1;
        std::string_view message;
        if (s >= d.n) {
            message = "\\ at end of string";
            if (!final)
                return d.done(start);
        } else {
            uint8_t c = d.p[s++];
            if (int simple = simple_escape(c); simple >= 0) {
                d.out.push(static_cast<uint32_t>(simple));
                continue;
            }
            if (c == '\n') // backslash-newline: a line continuation
                continue;
            if (is_octal(c)) {
                uint32_t ch = c - '0';
                if (s < d.n && is_octal(d.p[s])) {
                    ch = (ch << 3) + (d.p[s++] - '0');
                    if (s < d.n && is_octal(d.p[s]))
                        ch = (ch << 3) + (d.p[s++] - '0');
                }
                d.out.push(ch);
                continue;
            }
            if (c == 'x' || c == 'u' || c == 'U') {
                int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                message = c == 'x' ? "truncated \\xXX escape"
                                   : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                HexEscape h = hex_escape(d.p, d.n, s, count);
                s = h.end;
                if (h.incomplete && !final)
                    return d.done(start);
                if (h.value >= 0) {
                    if (h.value <= 0x10FFFF) {
                        d.out.push(static_cast<uint32_t>(h.value));
                        continue;
                    }
                    message = "illegal Unicode character";
                }
            } else if (c == 'N') {
                message = "malformed \\N character escape";
                if (s >= d.n) {
                    if (!final)
                        return d.done(start);
                } else if (d.p[s] == '{') {
                    ++s;
                    const void* close_p = std::memchr(d.p + s, '}', static_cast<std::size_t>(d.n - s));
                    if (close_p == nullptr) {
                        s = d.n;
                        if (!final)
                            return d.done(start);
                    } else {
                        const int64_t close = static_cast<const uint8_t*>(close_p) - d.p;
                        if (close > s) {
                            // The last name found is remembered: a text repeats its \N{...}
                            // escapes, and each lookup is a search of the name table.
                            int32_t cp;
                            std::string_view name(reinterpret_cast<const char*>(d.p + s), static_cast<std::size_t>(close - s));
                            if (last_cp >= 0 && name == last_name) {
                                cp = last_cp;
                            } else {
                                cp = name_lookup(d.p + s, close - s);
                                if (cp >= 0) {
                                    last_name.assign(name);
                                    last_cp = cp;
                                }
                            }
                            s = close + 1;
                            if (cp >= 0) {
                                d.out.push(static_cast<uint32_t>(cp));
                                continue;
                            }
                            message = "unknown Unicode character name";
                        } else {
                            s = close;
                        }
                    }
                }
            } else {
                // An unknown escape is kept as it is (CPython 3.11 warns only in literals).
                d.out.push('\\');
                d.out.push(c);
                continue;
            }
        }
        BASTION_TRY_ASSIGN(s, d.error(start, s, message));
    }
    return d.done(given);
}

Result<Ref> raw_unicode_escape_decode(EscapeDecoder& d, bool final) {
    const int64_t given = d.n;
    int64_t s = 0;
    while (s < d.n) {
        const void* found = std::memchr(d.p + s, '\\', static_cast<std::size_t>(d.n - s));
        if (found == nullptr) {
            d.out.push_latin1(d.p + s, d.n - s);
            break;
        }
        const int64_t bs = static_cast<const uint8_t*>(found) - d.p;
        // A run of backslashes: \u and \U escape only after an odd number of them.
        int64_t run_end = bs;
        while (run_end < d.n && d.p[run_end] == '\\')
            ++run_end;
        const bool odd = (run_end - bs) % 2 == 1;
        const int64_t text_start = s;
        s = run_end;
        if (odd && s >= d.n && !final) { // a trailing backslash may start an escape
            d.out.push_latin1(d.p + text_start, run_end - 1 - text_start);
            return d.done(s - 1);
        }
        if (!odd || s >= d.n || (d.p[s] != 'u' && d.p[s] != 'U')) {
            d.out.push_latin1(d.p + text_start, run_end - text_start);
            continue;
        }
        d.out.push_latin1(d.p + text_start, run_end - 1 - text_start);
        const int64_t start = s - 1;
        const bool wide = d.p[s] == 'U';
        std::string_view message = wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape";
        HexEscape h = hex_escape(d.p, d.n, s + 1, wide ? 8 : 4);
        s = h.end;
        if (h.incomplete && !final)
            return d.done(start);
        if (h.value >= 0) {
            if (h.value <= 0x10FFFF) {
                d.out.push(static_cast<uint32_t>(h.value));
                continue;
            }
            message = "\\Uxxxxxxxx out of range";
        }
        BASTION_TRY_ASSIGN(s, d.error(start, s, message));
    }
    return d.done(given);
}

// --- Encoding ------------------------------------------------------------------------------------

Result<StrObject*> encode_args(Interpreter& interp, CallArgs args, std::string_view fname) {
    BASTION_TRY(no_keywords(interp, args, std::string("_codecs.") + std::string(fname)));
    BASTION_TRY(check_positional(interp, args, fname, 1, 2));
    Value v = args.items[0];
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{}() argument 1 must be str, not {}", fname,
                                type_of(interp, v)->name);
    BASTION_TRY_ASSIGN(std::string errors, errors_arg(interp, args, 1, fname));
    (void)errors; // the escape encoders cannot fail
    return static_cast<StrObject*>(v.obj());
}

constexpr char kHexDigits[] = "0123456789abcdef";

// Writes \xNN, \uNNNN or \UNNNNNNNN (lower-case hex) for cp at out; returns the end.
uint8_t* write_hex_escape(uint8_t* out, uint32_t cp) {
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    *out++ = '\\';
    *out++ = cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
    for (int i = digits - 1; i >= 0; --i)
        *out++ = static_cast<uint8_t>(kHexDigits[(cp >> (4 * i)) & 15]);
    return out;
}

// unicode_escape: a backslash doubled, \t \n \r, the other ASCII controls and DEL and
// U+0080..U+00FF as \xNN, then \uNNNN and \UNNNNNNNN.
int unicode_escape_width(uint32_t cp) {
    if (cp >= 0x20 && cp < 0x7F)
        return cp == '\\' ? 2 : 1;
    if (cp == '\t' || cp == '\n' || cp == '\r')
        return 2;
    return cp < 0x100 ? 4 : cp < 0x10000 ? 6 : 10;
}

template <typename Unit>
void unicode_escape_fill(const Unit* u, int64_t n, uint8_t* out) {
    for (int64_t i = 0; i < n; ++i) {
        uint32_t cp = u[i];
        if (cp >= 0x20 && cp < 0x7F) {
            if (cp == '\\')
                *out++ = '\\';
            *out++ = static_cast<uint8_t>(cp);
        } else if (cp == '\t' || cp == '\n' || cp == '\r') {
            *out++ = '\\';
            *out++ = cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r';
        } else {
            out = write_hex_escape(out, cp);
        }
    }
}

// raw_unicode_escape: characters below U+0100 are their Latin-1 byte; the rest \uNNNN or
// \UNNNNNNNN.
int raw_unicode_escape_width(uint32_t cp) { return cp < 0x100 ? 1 : cp < 0x10000 ? 6 : 10; }

template <typename Unit>
void raw_unicode_escape_fill(const Unit* u, int64_t n, uint8_t* out) {
    for (int64_t i = 0; i < n; ++i) {
        uint32_t cp = u[i];
        if (cp < 0x100)
            *out++ = static_cast<uint8_t>(cp);
        else
            out = write_hex_escape(out, cp);
    }
}

template <typename Unit>
uint64_t encoded_size(const Unit* u, int64_t n, int (*width)(uint32_t)) {
    uint64_t total = 0; // at most 10 bytes for each of < 2^56 code points: no overflow
    for (int64_t i = 0; i < n; ++i)
        total += static_cast<uint64_t>(width(u[i]));
    return total;
}

template <int (*Width)(uint32_t), void (*Fill1)(const uint8_t*, int64_t, uint8_t*),
          void (*Fill2)(const uint16_t*, int64_t, uint8_t*), void (*Fill4)(const uint32_t*, int64_t, uint8_t*)>
Result<Ref> escape_encode_str(Interpreter& interp, StrObject* s) {
    const int64_t n = s->length;
    uint64_t total = 0;
    switch (s->kind) {
    case 1: total = encoded_size(s->data(), n, Width); break;
    case 2: total = encoded_size(reinterpret_cast<const uint16_t*>(s->data()), n, Width); break;
    default: total = encoded_size(reinterpret_cast<const uint32_t*>(s->data()), n, Width); break;
    }
    if (total > static_cast<uint64_t>(kMaxContainerLength))
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, static_cast<int64_t>(total)));
    switch (s->kind) {
    case 1: Fill1(s->data(), n, b->data()); break;
    case 2: Fill2(reinterpret_cast<const uint16_t*>(s->data()), n, b->data()); break;
    default: Fill4(reinterpret_cast<const uint32_t*>(s->data()), n, b->data()); break;
    }
    return pair(interp, std::move(b).into_ref(), n);
}

} // namespace

Result<Ref> codecs_unicode_escape_decode(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(DecodeArgs a, decode_args(interp, args, "unicode_escape_decode"));
    EscapeDecoder d{interp, "unicodeescape", std::move(a.errors), Ref(), nullptr, 0, {}};
    d.set_data(std::move(a.data));
    return unicode_escape_decode(d, a.final);
}

Result<Ref> codecs_raw_unicode_escape_decode(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(DecodeArgs a, decode_args(interp, args, "raw_unicode_escape_decode"));
    EscapeDecoder d{interp, "rawunicodeescape", std::move(a.errors), Ref(), nullptr, 0, {}};
    d.set_data(std::move(a.data));
    return raw_unicode_escape_decode(d, a.final);
}

Result<Ref> codecs_unicode_escape_encode(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(StrObject * s, encode_args(interp, args, "unicode_escape_encode"));
    return escape_encode_str<unicode_escape_width, unicode_escape_fill<uint8_t>, unicode_escape_fill<uint16_t>,
                             unicode_escape_fill<uint32_t>>(interp, s);
}

Result<Ref> codecs_raw_unicode_escape_encode(Interpreter& interp, CallArgs args) {
    BASTION_TRY_ASSIGN(StrObject * s, encode_args(interp, args, "raw_unicode_escape_encode"));
    return escape_encode_str<raw_unicode_escape_width, raw_unicode_escape_fill<uint8_t>,
                             raw_unicode_escape_fill<uint16_t>, raw_unicode_escape_fill<uint32_t>>(interp, s);
}

// escape_decode(data, errors=None, /): a bytes literal's escapes; a bad \x escape is a
// ValueError (strict), '?' (replace) or nothing (ignore); other handler names are a
// ValueError only when such an escape is met.
Result<Ref> codecs_escape_decode(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "_codecs.escape_decode"));
    BASTION_TRY(check_positional(interp, args, "escape_decode", 1, 2));
    BASTION_TRY_ASSIGN(Ref data, data_arg(interp, args.items[0]));
    BASTION_TRY_ASSIGN(std::string errors, errors_arg(interp, args, 1, "escape_decode"));
    const auto* b = static_cast<BytesObject*>(data.get().obj());
    const uint8_t* p = b->data();
    const int64_t n = b->size;
    std::string out;
    try {
        out.reserve(static_cast<std::size_t>(n));
    } catch (const std::exception&) {
        return interp.no_memory();
    }
    int64_t s = 0;
    while (s < n) {
        const void* found = std::memchr(p + s, '\\', static_cast<std::size_t>(n - s));
        if (found == nullptr) {
            out.append(reinterpret_cast<const char*>(p + s), static_cast<std::size_t>(n - s));
            break;
        }
        const int64_t bs = static_cast<const uint8_t*>(found) - p;
        out.append(reinterpret_cast<const char*>(p + s), static_cast<std::size_t>(bs - s));
        s = bs + 1;
        if (s >= n)
            return interp.raise(interp.exc.ValueError, "Trailing \\ in string");
        uint8_t c = p[s++];
        if (int simple = simple_escape(c); simple >= 0) {
            out.push_back(static_cast<char>(simple));
        } else if (c == '\n') {
            // a line continuation
        } else if (is_octal(c)) {
            uint32_t ch = c - '0';
            if (s < n && is_octal(p[s])) {
                ch = (ch << 3) + (p[s++] - '0');
                if (s < n && is_octal(p[s]))
                    ch = (ch << 3) + (p[s++] - '0');
            }
            out.push_back(static_cast<char>(ch & 0xFF));
        } else if (c == 'x') {
            if (s + 1 < n && hex_value(p[s]) >= 0 && hex_value(p[s + 1]) >= 0) {
                out.push_back(static_cast<char>((hex_value(p[s]) << 4) + hex_value(p[s + 1])));
                s += 2;
                continue;
            }
            if (errors == "strict")
                return interp.raise_fmt(interp.exc.ValueError, "invalid \\x escape at position {}", bs);
            if (errors == "replace") {
                out.push_back('?');
            } else if (errors != "ignore") {
                // CPython's "%.400s": the name's first 400 UTF-8 bytes, a cut character replaced.
                std::string shown = errors.substr(0, 400);
                if (errors.size() > 400) {
                    std::size_t lead = shown.size();
                    while (lead > 0 && (static_cast<uint8_t>(shown[lead - 1]) & 0xC0) == 0x80)
                        --lead;
                    if (lead > 0 && static_cast<uint8_t>(shown[lead - 1]) >= 0xC0) {
                        auto c = static_cast<uint8_t>(shown[lead - 1]);
                        std::size_t width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                        if (shown.size() - (lead - 1) < width) {
                            shown.resize(lead - 1);
                            shown += "\xEF\xBF\xBD";
                        }
                    }
                }
                return interp.raise_fmt(interp.exc.ValueError, "decoding error; unknown error handling code: {}",
                                        shown);
            }
            if (s < n && hex_value(p[s]) >= 0)
                ++s;
        } else {
            out.push_back('\\'); // an unknown escape is kept as it is
            --s;
        }
    }
    BASTION_TRY_ASSIGN(Own<BytesObject> result, bytes_from(interp, out));
    return pair(interp, std::move(result).into_ref(), n);
}

// escape_encode(data, errors=None, /): bytes as a bytes literal's body: \\ \' \t \n \r,
// other bytes outside printable ASCII as \xNN.
Result<Ref> codecs_escape_encode(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "_codecs.escape_encode"));
    BASTION_TRY(check_positional(interp, args, "escape_encode", 1, 2));
    Value v = args.items[0];
    if (!is_bytes(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "escape_encode() argument 1 must be bytes, not {}",
                                type_of(interp, v)->name);
    BASTION_TRY_ASSIGN(std::string errors, errors_arg(interp, args, 1, "escape_encode"));
    (void)errors;
    const auto* b = static_cast<BytesObject*>(v.obj());
    const uint8_t* p = b->data();
    const int64_t n = b->size;
    uint64_t total = 0; // at most 4 bytes each: no overflow
    for (int64_t i = 0; i < n; ++i) {
        uint8_t c = p[i];
        total += (c == '\\' || c == '\'' || c == '\t' || c == '\n' || c == '\r') ? 2 : (c < 0x20 || c >= 0x7F) ? 4 : 1;
    }
    if (total > static_cast<uint64_t>(kMaxContainerLength))
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<BytesObject> result, bytes_new_uninit(interp, static_cast<int64_t>(total)));
    uint8_t* out = result->data();
    for (int64_t i = 0; i < n; ++i) {
        uint8_t c = p[i];
        if (c == '\\' || c == '\'') {
            *out++ = '\\';
            *out++ = c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            *out++ = '\\';
            *out++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7F) {
            out = write_hex_escape(out, c);
        } else {
            *out++ = c;
        }
    }
    return pair(interp, std::move(result).into_ref(), n);
}

} // namespace bastion
