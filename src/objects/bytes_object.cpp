// bytes_object.cpp: the slots bytes and bytearray share — construction (from an int,
// a buffer, an iterable of ints, str + encoding, __bytes__), repr, hash, comparison,
// len, indexing and slicing, iteration, `in`, +, * and % — and bytearray's accounted
// storage (bytearray_resize). Methods: bytes_methods.cpp; mutation: bytearray_object.cpp.
#include "objects/bytes_object.h"

#include <algorithm>
#include <cstring>

#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_util.h"
#include "objects/codecs.h"
#include "objects/memoryview_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "support/checked.h"
#include "support/hash.h"
#include "support/utf8.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

// A bytes of n bytes whose data is zeroed (zero_all) or left to the caller but for the last
// word, which holds the padding. Whole words, as str_new_raw: short bytes reuse blocks from
// the small-block free lists.
Result<Own<BytesObject>> bytes_allocate(Interpreter& interp, int64_t n, bool zero_all) {
    if (n < 0 || n > kMaxContainerLength)
        return interp.no_memory();
    static_assert(sizeof(BytesObject) % 8 == 0);
    std::size_t padded = (static_cast<std::size_t>(n) + 7) & ~std::size_t{7};
    std::size_t size = sizeof(BytesObject) + padded;
    void* mem = interp.allocate_plain_object(interp.types.bytes, size, zero_all ? size : 0);
    if (mem == nullptr)
        return interp.no_memory();
    if (!zero_all)
        std::memset(mem, 0, sizeof(BytesObject)); // a constant size: a few stores, no call
    auto* raw = ::new (mem) BytesObject();
    raw->refcount = 1;
    raw->type = interp.types.bytes; // a static type: no type reference, never tracked
    Own<BytesObject> b = Own<BytesObject>::steal(raw);
    if (!zero_all && padded != 0)
        std::memset(b->data() + padded - 8, 0, 8);
    b->size = n;
    return b;
}

} // namespace

Result<Own<BytesObject>> bytes_new_uninit(Interpreter& interp, int64_t n) {
    return bytes_allocate(interp, n, true); // zeroed: some callers write only part of it
}

Result<Own<BytesObject>> bytes_from(Interpreter& interp, std::span<const uint8_t> data) {
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_allocate(interp, static_cast<int64_t>(data.size()), false));
    if (!data.empty())
        std::memcpy(b->data(), data.data(), data.size());
    return b;
}

bool is_bytes(Interpreter&, Value v) { return v.is_obj() && v.obj()->type->has_flag(kTypeBytesSubclass); }

bool is_bytearray(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.bytearray || is_subtype(t, interp.types.bytearray);
}

bool is_bytes_like(Interpreter& interp, Value v) { return is_bytes(interp, v) || is_bytearray(interp, v); }

std::span<const uint8_t> bytes_like_view(Value v) {
    Object* o = v.obj();
    if (o->type->has_flag(kTypeBytesSubclass))
        return static_cast<BytesObject*>(o)->view();
    return static_cast<ByteArrayObject*>(o)->view();
}

// --- bytearray storage --------------------------------------------------------------------------

Status bytearray_resize(Interpreter& interp, ByteArrayObject* ba, int64_t new_size) {
    if (new_size == ba->size)
        return {};
    if (ba->exports > 0)
        return interp.raise(interp.exc.BufferError, "Existing exports of data: object cannot be re-sized");
    if (new_size < 0 || new_size > kMaxContainerLength)
        return interp.no_memory();
    if (new_size > ba->capacity || new_size < ba->capacity / 4) {
        // Amortised growth (x1.125 + 8, as CPython's bytearray), shrink when a quarter full.
        int64_t cap = new_size > ba->capacity ? new_size + (new_size >> 3) + 8 : new_size;
        if (cap > kMaxContainerLength)
            cap = new_size;
        uint8_t* fresh = nullptr;
        if (cap > 0) {
            fresh = static_cast<uint8_t*>(interp.allocate(static_cast<std::size_t>(cap)));
            if (!fresh && cap > new_size) {
                cap = new_size;
                fresh = static_cast<uint8_t*>(interp.allocate(static_cast<std::size_t>(cap)));
            }
            if (!fresh)
                return interp.no_memory();
            if (ba->m_data != nullptr) // memcpy from null is undefined even for 0 bytes
                std::memcpy(fresh, ba->m_data, static_cast<std::size_t>(std::min(ba->size, new_size)));
        }
        if (ba->m_data)
            interp.deallocate(ba->m_data, static_cast<std::size_t>(ba->capacity));
        ba->m_data = fresh;
        ba->capacity = cap;
        ba->m_interp = &interp;
    }
    if (new_size > ba->size)
        std::memset(ba->m_data + ba->size, 0, static_cast<std::size_t>(new_size - ba->size));
    ba->size = new_size;
    return {};
}

