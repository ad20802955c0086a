// codecs.cpp: encoding-name lookup, the codec loops (utf-8, ascii, latin-1, utf-16,
// utf-32) and the error handlers, raising UnicodeDecodeError/UnicodeEncodeError built
// from (encoding, object, start, end, reason) exactly as CPython does. Error handlers
// are looked up lazily (an unknown name only fails when an error occurs), as in CPython.
#include "objects/codecs.h"

#include <algorithm>
#include <cstring>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/codecs_utf8.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/tuple_object.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "support/checked.h"
#include "support/unicode_db.h"
#include "support/utf8.h"
#include "modules/module_table.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/module.h"
#include "vm/source_code.h"
#include "vm/traceback.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

// CPython's encodings.normalize_encoding (and _Py_normalize_encoding): lower case; runs of
// characters other than alphanumerics and '.' become one '_'; leading/trailing ones are dropped.
std::string normalize_name(std::string_view name) {
    std::string n;
    bool pending = false;
    for (char c : name) {
        char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '.' || static_cast<unsigned char>(l) >= 0x80;
        if (!keep) {
            pending = !n.empty();
            continue;
        }
        if (pending)
            n.push_back('_');
        pending = false;
        n.push_back(l);
    }
    return n;
}

// The names CPython 3.11 decodes/encodes without the codec registry (PyUnicode_Decode's
// fast paths); errors of other names come back wrapped by the registry.
bool is_fast_path_name(std::string_view name) {
    std::string n = normalize_name(name);
    static constexpr std::string_view kFast[] = {"utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii",
                                                 "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1"};
    for (auto f : kFast)
        if (n == f)
            return true;
    return false;
}

// CPython's wrap_codec_error: "decoding with 'X' codec failed (TypeError: ...)", same type.
template <typename T>
Result<T> wrap_codec_error(Interpreter& interp, Result<T> r, std::string_view operation, std::string_view encoding) {
    Codec known;
    if (r.ok() || is_fast_path_name(encoding) || !codec_lookup(encoding, &known))
        return r;
    Raised err = r.take_error();
    Type* t = type_of(interp, err.exception);
    // CPython re-creates exceptions whose type takes a plain message (no custom __init__).
    Type* const kWrapped[] = {interp.exc.LookupError, interp.exc.TypeError, interp.exc.IndexError,
                              interp.exc.OverflowError, interp.exc.ValueError, interp.exc.KeyError,
                              interp.exc.RuntimeError};
    if (std::find(std::begin(kWrapped), std::end(kWrapped), t) == std::end(kWrapped))
        return err;
    auto msg = str(interp, err.exception);
    if (!msg.ok())
        return err;
    return interp.raise_fmt(t, "{} with '{}' codec failed ({}: {})", operation, encoding, t->name,
                            str_to_utf8(msg.value().get()));
}

} // namespace

bool codec_lookup(std::string_view name, Codec* out) {
    std::string n = normalize_name(name);
    struct Alias {
        std::string_view name;
        Codec codec;
    };
    static constexpr Alias kAliases[] = {
        {"utf_8", Codec::Utf8},         {"utf8", Codec::Utf8},           {"u8", Codec::Utf8},
        {"utf", Codec::Utf8},           {"cp65001", Codec::Utf8},        {"utf8_ucs2", Codec::Utf8},
        {"utf8_ucs4", Codec::Utf8},     {"utf_8_sig", Codec::Utf8Sig},   {"ascii", Codec::Ascii},
        {"us_ascii", Codec::Ascii},     {"646", Codec::Ascii},           {"us", Codec::Ascii},
        {"ansi_x3.4_1968", Codec::Ascii}, {"iso646_us", Codec::Ascii},   {"cp367", Codec::Ascii},
        {"latin_1", Codec::Latin1},     {"latin1", Codec::Latin1},       {"latin", Codec::Latin1},
        {"l1", Codec::Latin1},          {"iso8859_1", Codec::Latin1},    {"iso_8859_1", Codec::Latin1},
        {"8859", Codec::Latin1},        {"cp819", Codec::Latin1},        {"iso_ir_100", Codec::Latin1},
        {"utf_16", Codec::Utf16},       {"utf16", Codec::Utf16},         {"u16", Codec::Utf16},
        {"utf_16_le", Codec::Utf16Le},  {"utf_16le", Codec::Utf16Le},    {"unicodelittleunmarked", Codec::Utf16Le},
        {"utf_16_be", Codec::Utf16Be},  {"utf_16be", Codec::Utf16Be},    {"unicodebigunmarked", Codec::Utf16Be},
        {"utf_32", Codec::Utf32},       {"utf32", Codec::Utf32},         {"u32", Codec::Utf32},
        {"utf_32_le", Codec::Utf32Le},  {"utf_32le", Codec::Utf32Le},    {"utf_32_be", Codec::Utf32Be},
        {"utf_32be", Codec::Utf32Be},
    };
    for (const Alias& a : kAliases) {
        if (a.name == n) {
            *out = a.codec;
            return true;
        }
    }
    return false;
}

std::string_view codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16Le: return "utf-16-le";
    case Codec::Utf16Be: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32Le: return "utf-32-le";
    case Codec::Utf32Be: return "utf-32-be";
    }
    return "";
}

