// memoryview_object.cpp: the `memoryview` type's slots — construction from any buffer
// exporter, len, indexing (ints, slices of the first dimension, full index tuples for
// ndim > 1, () and ... for 0-dim views) with bounds checks, item and slice assignment on
// writable views, == by unpacked values, hash of read-only byte views, iteration, repr.
// Methods and attributes (cast, tolist, tobytes, ...) are in memoryview_methods.cpp.
// Every operation on a released view raises ValueError, as CPython.
#include "objects/memoryview_object.h"

#include <cstring>

#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/memoryview_format.h"
#include "objects/memoryview_internal.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/hash.h"
#include "vm/interpreter.h"

namespace bastion {

int64_t MvLayout::nitems() const {
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

bool MvLayout::c_contiguous() const {
    if (nitems() == 0)
        return true;
    int64_t expected = itemsize;
    for (int i = ndim - 1; i >= 0; --i) {
        if (shape[static_cast<std::size_t>(i)] > 1 && strides[static_cast<std::size_t>(i)] != expected)
            return false;
        expected *= shape[static_cast<std::size_t>(i)];
    }
    return true;
}

bool MvLayout::f_contiguous() const {
    if (nitems() == 0)
        return true;
    int64_t expected = itemsize;
    for (int i = 0; i < ndim; ++i) {
        if (shape[static_cast<std::size_t>(i)] > 1 && strides[static_cast<std::size_t>(i)] != expected)
            return false;
        expected *= shape[static_cast<std::size_t>(i)];
    }
    return true;
}

int64_t MvLayout::item_offset(const int64_t* index) const {
    int64_t pos = offset;
    for (int i = 0; i < ndim; ++i) {
        BASTION_CHECK(index[i] >= 0 && index[i] < shape[static_cast<std::size_t>(i)]);
        pos += index[i] * strides[static_cast<std::size_t>(i)];
    }
    return pos;
}

namespace {

uint8_t* item_in(const MvLayout& l, const BufferView& buf, const int64_t* index) {
    int64_t pos = l.item_offset(index);
    BASTION_CHECK(pos >= 0 && pos + l.itemsize <= buf.len());
    return buf.data() + pos;
}

} // namespace

uint8_t* MemoryViewObject::item_at(const int64_t* index) const { return item_in(*this, buf, index); }

bool is_memoryview(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.memoryview; }

bool mv_next_index(std::vector<int64_t>& index, const MvDims& shape, bool fortran) {
    std::size_t n = index.size();
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t d = fortran ? k : n - 1 - k;
        if (++index[d] < shape[d])
            return true;
        index[d] = 0;
    }
    return false;
}

std::string mv_collect(const MvLayout& l, const BufferView& buf, bool fortran) {
    std::string out;
    int64_t n = l.nitems();
    if (n == 0)
        return out;
    out.resize(static_cast<std::size_t>(n * l.itemsize));
    if (!fortran && l.c_contiguous()) {
        BASTION_CHECK(l.offset >= 0 && l.offset + l.nbytes() <= buf.len());
        std::memcpy(out.data(), buf.data() + l.offset, out.size());
        return out;
    }
    std::vector<int64_t> index(static_cast<std::size_t>(l.ndim), 0);
    std::size_t at = 0;
    do {
        std::memcpy(out.data() + at, item_in(l, buf, index.data()), static_cast<std::size_t>(l.itemsize));
        at += static_cast<std::size_t>(l.itemsize);
    } while (mv_next_index(index, l.shape, fortran));
    return out;
}

Result<std::string> memoryview_bytes(Interpreter& interp, MemoryViewObject* mv) {
    if (mv->released)
        return interp.raise(interp.exc.ValueError, "operation forbidden on released memoryview object");
    return mv_collect(*mv, mv->buf, false);
}

Result<MemoryViewObject*> mv_live(Interpreter& interp, Value self) {
    MemoryViewObject* mv = static_cast<MemoryViewObject*>(self.obj());
    if (mv->released)
        return interp.raise(interp.exc.ValueError, "operation forbidden on released memoryview object");
    return mv;
}

Result<Ref> mv_make(Interpreter& interp, const MvLayout& like, BufferView base) {
    BASTION_TRY_ASSIGN(Own<MemoryViewObject> mv, interp.make<MemoryViewObject>(interp.types.memoryview));
    mv->buf = std::move(base);
    static_cast<MvLayout&>(*mv.get()) = like;
    return std::move(mv).into_ref();
}

namespace {

MemoryViewObject* MV(Value v) { return static_cast<MemoryViewObject*>(v.obj()); }

Result<Ref> mv_new(Interpreter& interp, Type*, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"memoryview", {"object"}, 1, 0, 0}, argv));
    Value obj = argv[0];
    if (is_memoryview(interp, obj)) {
        BASTION_TRY_ASSIGN(MemoryViewObject * src, mv_live(interp, obj));
        return mv_make(interp, *src, src->buf.share());
    }
    if (!has_buffer(interp, obj)) {
        return interp.raise_fmt(interp.exc.TypeError, "memoryview: a bytes-like object is required, not '{}'",
                                type_of(interp, obj)->name);
    }
    BASTION_TRY_ASSIGN(BufferView b, get_buffer(interp, obj));
    MvLayout like;
    like.itemsize = b.itemsize();
    like.fmt = b.format();
    like.format = std::string(1, b.format());
    like.shape = {b.len() / b.itemsize()};
    like.strides = {b.itemsize()};
    like.readonly = b.readonly();
    return mv_make(interp, like, std::move(b));
}

