// array_module.cpp: the `array` module — typecode table, item conversion with CPython's
// range-check messages, the item buffer (accounted, checked growth), and the array type's
// slots: construction, indexing and slicing, +, *, comparison, repr, iteration.
// Methods (append, byteswap, frombytes, ...) are in array_methods.cpp.
// CPython: Modules/arraymodule.c.
#include <algorithm>
#include <vector>

#include "gc/visitor.h"
#include "modules/array_object.h"
#include "objects/buffer.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/checked.h"

namespace bastion {

namespace {

constexpr ArrayDescr kDescrs[] = {
    {'b', 1, false, true}, {'B', 1, false, false}, {'u', 4, false, false}, {'h', 2, false, true},
    {'H', 2, false, false}, {'i', 4, false, true}, {'I', 4, false, false}, {'l', 8, false, true},
    {'L', 8, false, false}, {'q', 8, false, true}, {'Q', 8, false, false}, {'f', 4, true, true},
    {'d', 8, true, true},
};

// Range check with the message pair CPython's PyArg_Parse format units give.
Status check_range(Interpreter& interp, int64_t v, int64_t lo, int64_t hi, const char* what) {
    if (v < lo)
        return interp.raise_fmt(interp.exc.OverflowError, "{} is less than minimum", what);
    if (v > hi)
        return interp.raise_fmt(interp.exc.OverflowError, "{} is greater than maximum", what);
    return {};
}

// Non-negative int -> uint64; false when it needs more than 64 bits.
bool int_to_u64(Value v, uint64_t* out) {
    int64_t s = 0;
    if (int_to_i64(v, &s)) {
        *out = static_cast<uint64_t>(s);
        return true;
    }
    if (!v.is_obj())
        return false;
    auto* io = static_cast<IntObject*>(v.obj());
    if (io->negative || io->nlimbs > 1)
        return false;
    *out = io->nlimbs == 0 ? 0 : io->limbs()[0];
    return true;
}

Status convert_int(Interpreter& interp, char code, Value v, ArrayItem* out) {
    BASTION_TRY_ASSIGN(Ref n, index(interp, v));
    bool negative = int_sign(n) < 0;
    int64_t s = 0;
    uint64_t u = 0;
    switch (code) {
    case 'I':
    case 'L':
        if (negative)
            return interp.raise(interp.exc.OverflowError, "can't convert negative value to unsigned int");
        if (!int_to_u64(n, &u))
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C unsigned long");
        if (code == 'I' && u > 0xFFFFFFFFu)
            return interp.raise(interp.exc.OverflowError, "unsigned int is greater than maximum");
        out->u = u;
        return {};
    case 'Q':
        if (negative)
            return interp.raise(interp.exc.OverflowError, "can't convert negative int to unsigned");
        if (!int_to_u64(n, &u))
            return interp.raise(interp.exc.OverflowError, "int too big to convert");
        out->u = u;
        return {};
    case 'q':
        if (!int_to_i64(n, &s))
            return interp.raise(interp.exc.OverflowError, "int too big to convert");
        out->i = s;
        return {};
    default:
        break;
    }
    if (!int_to_i64(n, &s))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C long");
    switch (code) {
    case 'b':
        BASTION_TRY(check_range(interp, s, -32768, 32767, "signed short integer"));
        BASTION_TRY(check_range(interp, s, -128, 127, "signed char"));
        break;
    case 'B':
        BASTION_TRY(check_range(interp, s, 0, 255, "unsigned byte integer"));
        break;
    case 'h':
        BASTION_TRY(check_range(interp, s, -32768, 32767, "signed short integer"));
        break;
    case 'H':
        BASTION_TRY(check_range(interp, s, INT32_MIN, INT32_MAX, "signed integer"));
        BASTION_TRY(check_range(interp, s, 0, 65535, "unsigned short"));
        break;
    case 'i':
        BASTION_TRY(check_range(interp, s, INT32_MIN, INT32_MAX, "signed integer"));
        break;
    default: // 'l'
        break;
    }
    out->i = s;
    return {};
}

} // namespace

const ArrayDescr* array_descr(char code) {
    for (const ArrayDescr& d : kDescrs)
        if (d.code == code)
            return &d;
    return nullptr;
}

ArrayObject::~ArrayObject() {
    if (buf != nullptr)
        type->interp->deallocate(buf, static_cast<std::size_t>(cap * descr->itemsize));
}

Status array_convert(Interpreter& interp, const ArrayDescr* d, Value v, ArrayItem* out) {
    if (d->is_float) {
        BASTION_TRY_ASSIGN(double x, float_as_double(interp, v));
        out->d = x;
        return {};
    }
    if (d->code == 'u') {
        if (!is_str(interp, v) || static_cast<StrObject*>(v.obj())->length != 1)
            return interp.raise(interp.exc.TypeError, "array item must be unicode character");
        out->u = static_cast<StrObject*>(v.obj())->at(0);
        return {};
    }
    return convert_int(interp, d->code, v, out);
}

void array_store(ArrayObject* a, int64_t i, const ArrayItem& item) {
    uint8_t* p = a->item_ptr(i);
    switch (a->descr->code) {
    case 'b': { auto x = static_cast<int8_t>(item.i); std::memcpy(p, &x, 1); break; }
    case 'B': { auto x = static_cast<uint8_t>(item.i); std::memcpy(p, &x, 1); break; }
    case 'h': { auto x = static_cast<int16_t>(item.i); std::memcpy(p, &x, 2); break; }
    case 'H': { auto x = static_cast<uint16_t>(item.i); std::memcpy(p, &x, 2); break; }
    case 'i': { auto x = static_cast<int32_t>(item.i); std::memcpy(p, &x, 4); break; }
    case 'I': case 'u': { auto x = static_cast<uint32_t>(item.u); std::memcpy(p, &x, 4); break; }
    case 'f': { auto x = static_cast<float>(item.d); std::memcpy(p, &x, 4); break; }
    case 'd': std::memcpy(p, &item.d, 8); break;
    default: std::memcpy(p, &item.u, 8); break; // l L q Q
    }
}

ArrayItem array_load(const ArrayObject* a, int64_t i) {
    BASTION_CHECK(i >= 0 && i < a->len);
    const uint8_t* p = a->buf + i * a->descr->itemsize;
    ArrayItem r{};
    switch (a->descr->code) {
    case 'b': { int8_t x; std::memcpy(&x, p, 1); r.i = x; break; }
    case 'B': { uint8_t x; std::memcpy(&x, p, 1); r.i = x; break; }
    case 'h': { int16_t x; std::memcpy(&x, p, 2); r.i = x; break; }
    case 'H': { uint16_t x; std::memcpy(&x, p, 2); r.i = x; break; }
    case 'i': { int32_t x; std::memcpy(&x, p, 4); r.i = x; break; }
    case 'I': case 'u': { uint32_t x; std::memcpy(&x, p, 4); r.u = x; break; }
    case 'f': { float x; std::memcpy(&x, p, 4); r.d = x; break; }
    case 'd': std::memcpy(&r.d, p, 8); break;
    default: std::memcpy(&r.u, p, 8); break;
    }
    return r;
}

Result<Ref> array_get(Interpreter& interp, ArrayObject* a, int64_t i) {
    ArrayItem it = array_load(a, i);
    switch (a->descr->code) {
    case 'f':
    case 'd':
        return float_from_double(interp, it.d);
    case 'u': {
        uint32_t cp = static_cast<uint32_t>(it.u);
        if (cp > 0x10FFFF)
            return interp.raise_fmt(interp.exc.ValueError, "character U+{:x} is not in range [U+0000; U+10ffff]", cp);
        return to_ref(str_from_code_points(interp, &cp, 1));
    }
    case 'I':
    case 'L':
    case 'Q':
        return int_from_u64(interp, it.u);
    default:
        return int_from_i64(interp, it.i);
    }
}

Status array_check_resize(Interpreter& interp, ArrayObject* a, int64_t new_len) {
    if (a->exports > 0 && new_len != a->len)
        return interp.raise(interp.exc.BufferError, "cannot resize an array that is exporting buffers");
    return {};
}

Status array_reserve(Interpreter& interp, ArrayObject* a, int64_t total) {
    if (total < 0 || total > kMaxContainerLength / 8)
        return interp.no_memory();
    // Before any reallocation: a live export holds a pointer into `buf`.
    BASTION_TRY(array_check_resize(interp, a, total));
    if (total <= a->cap)
        return {};
    int64_t grow = a->cap + a->cap / 2 + 4;
    int64_t newcap = std::max(total, std::min(grow, kMaxContainerLength / 8));
    std::size_t itemsize = static_cast<std::size_t>(a->descr->itemsize);
    auto* nb = static_cast<uint8_t*>(interp.allocate(static_cast<std::size_t>(newcap) * itemsize));
    if (nb == nullptr) {
        newcap = total; // retry without the amortisation headroom
        nb = static_cast<uint8_t*>(interp.allocate(static_cast<std::size_t>(newcap) * itemsize));
        if (nb == nullptr)
            return interp.no_memory();
    }
    if (a->len > 0)
        std::memcpy(nb, a->buf, static_cast<std::size_t>(a->len) * itemsize);
    if (a->buf != nullptr)
        interp.deallocate(a->buf, static_cast<std::size_t>(a->cap) * itemsize);
    a->buf = nb;
    a->cap = newcap;
    return {};
}

Status array_append_value(Interpreter& interp, ArrayObject* a, Value v) {
    ArrayItem item{};
    BASTION_TRY(array_convert(interp, a->descr, v, &item)); // may run __index__: convert first
    BASTION_TRY(array_reserve(interp, a, a->len + 1));
    a->len++;
    array_store(a, a->len - 1, item);
    return {};
}

Status array_append_bytes(Interpreter& interp, ArrayObject* a, const uint8_t* data, int64_t nbytes) {
    int64_t n = nbytes / a->descr->itemsize;
    if (n == 0)
        return {};
    BASTION_TRY(array_reserve(interp, a, a->len + n));
    std::memmove(a->buf + a->nbytes(), data, static_cast<std::size_t>(n * a->descr->itemsize));
    a->len += n;
    return {};
}

Status array_erase(Interpreter& interp, ArrayObject* a, int64_t lo, int64_t hi) {
    if (lo >= hi)
        return {};
    BASTION_TRY(array_check_resize(interp, a, a->len - (hi - lo)));
    int64_t sz = a->descr->itemsize;
    std::memmove(a->buf + lo * sz, a->buf + hi * sz, static_cast<std::size_t>((a->len - hi) * sz));
    a->len -= hi - lo;
    return {};
}

namespace {

// The buffer protocol (Type::getbuffer): the items in place, writable, with the typecode
// as the format; the export count keeps the storage from being resized under the view.
Result<BufferView> array_getbuffer(Interpreter&, Value v, bool) {
    ArrayObject* a = as_array(v);
    // Never null (the C library's mem* functions may not get null even for 0 bytes): with
    // no storage the length is 0 and the address of `cap` is never read or written.
    uint8_t* p = a->buf != nullptr ? a->buf : reinterpret_cast<uint8_t*>(&a->cap);
    char format = a->descr->code == 'u' ? 'w' : a->descr->code; // CPython 3.11 exports 'u' as "w" (wchar_t)
    return BufferView(Ref::borrow(v), p, a->nbytes(), false, &a->exports, format, a->descr->itemsize);
}

} // namespace

bool is_array(Value v) { return array_root_type(v) != nullptr; }

namespace {
Result<Ref> array_iter(Interpreter& interp, Value self);
}

ArrayType* array_root_type(Value v) {
    if (!v.is_obj())
        return nullptr;
    for (Type* t = v.obj()->type; t != nullptr; t = t->base)
        if (!t->has_flag(kTypeHeap) && t->iter == array_iter)
            return static_cast<ArrayType*>(t);
    return nullptr;
}

Result<Own<ArrayObject>> array_new(Interpreter& interp, Type* type, const ArrayDescr* d) {
    BASTION_TRY_ASSIGN(Own<ArrayObject> a, interp.make<ArrayObject>(type));
    a->descr = d;
    return a;
}

Result<Own<ArrayObject>> array_new_like(Interpreter& interp, ArrayObject* like, int64_t n) {
    BASTION_TRY_ASSIGN(Own<ArrayObject> a, array_new(interp, array_root_type(Value(like)), like->descr));
    BASTION_TRY(array_reserve(interp, a.get(), n));
    return a;
}

Status array_extend_any(Interpreter& interp, ArrayObject* a, Value v) {
    if (is_array(v)) {
        ArrayObject* b = as_array(v);
        if (b->descr == a->descr)
            return array_append_bytes(interp, a, b->buf, b->nbytes());
        for (int64_t i = 0; i < b->len; i++) { // b's size is re-read: conversion runs no user code
            BASTION_TRY_ASSIGN(Ref item, array_get(interp, b, i));
            BASTION_TRY(array_append_value(interp, a, item));
        }
        return {};
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, v));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return {};
        BASTION_TRY(array_append_value(interp, a, item));
    }
}

