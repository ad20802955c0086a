// memoryview_methods.cpp: memoryview's methods and attributes — cast (to any native format,
// 1-d <-> n-d shapes, CPython's checks and messages), tolist (nested by dimension), tobytes
// (C or Fortran order), hex, toreadonly, release and the context manager, and the
// format/itemsize/ndim/shape/strides/nbytes/contiguity attributes.
#include <algorithm>
#include <limits>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_format.h"
#include "objects/memoryview_internal.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

MemoryViewObject* MV(Value v) { return static_cast<MemoryViewObject*>(v.obj()); }

// tolist() of dimension `dim` starting at byte position `pos` (depth <= 64).
Result<Ref> tolist_dim(Interpreter& interp, MemoryViewObject* mv, int dim, int64_t pos) {
    if (dim == mv->ndim) {
        BASTION_CHECK(pos >= 0 && pos + mv->itemsize <= mv->buf.len());
        return mv_unpack(interp, mv->fmt, mv->buf.data() + pos);
    }
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    auto d = static_cast<std::size_t>(dim);
    for (int64_t i = 0; i < mv->shape[d]; ++i) {
        BASTION_TRY_ASSIGN(Ref v, tolist_dim(interp, mv, dim + 1, pos + i * mv->strides[d]));
        BASTION_TRY(list_append(interp, list.get(), v));
    }
    return std::move(list).into_ref();
}

Result<Ref> m_tolist(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "tolist", 0, 0));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    // Unpacking runs no Python code, so the view stays live through the walk.
    return tolist_dim(interp, mv, 0, mv->offset);
}

Result<Ref> m_tobytes(Interpreter& interp, Value self, CallArgs args) {
    Value argv[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"tobytes", {"order"}, 0, 0, 0}, argv));
    bool fortran = false;
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    if (!argv[0].is_null() && !argv[0].is(Value(interp.none))) {
        if (!is_str(interp, argv[0]))
            return interp.raise_fmt(interp.exc.TypeError, "tobytes() argument 'order' must be str or None, not {}",
                                    type_of(interp, argv[0])->name);
        std::string order = str_to_utf8(static_cast<StrObject*>(argv[0].obj()));
        if (order != "C" && order != "F" && order != "A")
            return interp.raise(interp.exc.ValueError, "order must be 'C', 'F' or 'A'");
        fortran = order == "F" || (order == "A" && mv->f_contiguous() && !mv->c_contiguous());
    }
    std::string data = mv_collect(*mv, mv->buf, fortran);
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
    return std::move(b).into_ref();
}

Result<Ref> m_hex(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    std::string data = mv_collect(*mv, mv->buf, false);
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
    BASTION_TRY(mv_live(interp, self));
    return Ref::borrow(self);
}

Result<Ref> m_exit(Interpreter& interp, Value self, CallArgs) { return m_release(interp, self, CallArgs{}); }