bool is_index_like(Interpreter& interp, Value v) { return is_int(interp, v) || type_of(interp, v)->number.index != nullptr; }

// One index of dimension `dim` (0-based), made non-negative and checked against the shape.
Result<int64_t> dim_index(Interpreter& interp, MemoryViewObject* mv, Value key, int dim) {
    BASTION_TRY_ASSIGN(Ref i, index(interp, key));
    int64_t v = 0;
    if (!int_to_i64(i, &v))
        return interp.raise_fmt(interp.exc.IndexError, "cannot fit '{}' into an index-sized integer",
                                type_of(interp, i)->name);
    int64_t n = mv->shape[static_cast<std::size_t>(dim)];
    if (v < 0)
        v += n;
    if (v < 0 || v >= n)
        return interp.raise_fmt(interp.exc.IndexError, "index out of bounds on dimension {}", dim + 1);
    return v;
}

bool all_of_tuple(Interpreter& interp, Value key, bool (*pred)(Interpreter&, Value)) {
    auto* t = static_cast<TupleObject*>(key.obj());
    for (int64_t i = 0; i < t->size; ++i)
        if (!pred(interp, t->at(i)))
            return false;
    return true;
}

// A full index tuple (CPython's is_multiindex with len == ndim) into `out`; the errors for
// other tuple lengths are CPython's.
Status tuple_index(Interpreter& interp, MemoryViewObject* mv, Value key, std::vector<int64_t>* out) {
    auto* t = static_cast<TupleObject*>(key.obj());
    if (t->size < mv->ndim)
        return interp.raise(interp.exc.NotImplementedError, "sub-views are not implemented");
    if (t->size > mv->ndim)
        return interp.raise_fmt(interp.exc.TypeError, "cannot index {}-dimension view with {}-element tuple", mv->ndim,
                                t->size);
    out->assign(static_cast<std::size_t>(mv->ndim), 0);
    for (int i = 0; i < mv->ndim; ++i) {
        BASTION_TRY_ASSIGN((*out)[static_cast<std::size_t>(i)], dim_index(interp, mv, t->at(i), i));
    }
    return {};
}

