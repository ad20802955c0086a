// memoryview_object.cpp: the `memoryview` type — construction from any buffer exporter,
// len, bounds-checked indexing and slicing (extended steps give strided views), item and
// slice assignment on writable views, tobytes/tolist/hex/cast('B'/'c')/toreadonly,
// release() and the context manager, ==, hash of read-only views, iteration, repr.
// Every operation on a released view raises ValueError, as CPython.
#include "objects/memoryview_object.h"

#include <cstring>

#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/bytes_util.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/hash.h"
#include "vm/interpreter.h"

namespace bastion {

bool is_memoryview(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.memoryview; }

Result<std::string> memoryview_bytes(Interpreter& interp, MemoryViewObject* mv) {
    if (mv->released)
        return interp.raise(interp.exc.ValueError, "operation forbidden on released memoryview object");
    std::string out(static_cast<std::size_t>(mv->length), '\0');
    if (mv->contiguous()) {
        if (mv->length > 0)
            std::memcpy(out.data(), mv->item_ptr(0), out.size());
    } else {
        for (int64_t i = 0; i < mv->length; ++i)
            out[static_cast<std::size_t>(i)] = static_cast<char>(*mv->item_ptr(i));
    }
    return out;
}

namespace {

MemoryViewObject* MV(Value v) { return static_cast<MemoryViewObject*>(v.obj()); }

Result<MemoryViewObject*> live(Interpreter& interp, Value self) {
    MemoryViewObject* mv = MV(self);
    if (mv->released)
        return interp.raise(interp.exc.ValueError, "operation forbidden on released memoryview object");
    return mv;
}

Result<Ref> make_view(Interpreter& interp, BufferView base, int64_t offset, int64_t length, int64_t stride, char format,
                      bool readonly) {
    BASTION_TRY_ASSIGN(Own<MemoryViewObject> mv, interp.make<MemoryViewObject>(interp.types.memoryview));
    mv->buf = std::move(base);
    mv->offset = offset;
    mv->length = length;
    mv->stride = stride;
    mv->format = format;
    mv->readonly = readonly;
    return std::move(mv).into_ref();
}

Result<Ref> mv_new(Interpreter& interp, Type*, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"memoryview", {"object"}, 1, 0, 0}, argv));
    Value obj = argv[0];
    if (is_memoryview(interp, obj)) {
        BASTION_TRY_ASSIGN(MemoryViewObject * src, live(interp, obj));
        return make_view(interp, src->buf.share(), src->offset, src->length, src->stride, src->format, src->readonly);
    }
    if (!has_buffer(interp, obj)) {
        return interp.raise_fmt(interp.exc.TypeError, "memoryview: a bytes-like object is required, not '{}'",
                                type_of(interp, obj)->name);
    }
    BASTION_TRY_ASSIGN(BufferView b, get_buffer(interp, obj));
    int64_t n = b.len();
    bool ro = b.readonly();
    return make_view(interp, std::move(b), 0, n, 1, 'B', ro);
}

Result<Ref> item_value(Interpreter& interp, MemoryViewObject* mv, int64_t i) {
    uint8_t v = *mv->item_ptr(i);
    if (mv->format == 'c') {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, std::span<const uint8_t>(&v, 1)));
        return std::move(b).into_ref();
    }
    return Ref::small_int(v);
}

bool is_index_like(Interpreter& interp, Value v) { return is_int(interp, v) || type_of(interp, v)->number.index != nullptr; }

// An index key (int, __index__, or a 1-tuple of one, as CPython's 1-d views accept).
Result<int64_t> item_index(Interpreter& interp, MemoryViewObject* mv, Value key) {
    if (is_tuple(interp, key)) {
        auto* t = static_cast<TupleObject*>(key.obj());
        if (t->size != 1)
            return interp.raise(interp.exc.TypeError, "memoryview: invalid slice key");
        key = t->at(0);
    }
    if (!is_index_like(interp, key))
        return interp.raise(interp.exc.TypeError, "memoryview: invalid slice key");
    return bytes_index_arg(interp, key, mv->length, "index out of bounds on dimension 1");
}