namespace {

enum class Handler { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape, SurrogatePass, XmlCharRef, NameReplace, Unknown };

Handler handler_of(std::string_view e) {
    if (e == "strict") return Handler::Strict;
    if (e == "ignore") return Handler::Ignore;
    if (e == "replace") return Handler::Replace;
    if (e == "backslashreplace") return Handler::BackslashReplace;
    if (e == "surrogateescape") return Handler::SurrogateEscape;
    if (e == "surrogatepass") return Handler::SurrogatePass;
    if (e == "xmlcharrefreplace") return Handler::XmlCharRef;
    if (e == "namereplace") return Handler::NameReplace;
    return Handler::Unknown;
}

Raised unknown_handler(Interpreter& interp, std::string_view errors) {
    return interp.raise_fmt(interp.exc.LookupError, "unknown error handler name '{}'", errors);
}

Result<Ref> make_str(Interpreter& interp, std::string_view ascii) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, ascii));
    return std::move(s).into_ref();
}

// UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason).
Result<Ref> make_unicode_error(Interpreter& interp, Type* type, std::string_view enc, Value object, int64_t start,
                               int64_t end, std::string_view reason) {
    BASTION_TRY_ASSIGN(Ref e, make_str(interp, enc));
    BASTION_TRY_ASSIGN(Ref r, make_str(interp, reason));
    return call_positional(interp, Value(type), {e, object, Value::small_int(start), Value::small_int(end), r});
}

// The same, raised.
Raised unicode_error(Interpreter& interp, Type* type, std::string_view enc, Value object, int64_t start, int64_t end,
                     std::string_view reason) {
    auto exc = make_unicode_error(interp, type, enc, object, start, end, reason);
    if (!exc.ok())
        return exc.take_error();
    return interp.raise_object(exc.value());
}

// Calls the registered handler `errors` with a fresh exception; checks that it returned a
// (replacement, position) tuple (`replacement_ok` says which types are accepted) and turns
// the position into an index into an object of `size` items (negative counts from the
// end), with CPython's TypeError and IndexError.
struct HandlerResult {
    Ref replacement;
    int64_t pos = 0;
};
Result<HandlerResult> call_user_handler(Interpreter& interp, std::string_view errors, Result<Ref> exc, int64_t size,
                                        bool (*replacement_ok)(Interpreter&, Value), std::string_view tuple_message) {
    BASTION_TRY_ASSIGN(Ref handler, codec_lookup_error(interp, errors));
    if (!exc.ok())
        return exc.take_error();
    BASTION_TRY_ASSIGN(Ref result, call_positional(interp, handler, {exc.value()}));
    Value r = result;
    if (!is_tuple(interp, r) || static_cast<TupleObject*>(r.obj())->size != 2 ||
        !replacement_ok(interp, static_cast<TupleObject*>(r.obj())->items()[0]))
        return interp.raise(interp.exc.TypeError, tuple_message);
    auto* t = static_cast<TupleObject*>(r.obj());
    BASTION_TRY_ASSIGN(Ref pos_obj, index(interp, t->items()[1])); // CPython's "n" format unit
    int64_t pos = 0;
    if (!int_to_i64(pos_obj, &pos))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    if (pos < 0)
        pos += size;
    if (pos < 0 || pos > size)
        return interp.raise_fmt(interp.exc.IndexError, "position {} from error handler out of bounds", pos);
    return HandlerResult{Ref::borrow(t->items()[0]), pos};
}

// The codec loops' output buffers live outside the object heap; when a user handler can
// make them grow without end, they count against --max-memory (and the size limit).
bool output_too_large(Interpreter& interp, uint64_t bytes) {
    if (bytes > static_cast<uint64_t>(kMaxContainerLength))
        return true;
    uint64_t limit = interp.limits.max_memory_bytes;
    return limit != 0 && interp.memory_in_use() + bytes > limit;
}

bool is_str_value(Interpreter& interp, Value v) { return is_str(interp, v); }
bool is_str_or_bytes(Interpreter& interp, Value v) { return is_str(interp, v) || is_bytes(interp, v); }

// --- Decoding ------------------------------------------------------------------------------------

struct Decoder {
    Interpreter& interp;
    std::span<const uint8_t> data;
    std::string_view enc; // name in messages
    std::string_view errors;
    Handler handler;
    Codec codec; // for surrogatepass: utf-8, utf-16-le/be, utf-32-le/be
    StrBuilder out;

    Raised fail(std::size_t start, std::size_t end, std::string_view reason) {
        auto b = bytes_from(interp, data);
        if (!b.ok())
            return b.take_error();
        return unicode_error(interp, interp.exc.UnicodeDecodeError, enc, b.value(), static_cast<int64_t>(start),
                             static_cast<int64_t>(end), reason);
    }