Result<Ref> mv_getitem(Interpreter& interp, Value self, Value key) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    if (mv->ndim == 0) {
        if (is_tuple(interp, key) && static_cast<TupleObject*>(key.obj())->size == 0)
            return mv_unpack(interp, mv->fmt, mv->item_at(nullptr));
        if (key.is_obj() && key.obj() == interp.ellipsis)
            return Ref::borrow(self);
        return interp.raise(interp.exc.TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(interp, key)) {
        if (mv->ndim > 1)
            return interp.raise(interp.exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        BASTION_TRY_ASSIGN(int64_t i, dim_index(interp, mv, key, 0));
        BASTION_TRY_ASSIGN(mv, mv_live(interp, self)); // __index__ may have released it
        return mv_unpack(interp, mv->fmt, mv->item_at(&i));
    }
    if (text_is_slice(interp, key)) {
        SliceIndices sl;
        BASTION_TRY(text_slice_indices(interp, key, mv->shape[0], &sl));
        BASTION_TRY_ASSIGN(mv, mv_live(interp, self));
        MvLayout like = *mv;
        like.offset = sl.length > 0 ? mv->offset + sl.start * mv->strides[0] : mv->offset;
        like.shape[0] = sl.length;
        like.strides[0] = mv->strides[0] * sl.step;
        return mv_make(interp, like, mv->buf.share());
    }
    if (is_tuple(interp, key)) {
        if (all_of_tuple(interp, key, is_index_like)) {
            std::vector<int64_t> idx;
            BASTION_TRY(tuple_index(interp, mv, key, &idx));
            BASTION_TRY_ASSIGN(mv, mv_live(interp, self));
            return mv_unpack(interp, mv->fmt, mv->item_at(idx.data()));
        }
        if (all_of_tuple(interp, key, text_is_slice))
            return interp.raise(interp.exc.NotImplementedError, "multi-dimensional slicing is not implemented");
    }
    return interp.raise(interp.exc.TypeError, "memoryview: invalid slice key");
}

// Packs `value` for the item at `index` (after any Python code the conversion runs).
Status store_item(Interpreter& interp, Value self, const int64_t* index, Value value) {
    uint8_t tmp[8] = {};
    BASTION_TRY(mv_pack(interp, MV(self)->fmt, value, tmp));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    std::memcpy(mv->item_at(index), tmp, static_cast<std::size_t>(mv->itemsize));
    return {};
}

std::string_view strip_at(std::string_view f) { return f.size() > 1 && f[0] == '@' ? f.substr(1) : f; }

// view[a:b:c] = buffer: same format and a 1-d shape of the slice's length (CPython's
// equiv_structure), copied through a temporary so overlapping views are fine.
Status assign_slice(Interpreter& interp, Value self, Value key, Value value) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    SliceIndices sl;
    BASTION_TRY(text_slice_indices(interp, key, mv->shape[0], &sl));
    if (!has_buffer(interp, value))
        return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'",
                                type_of(interp, value)->name);
    std::string data;
    std::string src_format;
    int src_ndim = 1;
    int64_t src_len = 0;
    if (is_memoryview(interp, value)) {
        BASTION_TRY_ASSIGN(MemoryViewObject * src, mv_live(interp, value));
        data = mv_collect(*src, src->buf, false);
        src_format = src->format;
        src_ndim = src->ndim;
        src_len = src->length();
    } else {
        BASTION_TRY_ASSIGN(BufferView b, get_buffer(interp, value));
        data.assign(reinterpret_cast<const char*>(b.data()), static_cast<std::size_t>(b.len()));
        src_format = std::string(1, b.format());
        src_len = b.len() / b.itemsize();
    }
    BASTION_TRY_ASSIGN(mv, mv_live(interp, self));
    if (strip_at(src_format) != strip_at(mv->format) || src_ndim != 1 || src_len != sl.length)
        return interp.raise(interp.exc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    auto size = static_cast<std::size_t>(mv->itemsize);
    for (int64_t i = 0, k = sl.start; i < sl.length; ++i, k += sl.step)
        std::memcpy(mv->item_at(&k), data.data() + static_cast<std::size_t>(i) * size, size);
    return {};
}

Status mv_setitem(Interpreter& interp, Value self, Value key, Value value) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    if (mv->readonly)
        return interp.raise(interp.exc.TypeError, "cannot modify read-only memory");
    if (value.is_null())
        return interp.raise(interp.exc.TypeError, "cannot delete memory");
    if (mv->ndim == 0) {
        if ((key.is_obj() && key.obj() == interp.ellipsis) ||
            (is_tuple(interp, key) && static_cast<TupleObject*>(key.obj())->size == 0))
            return store_item(interp, self, nullptr, value);
        return interp.raise(interp.exc.TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(interp, key)) {
        if (mv->ndim > 1)
            return interp.raise(interp.exc.NotImplementedError, "sub-views are not implemented");
        BASTION_TRY_ASSIGN(int64_t i, dim_index(interp, mv, key, 0));
        return store_item(interp, self, &i, value);
    }
    if (text_is_slice(interp, key)) {
        if (mv->ndim > 1) {
            return interp.raise(interp.exc.NotImplementedError,
                                "memoryview slice assignments are currently restricted to ndim = 1");
        }
        return assign_slice(interp, self, key, value);
    }
    if (is_tuple(interp, key)) {
        if (all_of_tuple(interp, key, is_index_like)) {
            std::vector<int64_t> idx;
            BASTION_TRY(tuple_index(interp, mv, key, &idx));
            return store_item(interp, self, idx.data(), value);
        }
        if (all_of_tuple(interp, key, text_is_slice)) {
            return interp.raise(interp.exc.NotImplementedError,
                                "memoryview slice assignments are currently restricted to ndim = 1");
        }
    }
    return interp.raise(interp.exc.TypeError, "memoryview: invalid slice key");
}

Result<int64_t> mv_length(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return mv->length(); // 1 for a 0-dim view, as CPython 3.11
}

Result<Ref> mv_repr(Interpreter& interp, Value self) {
    std::string text = fmt::format("<{}memory at {:#x}>", MV(self)->released ? "released " : "",
                                   reinterpret_cast<uintptr_t>(self.obj()));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, text));
    return std::move(s).into_ref();
}

