// array_methods.cpp: the methods and getsets of `array.array` (append ... tolist,
// itemsize, typecode). Conversions run before the buffer changes, so a failing item
// leaves the array as it was (fromlist restores its length, as CPython does).
// CPython: Modules/arraymodule.c (array_array_*_impl).
#include <algorithm>
#include <limits>
#include <vector>

#include "modules/array_object.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"

namespace bastion {

namespace {

Result<ArrayObject*> self_array(Interpreter& interp, Value self, std::string_view method) {
    if (!is_array(self))
        return interp.raise_fmt(interp.exc.TypeError,
                                "descriptor '{}' for 'array.array' objects doesn't apply to a '{}' object", method,
                                type_name(interp, self));
    return as_array(self);
}

// A Py_ssize_t argument (CPython's "n" format unit): __index__, then OverflowError
// "Python int too large to convert to C ssize_t" when out of range.
Result<int64_t> ssize_arg(Interpreter& interp, Value v) {
    BASTION_TRY_ASSIGN(Ref n, index(interp, v));
    int64_t out = 0;
    if (!int_to_i64(n, &out))
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return out;
}

#define ARRAY_SELF(method) BASTION_TRY_ASSIGN(ArrayObject * a, self_array(interp, self, method))

Result<Ref> m_append(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("append");
    BASTION_TRY(args_one(interp, args, "array.append"));
    BASTION_TRY(array_append_value(interp, a, args.items[0]));
    return interp.new_none();
}

Result<Ref> m_buffer_info(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("buffer_info");
    BASTION_TRY(args_none(interp, args, "array.buffer_info"));
    BASTION_TRY_ASSIGN(Ref addr, int_from_u64(interp, reinterpret_cast<uintptr_t>(a->buf)));
    return to_ref(tuple_of(interp, {Value(addr), Value::small_int(a->len)}));
}

Result<Ref> m_byteswap(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("byteswap");
    BASTION_TRY(args_none(interp, args, "array.byteswap"));
    int sz = a->descr->itemsize;
    for (int64_t i = 0; i < a->len; i++) {
        uint8_t* p = a->item_ptr(i);
        std::reverse(p, p + sz);
    }
    return interp.new_none();
}

// Positions of items equal to x, scanning [start, stop) and re-reading the size after
// every comparison (an __eq__ may shrink the array).
Result<int64_t> find_item(Interpreter& interp, ArrayObject* a, Value x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < a->len; i++) {
        BASTION_TRY_ASSIGN(Ref cur, array_get(interp, a, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, x, bc::CompareOpKind::Eq));
        if (eq)
            return i;
    }
    return -1;
}

Result<Ref> m_count(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("count");
    BASTION_TRY(args_one(interp, args, "array.count"));
    int64_t n = 0;
    for (int64_t i = 0; i < a->len; i++) {
        BASTION_TRY_ASSIGN(Ref cur, array_get(interp, a, i));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, cur, args.items[0], bc::CompareOpKind::Eq));
        n += eq ? 1 : 0;
    }
    return Ref::small_int(n);
}

Result<Ref> m_index(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("index");
    BASTION_TRY(args_no_keywords(interp, args, "array.index"));
    BASTION_TRY(args_range(interp, args, "array.index", "index", 1, 3));
    int64_t bounds[2] = {0, std::numeric_limits<int64_t>::max()};
    for (std::size_t k = 1; k < args.npos; k++) {
        BASTION_TRY_ASSIGN(int64_t x, index_clamped(interp, args.items[k]));
        if (x < 0) {
            x += a->len;
            if (x < 0)
                x = 0;
        }
        bounds[k - 1] = x;
    }
    BASTION_TRY_ASSIGN(int64_t i, find_item(interp, a, args.items[0], bounds[0], bounds[1]));
    if (i < 0)
        return interp.raise(interp.exc.ValueError, "array.index(x): x not in array");
    return Ref::small_int(i);
}

Result<Ref> m_remove(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("remove");
    BASTION_TRY(args_one(interp, args, "array.remove"));
    BASTION_TRY_ASSIGN(int64_t i, find_item(interp, a, args.items[0], 0, std::numeric_limits<int64_t>::max()));
    if (i < 0)
        return interp.raise(interp.exc.ValueError, "array.remove(x): x not in array");
    if (i < a->len)
        BASTION_TRY(array_erase(interp, a, i, i + 1));
    return interp.new_none();
}