Result<Ref> mv_getitem(Interpreter& interp, Value self, Value key) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    if (text_is_slice(interp, key)) {
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, mv->length, &sl));
        BASTION_TRY_ASSIGN(mv, live(interp, self)); // __index__ may have released it
        int64_t offset = sl.length > 0 ? mv->offset + sl.start * mv->stride : mv->offset;
        BASTION_TRY_ASSIGN(Ref view, make_view(interp, mv->buf.share(), offset, sl.length, mv->stride * sl.step, mv->format,
                                               mv->readonly));
        MV(view)->format_at = mv->format_at;
        return view;
    }
    BASTION_TRY_ASSIGN(int64_t i, item_index(interp, mv, key));
    BASTION_TRY_ASSIGN(mv, live(interp, self));
    if (i >= mv->length)
        return interp.raise(interp.exc.IndexError, "index out of bounds on dimension 1");
    return item_value(interp, mv, i);
}

Result<uint8_t> item_from_value(Interpreter& interp, MemoryViewObject* mv, Value value) {
    if (mv->format == 'c') {
        if (!is_bytes(interp, value) || bytes_like_view(value).size() != 1)
            return interp.raise(interp.exc.TypeError, "memoryview: invalid type for format 'c'");
        return bytes_like_view(value)[0];
    }
    if (!is_index_like(interp, value))
        return interp.raise(interp.exc.TypeError, "memoryview: invalid type for format 'B'");
    BASTION_TRY_ASSIGN(Ref i, index(interp, value));
    int64_t v = 0;
    if (!int_to_i64(i, &v) || v < 0 || v > 255)
        return interp.raise(interp.exc.ValueError, "memoryview: invalid value for format 'B'");
    return static_cast<uint8_t>(v);
}

Status mv_setitem(Interpreter& interp, Value self, Value key, Value value) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    if (mv->readonly)
        return interp.raise(interp.exc.TypeError, "cannot modify read-only memory");
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "cannot delete memory");
    if (text_is_slice(interp, key)) {
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, mv->length, &sl));
        if (!has_buffer(interp, value)) {
            return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'",
                                    type_of(interp, value)->name);
        }
        BASTION_TRY_ASSIGN(std::string data, bytes_collect(interp, value)); // a copy: overlapping views are fine
        BASTION_TRY_ASSIGN(mv, live(interp, self));
        if (static_cast<int64_t>(data.size()) != sl.length || sl.start + (sl.length - 1) * sl.step >= mv->length)
            return interp.raise(interp.exc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        for (int64_t i = 0, k = sl.start; i < sl.length; ++i, k += sl.step)
            *mv->item_ptr(k) = static_cast<uint8_t>(data[static_cast<std::size_t>(i)]);
        return {};
    }
    BASTION_TRY_ASSIGN(int64_t i, item_index(interp, mv, key));
    BASTION_TRY_ASSIGN(uint8_t v, item_from_value(interp, mv, value));
    BASTION_TRY_ASSIGN(mv, live(interp, self));
    if (i >= mv->length)
        return interp.raise(interp.exc.IndexError, "index out of bounds on dimension 1");
    *mv->item_ptr(i) = v;
    return {};
}

Result<int64_t> mv_length(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    return mv->length;
}

Result<Ref> mv_repr(Interpreter& interp, Value self) {
    std::string text = fmt::format("<{}memory at {:#x}>", MV(self)->released ? "released " : "",
                                   reinterpret_cast<uintptr_t>(self.obj()));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, text));
    return std::move(s).into_ref();
}

Result<int64_t> mv_hash(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    if (mv->hash != -1)
        return mv->hash;
    if (!mv->readonly)
        return interp.raise(interp.exc.ValueError, "cannot hash writable memoryview object");
    BASTION_TRY_ASSIGN(std::string data, memoryview_bytes(interp, mv));
    mv->hash = hash_bytes(data.data(), data.size());
    return mv->hash;
}

// The comparable contents of a buffer operand and its format, or false when `v` is not one.
Result<bool> operand(Interpreter& interp, Value v, std::string* data, char* format) {
    if (is_memoryview(interp, v)) {
        MemoryViewObject* mv = MV(v);
        if (mv->released)
            return false;
        BASTION_TRY_ASSIGN(*data, memoryview_bytes(interp, mv));
        *format = mv->format;
        return true;
    }
    if (!has_buffer(interp, v))
        return false;
    BASTION_TRY_ASSIGN(*data, bytes_collect(interp, v));
    *format = 'B';
    return true;
}