    // Handles data[start:end) being undecodable; returns where decoding resumes.
    Result<std::size_t> error(std::size_t start, std::size_t end, std::string_view reason) {
        switch (handler) {
        case Handler::Strict:
            return fail(start, end, reason);
        case Handler::Ignore:
            return end;
        case Handler::Replace:
            out.append(0xFFFD);
            return end;
        case Handler::BackslashReplace:
            for (std::size_t i = start; i < end; ++i) {
                static constexpr char kHex[] = "0123456789abcdef";
                char esc[4] = {'\\', 'x', kHex[data[i] >> 4], kHex[data[i] & 15]};
                out.append_ascii({esc, 4});
            }
            return end;
        case Handler::SurrogateEscape: {
            std::size_t n = 0;
            while (n < 4 && start + n < end && data[start + n] >= 0x80) {
                out.append(0xDC00 + data[start + n]);
                ++n;
            }
            if (n == 0)
                return fail(start, end, reason);
            return start + n;
        }
        case Handler::SurrogatePass: {
            std::size_t avail = data.size() - start;
            const uint8_t* p = data.data() + start;
            uint32_t cp = 0;
            std::size_t width = 0;
            if (codec == Codec::Utf8 && avail >= 3 && p[0] == 0xED && (p[1] & 0xE0) == 0xA0 && (p[2] & 0xC0) == 0x80) {
                cp = 0xD000 | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
                width = 3;
            } else if ((codec == Codec::Utf16Le || codec == Codec::Utf16Be) && avail >= 2) {
                cp = codec == Codec::Utf16Le ? (p[0] | (p[1] << 8)) : ((p[0] << 8) | p[1]);
                width = 2;
            } else if ((codec == Codec::Utf32Le || codec == Codec::Utf32Be) && avail >= 4) {
                cp = codec == Codec::Utf32Le ? (p[0] | (p[1] << 8) | (p[2] << 16) | (uint32_t{p[3]} << 24))
                                             : ((uint32_t{p[0]} << 24) | (p[1] << 16) | (p[2] << 8) | p[3]);
                width = 4;
            }
            if (width == 0 || cp < 0xD800 || cp > 0xDFFF)
                return fail(start, end, reason);
            out.append(cp);
            return start + width;
        }
        case Handler::XmlCharRef:
        case Handler::NameReplace:
            return interp.raise(interp.exc.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        case Handler::Unknown:
            break;
        }
        return user_handler(start, end, reason);
    }

    // A handler registered with codecs.register_error. decode_impl gave us a private copy
    // of the input, so the handler cannot resize it under us.
    Result<std::size_t> user_handler(std::size_t start, std::size_t end, std::string_view reason) {
        BASTION_TRY_ASSIGN(Own<BytesObject> object, bytes_from(interp, data));
        BASTION_TRY_ASSIGN(HandlerResult r,
                           call_user_handler(interp, errors,
                                             make_unicode_error(interp, interp.exc.UnicodeDecodeError, enc,
                                                                Value(object.get()), static_cast<int64_t>(start),
                                                                static_cast<int64_t>(end), reason),
                                             static_cast<int64_t>(data.size()), is_str_value,
                                             "decoding error handler must return (str, int) tuple"));
        out.append(static_cast<StrObject*>(r.replacement.get().obj()));
        if (output_too_large(interp, static_cast<uint64_t>(out.length()) * 4)) // see Encoder::user_handler
            return interp.no_memory();
        return static_cast<std::size_t>(r.pos);
    }
};

bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

Status decode_utf8(Decoder& d, std::size_t pos) {
    auto data = d.data;
    std::size_t n = data.size();
    while (pos < n) {
        // ASCII run.
        std::size_t run = pos;
        while (run < n && data[run] < 0x80)
            ++run;
        if (run > pos) {
            d.out.append_ascii({reinterpret_cast<const char*>(data.data() + pos), run - pos});
            pos = run;
            if (pos >= n)
                break;
        }
        uint8_t b0 = data[pos];
        std::size_t need = 0;
        uint8_t lo = 0x80, hi = 0xBF;
        uint32_t cp = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1Fu;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0Fu;
            if (b0 == 0xE0)
                lo = 0xA0;
            else if (b0 == 0xED)
                hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07u;
            if (b0 == 0xF0)
                lo = 0x90;
            else if (b0 == 0xF4)
                hi = 0x8F;
        } else {
            BASTION_TRY_ASSIGN(pos, d.error(pos, pos + 1, "invalid start byte"));
            continue;
        }
        std::size_t k = 1;
        const char* reason = nullptr;
        for (; k <= need; ++k) {
            if (pos + k >= n) {
                reason = "unexpected end of data";
                break;
            }
            uint8_t b = data[pos + k];
            bool ok = k == 1 ? (b >= lo && b <= hi) : is_cont(b);
            if (!ok) {
                reason = "invalid continuation byte";
                break;
            }
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (reason) {
            std::size_t end = reason[0] == 'u' ? n : pos + k;
            BASTION_TRY_ASSIGN(pos, d.error(pos, end, reason));
            continue;
        }
        d.out.append(cp);
        pos += need + 1;
    }
    return {};
}

Status decode_single_byte(Decoder& d, uint32_t limit) {
    auto data = d.data;
    std::size_t pos = 0;
    while (pos < data.size()) {
        if (data[pos] < limit) {
            d.out.append(data[pos++]);
            continue;
        }
        BASTION_TRY_ASSIGN(pos, d.error(pos, pos + 1, "ordinal not in range(128)"));
    }
    return {};
}

Status decode_utf16(Decoder& d, std::size_t pos, bool little) {
    auto data = d.data;
    std::size_t n = data.size();
    auto unit = [&](std::size_t i) -> uint32_t {
        return little ? (data[i] | (data[i + 1] << 8)) : ((data[i] << 8) | data[i + 1]);
    };
    while (pos < n) {
        if (n - pos < 2) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, n, "truncated data"));
            continue;
        }
        uint32_t u = unit(pos);
        if (u < 0xD800 || u > 0xDFFF) {
            d.out.append(u);
            pos += 2;
            continue;
        }
        if (u >= 0xDC00) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, pos + 2, "illegal encoding"));
            continue;
        }
        if (n - pos < 4) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, n, "unexpected end of data"));
            continue;
        }
        uint32_t u2 = unit(pos + 2);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, pos + 2, "illegal UTF-16 surrogate"));
            continue;
        }
        d.out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        pos += 4;
    }
    return {};
}