Result<Ref> array_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op) {
    if (!is_array(v) || !is_array(w))
        return not_implemented(interp);
    ArrayObject* a = as_array(v);
    ArrayObject* b = as_array(w);
    if (a->len != b->len && (op == bc::CompareOpKind::Eq || op == bc::CompareOpKind::Ne))
        return interp.new_bool(op == bc::CompareOpKind::Ne);
    int64_t i = 0;
    Ref x, y;
    for (; i < a->len && i < b->len; i++) {
        BASTION_TRY_ASSIGN(x, array_get(interp, a, i));
        BASTION_TRY_ASSIGN(y, array_get(interp, b, i));
        BASTION_TRY_ASSIGN(bool same, rich_compare_bool(interp, x, y, bc::CompareOpKind::Eq));
        if (!same)
            break;
    }
    if (i >= a->len || i >= b->len)
        return interp.new_bool(compare_sizes(a->len, b->len, op));
    if (op == bc::CompareOpKind::Eq)
        return interp.new_bool(false);
    if (op == bc::CompareOpKind::Ne)
        return interp.new_bool(true);
    return rich_compare(interp, x, y, op);
}

namespace {

// --- construction ------------------------------------------------------------------------------------

Result<Ref> array_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    if (args.kwnames != nullptr && args.nkw() > 0 && type->has_flag(kTypeHeap) == false)
        return interp.raise(interp.exc.TypeError, "array.array() takes no keyword arguments");
    if (args.npos < 1)
        return interp.raise_fmt(interp.exc.TypeError, "array() takes at least 1 argument (0 given)");
    if (args.npos > 2)
        return interp.raise_fmt(interp.exc.TypeError, "array() takes at most 2 arguments ({} given)", args.npos);
    Value code = args.items[0];
    if (!is_str(interp, code) || static_cast<StrObject*>(code.obj())->length != 1)
        return interp.raise_fmt(interp.exc.TypeError, "array() argument 1 must be a unicode character, not {}",
                                type_name(interp, code));
    uint32_t c = static_cast<StrObject*>(code.obj())->at(0);
    const ArrayDescr* d = c < 128 ? array_descr(static_cast<char>(c)) : nullptr;
    if (d == nullptr)
        return interp.raise(interp.exc.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    BASTION_TRY_ASSIGN(Own<ArrayObject> a, array_new(interp, type, d));
    if (args.npos == 2) {
        Value init = args.items[1];
        if (is_str(interp, init)) {
            if (d->code != 'u')
                return interp.raise_fmt(interp.exc.TypeError,
                                        "cannot use a str to initialize an array with typecode '{}'", d->code);
            auto* s = static_cast<StrObject*>(init.obj());
            BASTION_TRY(array_reserve(interp, a.get(), s->length));
            for (int64_t i = 0; i < s->length; i++) {
                a->len++;
                ArrayItem item{};
                item.u = s->at(i);
                array_store(a.get(), i, item);
            }
        } else if (is_bytes_like(interp, init)) {
            std::vector<uint8_t> copy(bytes_like_view(init).begin(), bytes_like_view(init).end());
            if (copy.size() % static_cast<std::size_t>(d->itemsize) != 0)
                return interp.raise(interp.exc.ValueError, "bytes length not a multiple of item size");
            BASTION_TRY(array_append_bytes(interp, a.get(), copy.data(), static_cast<int64_t>(copy.size())));
        } else if (is_array(init) && as_array(init)->descr->code == 'u' && d->code != 'u') {
            return interp.raise_fmt(interp.exc.TypeError,
                                    "cannot use a unicode array to initialize an array with typecode '{}'", d->code);
        } else {
            BASTION_TRY(array_extend_any(interp, a.get(), init));
        }
    }
    return std::move(a).into_ref();
}

// --- sequence slots ------------------------------------------------------------------------------------

Result<int64_t> array_length(Interpreter&, Value self) { return as_array(self)->len; }

Result<Ref> array_slice(Interpreter& interp, ArrayObject* a, Value slice) {
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, slice, a->len, &start, &stop, &step, &n));
    BASTION_TRY_ASSIGN(Own<ArrayObject> r, array_new_like(interp, a, n));
    int64_t sz = a->descr->itemsize;
    for (int64_t k = 0, cur = start; k < n && cur >= 0 && cur < a->len; k++, cur += step) {
        std::memcpy(r->buf + k * sz, a->buf + cur * sz, static_cast<std::size_t>(sz));
        r->len = k + 1;
    }
    return std::move(r).into_ref();
}

