// bytes_object.cpp: `bytes` (minimal: constants, repr, len, indexing, slicing, ==/<,
// hash, iteration, `in`, +, *, constructor, decode, hex) and a minimal `bytearray`, plus
// the utf-8/ascii/latin-1 codecs used by bytes.decode, str.encode and str(b, enc).
#include "objects/bytes_object.h"

#include <algorithm>
#include <cstring>

#include "objects/abstract.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "support/checked.h"
#include "support/hash.h"
#include "support/utf8.h"
#include "vm/interpreter.h"

namespace bastion {

Result<Own<BytesObject>> bytes_new_uninit(Interpreter& interp, int64_t n) {
    if (n < 0 || n > kMaxContainerLength)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<BytesObject> b, interp.make_var<BytesObject>(interp.types.bytes, static_cast<std::size_t>(n)));
    b->size = n;
    return b;
}

Result<Own<BytesObject>> bytes_from(Interpreter& interp, std::span<const uint8_t> data) {
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, static_cast<int64_t>(data.size())));
    if (!data.empty())
        std::memcpy(b->data(), data.data(), data.size());
    return b;
}

bool is_bytes(Interpreter&, Value v) { return v.is_obj() && v.obj()->type->has_flag(kTypeBytesSubclass); }

bool is_bytes_like(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t->has_flag(kTypeBytesSubclass) || t == interp.types.bytearray || is_subtype(t, interp.types.bytearray);
}

std::span<const uint8_t> bytes_like_view(Value v) {
    Object* o = v.obj();
    if (o->type->has_flag(kTypeBytesSubclass))
        return static_cast<BytesObject*>(o)->view();
    return static_cast<ByteArrayObject*>(o)->bytes;
}