Result<int64_t> mv_hash(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    if (mv->hash != -1)
        return mv->hash;
    if (!mv->readonly)
        return interp.raise(interp.exc.ValueError, "cannot hash writable memoryview object");
    if (!mv_is_byte_format(mv->fmt))
        return interp.raise(interp.exc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    BASTION_TRY(hash(interp, mv->buf.owner())); // an unhashable exporter makes the view unhashable, as CPython
    BASTION_TRY_ASSIGN(mv, mv_live(interp, self));
    std::string data = mv_collect(*mv, mv->buf, false);
    mv->hash = hash_bytes(data.data(), data.size());
    return mv->hash;
}

// One operand of ==: a live memoryview, or any other exporter seen as a 1-d view.
struct Operand {
    MvLayout own;
    BufferView own_buf; // keeps a non-memoryview exporter's export alive
    const MvLayout* l = nullptr;
    const BufferView* buf = nullptr;
};

// False when `v` is not a buffer (== is then NotImplemented).
Result<bool> make_operand(Interpreter& interp, Value v, Operand* out) {
    if (is_memoryview(interp, v)) {
        out->l = MV(v);
        out->buf = &MV(v)->buf;
        return true;
    }
    if (!has_buffer(interp, v))
        return false;
    BASTION_TRY_ASSIGN(out->own_buf, get_buffer(interp, v));
    out->own.itemsize = out->own_buf.itemsize();
    out->own.fmt = out->own_buf.format();
    out->own.format = std::string(1, out->own_buf.format());
    out->own.shape = {out->own_buf.len() / out->own_buf.itemsize()};
    out->own.strides = {out->own_buf.itemsize()};
    out->l = &out->own;
    out->buf = &out->own_buf;
    return true;
}

bool raw_comparable(char f) { return f != 'f' && f != 'd' && f != '?'; }

// Element-wise equality of two views of equal shape, by unpacked values (CPython's
// memory_richcompare: a view of 'i' equals a view of 'd' with the same numbers).
Result<bool> views_equal(Interpreter& interp, const Operand& x, const Operand& y) {
    const MvLayout& a = *x.l;
    const MvLayout& b = *y.l;
    if (a.ndim != b.ndim || a.shape != b.shape)
        return false;
    if (a.nitems() == 0)
        return true;
    if (a.fmt == b.fmt && raw_comparable(a.fmt) && a.itemsize == b.itemsize)
        return mv_collect(a, *x.buf, false) == mv_collect(b, *y.buf, false);
    std::vector<int64_t> index(static_cast<std::size_t>(a.ndim), 0);
    do {
        // Unpacked values are ints, floats, bools and bytes: comparing them runs no Python
        // code, so both views stay live through the loop.
        BASTION_TRY_ASSIGN(Ref u, mv_unpack(interp, a.fmt, item_in(a, *x.buf, index.data())));
        BASTION_TRY_ASSIGN(Ref w, mv_unpack(interp, b.fmt, item_in(b, *y.buf, index.data())));
        BASTION_TRY_ASSIGN(bool eq, rich_compare_bool(interp, u, w, bc::CompareOpKind::Eq));
        if (!eq)
            return false;
    } while (mv_next_index(index, a.shape, false));
    return true;
}

Result<Ref> mv_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if (op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne)
        return Ref::borrow(Value(interp.not_implemented));
    if (!is_memoryview(interp, a))
        std::swap(a, b); // the reflected call: == and != are symmetric
    bool eq = false;
    if (MV(a)->released || (is_memoryview(interp, b) && MV(b)->released)) {
        eq = a.is(b);
    } else {
        Operand x, y;
        BASTION_TRY(make_operand(interp, a, &x));
        BASTION_TRY_ASSIGN(bool ok, make_operand(interp, b, &y));
        if (!ok)
            return Ref::borrow(Value(interp.not_implemented));
        BASTION_TRY_ASSIGN(eq, views_equal(interp, x, y));
    }
    return interp.new_bool(op == bc::CompareOpKind::Eq ? eq : !eq);
}

struct MvIterObject : Object {
    Ref view;
    int64_t index = 0;
    void traverse(Visitor& v) const { v.visit(view); }
};

Result<Ref> mv_iter(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    if (mv->ndim == 0)
        return interp.raise(interp.exc.TypeError, "invalid indexing of 0-dim memory");
    if (mv->ndim > 1)
        return interp.raise(interp.exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    BASTION_TRY_ASSIGN(Own<MvIterObject> it, interp.make<MvIterObject>(interp.types.memory_iterator));
    it->view = Ref::borrow(self);
    return std::move(it).into_ref();
}

Result<Ref> iter_self(Interpreter&, Value self) { return Ref::borrow(self); }

Result<Ref> memoryview_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<MvIterObject*>(self.obj());
    if (it->view.is_null())
        return Ref();
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, it->view));
    if (it->index >= mv->shape[0]) {
        it->view.reset();
        return Ref();
    }
    int64_t i = it->index++;
    return mv_unpack(interp, mv->fmt, mv->item_at(&i));
}

void mv_traverse(Object* o, Visitor& v) { v.visit(static_cast<MemoryViewObject*>(o)->buf.owner()); }

} // namespace

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

} // namespace bastion