Status decode_utf32(Decoder& d, std::size_t pos, bool little) {
    auto data = d.data;
    std::size_t n = data.size();
    while (pos < n) {
        if (n - pos < 4) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, n, "truncated data"));
            continue;
        }
        const uint8_t* p = data.data() + pos;
        uint32_t cp = little ? (p[0] | (p[1] << 8) | (p[2] << 16) | (uint32_t{p[3]} << 24))
                             : ((uint32_t{p[0]} << 24) | (p[1] << 16) | (p[2] << 8) | p[3]);
        if (cp > 0x10FFFF) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, pos + 4, "code point not in range(0x110000)"));
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            BASTION_TRY_ASSIGN(pos, d.error(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)"));
        } else {
            d.out.append(cp);
            pos += 4;
        }
    }
    return {};
}

// --- Encoding ------------------------------------------------------------------------------------

struct Encoder {
    Interpreter& interp;
    StrObject* s;
    std::string_view enc;
    std::string_view errors;
    Handler handler;
    Codec codec; // the concrete unit format: Utf8, Ascii, Latin1, Utf16Le/Be, Utf32Le/Be
    std::string out;

    void put(uint32_t cp) {
        switch (codec) {
        case Codec::Utf16Le:
        case Codec::Utf16Be: {
            auto unit = [&](uint32_t u) {
                char a = static_cast<char>(u & 0xFF), b = static_cast<char>(u >> 8);
                if (codec == Codec::Utf16Le) {
                    out.push_back(a);
                    out.push_back(b);
                } else {
                    out.push_back(b);
                    out.push_back(a);
                }
            };
            if (cp >= 0x10000) {
                unit(0xD800 + ((cp - 0x10000) >> 10));
                unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                unit(cp);
            }
            break;
        }
        case Codec::Utf32Le:
            for (int i = 0; i < 4; ++i)
                out.push_back(static_cast<char>((cp >> (8 * i)) & 0xFF));
            break;
        case Codec::Utf32Be:
            for (int i = 3; i >= 0; --i)
                out.push_back(static_cast<char>((cp >> (8 * i)) & 0xFF));
            break;
        case Codec::Utf8:
            utf8_append(out, cp);
            break;
        default:
            out.push_back(static_cast<char>(cp));
            break;
        }
    }
    void put_ascii(std::string_view text) {
        for (char c : text)
            put(static_cast<uint8_t>(c));
    }
    bool encodable(uint32_t c) const {
        switch (codec) {
        case Codec::Ascii: return c < 0x80;
        case Codec::Latin1: return c < 0x100;
        default: return c < 0xD800 || c > 0xDFFF;
        }
    }
    std::string_view reason() const {
        return codec == Codec::Ascii ? "ordinal not in range(128)"
               : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                        : "surrogates not allowed";
    }
    Raised fail(int64_t start, int64_t end) {
        return unicode_error(interp, interp.exc.UnicodeEncodeError, enc, Value(s), start, end, reason());
    }
    // Handles s[start:end) being unencodable; returns where encoding resumes.
    Result<int64_t> error(int64_t start, int64_t end) {
        BASTION_TRY(builtin_error(start, end));
        return end;
    }
    Status builtin_error(int64_t start, int64_t end) {
        switch (handler) {
        case Handler::Strict:
            return fail(start, end);
        case Handler::Ignore:
            return {};
        case Handler::Replace:
            for (int64_t i = start; i < end; ++i)
                put('?');
            return {};
        case Handler::BackslashReplace:
            for (int64_t i = start; i < end; ++i) {
                uint32_t c = s->at(i);
                put_ascii(c < 0x100     ? fmt::format("\\x{:02x}", c)
                          : c < 0x10000 ? fmt::format("\\u{:04x}", c)
                                        : fmt::format("\\U{:08x}", c));
            }
            return {};
        case Handler::XmlCharRef:
            for (int64_t i = start; i < end; ++i)
                put_ascii(fmt::format("&#{};", s->at(i)));
            return {};
        case Handler::SurrogateEscape: {
            // utf-8, ascii and latin-1 escape the leading escapable run and report the rest
            // (CPython's encoder loops).
            if (codec != Codec::Utf8 && codec != Codec::Ascii && codec != Codec::Latin1)
                return fail(start, end); // utf-16/32: a 1-byte replacement is not a whole unit
            int64_t k = start;
            while (k < end && s->at(k) >= 0xDC80 && s->at(k) <= 0xDCFF)
                ++k;
            for (int64_t i = start; i < k; ++i)
                out.push_back(static_cast<char>(s->at(i) - 0xDC00));
            if (k < end)
                return fail(k, end);
            return {};
        }
        case Handler::SurrogatePass:
            if (codec == Codec::Ascii || codec == Codec::Latin1)
                return fail(start, end);
            for (int64_t i = start; i < end; ++i) {
                uint32_t c = s->at(i);
                if (c < 0xD800 || c > 0xDFFF)
                    return fail(start, end);
            }
            for (int64_t i = start; i < end; ++i)
                put(s->at(i));
            return {};
        case Handler::NameReplace:
            for (int64_t i = start; i < end; ++i) {
                uint32_t c = s->at(i);
                std::string name;
                if (unicode::char_name(c, name))
                    put_ascii(fmt::format("\\N{{{}}}", name));
                else
                    put_ascii(c < 0x100     ? fmt::format("\\x{:02x}", c)
                              : c < 0x10000 ? fmt::format("\\u{:04x}", c)
                                            : fmt::format("\\U{:08x}", c));
            }
            return {};
        case Handler::Unknown:
            break;
        }
        return unknown_handler(interp, errors); // not reached: error() sends Unknown to user_handler
    }
    // A handler registered with codecs.register_error: a str replacement must be encodable
    // by this codec (ASCII only for the UTF codecs, as CPython), bytes are copied verbatim
    // (whole code units for UTF-16/32).
    Result<int64_t> user_handler(int64_t start, int64_t end) {
        BASTION_TRY_ASSIGN(HandlerResult r,
                           call_user_handler(interp, errors,
                                             make_unicode_error(interp, interp.exc.UnicodeEncodeError, enc, Value(s),
                                                                start, end, reason()),
                                             s->length, is_str_or_bytes,
                                             "encoding error handler must return (str/bytes, int) tuple"));
        Value rep = r.replacement;
        if (is_str(interp, rep)) {
            auto* rs = static_cast<StrObject*>(rep.obj());
            uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x80;
            for (int64_t k = 0; k < rs->length; ++k)
                if (rs->at(k) >= limit)
                    return fail(start, end);
            for (int64_t k = 0; k < rs->length; ++k)
                put(rs->at(k));
        } else {
            auto* b = static_cast<BytesObject*>(rep.obj());
            int64_t unit = codec == Codec::Utf16Le || codec == Codec::Utf16Be   ? 2
                           : codec == Codec::Utf32Le || codec == Codec::Utf32Be ? 4
                                                                                : 1;
            if (b->size % unit != 0)
                return fail(start, end);
            out.append(reinterpret_cast<const char*>(b->data()), static_cast<std::size_t>(b->size));
        }
        // A handler that keeps moving backwards grows the output without end (as in
        // CPython); stop at the size limit instead of exhausting memory.
        if (output_too_large(interp, out.size()))
            return interp.no_memory();
        return r.pos;
    }
    Status run() {
        int64_t n = s->length;
        for (int64_t i = 0; i < n;) {
            uint32_t c = s->at(i);
            if (encodable(c)) {
                put(c);
                ++i;
                continue;
            }
            // utf-8/ascii/latin-1 report a run of unencodable characters; utf-16/32 one at a time.
            int64_t end = i + 1;
            bool runs = codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1;
            while (runs && end < n && !encodable(s->at(end)))
                ++end;
            if (handler == Handler::Unknown) {
                BASTION_TRY_ASSIGN(i, user_handler(i, end));
                continue;
            }
            BASTION_TRY(builtin_error(i, end));
            i = end;
        }
        return {};
    }
};