std::string bytes_repr_text(std::span<const uint8_t> data) {
    static constexpr char kHex[] = "0123456789abcdef";
    bool has_single = std::find(data.begin(), data.end(), '\'') != data.end();
    bool has_double = std::find(data.begin(), data.end(), '"') != data.end();
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out.push_back(quote);
    for (uint8_t c : data) {
        if (c == quote || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            out += "\\x";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    out.push_back(quote);
    return out;
}

// --- Codecs -------------------------------------------------------------------------------------

namespace {

// "utf-8", "UTF8", "utf_8" -> "utf-8"; "latin1", "iso-8859-1" -> "latin-1"; "" if unknown.
std::string normalize_encoding(std::string_view e) {
    std::string s;
    for (char c : e)
        s.push_back(c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (s == "utf-8" || s == "utf8" || s == "u8")
        return "utf-8";
    if (s == "ascii" || s == "us-ascii")
        return "ascii";
    if (s == "latin-1" || s == "latin1" || s == "iso-8859-1" || s == "iso8859-1" || s == "l1")
        return "latin-1";
    return "";
}

Raised unknown_encoding(Interpreter& interp, std::string_view e) {
    return interp.raise_fmt(interp.exc.LookupError, "unknown encoding: {}", e);
}

Status check_errors(Interpreter& interp, std::string_view errors) {
    if (errors == "strict" || errors == "ignore" || errors == "replace")
        return {};
    return interp.raise_fmt(interp.exc.LookupError, "unknown error handler name '{}'", errors);
}

Raised decode_error(Interpreter& interp, std::string_view enc, std::span<const uint8_t> data, std::size_t start,
                    std::size_t end, std::string_view reason) {
    if (end - start == 1) {
        return interp.raise_fmt(interp.exc.UnicodeDecodeError, "'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc,
                                data[start], start, reason);
    }
    return interp.raise_fmt(interp.exc.UnicodeDecodeError, "'{}' codec can't decode bytes in position {}-{}: {}", enc, start,
                            end - 1, reason);
}

} // namespace

Result<Own<StrObject>> bytes_decode(Interpreter& interp, std::span<const uint8_t> data, std::string_view encoding,
                                    std::string_view errors) {
    std::string enc = normalize_encoding(encoding);
    if (enc.empty())
        return unknown_encoding(interp, encoding);
    BASTION_TRY(check_errors(interp, errors));
    std::string_view text(reinterpret_cast<const char*>(data.data()), data.size());
    if (enc == "latin-1") {
        StrBuilder b;
        for (uint8_t c : data)
            b.append(c);
        return b.finish(interp);
    }
    if (enc == "ascii") {
        StrBuilder b;
        for (std::size_t i = 0; i < data.size(); ++i) {
            if (data[i] < 0x80)
                b.append(data[i]);
            else if (errors == "replace")
                b.append(0xFFFD);
            else if (errors == "strict")
                return decode_error(interp, "ascii", data, i, i + 1, "ordinal not in range(128)");
        }
        return b.finish(interp);
    }
    Utf8Scan scan = utf8_scan(text, false);
    if (scan.ok) {
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
        return s;
    }
    // Slow path with an error handler: decode valid runs, handle each bad sequence.
    StrBuilder b;
    std::size_t pos = 0;
    while (pos < data.size()) {
        Utf8Scan part = utf8_scan(text.substr(pos), false);
        std::size_t good = part.ok ? text.size() - pos : part.error_start;
        b.append_utf8(text.substr(pos, good));
        if (part.ok)
            break;
        std::size_t bad_start = pos + part.error_start, bad_end = pos + part.error_end;
        if (errors == "strict")
            return decode_error(interp, "utf-8", data, bad_start, bad_end, part.reason);
        if (errors == "replace")
            b.append(0xFFFD);
        pos = bad_end;
    }
    return b.finish(interp);
}

Result<Own<BytesObject>> str_encode(Interpreter& interp, StrObject* s, std::string_view encoding, std::string_view errors) {
    std::string enc = normalize_encoding(encoding);
    if (enc.empty())
        return unknown_encoding(interp, encoding);
    BASTION_TRY(check_errors(interp, errors));
    if (s->ascii)
        return bytes_from(interp, s->ascii_view());
    uint32_t limit = enc == "ascii" ? 0x80 : enc == "latin-1" ? 0x100 : 0x110000;
    std::string out;
    out.reserve(static_cast<std::size_t>(s->length));
    for (int64_t i = 0; i < s->length; ++i) {
        uint32_t c = s->at(i);
        bool bad = c >= limit || (limit == 0x110000 && c >= 0xD800 && c <= 0xDFFF);
        if (!bad) {
            if (limit == 0x110000)
                utf8_append(out, c);
            else
                out.push_back(static_cast<char>(c));
            continue;
        }
        if (errors == "replace") {
            out.push_back('?');
            continue;
        }
        if (errors == "ignore")
            continue;
        int64_t end = i + 1;
        while (end < s->length && (s->at(end) >= limit || (limit == 0x110000 && s->at(end) >= 0xD800 && s->at(end) <= 0xDFFF)))
            ++end;
        std::string reason = limit == 0x110000 ? "surrogates not allowed" : fmt::format("ordinal not in range({})", limit);
        BASTION_TRY_ASSIGN(Own<StrObject> one, str_from_char(interp, c));
        std::string shown = str_repr_utf8(one.get(), true);
        if (end - i == 1) {
            return interp.raise_fmt(interp.exc.UnicodeEncodeError, "'{}' codec can't encode character {} in position {}: {}",
                                    enc, shown, i, reason);
        }
        return interp.raise_fmt(interp.exc.UnicodeEncodeError, "'{}' codec can't encode characters in position {}-{}: {}", enc,
                                i, end - 1, reason);
    }
    return bytes_from(interp, out);
}

// --- Construction from objects ------------------------------------------------------------------

Result<Own<BytesObject>> bytes_from_object(Interpreter& interp, Value x) {
    if (is_bytes_like(interp, x))
        return bytes_from(interp, bytes_like_view(x));
    if (is_str(interp, x))
        return interp.raise(interp.exc.TypeError, "string argument without an encoding");
    Type* t = type_of(interp, x);
    if (is_int(interp, x) || t->number.index) {
        BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, x));
        if (n < 0)
            return interp.raise(interp.exc.ValueError, "negative count");
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, n));
        std::memset(b->data(), 0, static_cast<std::size_t>(n));
        return b;
    }
    if (!t->iter)
        return interp.raise_fmt(interp.exc.TypeError, "cannot convert '{}' object to bytes", t->name);
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, x));
    std::string out;
    while (true) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (item.is_null())
            break;
        if (!is_int(interp, item) && !type_of(interp, item)->number.index) {
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                    type_of(interp, item)->name);
        }
        BASTION_TRY_ASSIGN(int64_t v, index_to_i64(interp, item));
        if (v < 0 || v > 255)
            return interp.raise(interp.exc.ValueError, "bytes must be in range(0, 256)");
        if (static_cast<int64_t>(out.size()) >= kMaxContainerLength)
            return interp.no_memory();
        out.push_back(static_cast<char>(v));
    }
    return bytes_from(interp, out);
}