Result<Ref> array_getitem(Interpreter& interp, Value self, Value key) {
    ArrayObject* a = as_array(self);
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len)
            return interp.raise(interp.exc.IndexError, "array index out of range");
        return array_get(interp, a, i);
    }
    if (is_slice(interp, key))
        return array_slice(interp, a, key);
    return interp.raise(interp.exc.TypeError, "array indices must be integers");
}

Status array_setslice(Interpreter& interp, ArrayObject* a, Value slice, Value value) {
    int64_t start = 0, stop = 0, step = 0, n = 0;
    BASTION_TRY(slice_indices(interp, slice, a->len, &start, &stop, &step, &n));
    int64_t sz = a->descr->itemsize;
    // CPython (issue #4509) refuses, while exported, every slice deletion (even of nothing)
    // and every assignment of an empty or differently sized array.
    bool resizes = value.is_null() || (is_array(value) && (as_array(value)->len == 0 || as_array(value)->len != n));
    if (resizes && a->exports > 0)
        return array_check_resize(interp, a, -1); // -1 is never the length: BufferError
    if (value.is_null()) {
        if (step == 1)
            return array_erase(interp, a, start, start + n);
        std::vector<bool> doomed(static_cast<std::size_t>(a->len), false);
        for (int64_t k = 0, cur = start; k < n; k++, cur += step)
            doomed[static_cast<std::size_t>(cur)] = true;
        int64_t w = 0;
        for (int64_t i = 0; i < a->len; i++)
            if (!doomed[static_cast<std::size_t>(i)])
                std::memmove(a->buf + (w++) * sz, a->buf + i * sz, static_cast<std::size_t>(sz));
        a->len = w;
        return {};
    }
    if (!is_array(value))
        return interp.raise_fmt(interp.exc.TypeError, "can only assign array (not \"{}\") to array slice",
                                type_name(interp, value));
    ArrayObject* b = as_array(value);
    if (b->descr != a->descr)
        return interp.raise(interp.exc.TypeError, "bad argument type for built-in operation");
    std::vector<uint8_t> src(b->buf, b->buf + b->nbytes()); // b may be a itself
    int64_t m = b->len;
    if (step == 1) {
        int64_t newlen = a->len - n + m;
        BASTION_TRY(array_reserve(interp, a, newlen));
        std::memmove(a->buf + (start + m) * sz, a->buf + (start + n) * sz,
                     static_cast<std::size_t>((a->len - start - n) * sz));
        if (m > 0)
            std::memcpy(a->buf + start * sz, src.data(), static_cast<std::size_t>(m * sz));
        a->len = newlen;
        return {};
    }
    if (m != n)
        return interp.raise_fmt(interp.exc.ValueError, "attempt to assign array of size {} to extended slice of size {}",
                                m, n);
    for (int64_t k = 0, cur = start; k < n; k++, cur += step)
        std::memcpy(a->buf + cur * sz, src.data() + k * sz, static_cast<std::size_t>(sz));
    return {};
}

