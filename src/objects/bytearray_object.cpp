// bytearray_object.cpp: bytearray mutation — item and slice assignment (extended slices
// included) and deletion, append/extend/insert/pop/remove/clear/reverse/copy, += and *=.
// Every size change goes through bytearray_resize, which refuses while a buffer export
// (memoryview) is live, and every assigned value is range-checked. Values are converted
// (which may run Python code) before the storage is touched.
#include <algorithm>
#include <cstring>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_util.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_util.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

ByteArrayObject* BA(Value v) { return static_cast<ByteArrayObject*>(v.obj()); }
bool is_index_like(Interpreter& interp, Value v) { return is_int(interp, v) || type_of(interp, v)->number.index != nullptr; }

Result<uint8_t> byte_value(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, v));
    int64_t x = 0;
    if (!int_to_i64(i, &x) || x < 0 || x > 255)
        return interp.raise(interp.exc.ValueError, "byte must be in range(0, 256)");
    return static_cast<uint8_t>(x);
}

// Replace ba[start:start+len) by data (step 1), resizing as needed.
Status replace_range(Interpreter& interp, ByteArrayObject* ba, int64_t start, int64_t len, std::string_view data) {
    int64_t n = ba->size, m = static_cast<int64_t>(data.size());
    start = std::clamp<int64_t>(start, 0, n);
    len = std::clamp<int64_t>(len, 0, n - start);
    int64_t tail = n - start - len;
    if (m != len) {
        auto total = checked_add(n - len, m);
        if (!total)
            return interp.no_memory();
        if (m < len) { // shrink: move the tail first
            if (ba->exports > 0)
                return interp.raise(interp.exc.BufferError, "Existing exports of data: object cannot be re-sized");
            std::memmove(ba->data() + start + m, ba->data() + start + len, static_cast<std::size_t>(tail));
            BASTION_TRY(bytearray_resize(interp, ba, *total));
        } else {
            BASTION_TRY(bytearray_resize(interp, ba, *total));
            std::memmove(ba->data() + start + m, ba->data() + start + len, static_cast<std::size_t>(tail));
        }
    }
    if (m > 0)
        std::memcpy(ba->data() + start, data.data(), data.size());
    return {};
}

// Delete the items of an extended slice (step != 1) in place.
Status delete_extended(Interpreter& interp, ByteArrayObject* ba, const SliceIndices& sl) {
    if (sl.length == 0)
        return {};
    if (ba->exports > 0)
        return interp.raise(interp.exc.BufferError, "Existing exports of data: object cannot be re-sized");
    int64_t start = sl.start, step = sl.step;
    if (step < 0) { // same set of items, walked forwards
        start = sl.start + step * (sl.length - 1);
        step = -step;
    }
    std::vector<bool> drop(static_cast<std::size_t>(ba->size), false);
    for (int64_t i = 0, k = start; i < sl.length; ++i, k += step)
        drop[static_cast<std::size_t>(k)] = true;
    int64_t w = 0;
    for (int64_t r = 0; r < ba->size; ++r)
        if (!drop[static_cast<std::size_t>(r)])
            ba->data()[w++] = ba->data()[r];
    return bytearray_resize(interp, ba, w);
}

Status setitem(Interpreter& interp, Value self, Value key, Value value) {
    ByteArrayObject* ba = BA(self);
    if (text_is_slice(interp, key)) {
        std::string data;
        if (!value.is_null()) {
            if (is_index_like(interp, value) || is_str(interp, value) || (!has_buffer(interp, value) && !type_of(interp, value)->iter))
                return interp.raise(interp.exc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            BASTION_TRY_ASSIGN(data, bytes_collect(interp, value)); // a copy: safe even when value is self
        }
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, ba->size, &sl));
        if (sl.step == 1) {
            int64_t len = sl.length;
            return replace_range(interp, ba, sl.start, len, value.is_null() ? std::string_view() : data);
        }
        if (value.is_null() || data.empty())
            return delete_extended(interp, ba, sl);
        if (static_cast<int64_t>(data.size()) != sl.length) {
            return interp.raise_fmt(interp.exc.ValueError, "attempt to assign bytes of size {} to extended slice of size {}",
                                    data.size(), sl.length);
        }
        for (int64_t i = 0, k = sl.start; i < sl.length; ++i, k += sl.step)
            if (k >= 0 && k < ba->size)
                ba->data()[k] = static_cast<uint8_t>(data[static_cast<std::size_t>(i)]);
        return {};
    }
    if (!is_index_like(interp, key)) {
        return interp.raise_fmt(interp.exc.TypeError, "bytearray indices must be integers or slices, not {}",
                                type_of(interp, key)->name);
    }
    BASTION_TRY_ASSIGN(int64_t k, bytes_index_arg(interp, key, ba->size, "bytearray index out of range"));
    if (value.is_null()) {
        if (k >= ba->size)
            return interp.raise(interp.exc.IndexError, "bytearray index out of range");
        return replace_range(interp, ba, k, 1, {});
    }
    BASTION_TRY_ASSIGN(uint8_t v, byte_value(interp, value));
    if (k >= ba->size) // the conversion ran Python code that shrank the array
        return interp.raise(interp.exc.IndexError, "bytearray index out of range");
    ba->data()[k] = v;
    return {};
}

Result<Ref> m_append(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "append"));
    BASTION_TRY(check_positional(interp, args, "append", 1, 1));
    BASTION_TRY_ASSIGN(uint8_t v, byte_value(interp, args.items[0]));
    ByteArrayObject* ba = BA(self);
    BASTION_TRY(bytearray_resize(interp, ba, ba->size + 1));
    ba->data()[ba->size - 1] = v;
    return interp.new_none();
}