namespace {

Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

std::string arg_text(Interpreter& interp, Value v, std::string_view dflt) {
    return v.is_null() ? std::string(dflt) : str_to_utf8(static_cast<StrObject*>(v.obj()));
}

Status check_str_arg(Interpreter& interp, Value v, std::string_view fn, std::string_view name) {
    if (v.is_null() || is_str(interp, v))
        return {};
    return interp.raise_fmt(interp.exc.TypeError, "{}() argument '{}' must be str, not {}", fn, name, type_of(interp, v)->name);
}

// Shared constructor logic: bytes(x=b'', encoding=None, errors=None).
Result<std::string> constructor_data(Interpreter& interp, std::string_view fn, CallArgs args) {
    Value argv[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{fn, {"source", "encoding", "errors"}, 0, 0, 0}, argv));
    BASTION_TRY(check_str_arg(interp, argv[1], fn, "encoding"));
    BASTION_TRY(check_str_arg(interp, argv[2], fn, "errors"));
    if (argv[0].is_null()) {
        if (!argv[1].is_null() || !argv[2].is_null())
            return interp.raise(interp.exc.TypeError, argv[1].is_null() ? "errors without a string argument"
                                                                        : "encoding without a string argument");
        return std::string();
    }
    Own<BytesObject> b;
    if (is_str(interp, argv[0])) {
        if (argv[1].is_null())
            return interp.raise(interp.exc.TypeError, "string argument without an encoding");
        BASTION_TRY_ASSIGN(b, str_encode(interp, static_cast<StrObject*>(argv[0].obj()), arg_text(interp, argv[1], "utf-8"),
                                         arg_text(interp, argv[2], "strict")));
    } else {
        if (!argv[1].is_null())
            return interp.raise(interp.exc.TypeError, "encoding without a string argument");
        if (!argv[2].is_null())
            return interp.raise(interp.exc.TypeError, "errors without a string argument");
        BASTION_TRY_ASSIGN(b, bytes_from_object(interp, argv[0]));
    }
    return std::string(reinterpret_cast<const char*>(b->data()), static_cast<std::size_t>(b->size));
}

Result<Ref> bytes_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.bytes && args.npos == 1 && !args.kwnames && is_bytes(interp, args.items[0]) &&
        args.items[0].obj()->type == interp.types.bytes)
        return Ref::borrow(args.items[0]);
    BASTION_TRY_ASSIGN(std::string data, constructor_data(interp, "bytes", args));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, interp.make_var<BytesObject>(type, data.size()));
    b->size = static_cast<int64_t>(data.size());
    std::memcpy(b->data(), data.data(), data.size());
    return std::move(b).into_ref();
}

Result<Ref> bytearray_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY_ASSIGN(std::string data, constructor_data(interp, "bytearray", args));
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, interp.make<ByteArrayObject>(type));
    b->bytes.assign(data.begin(), data.end());
    return std::move(b).into_ref();
}