Raised unknown_encoding(Interpreter& interp, std::string_view e) {
    return interp.raise_fmt(interp.exc.LookupError, "unknown encoding: {}", e);
}

} // namespace

namespace {

// True when every byte is below 0x80: blocks of 32 OR-ed without an early exit (vectorizable).
bool all_ascii(std::span<const uint8_t> data) {
    std::size_t n = data.size(), i = 0;
    const uint8_t* p = data.data();
    for (; i + 32 <= n; i += 32) {
        uint8_t acc = 0;
        for (int k = 0; k < 32; ++k)
            acc |= p[i + static_cast<std::size_t>(k)];
        if (acc & 0x80)
            return false;
    }
    uint8_t acc = 0;
    for (; i < n; ++i)
        acc |= p[i];
    return (acc & 0x80) == 0;
}

// Valid UTF-8 (no surrogates) decoded with one scan: null (no error) when invalid, for
// the error-handling decoder.
Result<Own<StrObject>> decode_utf8_fast(Interpreter& interp, std::string_view text) {
    auto bytes = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size());
    if (all_ascii(bytes))
        return str_from_ascii(interp, text);
    return utf8_decode_valid_fast(interp, bytes); // objects/codecs_utf8.cpp
}

Result<Own<StrObject>> decode_impl(Interpreter& interp, std::span<const uint8_t> data, std::string_view encoding,
                                   std::string_view errors) {
    Codec codec;
    if (!codec_lookup(encoding, &codec))
        return unknown_encoding(interp, encoding);
    // A user error handler runs Python code, which could resize a bytearray whose memory
    // `data` points into: decode a private copy then.
    std::vector<uint8_t> copy;
    if (handler_of(errors) == Handler::Unknown) {
        copy.assign(data.begin(), data.end());
        data = copy;
    }
    Decoder d{interp, data, codec_name(codec), errors, handler_of(errors), codec, {}};
    std::string_view text(reinterpret_cast<const char*>(data.data()), data.size());
    switch (codec) {
    case Codec::Utf8Sig:
    case Codec::Utf8: {
        std::size_t start = 0;
        if (codec == Codec::Utf8Sig && text.substr(0, 3) == "\xEF\xBB\xBF")
            start = 3;
        d.codec = Codec::Utf8;
        d.enc = "utf-8"; // utf-8-sig reports errors as the utf-8 codec
        BASTION_TRY_ASSIGN(Own<StrObject> fast, decode_utf8_fast(interp, text.substr(start)));
        if (fast)
            return fast;
        BASTION_TRY(decode_utf8(d, start));
        break;
    }
    case Codec::Ascii:
        if (all_ascii(data))
            return str_from_ascii(interp, text);
        BASTION_TRY(decode_single_byte(d, 0x80));
        break;
    case Codec::Latin1: { // every byte is its code point: one copy into 1-byte storage
        uint8_t max = 0;
        for (uint8_t c : data)
            max = std::max(max, c);
        BASTION_TRY_ASSIGN(Own<StrObject> out, str_new_raw(interp, static_cast<int64_t>(data.size()), max));
        if (!data.empty())
            std::memcpy(out->data(), data.data(), data.size());
        return out;
    }
    case Codec::Utf16:
    case Codec::Utf16Le:
    case Codec::Utf16Be: {
        bool little = codec != Codec::Utf16Be;
        std::size_t start = 0;
        if (codec == Codec::Utf16 && data.size() >= 2) {
            if (data[0] == 0xFF && data[1] == 0xFE) {
                start = 2;
            } else if (data[0] == 0xFE && data[1] == 0xFF) {
                start = 2;
                little = false;
            }
        }
        d.codec = little ? Codec::Utf16Le : Codec::Utf16Be;
        d.enc = codec_name(d.codec);
        BASTION_TRY(decode_utf16(d, start, little));
        break;
    }
    case Codec::Utf32:
    case Codec::Utf32Le:
    case Codec::Utf32Be: {
        bool little = codec != Codec::Utf32Be;
        std::size_t start = 0;
        if (codec == Codec::Utf32 && data.size() >= 4) {
            if (std::memcmp(data.data(), "\xFF\xFE\0\0", 4) == 0) {
                start = 4;
            } else if (std::memcmp(data.data(), "\0\0\xFE\xFF", 4) == 0) {
                start = 4;
                little = false;
            }
        }
        d.codec = little ? Codec::Utf32Le : Codec::Utf32Be;
        d.enc = codec_name(d.codec);
        BASTION_TRY(decode_utf32(d, start, little));
        break;
    }
    }
    return d.out.finish(interp);
}