Result<Ref> mv_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if (op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne)
        return Ref::borrow(Value(interp.not_implemented));
    bool eq = false;
    if (a.is(b)) {
        eq = true;
    } else {
        std::string x, y;
        char fx = 'B', fy = 'B';
        BASTION_TRY_ASSIGN(bool okx, operand(interp, a, &x, &fx));
        BASTION_TRY_ASSIGN(bool oky, operand(interp, b, &y, &fy));
        if (!okx || !oky) {
            if ((okx || is_memoryview(interp, a)) && (oky || is_memoryview(interp, b)))
                eq = false; // a released view equals only itself
            else
                return Ref::borrow(Value(interp.not_implemented));
        } else {
            eq = x.size() == y.size() && (fx == fy || x.empty()) && x == y;
        }
    }
    return interp.new_bool(op == bc::CompareOpKind::Eq ? eq : !eq);
}

struct MvIterObject : Object {
    Ref view;
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(view); }
};

Result<Ref> mv_iter(Interpreter& interp, Value self) {
    BASTION_TRY(live(interp, self));
    BASTION_TRY_ASSIGN(Own<MvIterObject> it, interp.make<MvIterObject>(interp.types.memory_iterator));
    it->view = Ref::borrow(self);
    return std::move(it).into_ref();
}

// --- Methods and attributes --------------------------------------------------------------------------

Result<Ref> m_tobytes(Interpreter& interp, Value self, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"tobytes", {"order"}, 0, 0, 0}, argv));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    BASTION_TRY_ASSIGN(std::string data, memoryview_bytes(interp, mv));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
    return std::move(b).into_ref();
}

Result<Ref> m_tolist(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "tolist", 0, 0));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    for (int64_t i = 0; i < mv->length; ++i) {
        BASTION_TRY_ASSIGN(Ref v, item_value(interp, mv, i));
        BASTION_TRY(list_append(interp, list.get(), v));
    }
    return std::move(list).into_ref();
}

Result<Ref> m_hex(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    BASTION_TRY_ASSIGN(std::string data, memoryview_bytes(interp, mv));
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
    // bytes.hex does the separator handling.
    BASTION_TRY_ASSIGN(Ref meth, get_attr(interp, Value(b), interp.intern("hex")));
    return call(interp, meth, args);
}

Result<Ref> m_release(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "release", 0, 0));
    MemoryViewObject* mv = MV(self);
    if (mv->released)
        return interp.new_none();
    if (mv->exports > 0)
        return interp.raise_fmt(interp.exc.BufferError, "memoryview has {} exported buffer{}", mv->exports,
                                mv->exports == 1 ? "" : "s");
    mv->released = true;
    mv->buf.release();
    return interp.new_none();
}

Result<Ref> m_enter(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__enter__", 0, 0));
    BASTION_TRY(live(interp, self));
    return Ref::borrow(self);
}

Result<Ref> m_exit(Interpreter& interp, Value self, CallArgs) { return m_release(interp, self, CallArgs{}); }

Result<Ref> m_cast(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"cast", {"format", "shape"}, 1, 0, 0}, argv));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    if (!is_str(interp, argv[0]))
        return interp.raise(interp.exc.TypeError, "memoryview: format argument must be a string");
    std::string f = str_to_utf8(static_cast<StrObject*>(argv[0].obj()));
    bool at = f.size() == 2 && f[0] == '@';
    if (at)
        f = f.substr(1);
    if (f != "B" && f != "c") {
        static constexpr std::string_view kNative = "bBhHiIlLqQnNfdc?P";
        if (f.size() == 1 && kNative.find(f[0]) != std::string_view::npos) {
            // Valid in CPython but not supported here: only itemsize 1.
            return interp.raise_fmt(interp.exc.NotImplementedError, "memoryview: cast to format '{}' is not supported", f);
        }
        return interp.raise(interp.exc.ValueError, "memoryview: destination format must be a native single character "
                                                   "format prefixed with an optional '@'");
    }
    if (!mv->contiguous())
        return interp.raise(interp.exc.TypeError, "memoryview: casts are restricted to C-contiguous views");
    if (!argv[1].is_null()) {
        BASTION_TRY_ASSIGN(Own<ListObject> dims, list_from_iterable(interp, argv[1]));
        if (dims->items.size() != 1)
            return interp.raise(interp.exc.NotImplementedError, "memoryview: only one-dimensional views are supported");
        BASTION_TRY_ASSIGN(int64_t d, index_to_i64(interp, dims->items[0]));
        if (d != mv->length)
            return interp.raise(interp.exc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
    }
    BASTION_TRY_ASSIGN(Ref view, make_view(interp, mv->buf.share(), mv->offset, mv->length, 1, f[0], mv->readonly));
    MV(view)->format_at = at;
    return view;
}