Result<Ref> bytes_repr(Interpreter& interp, Value self) {
    std::string text = bytes_repr_text(bytes_like_view(self));
    if (!self.obj()->type->has_flag(kTypeBytesSubclass))
        text = "bytearray(" + text + ")";
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, text));
    return std::move(s).into_ref();
}

Result<int64_t> bytes_hash(Interpreter&, Value self) {
    auto* b = static_cast<BytesObject*>(self.obj());
    if (b->hash == -1)
        b->hash = hash_bytes(b->data(), static_cast<std::size_t>(b->size));
    return b->hash;
}

Result<Ref> bytes_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if (!is_bytes_like(interp, a) || !is_bytes_like(interp, b))
        return not_implemented(interp);
    auto x = bytes_like_view(a), y = bytes_like_view(b);
    std::size_t n = std::min(x.size(), y.size());
    int c = n == 0 ? 0 : std::memcmp(x.data(), y.data(), n);
    if (c == 0)
        c = (x.size() > y.size()) - (x.size() < y.size());
    bool r = false;
    switch (op) {
    case bc::CompareOpKind::Lt: r = c < 0; break;
    case bc::CompareOpKind::Le: r = c <= 0; break;
    case bc::CompareOpKind::Eq: r = c == 0; break;
    case bc::CompareOpKind::Ne: r = c != 0; break;
    case bc::CompareOpKind::Gt: r = c > 0; break;
    case bc::CompareOpKind::Ge: r = c >= 0; break;
    }
    return interp.new_bool(r);
}

Result<int64_t> bytes_length(Interpreter&, Value self) { return static_cast<int64_t>(bytes_like_view(self).size()); }

// A new object of the same family (bytes or bytearray) as `like`.
Result<Ref> same_kind(Interpreter& interp, Value like, std::span<const uint8_t> data) {
    if (like.obj()->type->has_flag(kTypeBytesSubclass)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
        return std::move(b).into_ref();
    }
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, interp.make<ByteArrayObject>(interp.types.bytearray));
    b->bytes.assign(data.begin(), data.end());
    return std::move(b).into_ref();
}

Result<Ref> bytes_getitem(Interpreter& interp, Value self, Value key) {
    auto data = bytes_like_view(self);
    if (text_is_slice(interp, key)) {
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, static_cast<int64_t>(data.size()), &sl));
        std::string out;
        out.reserve(static_cast<std::size_t>(sl.length));
        for (int64_t i = 0, k = sl.start; i < sl.length; ++i, k += sl.step)
            out.push_back(static_cast<char>(data[static_cast<std::size_t>(k)]));
        return same_kind(interp, self, {reinterpret_cast<const uint8_t*>(out.data()), out.size()});
    }
    if (!is_int(interp, key) && !type_of(interp, key)->number.index) {
        return interp.raise_fmt(interp.exc.TypeError, "byte indices must be integers or slices, not {}",
                                type_of(interp, key)->name);
    }
    BASTION_TRY_ASSIGN(Ref i, index(interp, key));
    int64_t k = 0;
    if (!int_to_i64(i, &k))
        return interp.raise(interp.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    int64_t n = static_cast<int64_t>(data.size());
    if (k < 0)
        k += n;
    if (k < 0 || k >= n) {
        return interp.raise(interp.exc.IndexError,
                            self.obj()->type->has_flag(kTypeBytesSubclass) ? "index out of range" : "bytearray index out of range");
    }
    return Ref::small_int(data[static_cast<std::size_t>(k)]);
}