Result<Own<ByteArrayObject>> bytearray_from(Interpreter& interp, std::span<const uint8_t> data, Type* type) {
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, interp.make<ByteArrayObject>(type ? type : interp.types.bytearray));
    b->m_interp = &interp;
    BASTION_TRY(bytearray_resize(interp, b.get(), static_cast<int64_t>(data.size())));
    if (!data.empty())
        std::memcpy(b->data(), data.data(), data.size());
    return b;
}

namespace {

void bytearray_destroy(Object* o) {
    auto* ba = static_cast<ByteArrayObject*>(o);
    if (ba->m_data && ba->m_interp)
        ba->m_interp->deallocate(ba->m_data, static_cast<std::size_t>(ba->capacity));
    ba->m_data = nullptr;
    ba->~ByteArrayObject();
}

} // namespace

std::string bytes_repr_text(std::span<const uint8_t> data, bool bytearray_quirk) {
    static constexpr char kHex[] = "0123456789abcdef";
    bool has_single = std::find(data.begin(), data.end(), '\'') != data.end();
    bool has_double = std::find(data.begin(), data.end(), '"') != data.end();
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out.reserve(data.size() + 3);
    out.push_back(quote);
    for (uint8_t c : data) {
        // CPython's bytearray repr escapes ' even inside double quotes.
        if (c == quote || c == '\\' || (bytearray_quirk && c == '\'')) {
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

Result<Own<StrObject>> bytes_decode(Interpreter& interp, std::span<const uint8_t> data, std::string_view encoding,
                                    std::string_view errors) {
    return codec_decode(interp, data, encoding, errors);
}

Result<Own<BytesObject>> str_encode(Interpreter& interp, StrObject* s, std::string_view encoding, std::string_view errors) {
    return codec_encode(interp, s, encoding, errors);
}

// --- Construction from objects ------------------------------------------------------------------

namespace {

bool is_index_like(Interpreter& interp, Value v) { return is_int(interp, v) || type_of(interp, v)->number.index != nullptr; }

// The ints of an iterable, each in range(0, 256).
Result<std::string> collect_ints(Interpreter& interp, Value x, std::string_view range_message) {
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, x));
    std::string out;
    while (true) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (item.is_null())
            break;
        if (!is_index_like(interp, item)) {
            return interp.raise_fmt(interp.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                                    type_of(interp, item)->name);
        }
        int64_t v = 0;
        BASTION_TRY_ASSIGN(Ref i, index(interp, item));
        if (!int_to_i64(i, &v) || v < 0 || v > 255)
            return interp.raise(interp.exc.ValueError, range_message);
        if (static_cast<int64_t>(out.size()) >= kMaxContainerLength)
            return interp.no_memory();
        out.push_back(static_cast<char>(v));
    }
    return out;
}

// Buffer contents as a string (any memoryview stride).
Result<std::string> buffer_copy(Interpreter& interp, Value x) {
    if (is_memoryview(interp, x))
        return memoryview_bytes(interp, static_cast<MemoryViewObject*>(x.obj()));
    BASTION_TRY_ASSIGN(BufferView v, get_buffer(interp, x)); // bytes, bytearray, array, ...
    return std::string(reinterpret_cast<const char*>(v.data()), static_cast<std::size_t>(v.len()));
}

// The data for bytes(x)/bytearray(x) with one non-str argument.
Result<std::string> data_from_object(Interpreter& interp, Value x, bool for_bytes) {
    std::string_view tname = for_bytes ? "bytes" : "bytearray";
    if (is_str(interp, x))
        return interp.raise(interp.exc.TypeError, "string argument without an encoding");
    if (is_index_like(interp, x)) {
        BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, x));
        if (n < 0)
            return interp.raise(interp.exc.ValueError, "negative count");
        if (n > kMaxContainerLength)
            return interp.no_memory();
        return std::string(static_cast<std::size_t>(n), '\0');
    }
    if (has_buffer(interp, x))
        return buffer_copy(interp, x);
    if (!type_of(interp, x)->iter && !type_of(interp, x)->getitem)
        return interp.raise_fmt(interp.exc.TypeError, "cannot convert '{}' object to {}", type_of(interp, x)->name, tname);
    return collect_ints(interp, x, for_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
}

} // namespace