Status array_setitem(Interpreter& interp, Value self, Value key, Value value) {
    ArrayObject* a = as_array(self);
    if (has_index(interp, key)) {
        BASTION_TRY_ASSIGN(int64_t i, index_exact(interp, key, interp.exc.IndexError));
        if (i < 0)
            i += a->len;
        if (i < 0 || i >= a->len)
            return interp.raise(interp.exc.IndexError, "array assignment index out of range");
        if (value.is_null())
            return array_erase(interp, a, i, i + 1);
        ArrayItem item{};
        BASTION_TRY(array_convert(interp, a->descr, value, &item));
        if (i < a->len) // __index__/__float__ may have shrunk the array: CPython's store is then lost too
            array_store(a, i, item);
        return {};
    }
    if (is_slice(interp, key))
        return array_setslice(interp, a, key, value);
    return interp.raise(interp.exc.TypeError, "array indices must be integers");
}

Result<bool> array_contains(Interpreter& interp, Value self, Value item) {
    ArrayObject* a = as_array(self);
    for (int64_t i = 0; i < a->len; i++) {
        BASTION_TRY_ASSIGN(Ref cur, array_get(interp, a, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, item, bc::CompareOpKind::Eq));
        if (eq)
            return true;
    }
    return false;
}

// --- operators ------------------------------------------------------------------------------------------