Result<Ref> m_pop(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("pop");
    BASTION_TRY(args_range(interp, args, "array.pop", "pop", 0, 1));
    int64_t i = -1;
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(i, ssize_arg(interp, args.items[0]));
    }
    if (a->len == 0)
        return interp.raise(interp.exc.IndexError, "pop from empty array");
    if (i < 0)
        i += a->len;
    if (i < 0 || i >= a->len)
        return interp.raise(interp.exc.IndexError, "pop index out of range");
    BASTION_TRY_ASSIGN(Ref item, array_get(interp, a, i));
    BASTION_TRY(array_erase(interp, a, i, i + 1));
    return item;
}

Result<Ref> m_insert(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("insert");
    BASTION_TRY(args_range(interp, args, "array.insert", "insert", 2, 2));
    BASTION_TRY_ASSIGN(int64_t i, ssize_arg(interp, args.items[0]));
    ArrayItem item{};
    BASTION_TRY(array_convert(interp, a->descr, args.items[1], &item));
    int64_t n = a->len;
    if (i < 0)
        i = std::max<int64_t>(i + n, 0);
    i = std::min(i, n);
    BASTION_TRY(array_reserve(interp, a, n + 1));
    int64_t sz = a->descr->itemsize;
    std::memmove(a->buf + (i + 1) * sz, a->buf + i * sz, static_cast<std::size_t>((n - i) * sz));
    a->len = n + 1;
    array_store(a, i, item);
    return interp.new_none();
}

Result<Ref> m_reverse(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("reverse");
    BASTION_TRY(args_none(interp, args, "array.reverse"));
    int64_t sz = a->descr->itemsize;
    std::vector<uint8_t> tmp(static_cast<std::size_t>(sz));
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        std::memcpy(tmp.data(), a->item_ptr(i), static_cast<std::size_t>(sz));
        std::memcpy(a->item_ptr(i), a->item_ptr(j), static_cast<std::size_t>(sz));
        std::memcpy(a->item_ptr(j), tmp.data(), static_cast<std::size_t>(sz));
    }
    return interp.new_none();
}

Result<Ref> m_extend(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("extend");
    BASTION_TRY(args_one(interp, args, "array.extend"));
    Value v = args.items[0];
    if (is_array(v) && as_array(v)->descr != a->descr)
        return interp.raise(interp.exc.TypeError, "can only extend with array of same kind");
    if (is_array(v)) { // a.extend(a): copy first
        std::vector<uint8_t> copy(as_array(v)->buf, as_array(v)->buf + as_array(v)->nbytes());
        BASTION_TRY(array_append_bytes(interp, a, copy.data(), static_cast<int64_t>(copy.size())));
        return interp.new_none();
    }
    BASTION_TRY(array_extend_any(interp, a, v));
    return interp.new_none();
}

Result<Ref> m_frombytes(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("frombytes");
    BASTION_TRY(args_one(interp, args, "array.frombytes"));
    Value v = args.items[0];
    std::vector<uint8_t> copy;
    if (is_array(v)) {
        copy.assign(as_array(v)->buf, as_array(v)->buf + as_array(v)->nbytes());
    } else if (is_bytes_like(interp, v)) {
        auto view = bytes_like_view(v);
        copy.assign(view.begin(), view.end());
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'", type_name(interp, v));
    }
    if (copy.size() % static_cast<std::size_t>(a->descr->itemsize) != 0)
        return interp.raise(interp.exc.ValueError, "bytes length not a multiple of item size");
    BASTION_TRY(array_append_bytes(interp, a, copy.data(), static_cast<int64_t>(copy.size())));
    return interp.new_none();
}

Result<Ref> m_fromlist(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("fromlist");
    BASTION_TRY(args_one(interp, args, "array.fromlist"));
    Value v = args.items[0];
    if (!is_list(interp, v))
        return interp.raise(interp.exc.TypeError, "arg must be list");
    auto* l = static_cast<ListObject*>(v.obj());
    int64_t before = a->len;
    for (std::size_t i = 0; i < l->items.size(); i++) { // size re-read: __index__ may change the list
        Ref item = l->items[i];
        auto st = array_append_value(interp, a, item);
        if (!st.ok()) {
            a->len = std::min(a->len, before);
            return st.take_error();
        }
    }
    return interp.new_none();
}