// UTF-8 size of units[0, n), or -1 when they hold a lone surrogate (the slow path reports it).
template <typename Unit>
int64_t utf8_size(const Unit* units, int64_t n) {
    int64_t total = 0;
    for (int64_t i = 0; i < n; ++i) {
        uint32_t c = units[i];
        if (c >= 0xD800 && c <= 0xDFFF)
            return -1;
        total += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return total;
}

// Writes the UTF-8 of units[0, n) (no surrogates) into out, which holds exactly utf8_size bytes.
template <typename Unit>
void utf8_write(const Unit* units, int64_t n, std::span<uint8_t> out) {
    std::size_t k = 0;
    for (int64_t i = 0; i < n; ++i) {
        uint32_t c = units[i];
        if (c < 0x80) {
            out[k++] = static_cast<uint8_t>(c);
        } else if (c < 0x800) {
            out[k++] = static_cast<uint8_t>(0xC0 | (c >> 6));
            out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[k++] = static_cast<uint8_t>(0xE0 | (c >> 12));
            out[k++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
            out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        } else {
            out[k++] = static_cast<uint8_t>(0xF0 | (c >> 18));
            out[k++] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
            out[k++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
            out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        }
    }
}

// str -> UTF-8 straight into a bytes object when the text has no lone surrogate; null
// (no error) otherwise, for the general encoder to handle.
Result<Own<BytesObject>> encode_utf8_fast(Interpreter& interp, StrObject* s) {
    const uint8_t* d = s->data();
    int64_t n = s->length;
    int64_t size = s->kind == 1   ? utf8_size(d, n)
                   : s->kind == 2 ? utf8_size(reinterpret_cast<const uint16_t*>(d), n)
                                  : utf8_size(reinterpret_cast<const uint32_t*>(d), n);
    if (size < 0)
        return Own<BytesObject>();
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, size));
    std::span<uint8_t> out(b->data(), static_cast<std::size_t>(size));
    if (s->kind == 1)
        utf8_write(d, n, out);
    else if (s->kind == 2)
        utf8_write(reinterpret_cast<const uint16_t*>(d), n, out);
    else
        utf8_write(reinterpret_cast<const uint32_t*>(d), n, out);
    return b;
}

// ASCII / Latin-1 (code points below `limit`) with the strict, ignore or replace handler:
// one typed pass to size the result, one to fill it. Null (no error) for other handlers,
// or when strict meets an unencodable character (the general encoder raises).
template <typename T>
Result<Own<BytesObject>> encode_8bit_typed(Interpreter& interp, const T* u, int64_t n, uint32_t limit, Handler h) {
    int64_t bad = 0;
    for (int64_t i = 0; i < n; ++i) // vectorizable count
        bad += u[i] >= limit;
    if (bad > 0 && h == Handler::Strict)
        return Own<BytesObject>();
    int64_t size = h == Handler::Ignore ? n - bad : n;
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, size));
    uint8_t* out = b->data();
    if (bad == 0) {
        for (int64_t i = 0; i < n; ++i)
            out[i] = static_cast<uint8_t>(u[i]);
    } else if (h == Handler::Replace) {
        for (int64_t i = 0; i < n; ++i)
            out[i] = u[i] < limit ? static_cast<uint8_t>(u[i]) : static_cast<uint8_t>('?');
    } else {
        // Branch-free: every unit is stored at k, which only advances past an encodable one
        // (stores stay below size: once k reaches it, only unencodable units remain).
        int64_t k = 0;
        for (int64_t i = 0; i < n && k < size; ++i) {
            T c = u[i];
            out[k] = static_cast<uint8_t>(c);
            k += c < limit;
        }
        BASTION_CHECK(k == size);
    }
    return b;
}