Status bytearray_setitem(Interpreter& interp, Value self, Value key, Value value) {
    auto* ba = static_cast<ByteArrayObject*>(self.obj());
    if (value.is_null() || !is_int(interp, key))
        return interp.raise(interp.exc.TypeError, "bytearray supports only integer item assignment"); // TODO(numbers): slices, del
    int64_t k = 0, v = 0;
    if (!int_to_i64(key, &k))
        return interp.raise(interp.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    int64_t n = static_cast<int64_t>(ba->bytes.size());
    if (k < 0)
        k += n;
    if (k < 0 || k >= n)
        return interp.raise(interp.exc.IndexError, "bytearray index out of range");
    BASTION_TRY_ASSIGN(v, index_to_i64(interp, value));
    if (v < 0 || v > 255)
        return interp.raise(interp.exc.ValueError, "byte must be in range(0, 256)");
    ba->bytes[static_cast<std::size_t>(k)] = static_cast<uint8_t>(v);
    return {};
}

Result<bool> bytes_contains(Interpreter& interp, Value self, Value item) {
    auto data = bytes_like_view(self);
    if (is_int(interp, item)) {
        int64_t v = 0;
        if (!int_to_i64(item, &v) || v < 0 || v > 255)
            return interp.raise(interp.exc.ValueError, "byte must be in range(0, 256)");
        return std::find(data.begin(), data.end(), static_cast<uint8_t>(v)) != data.end();
    }
    if (!is_bytes_like(interp, item))
        return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'", type_of(interp, item)->name);
    auto needle = bytes_like_view(item);
    return std::search(data.begin(), data.end(), needle.begin(), needle.end()) != data.end();
}

Result<Ref> bytes_add(Interpreter& interp, Value a, Value b) {
    if (!is_bytes_like(interp, a))
        return not_implemented(interp);
    if (!is_bytes_like(interp, b)) {
        if (b.is_obj() && b.obj()->type->has_flag(kTypeHeap))
            return not_implemented(interp);
        return interp.raise_fmt(interp.exc.TypeError, "can't concat {} to {}", type_of(interp, b)->name, type_of(interp, a)->name);
    }
    auto x = bytes_like_view(a), y = bytes_like_view(b);
    auto total = checked_add(x.size(), y.size());
    if (!total || *total > static_cast<std::size_t>(kMaxContainerLength))
        return interp.no_memory();
    std::vector<uint8_t> data(x.begin(), x.end());
    data.insert(data.end(), y.begin(), y.end());
    return same_kind(interp, a, data);
}

Result<Ref> bytes_mul(Interpreter& interp, Value a, Value b) {
    Value s = a, n = b;
    if (!is_bytes_like(interp, s))
        std::swap(s, n);
    if (!is_bytes_like(interp, s))
        return not_implemented(interp);
    if (!is_int(interp, n)) {
        if (n.is_obj() && n.obj()->type->has_flag(kTypeHeap))
            return not_implemented(interp);
        return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'", type_of(interp, n)->name);
    }
    int64_t k = 0;
    if (!int_to_i64(n, &k))
        k = int_sign(n) < 0 ? 0 : INT64_MAX;
    if (k < 0)
        k = 0;
    auto data = bytes_like_view(s);
    auto total = checked_mul(static_cast<int64_t>(data.size()), k);
    if (!total)
        return interp.raise(interp.exc.OverflowError, "repeated bytes are too long");
    if (*total > kMaxContainerLength)
        return interp.no_memory();
    std::vector<uint8_t> out;
    out.reserve(static_cast<std::size_t>(*total));
    for (int64_t i = 0; i < k; ++i)
        out.insert(out.end(), data.begin(), data.end());
    return same_kind(interp, s, out);
}

// Iterator over bytes or bytearray: re-reads the size each step (bytearray can change).
struct BytesIterObject : Object {
    Ref seq;
    int64_t index = 0;
};

Result<Ref> bytes_iter(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<BytesIterObject> it, interp.make<BytesIterObject>(interp.types.bytes_iterator));
    it->seq = Ref::borrow(self);
    return std::move(it).into_ref();
}

Result<Ref> iter_self(Interpreter&, Value self) { return Ref::borrow(self); }