Result<std::string> bytes_collect(Interpreter& interp, Value x) {
    if (has_buffer(interp, x))
        return buffer_copy(interp, x);
    if (!type_of(interp, x)->iter && !type_of(interp, x)->getitem)
        return interp.raise_fmt(interp.exc.TypeError, "can't extend bytearray with {}", type_of(interp, x)->name);
    return collect_ints(interp, x, "byte must be in range(0, 256)");
}

Result<Own<BytesObject>> bytes_from_object(Interpreter& interp, Value x) {
    BASTION_TRY_ASSIGN(std::string data, data_from_object(interp, x, true));
    return bytes_from(interp, data);
}

namespace {

Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

std::string arg_text(Value v, std::string_view dflt) {
    return v.is_null() ? std::string(dflt) : str_to_utf8(static_cast<StrObject*>(v.obj()));
}

Status check_str_arg(Interpreter& interp, Value v, std::string_view fn, std::string_view name) {
    if (v.is_null() || is_str(interp, v))
        return {};
    return interp.raise_fmt(interp.exc.TypeError, "{}() argument '{}' must be str, not {}", fn, name, type_of(interp, v)->name);
}

// Shared constructor logic: bytes(source=b'', encoding=None, errors=None).
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
    if (is_str(interp, argv[0])) {
        if (argv[1].is_null())
            return interp.raise(interp.exc.TypeError, "string argument without an encoding");
        BASTION_TRY_ASSIGN(Own<BytesObject> b, str_encode(interp, static_cast<StrObject*>(argv[0].obj()),
                                                          arg_text(argv[1], "utf-8"), arg_text(argv[2], "strict")));
        return std::string(reinterpret_cast<const char*>(b->data()), static_cast<std::size_t>(b->size));
    }
    if (!argv[1].is_null())
        return interp.raise(interp.exc.TypeError, "encoding without a string argument");
    if (!argv[2].is_null())
        return interp.raise(interp.exc.TypeError, "errors without a string argument");
    bool for_bytes = fn == "bytes";
    if (for_bytes) {
        // __bytes__ first, as CPython's bytes_new.
        Value meth = type_lookup(type_of(interp, argv[0]), interp.intern("__bytes__"));
        if (!meth.is_null()) {
            BASTION_TRY_ASSIGN(Ref r, call_method(interp, argv[0], interp.intern("__bytes__"), {}));
            if (!is_bytes(interp, r)) {
                return interp.raise_fmt(interp.exc.TypeError, "__bytes__ returned non-bytes (type {})",
                                        type_of(interp, r)->name);
            }
            auto v = bytes_like_view(r);
            return std::string(reinterpret_cast<const char*>(v.data()), v.size());
        }
    }
    return data_from_object(interp, argv[0], for_bytes);
}

Result<Ref> bytes_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.types.bytes && args.npos == 1 && !args.kwnames && args.items[0].is_obj() &&
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
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b,
                       bytearray_from(interp, {reinterpret_cast<const uint8_t*>(data.data()), data.size()}, type));
    return std::move(b).into_ref();
}

Result<Ref> bytes_repr(Interpreter& interp, Value self) {
    bool is_b = self.obj()->type->has_flag(kTypeBytesSubclass);
    std::string text = bytes_repr_text(bytes_like_view(self), !is_b);
    if (!is_b)
        text = self.obj()->type->name + "(" + text + ")";
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return std::move(s).into_ref();
}