Result<Ref> array_concat(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_array(lhs))
        return not_implemented(interp);
    if (!is_array(rhs))
        return interp.raise_fmt(interp.exc.TypeError, "can only append array (not \"{}\") to array",
                                type_name(interp, rhs));
    ArrayObject* a = as_array(lhs);
    ArrayObject* b = as_array(rhs);
    if (a->descr != b->descr)
        return interp.raise(interp.exc.TypeError, "bad argument type for built-in operation");
    BASTION_TRY_ASSIGN(Own<ArrayObject> r, array_new_like(interp, a, a->len + b->len));
    BASTION_TRY(array_append_bytes(interp, r.get(), a->buf, a->nbytes()));
    BASTION_TRY(array_append_bytes(interp, r.get(), b->buf, b->nbytes()));
    return std::move(r).into_ref();
}

Result<Ref> array_repeat(Interpreter& interp, ArrayObject* a, Value count) {
    BASTION_TRY_ASSIGN(int64_t n, index_exact(interp, count, interp.exc.OverflowError));
    if (n < 0)
        n = 0;
    auto total = checked_mul(a->len, n);
    if (!total)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<ArrayObject> r, array_new_like(interp, a, *total));
    for (int64_t k = 0; k < n; k++)
        BASTION_TRY(array_append_bytes(interp, r.get(), a->buf, a->nbytes()));
    return std::move(r).into_ref();
}