Result<Own<BytesObject>> encode_8bit_fast(Interpreter& interp, StrObject* s, uint32_t limit, Handler h) {
    if (h != Handler::Strict && h != Handler::Ignore && h != Handler::Replace)
        return Own<BytesObject>();
    if (s->kind == 1)
        return encode_8bit_typed(interp, s->data(), s->length, limit, h);
    if (s->kind == 2)
        return encode_8bit_typed(interp, reinterpret_cast<const uint16_t*>(s->data()), s->length, limit, h);
    return encode_8bit_typed(interp, reinterpret_cast<const uint32_t*>(s->data()), s->length, limit, h);
}

Result<Own<BytesObject>> encode_impl(Interpreter& interp, StrObject* s, std::string_view encoding,
                                     std::string_view errors) {
    Codec codec;
    if (!codec_lookup(encoding, &codec))
        return unknown_encoding(interp, encoding);
    if (s->ascii && (codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1))
        return bytes_from(interp, s->ascii_view());
    // Output size bound: 4 bytes per code point (escapes may need more; std::string grows).
    if (s->length > kMaxContainerLength / 4)
        return interp.no_memory();
    if (codec == Codec::Utf8) {
        BASTION_TRY_ASSIGN(Own<BytesObject> fast, encode_utf8_fast(interp, s));
        if (fast)
            return fast;
    }
    if (codec == Codec::Latin1 && s->kind == 1) // the 1-byte storage is Latin-1 already
        return bytes_from(interp, std::span<const uint8_t>(s->data(), static_cast<std::size_t>(s->length)));
    if (codec == Codec::Ascii || codec == Codec::Latin1) {
        BASTION_TRY_ASSIGN(Own<BytesObject> fast,
                           encode_8bit_fast(interp, s, codec == Codec::Ascii ? 0x80 : 0x100, handler_of(errors)));
        if (fast)
            return fast;
    }
    Encoder e{interp, s, codec_name(codec), errors, handler_of(errors), codec, {}};
    switch (codec) {
    case Codec::Utf8Sig:
        e.out = "\xEF\xBB\xBF";
        e.codec = Codec::Utf8;
        e.enc = "utf-8";
        break;
    case Codec::Utf16:
        e.out = "\xFF\xFE";
        e.codec = Codec::Utf16Le;
        break;
    case Codec::Utf32:
        e.out = std::string("\xFF\xFE\0\0", 4);
        e.codec = Codec::Utf32Le;
        break;
    default:
        break;
    }
    BASTION_TRY(e.run());
    if (static_cast<int64_t>(e.out.size()) > kMaxContainerLength)
        return interp.no_memory();
    return bytes_from(interp, e.out);
}

} // namespace

namespace {

// The registry dict, created on first use.
Result<DictObject*> error_registry(Interpreter& interp) {
    if (interp.codec_error_registry.is_null()) {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        interp.codec_error_registry = std::move(d).into_ref();
    }
    return static_cast<DictObject*>(interp.codec_error_registry.get().obj());
}

// The keys of codec_set_text_codecs's entries: ints, which register_error (str names only)
// and lookup_error never use.
constexpr int64_t kTextEncodeKey = 0;
constexpr int64_t kTextDecodeKey = 1;

} // namespace

Status codec_register_error(Interpreter& interp, Value name, Value handler) {
    if (!is_str(interp, name))
        return interp.raise_fmt(interp.exc.TypeError, "register_error() argument 1 must be str, not {}",
                                type_of(interp, name)->name);
    if (!is_callable(interp, handler))
        return interp.raise(interp.exc.TypeError, "handler must be callable");
    BASTION_TRY_ASSIGN(DictObject* registry, error_registry(interp));
    return dict_set(interp, registry, name, handler);
}

Status codec_set_text_codecs(Interpreter& interp, Value encode, Value decode) {
    if (!is_callable(interp, encode) || !is_callable(interp, decode))
        return interp.raise(interp.exc.TypeError, "_set_text_codecs() arguments must be callable");
    BASTION_TRY_ASSIGN(DictObject* registry, error_registry(interp));
    BASTION_TRY(dict_set(interp, registry, Value::small_int(kTextEncodeKey), encode));
    return dict_set(interp, registry, Value::small_int(kTextDecodeKey), decode);
}