Result<int64_t> bytes_hash(Interpreter&, Value self) {
    auto* b = static_cast<BytesObject*>(self.obj());
    if (b->hash == -1)
        b->hash = hash_bytes(b->data(), static_cast<std::size_t>(b->size));
    return b->hash;
}

} // namespace

int bytes_compare(std::span<const uint8_t> x, std::span<const uint8_t> y) {
    std::size_t n = std::min(x.size(), y.size());
    int c = n == 0 ? 0 : std::memcmp(x.data(), y.data(), n);
    if (c == 0)
        c = (x.size() > y.size()) - (x.size() < y.size());
    return c;
}

bool compare_result(int c, bc::CompareOpKind op) {
    switch (op) {
    case bc::CompareOpKind::Lt: return c < 0;
    case bc::CompareOpKind::Le: return c <= 0;
    case bc::CompareOpKind::Eq: return c == 0;
    case bc::CompareOpKind::Ne: return c != 0;
    case bc::CompareOpKind::Gt: return c > 0;
    case bc::CompareOpKind::Ge: return c >= 0;
    }
    return false;
}

namespace {

Result<Ref> bytes_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    // bytes compares with bytes-likes; bytearray with any buffer (memoryview included).
    if (!is_bytes_like(interp, a))
        return not_implemented(interp);
    bool ok = is_bytes_like(interp, b) || (is_bytearray(interp, a) && is_memoryview(interp, b));
    if (!ok)
        return not_implemented(interp);
    if (is_memoryview(interp, b)) {
        BASTION_TRY_ASSIGN(std::string other, buffer_copy(interp, b));
        return interp.new_bool(compare_result(
            bytes_compare(bytes_like_view(a), {reinterpret_cast<const uint8_t*>(other.data()), other.size()}), op));
    }
    return interp.new_bool(compare_result(bytes_compare(bytes_like_view(a), bytes_like_view(b)), op));
}

Result<int64_t> bytes_length(Interpreter&, Value self) { return static_cast<int64_t>(bytes_like_view(self).size()); }

} // namespace

// A new object of the same family (bytes or bytearray) as `like`.
Result<Ref> bytes_same_kind(Interpreter& interp, Value like, std::span<const uint8_t> data) {
    if (like.obj()->type->has_flag(kTypeBytesSubclass)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
        return std::move(b).into_ref();
    }
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, bytearray_from(interp, data));
    return std::move(b).into_ref();
}

Result<Ref> bytes_alloc_same_kind(Interpreter& interp, Value like, int64_t n, uint8_t** data) {
    if (like.obj()->type->has_flag(kTypeBytesSubclass)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_new_uninit(interp, n));
        *data = b->data();
        return std::move(b).into_ref();
    }
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, bytearray_from(interp, {}));
    BASTION_TRY(bytearray_resize(interp, b.get(), n));
    *data = b->data();
    return std::move(b).into_ref();
}

Result<int64_t> bytes_index_arg(Interpreter& interp, Value key, int64_t n, std::string_view what) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, key));
    int64_t k = 0;
    if (!int_to_i64(i, &k))
        return interp.raise(interp.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    if (k < 0)
        k += n;
    if (k < 0 || k >= n)
        return interp.raise(interp.exc.IndexError, what);
    return k;
}