Status extend_with(Interpreter& interp, ByteArrayObject* ba, Value x) {
    BASTION_TRY_ASSIGN(std::string data, bytes_collect(interp, x));
    return replace_range(interp, ba, ba->size, 0, data);
}

Result<Ref> m_extend(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "extend"));
    BASTION_TRY(check_positional(interp, args, "extend", 1, 1));
    BASTION_TRY(extend_with(interp, BA(self), args.items[0]));
    return interp.new_none();
}

Result<Ref> m_insert(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "insert"));
    BASTION_TRY(check_positional(interp, args, "insert", 2, 2));
    BASTION_TRY_ASSIGN(int64_t where, index_to_i64(interp, args.items[0]));
    BASTION_TRY_ASSIGN(uint8_t v, byte_value(interp, args.items[1]));
    ByteArrayObject* ba = BA(self);
    int64_t n = ba->size;
    if (where < 0)
        where = std::max<int64_t>(0, where + n);
    where = std::min(where, n);
    char c = static_cast<char>(v);
    BASTION_TRY(replace_range(interp, ba, where, 0, std::string_view(&c, 1)));
    return interp.new_none();
}

Result<Ref> m_pop(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "pop"));
    BASTION_TRY(check_positional(interp, args, "pop", 0, 1));
    int64_t i = -1;
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(i, index_to_i64(interp, args.items[0]));
    }
    ByteArrayObject* ba = BA(self);
    if (ba->size == 0)
        return interp.raise(interp.exc.IndexError, "pop from empty bytearray");
    if (i < 0)
        i += ba->size;
    if (i < 0 || i >= ba->size)
        return interp.raise(interp.exc.IndexError, "pop index out of range");
    uint8_t v = ba->data()[i];
    BASTION_TRY(replace_range(interp, ba, i, 1, {}));
    return Ref::small_int(v);
}

Result<Ref> m_remove(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "remove"));
    BASTION_TRY(check_positional(interp, args, "remove", 1, 1));
    BASTION_TRY_ASSIGN(uint8_t v, byte_value(interp, args.items[0]));
    ByteArrayObject* ba = BA(self);
    const void* p = ba->size ? std::memchr(ba->data(), v, static_cast<std::size_t>(ba->size)) : nullptr;
    if (!p)
        return interp.raise(interp.exc.ValueError, "value not found in bytearray");
    BASTION_TRY(replace_range(interp, ba, static_cast<const uint8_t*>(p) - ba->data(), 1, {}));
    return interp.new_none();
}

Result<Ref> m_clear(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "clear", 0, 0));
    BASTION_TRY(bytearray_resize(interp, BA(self), 0));
    return interp.new_none();
}

Result<Ref> m_reverse(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "reverse", 0, 0));
    ByteArrayObject* ba = BA(self);
    std::reverse(ba->data(), ba->data() + ba->size);
    return interp.new_none();
}

Result<Ref> m_copy(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "copy", 0, 0));
    BASTION_TRY_ASSIGN(Own<ByteArrayObject> b, bytearray_from(interp, BA(self)->view()));
    return std::move(b).into_ref();
}

Result<Ref> m_alloc(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__alloc__", 0, 0));
    ByteArrayObject* ba = BA(self);
    return Ref::small_int(ba->capacity == 0 ? 0 : ba->capacity + 1);
}

Result<Ref> inplace_add(Interpreter& interp, Value a, Value b) {
    if (!is_bytearray(interp, a))
        return Ref::borrow(Value(interp.not_implemented));
    if (!has_buffer(interp, b)) {
        return interp.raise_fmt(interp.exc.TypeError, "can't concat {} to {}", type_of(interp, b)->name,
                                type_of(interp, a)->name);
    }
    BASTION_TRY_ASSIGN(std::string data, bytes_collect(interp, b));
    BASTION_TRY(replace_range(interp, BA(a), BA(a)->size, 0, data));
    return Ref::borrow(a);
}

Result<Ref> inplace_mul(Interpreter& interp, Value a, Value b) {
    if (!is_bytearray(interp, a))
        return Ref::borrow(Value(interp.not_implemented));
    if (!is_index_like(interp, b)) {
        return interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                                type_of(interp, b)->name);
    }
    ByteArrayObject* ba = BA(a);
    BASTION_TRY_ASSIGN(int64_t total, bytes_repeat_total(interp, ba->size, b, true));
    int64_t old = ba->size;
    if (total != old) {
        if (ba->exports > 0)
            return interp.raise(interp.exc.BufferError, "Existing exports of data: object cannot be re-sized");
        std::string data(reinterpret_cast<const char*>(ba->data()), static_cast<std::size_t>(old));
        BASTION_TRY(bytearray_resize(interp, ba, total));
        bytes_fill_repeat(ba->data(), {reinterpret_cast<const uint8_t*>(data.data()), data.size()}, total);
    }
    return Ref::borrow(a);
}

constexpr MethodDef kMethods[] = {
    {"append", m_append}, {"extend", m_extend}, {"insert", m_insert}, {"pop", m_pop},     {"remove", m_remove},
    {"clear", m_clear},   {"reverse", m_reverse}, {"copy", m_copy},   {"__alloc__", m_alloc},
};

} // namespace

void init_bytearray_slots(Interpreter& interp) {
    using K = bc::BinaryOpKind;
    Type* t = interp.types.bytearray;
    t->setitem = setitem;
    t->number.inplace[static_cast<int>(K::InplaceAdd) - bc::kInplaceOffset] = inplace_add;
    t->number.inplace[static_cast<int>(K::InplaceMultiply) - bc::kInplaceOffset] = inplace_mul;
}

Status init_bytearray_methods(Interpreter& interp) { return add_methods(interp, interp.types.bytearray, kMethods); }

} // namespace bastion