// CPython's copy_shape: the product of the new shape times the item size, with its errors.
Result<int64_t> shape_bytes(Interpreter& interp, const std::vector<Ref>& dims, int64_t itemsize,
                            std::vector<int64_t>* shape) {
    int64_t len = itemsize;
    for (const Ref& r : dims) {
        Value x = r.get();
        if (!is_int(interp, x))
            return interp.raise(interp.exc.TypeError, "memoryview.cast(): elements of shape must be integers");
        int64_t d = 0;
        if (!int_to_i64(x, &d))
            return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
        if (d <= 0)
            return interp.raise(interp.exc.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
        if (d > std::numeric_limits<int64_t>::max() / len)
            return interp.raise(interp.exc.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
        len *= d;
        shape->push_back(d);
    }
    return len;
}

Result<Ref> m_cast(Interpreter& interp, Value self, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"cast", {"format", "shape"}, 1, 0, 0}, argv));
    if (!is_str(interp, argv[0]))
        return interp.raise_fmt(interp.exc.TypeError, "cast() argument 'format' must be str, not {}",
                                type_of(interp, argv[0])->name);
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    if (!mv->c_contiguous())
        return interp.raise(interp.exc.TypeError, "memoryview: casts are restricted to C-contiguous views");
    Value shape_arg = argv[1];
    bool has_shape = !shape_arg.is_null();
    if ((has_shape || mv->ndim != 1) && mv->nitems() == 0)
        return interp.raise(interp.exc.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    std::vector<Ref> dims; // the new shape's items (owned: the caller's list may change)
    if (has_shape) {
        if (is_tuple(interp, shape_arg)) {
            for (Value v : static_cast<TupleObject*>(shape_arg.obj())->view())
                dims.push_back(Ref::borrow(v));
        } else if (is_list(interp, shape_arg)) {
            for (const Ref& v : static_cast<ListObject*>(shape_arg.obj())->items)
                dims.push_back(Ref::borrow(v.get()));
        } else {
            return interp.raise(interp.exc.TypeError, "shape must be a list or a tuple");
        }
        auto n = static_cast<int64_t>(dims.size());
        if (n > MvLayout::kMaxDim)
            return interp.raise(interp.exc.ValueError, "memoryview: number of dimensions must not exceed 64");
        if (mv->ndim != 1 && n != 1)
            return interp.raise(interp.exc.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    // cast_to_1D: the format is encoded to ASCII first (UnicodeEncodeError otherwise, as CPython)
    BASTION_TRY_ASSIGN(Own<BytesObject> ascii, codec_encode(interp, static_cast<StrObject*>(argv[0].obj()), "ascii",
                                                            "strict"));
    std::string format(reinterpret_cast<const char*>(ascii->data()), static_cast<std::size_t>(ascii->size));
    format.resize(std::min(format.size(), format.find('\0'))); // CPython reads it as a C string
    int64_t itemsize = mv_format_itemsize(format);
    if (itemsize == 0) {
        return interp.raise(interp.exc.ValueError, "memoryview: destination format must be a native single character "
                                                   "format prefixed with an optional '@'");
    }
    char fmt = mv_format_char(format);
    if (!mv_is_byte_format(mv->fmt) && !mv_is_byte_format(fmt))
        return interp.raise(interp.exc.TypeError, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = mv->nbytes();
    if (nbytes % itemsize != 0)
        return interp.raise(interp.exc.TypeError, "memoryview: length is not a multiple of itemsize");
    MvLayout like;
    like.offset = mv->offset;
    like.format = format;
    like.fmt = fmt;
    like.itemsize = itemsize;
    like.readonly = mv->readonly;
    like.shape = {nbytes / itemsize};
    like.strides = {itemsize};
    if (has_shape) { // cast_to_ND
        std::vector<int64_t> shape;
        BASTION_TRY_ASSIGN(int64_t len, shape_bytes(interp, dims, itemsize, &shape));
        if (len != nbytes)
            return interp.raise(interp.exc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        like.ndim = static_cast<int>(shape.size());
        like.strides.assign(shape.size(), 0);
        int64_t stride = itemsize;
        for (std::size_t i = shape.size(); i-- > 0;) {
            like.strides[i] = stride;
            stride *= shape[i];
        }
        like.shape.assign(shape.data(), shape.data() + shape.size());
    }
    BASTION_TRY_ASSIGN(mv, mv_live(interp, self)); // nothing above runs Python code; cheap to re-check
    return mv_make(interp, like, mv->buf.share());
}

Result<Ref> m_toreadonly(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "toreadonly", 0, 0));
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    MvLayout like = *mv;
    like.readonly = true;
    return mv_make(interp, like, mv->buf.share());
}

Result<Ref> int_tuple(Interpreter& interp, const MvDims& values) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, static_cast<int64_t>(values.size())));
    for (std::size_t i = 0; i < values.size(); ++i) {
        BASTION_TRY_ASSIGN(Ref v, int_from_i64(interp, values[i]));
        tuple_init_item(t.get(), static_cast<int64_t>(i), std::move(v));
    }
    return std::move(t).into_ref();
}

Result<Ref> g_obj(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return Ref::borrow(mv->buf.owner());
}
Result<Ref> g_nbytes(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return int_from_i64(interp, mv->nbytes());
}
Result<Ref> g_readonly(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return interp.new_bool(mv->readonly);
}
Result<Ref> g_itemsize(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return Ref::small_int(mv->itemsize);
}
Result<Ref> g_format(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, mv->format));
    return std::move(s).into_ref();
}
Result<Ref> g_ndim(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return Ref::small_int(mv->ndim);
}
Result<Ref> g_shape(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return int_tuple(interp, mv->shape);
}
Result<Ref> g_strides(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return int_tuple(interp, mv->strides);
}
Result<Ref> g_suboffsets(Interpreter& interp, Value self) {
    BASTION_TRY(mv_live(interp, self));
    return Ref::borrow(Value(interp.empty_tuple));
}
Result<Ref> g_contiguous(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return interp.new_bool(mv->c_contiguous() || mv->f_contiguous());
}
Result<Ref> g_c_contiguous(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return interp.new_bool(mv->c_contiguous());
}
Result<Ref> g_f_contiguous(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(MemoryViewObject * mv, mv_live(interp, self));
    return interp.new_bool(mv->f_contiguous());
}

constexpr MethodDef kMethods[] = {
    {"tobytes", m_tobytes}, {"tolist", m_tolist},     {"hex", m_hex},         {"release", m_release},
    {"__enter__", m_enter}, {"__exit__", m_exit},     {"cast", m_cast},       {"toreadonly", m_toreadonly},
};

constexpr GetSetDef kGetSets[] = {
    {"obj", g_obj},           {"nbytes", g_nbytes},         {"readonly", g_readonly},
    {"itemsize", g_itemsize}, {"format", g_format},         {"ndim", g_ndim},
    {"shape", g_shape},       {"strides", g_strides},       {"suboffsets", g_suboffsets},
    {"contiguous", g_contiguous}, {"c_contiguous", g_c_contiguous}, {"f_contiguous", g_f_contiguous},
};

} // namespace

Status init_memoryview_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.memoryview, kMethods));
    return add_getsets(interp, interp.types.memoryview, kGetSets);
}

} // namespace bastion