Result<Ref> array_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (is_array(lhs)) {
        if (has_index(interp, rhs))
            return array_repeat(interp, as_array(lhs), rhs);
        bool answered = false;
        BASTION_TRY_ASSIGN(Ref r, try_other_operand(interp, bc::BinaryOpKind::Multiply, lhs, rhs, array_mul, &answered));
        if (answered)
            return r;
        return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                                type_name(interp, rhs));
    }
    if (has_index(interp, lhs)) // reflected: n * array
        return array_repeat(interp, as_array(rhs), lhs);
    return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                            type_name(interp, lhs));
}

Result<Ref> array_inplace_add(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_array(lhs))
        return not_implemented(interp);
    if (!is_array(rhs))
        return interp.raise_fmt(interp.exc.TypeError, "can only extend array with array (not \"{}\")",
                                type_name(interp, rhs));
    ArrayObject* a = as_array(lhs);
    ArrayObject* b = as_array(rhs);
    if (a->descr != b->descr)
        return interp.raise(interp.exc.TypeError, "can only extend with array of same kind");
    std::vector<uint8_t> copy(b->buf, b->buf + b->nbytes());
    BASTION_TRY(array_append_bytes(interp, a, copy.data(), static_cast<int64_t>(copy.size())));
    return Ref::borrow(lhs);
}

Result<Ref> array_inplace_mul(Interpreter& interp, Value lhs, Value rhs) {
    if (!is_array(lhs) || !has_index(interp, rhs))
        return not_implemented(interp);
    ArrayObject* a = as_array(lhs);
    BASTION_TRY_ASSIGN(int64_t n, index_exact(interp, rhs, interp.exc.OverflowError));
    if (n <= 0) {
        BASTION_TRY(array_check_resize(interp, a, 0));
        a->len = 0;
        return Ref::borrow(lhs);
    }
    auto total = checked_mul(a->len, n);
    if (!total)
        return interp.no_memory();
    BASTION_TRY(array_reserve(interp, a, *total));
    int64_t once = a->nbytes();
    for (int64_t k = 1; k < n; k++) {
        std::memcpy(a->buf + k * once, a->buf, static_cast<std::size_t>(once));
    }
    a->len = *total;
    return Ref::borrow(lhs);
}