Result<Ref> m_toreadonly(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "toreadonly", 0, 0));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    return make_view(interp, mv->buf.share(), mv->offset, mv->length, mv->stride, mv->format, true);
}

Result<Ref> g_obj(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    return Ref::borrow(mv->buf.owner());
}
Result<Ref> g_nbytes(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    return Ref::small_int(mv->length);
}
Result<Ref> g_readonly(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    return interp.new_bool(mv->readonly);
}
Result<Ref> g_itemsize(Interpreter& interp, Value self) {
    BASTION_TRY(live(interp, self));
    return Ref::small_int(1);
}
Result<Ref> g_format(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    std::string f = mv->format_at ? std::string("@") + mv->format : std::string(1, mv->format);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, f));
    return std::move(s).into_ref();
}
Result<Ref> g_ndim(Interpreter& interp, Value self) {
    BASTION_TRY(live(interp, self));
    return Ref::small_int(1);
}
Result<Ref> g_shape(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value::small_int(mv->length)}));
    return std::move(t).into_ref();
}
Result<Ref> g_strides(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value::small_int(mv->stride)}));
    return std::move(t).into_ref();
}
Result<Ref> g_suboffsets(Interpreter& interp, Value self) {
    BASTION_TRY(live(interp, self));
    return Ref::borrow(Value(interp.empty_tuple));
}
Result<Ref> g_contiguous(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, live(interp, self));
    return interp.new_bool(mv->contiguous());
}

constexpr MethodDef kMethods[] = {
    {"tobytes", m_tobytes}, {"tolist", m_tolist},     {"hex", m_hex},         {"release", m_release},
    {"__enter__", m_enter}, {"__exit__", m_exit},     {"cast", m_cast},       {"toreadonly", m_toreadonly},
};

constexpr GetSetDef kGetSets[] = {
    {"obj", g_obj},           {"nbytes", g_nbytes},         {"readonly", g_readonly},
    {"itemsize", g_itemsize}, {"format", g_format},         {"ndim", g_ndim},
    {"shape", g_shape},       {"strides", g_strides},       {"suboffsets", g_suboffsets},
    {"contiguous", g_contiguous}, {"c_contiguous", g_contiguous}, {"f_contiguous", g_contiguous},
};

} // namespace

static Result<Ref> iter_self(Interpreter&, Value self) { return Ref::borrow(self); }

static Result<Ref> memoryview_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<MvIterObject*>(self.obj());
    if (it->view.is_null())
        return Ref();
    MemoryViewObject* mv = MV(it->view);
    if (mv->released)
        return interp.raise(interp.exc.ValueError, "operation forbidden on released memoryview object");
    if (it->index >= mv->length) {
        it->view.reset();
        return Ref();
    }
    return item_value(interp, mv, it->index++);
}

void mv_traverse(Object* o, Visitor& v) { v.visit(static_cast<MemoryViewObject*>(o)->buf.owner()); }

void init_memoryview_slots(Interpreter& interp) {
    Type* t = interp.types.memoryview;
    t->instance_size = sizeof(MemoryViewObject);
    t->flags |= kTypeGC;
    t->destroy = destroy_as<MemoryViewObject>;
    t->traverse = mv_traverse;
    t->tp_new = mv_new;
    t->repr = mv_repr;
    t->str = mv_repr;
    t->hash = mv_hash;
    t->richcompare = mv_richcompare;
    t->length = mv_length;
    t->getitem = mv_getitem;
    t->setitem = mv_setitem;
    t->iter = mv_iter;
    Type* it = interp.types.memory_iterator;
    it->instance_size = sizeof(MvIterObject);
    it->flags |= kTypeGC;
    it->destroy = destroy_as<MvIterObject>;
    it->traverse = traverse_as<MvIterObject>;
    it->iter = iter_self;
    it->iternext = memoryview_iter_next;
}

Status init_memoryview_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.memoryview, kMethods));
    return add_getsets(interp, interp.types.memoryview, kGetSets);
}

} // namespace bastion