Result<Ref> codec_lookup_error(Interpreter& interp, std::string_view name) {
    if (!interp.codec_error_registry.is_null()) {
        BASTION_TRY_ASSIGN(Ref key, make_str(interp, name));
        BASTION_TRY_ASSIGN(Value found, dict_get(interp, static_cast<DictObject*>(interp.codec_error_registry.get().obj()), key));
        if (!found.is_null())
            return Ref::borrow(found);
    }
    return unknown_handler(interp, name);
}

namespace {

// An encoding the built-in codecs do not know: the codecs registered with codecs.register,
// through lib/codecs.py's _registered_encode / _registered_decode (CPython's str.encode
// and bytes.decode consult the same registry). They raise "unknown encoding" when no
// search function knows the name, check the codec's result type and wrap its errors.
// The entry point recorded by codec_set_text_codecs, or null.
Result<Ref> text_codec_entry(Interpreter& interp, int64_t key) {
    if (interp.codec_error_registry.is_null())
        return Ref();
    BASTION_TRY_ASSIGN(Value found, dict_get(interp, static_cast<DictObject*>(interp.codec_error_registry.get().obj()),
                                             Value::small_int(key)));
    return found.is_null() ? Ref() : Ref::borrow(found);
}

// Runs the bundled lib/codecs.py as a module of its own (not put in sys.modules, so that
// neither sys.modules, sys.meta_path nor sys.path can give another module).
Status run_bundled_codecs(Interpreter& interp) {
    const FrozenModule* frozen = find_frozen_module("codecs");
    if (frozen == nullptr)
        return interp.raise(interp.exc.SystemError, "the bundled codecs module is missing");
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, "codecs"));
    DictObject* d = module_dict(module);
    BASTION_TRY_ASSIGN(Ref file, make_str(interp, "/bastion/lib/codecs.py"));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__file__, file));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__builtins__, interp.builtins));
    BASTION_TRY_ASSIGN(Ref package, make_str(interp, ""));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__package__, package));
    register_source(interp, "/bastion/lib/codecs.py", frozen->source);
    BASTION_TRY_ASSIGN(Own<CodeObject> code,
                       compile_to_code(interp, frozen->source, "/bastion/lib/codecs.py", compile::CompileMode::Exec));
    BASTION_TRY_ASSIGN(Ref ignored, run_code(interp, code.get(), Value(d), Value(d)));
    (void)ignored;
    return {};
}

Result<Ref> registry_call(Interpreter& interp, std::string_view function, Value data, std::string_view encoding,
                          std::string_view errors) {
    int64_t key = function == "_registered_encode" ? kTextEncodeKey : kTextDecodeKey;
    BASTION_TRY_ASSIGN(Ref fn, text_codec_entry(interp, key));
    if (!fn) {
        // The first use before any `import codecs`: the bundled module, run by itself (an
        // import could find a script's codecs.py, or whatever sys.modules holds), records
        // its entry points; a later `import codecs` records its own.
        BASTION_TRY(run_bundled_codecs(interp));
        BASTION_TRY_ASSIGN(fn, text_codec_entry(interp, key));
        if (!fn)
            return interp.raise(interp.exc.SystemError, "the bundled codecs module did not register its codecs");
    }
    BASTION_TRY_ASSIGN(Own<StrObject> enc, str_from_utf8(interp, encoding));
    BASTION_TRY_ASSIGN(Own<StrObject> err, str_from_utf8(interp, errors));
    Value argv[3] = {data, Value(enc.get()), Value(err.get())};
    return call(interp, fn, CallArgs{argv, 3, nullptr});
}

} // namespace

Result<Own<StrObject>> codec_decode(Interpreter& interp, std::span<const uint8_t> data, std::string_view encoding,
                                    std::string_view errors) {
    Codec known;
    if (!codec_lookup(encoding, &known)) {
        // A private copy: the codec runs Python code, which could resize a bytearray `data` is in.
        BASTION_TRY_ASSIGN(Own<BytesObject> copy, bytes_from(interp, data));
        BASTION_TRY_ASSIGN(Ref r, registry_call(interp, "_registered_decode", Value(copy.get()), encoding, errors));
        if (!(r.get().is_obj() && r.obj()->type == interp.types.str))
            return interp.raise(interp.exc.SystemError, "codecs._registered_decode returned a non-str");
        return Own<StrObject>::steal(static_cast<StrObject*>(r.release().obj()));
    }
    return wrap_codec_error(interp, decode_impl(interp, data, encoding, errors), "decoding", encoding);
}

Result<Own<BytesObject>> codec_encode(Interpreter& interp, StrObject* s, std::string_view encoding,
                                      std::string_view errors) {
    Codec known;
    if (!codec_lookup(encoding, &known)) {
        BASTION_TRY_ASSIGN(Ref r, registry_call(interp, "_registered_encode", Value(s), encoding, errors));
        if (!(r.get().is_obj() && r.obj()->type == interp.types.bytes))
            return interp.raise(interp.exc.SystemError, "codecs._registered_encode returned a non-bytes");
        return Own<BytesObject>::steal(static_cast<BytesObject*>(r.release().obj()));
    }
    return wrap_codec_error(interp, encode_impl(interp, s, encoding, errors), "encoding", encoding);
}

} // namespace bastion