Result<Ref> bytes_iter_next(Interpreter&, Value self) {
    auto* it = static_cast<BytesIterObject*>(self.obj());
    if (it->seq.is_null())
        return Ref();
    auto data = bytes_like_view(it->seq);
    if (it->index >= static_cast<int64_t>(data.size())) {
        it->seq.reset();
        return Ref();
    }
    return Ref::small_int(data[static_cast<std::size_t>(it->index++)]);
}

Result<Ref> m_decode(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"decode", {"encoding", "errors"}, 0, 0, 0}, argv));
    BASTION_TRY(check_str_arg(interp, argv[0], "decode", "encoding"));
    BASTION_TRY(check_str_arg(interp, argv[1], "decode", "errors"));
    BASTION_TRY_ASSIGN(Own<StrObject> s, bytes_decode(interp, bytes_like_view(self), arg_text(interp, argv[0], "utf-8"),
                                                      arg_text(interp, argv[1], "strict")));
    return std::move(s).into_ref();
}

Result<Ref> m_hex(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "hex", 0, 0));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (uint8_t c : bytes_like_view(self)) {
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, out));
    return std::move(s).into_ref();
}

Result<Ref> m_append(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "append", 1, 1));
    BASTION_TRY_ASSIGN(int64_t v, index_to_i64(interp, args.items[0]));
    if (v < 0 || v > 255)
        return interp.raise(interp.exc.ValueError, "byte must be in range(0, 256)");
    auto* ba = static_cast<ByteArrayObject*>(self.obj());
    if (static_cast<int64_t>(ba->bytes.size()) >= kMaxContainerLength)
        return interp.no_memory();
    ba->bytes.push_back(static_cast<uint8_t>(v));
    return interp.new_none();
}

Result<Ref> m_extend(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "extend", 1, 1));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from_object(interp, args.items[0]));
    auto* ba = static_cast<ByteArrayObject*>(self.obj());
    auto view = b->view();
    ba->bytes.insert(ba->bytes.end(), view.begin(), view.end());
    return interp.new_none();
}

constexpr MethodDef kBytesMethods[] = {
    {"decode", m_decode},
    {"hex", m_hex},
};

constexpr MethodDef kByteArrayMethods[] = {
    {"decode", m_decode},
    {"hex", m_hex},
    {"append", m_append},
    {"extend", m_extend},
};

} // namespace

void init_bytes_slots(Interpreter& interp) {
    using K = bc::BinaryOpKind;
    for (Type* t : {interp.types.bytes, interp.types.bytearray}) {
        t->flags |= kTypeBaseType;
        t->repr = bytes_repr;
        t->str = bytes_repr;
        t->richcompare = bytes_richcompare;
        t->length = bytes_length;
        t->getitem = bytes_getitem;
        t->contains = bytes_contains;
        t->iter = bytes_iter;
        t->number.binary[static_cast<int>(K::Add)] = bytes_add;
        t->number.binary[static_cast<int>(K::Multiply)] = bytes_mul;
    }
    Type* b = interp.types.bytes;
    b->flags |= kTypeBytesSubclass;
    b->instance_size = sizeof(BytesObject);
    b->hash = bytes_hash;
    b->tp_new = bytes_tp_new;
    b->destroy = destroy_as<BytesObject>;

    Type* ba = interp.types.bytearray;
    ba->instance_size = sizeof(ByteArrayObject);
    ba->setitem = bytearray_setitem;
    ba->tp_new = bytearray_tp_new;
    ba->destroy = destroy_as<ByteArrayObject>;

    Type* it = interp.types.bytes_iterator;
    it->instance_size = sizeof(BytesIterObject);
    it->iter = iter_self;
    it->iternext = bytes_iter_next;
    it->destroy = destroy_as<BytesIterObject>;
}

Status init_bytes_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.bytes, kBytesMethods));
    return add_methods(interp, interp.types.bytearray, kByteArrayMethods);
}

} // namespace bastion