Result<Ref> array_repr(Interpreter& interp, Value self) {
    ArrayObject* a = as_array(self);
    std::string out = type_display(interp, self.obj()->type) == "array.array" ? "array" : self.obj()->type->name;
    out += "('";
    out += a->descr->code;
    out += "'";
    if (a->len == 0)
        return str_result(interp, out + ")");
    out += ", ";
    Ref body;
    if (a->descr->code == 'u') {
        std::vector<uint32_t> cps;
        for (int64_t i = 0; i < a->len; i++)
            cps.push_back(static_cast<uint32_t>(array_load(a, i).u));
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_code_points(interp, cps.data(), static_cast<int64_t>(cps.size())));
        BASTION_TRY(append_repr(interp, out, s));
    } else {
        out += "[";
        for (int64_t i = 0; i < a->len; i++) {
            if (i > 0)
                out += ", ";
            BASTION_TRY_ASSIGN(Ref item, array_get(interp, a, i));
            BASTION_TRY(append_repr(interp, out, item));
        }
        out += "]";
    }
    return str_result(interp, out + ")");
}

// --- iterator -------------------------------------------------------------------------------------------

struct ArrayIterObject : Object {
    Own<ArrayObject> seq; // null once exhausted
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(seq); }
};

Result<Ref> array_iter(Interpreter& interp, Value self) {
    ArrayType* root = array_root_type(self);
    BASTION_TRY_ASSIGN(Own<ArrayIterObject> it, interp.make<ArrayIterObject>(root->iter_type));
    it->seq = Own<ArrayObject>::borrow(as_array(self));
    return std::move(it).into_ref();
}

Result<Ref> array_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<ArrayIterObject*>(self.obj());
    if (!it->seq)
        return Ref();
    if (it->index < it->seq->len)
        return array_get(interp, it->seq.get(), it->index++);
    it->seq = Own<ArrayObject>();
    return Ref();
}

Result<Ref> make_type(Interpreter& interp, ArrayType** out) {
    BASTION_TRY_ASSIGN(Own<ArrayType> t, interp.make<ArrayType>(interp.types.type));
    t->interp = &interp;
    t->base = interp.types.object;
    *out = t.get();
    return std::move(t).into_ref();
}

} // namespace

Status init_array_module(Interpreter& interp, DictObject* module_dict) {
    ArrayType* at = nullptr;
    ArrayType* it = nullptr;
    BASTION_TRY_ASSIGN(Ref at_ref, make_type(interp, &at));
    BASTION_TRY_ASSIGN(Ref it_ref, make_type(interp, &it));
    // Both types live as long as the interpreter, like the built-in types (instances of
    // non-heap types hold no reference to their type).
    (void)at_ref.release();
    (void)it_ref.release();
    at->name = "array.array";
    at->qualname = "array";
    at->instance_size = sizeof(ArrayObject);
    at->flags |= kTypeBaseType;
    at->tp_new = array_tp_new;
    at->repr = array_repr;
    at->richcompare = array_richcompare;
    at->iter = array_iter;
    at->length = array_length;
    at->getitem = array_getitem;
    at->setitem = array_setitem;
    at->contains = array_contains;
    at->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = array_concat;
    at->number.binary[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = array_mul;
    at->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Add)] = array_inplace_add;
    at->number.inplace[static_cast<std::size_t>(bc::BinaryOpKind::Multiply)] = array_inplace_mul;
    at->destroy = destroy_as<ArrayObject>;
    at->getbuffer = array_getbuffer;
    at->iter_type = it;
    it->name = "array.arrayiterator";
    it->qualname = "arrayiterator";
    it->instance_size = sizeof(ArrayIterObject);
    it->flags |= kTypeGC;
    it->iter = iter_self;
    it->iternext = array_iter_next;
    it->destroy = destroy_as<ArrayIterObject>;
    it->traverse = traverse_as<ArrayIterObject>;
    BASTION_TRY(ready_builtin_type(interp, at));
    BASTION_TRY(ready_builtin_type(interp, it));
    BASTION_TRY(init_array_methods(interp, at));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("array"), Value(at)));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("ArrayType"), Value(at)));
    BASTION_TRY_ASSIGN(Ref codes, make_str(interp, "bBuhHiIlLqQfd"));
    return dict_set_str(interp, module_dict, interp.intern("typecodes"), codes);
}

} // namespace bastion