namespace {

Result<Ref> bytes_getitem(Interpreter& interp, Value self, Value key) {
    bool is_b = self.obj()->type->has_flag(kTypeBytesSubclass);
    if (text_is_slice(interp, key)) {
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, static_cast<int64_t>(bytes_like_view(self).size()), &sl));
        auto data = bytes_like_view(self); // re-read: slice indices may have run Python code
        if (sl.step == 1) {
            int64_t lim = std::min<int64_t>(sl.start + sl.length, static_cast<int64_t>(data.size()));
            int64_t len = std::max<int64_t>(0, lim - sl.start);
            if (is_b && sl.start == 0 && len == static_cast<int64_t>(data.size()) && self.obj()->type == interp.types.bytes)
                return Ref::borrow(self);
            return bytes_same_kind(interp, self, data.subspan(static_cast<std::size_t>(std::min<int64_t>(sl.start, lim)),
                                                              static_cast<std::size_t>(len)));
        }
        std::string out;
        out.reserve(static_cast<std::size_t>(sl.length));
        for (int64_t i = 0, k = sl.start; i < sl.length; ++i, k += sl.step) {
            if (k >= 0 && k < static_cast<int64_t>(data.size()))
                out.push_back(static_cast<char>(data[static_cast<std::size_t>(k)]));
        }
        return bytes_same_kind(interp, self, {reinterpret_cast<const uint8_t*>(out.data()), out.size()});
    }
    if (!is_index_like(interp, key)) {
        return interp.raise_fmt(interp.exc.TypeError, "{} indices must be integers or slices, not {}",
                                is_b ? "byte" : "bytearray", type_of(interp, key)->name);
    }
    BASTION_TRY_ASSIGN(int64_t k, bytes_index_arg(interp, key, static_cast<int64_t>(bytes_like_view(self).size()),
                                                  is_b ? "index out of range" : "bytearray index out of range"));
    auto data = bytes_like_view(self);
    if (k >= static_cast<int64_t>(data.size()))
        return interp.raise(interp.exc.IndexError, is_b ? "index out of range" : "bytearray index out of range");
    return Ref::small_int(data[static_cast<std::size_t>(k)]);
}

Result<bool> bytes_contains(Interpreter& interp, Value self, Value item) {
    if (is_index_like(interp, item)) {
        BASTION_TRY_ASSIGN(Ref i, index(interp, item));
        int64_t v = 0;
        if (!int_to_i64(i, &v) || v < 0 || v > 255)
            return interp.raise(interp.exc.ValueError, "byte must be in range(0, 256)");
        auto data = bytes_like_view(self);
        return std::memchr(data.data(), static_cast<int>(v), data.size()) != nullptr;
    }
    BASTION_TRY_ASSIGN(BufferView needle, get_buffer(interp, item));
    auto data = bytes_like_view(self);
    auto nv = needle.bytes();
    return bytes_find(data, nv, 0, static_cast<int64_t>(data.size())) >= 0;
}

Result<Ref> bytes_add(Interpreter& interp, Value a, Value b) {
    if (!is_bytes_like(interp, a))
        return not_implemented(interp);
    if (!has_buffer(interp, b)) {
        if (b.is_obj() && b.obj()->type->has_flag(kTypeHeap))
            return not_implemented(interp);
        return interp.raise_fmt(interp.exc.TypeError, "can't concat {} to {}", type_of(interp, b)->name, type_of(interp, a)->name);
    }
    BASTION_TRY_ASSIGN(BufferView yb, get_buffer(interp, b));
    auto x = bytes_like_view(a), y = yb.bytes();
    auto total = checked_add(static_cast<int64_t>(x.size()), static_cast<int64_t>(y.size()));
    if (!total || *total > kMaxContainerLength)
        return interp.no_memory();
    if (a.obj()->type->has_flag(kTypeBytesSubclass)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> r, bytes_new_uninit(interp, *total));
        if (!x.empty())
            std::memcpy(r->data(), x.data(), x.size());
        if (!y.empty())
            std::memcpy(r->data() + x.size(), y.data(), y.size());
        return std::move(r).into_ref();
    }
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> r, bytearray_from(interp, x));
    BASTION_TRY(bytearray_resize(interp, r.get(), *total));
    if (!y.empty())
        std::memcpy(r->data() + x.size(), y.data(), y.size());
    return std::move(r).into_ref();
}

} // namespace