Result<Ref> m_fromunicode(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("fromunicode");
    BASTION_TRY(args_one(interp, args, "array.fromunicode"));
    Value v = args.items[0];
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "fromunicode() argument must be str, not {}", type_name(interp, v));
    if (a->descr->code != 'u')
        return interp.raise(interp.exc.ValueError, "fromunicode() may only be called on unicode type arrays");
    auto* s = static_cast<StrObject*>(v.obj());
    BASTION_TRY(array_reserve(interp, a, a->len + s->length));
    for (int64_t i = 0; i < s->length; i++) {
        ArrayItem item{};
        item.u = s->at(i);
        a->len++;
        array_store(a, a->len - 1, item);
    }
    return interp.new_none();
}

Result<Ref> m_tounicode(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("tounicode");
    BASTION_TRY(args_none(interp, args, "array.tounicode"));
    if (a->descr->code != 'u')
        return interp.raise(interp.exc.ValueError, "tounicode() may only be called on unicode type arrays");
    std::vector<uint32_t> cps;
    for (int64_t i = 0; i < a->len; i++) {
        uint32_t cp = static_cast<uint32_t>(array_load(a, i).u);
        if (cp > 0x10FFFF)
            return interp.raise_fmt(interp.exc.ValueError, "character U+{:x} is not in range [U+0000; U+10ffff]", cp);
        cps.push_back(cp);
    }
    return to_ref(str_from_code_points(interp, cps.data(), static_cast<int64_t>(cps.size())));
}

Result<Ref> m_tobytes(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("tobytes");
    BASTION_TRY(args_none(interp, args, "array.tobytes"));
    return to_ref(bytes_from(interp, std::span<const uint8_t>(a->buf, static_cast<std::size_t>(a->nbytes()))));
}

Result<Ref> m_tolist(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("tolist");
    BASTION_TRY(args_none(interp, args, "array.tolist"));
    BASTION_TRY_ASSIGN(Own<ListObject> l, list_new(interp));
    for (int64_t i = 0; i < a->len; i++) {
        BASTION_TRY_ASSIGN(Ref item, array_get(interp, a, i));
        BASTION_TRY(list_append(interp, l.get(), item));
    }
    return std::move(l).into_ref();
}

Result<Ref> m_copy(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("__copy__");
    BASTION_TRY(args_range(interp, args, "array.__copy__", "__copy__", 0, 1)); // __deepcopy__ takes memo
    BASTION_TRY_ASSIGN(Own<ArrayObject> r, array_new_like(interp, a, a->len));
    BASTION_TRY(array_append_bytes(interp, r.get(), a->buf, a->nbytes()));
    return std::move(r).into_ref();
}

Result<Ref> m_sizeof(Interpreter& interp, Value self, CallArgs args) {
    ARRAY_SELF("__sizeof__");
    BASTION_TRY(args_none(interp, args, "array.__sizeof__"));
    return Ref::small_int(static_cast<int64_t>(sizeof(ArrayObject)) + a->cap * a->descr->itemsize);
}

Result<Ref> g_itemsize(Interpreter& interp, Value self) {
    ARRAY_SELF("itemsize");
    return Ref::small_int(a->descr->itemsize);
}

Result<Ref> g_typecode(Interpreter& interp, Value self) {
    ARRAY_SELF("typecode");
    char c = a->descr->code;
    return make_str(interp, std::string_view(&c, 1));
}

#undef ARRAY_SELF

} // namespace

Status init_array_methods(Interpreter& interp, ArrayType* t) {
    static constexpr MethodDef kMethods[] = {
        {"append", m_append},       {"buffer_info", m_buffer_info}, {"byteswap", m_byteswap},
        {"count", m_count},         {"extend", m_extend},           {"frombytes", m_frombytes},
        {"fromlist", m_fromlist},   {"fromunicode", m_fromunicode}, {"index", m_index},
        {"insert", m_insert},       {"pop", m_pop},                 {"remove", m_remove},
        {"reverse", m_reverse},     {"tobytes", m_tobytes},         {"tolist", m_tolist},
        {"tounicode", m_tounicode}, {"__copy__", m_copy},           {"__deepcopy__", m_copy},
        {"__sizeof__", m_sizeof},
    };
    static constexpr GetSetDef kGetSets[] = {{"itemsize", g_itemsize}, {"typecode", g_typecode}};
    BASTION_TRY(add_methods(interp, t, kMethods));
    return add_getsets(interp, t, kGetSets);
}

} // namespace bastion