// Repetition count of `seq * n` (n an int), clamped at 0; OverflowError/MemoryError as CPython.
Result<int64_t> bytes_repeat_total(Interpreter& interp, int64_t size, Value n, bool overflow_is_memory) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, n));
    int64_t k = 0;
    if (!int_to_i64(i, &k)) {
        if (int_sign(i) < 0)
            return int64_t{0};
        return interp.raise(interp.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (k <= 0 || size == 0)
        return int64_t{0};
    auto total = checked_mul(size, k);
    if (!total && overflow_is_memory) // bytearray: CPython's PyErr_NoMemory
        return interp.no_memory();
    if (!total)
        return interp.raise(interp.exc.OverflowError, "repeated bytes are too long");
    if (*total > kMaxContainerLength)
        return interp.no_memory();
    return *total;
}

void bytes_fill_repeat(uint8_t* out, std::span<const uint8_t> data, int64_t total) {
    if (total == 0)
        return;
    if (data.size() == 1) {
        std::memset(out, data[0], static_cast<std::size_t>(total));
        return;
    }
    std::memcpy(out, data.data(), data.size());
    int64_t done = static_cast<int64_t>(data.size());
    while (done < total) { // doubling copies
        int64_t chunk = std::min(done, total - done);
        std::memcpy(out + done, out, static_cast<std::size_t>(chunk));
        done += chunk;
    }
}

namespace {

Result<Ref> bytes_mul(Interpreter& interp, Value a, Value b) {
    Value s = a, n = b;
    if (!is_bytes_like(interp, s))
        std::swap(s, n);
    if (!is_bytes_like(interp, s))
        return not_implemented(interp);
    if (!is_index_like(interp, n)) {
        if (n.is_obj() && n.obj()->type->has_flag(kTypeHeap))
            return not_implemented(interp);
        return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'", type_of(interp, n)->name);
    }
    BASTION_TRY_ASSIGN(int64_t total, bytes_repeat_total(interp, static_cast<int64_t>(bytes_like_view(s).size()), n,
                                                         !s.obj()->type->has_flag(kTypeBytesSubclass)));
    auto data = bytes_like_view(s);
    if (s.obj()->type->has_flag(kTypeBytesSubclass)) {
        if (s.obj()->type == interp.types.bytes && total == static_cast<int64_t>(data.size()))
            return Ref::borrow(s);
        BASTION_TRY_ASSIGN(Own<BytesObject> r, bytes_new_uninit(interp, total));
        bytes_fill_repeat(r->data(), data, total);
        return std::move(r).into_ref();
    }
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> r, bytearray_from(interp, {}));
    BASTION_TRY(bytearray_resize(interp, r.get(), total));
    bytes_fill_repeat(r->data(), bytes_like_view(s), total);
    return std::move(r).into_ref();
}

Result<Ref> bytes_mod(Interpreter& interp, Value a, Value b) {
    if (!is_bytes_like(interp, a))
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(std::string out, bytes_percent_format(interp, bytes_like_view(a), b));
    return bytes_same_kind(interp, a, {reinterpret_cast<const uint8_t*>(out.data()), out.size()});
}

// Iterator over bytes or bytearray: re-reads the size each step (bytearray can change).
struct BytesIterObject : Object {
    Ref seq;
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(seq); }
};

Result<Ref> bytes_iter(Interpreter& interp, Value self) {
    Type* t = self.obj()->type->has_flag(kTypeBytesSubclass) ? interp.types.bytes_iterator : interp.types.bytearray_iterator;
    BASTION_TRY_ASSIGN(Own<BytesIterObject> it, interp.make<BytesIterObject>(t));
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
        t->number.binary[static_cast<int>(K::Remainder)] = bytes_mod;
    }
    Type* b = interp.types.bytes;
    b->flags |= kTypeBytesSubclass;
    b->instance_size = sizeof(BytesObject);
    b->hash = bytes_hash;
    b->tp_new = bytes_tp_new;
    b->destroy = destroy_as<BytesObject>;

    Type* ba = interp.types.bytearray;
    ba->instance_size = sizeof(ByteArrayObject);
    ba->tp_new = bytearray_tp_new;
    ba->destroy = bytearray_destroy;
    ba->hash = nullptr;

    for (Type* it : {interp.types.bytes_iterator, interp.types.bytearray_iterator}) {
        it->instance_size = sizeof(BytesIterObject);
        it->flags |= kTypeGC; // a bytes subclass instance may refer back to its iterator
        it->iter = iter_self;
        it->iternext = bytes_iter_next;
        it->destroy = destroy_as<BytesIterObject>;
        it->traverse = traverse_as<BytesIterObject>;
    }
    init_bytearray_slots(interp);
    init_memoryview_slots(interp);
    init_buffer_slots(interp);
}

Status init_bytes_methods(Interpreter& interp) {
    BASTION_TRY(init_bytes_common_methods(interp));
    BASTION_TRY(init_bytearray_methods(interp));
    return init_memoryview_methods(interp);
}

} // namespace bastion
