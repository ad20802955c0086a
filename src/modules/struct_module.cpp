// struct_module.cpp: the `_struct` module (re-exported by lib/struct.py) — the Struct type
// (format, size, pack, pack_into, unpack, unpack_from, iter_unpack), the unpack_iterator
// type, struct.error, and the module functions, with CPython 3.11's argument handling and
// messages. The module functions are bound to the Struct type (their __self__), which
// carries the error and iterator types: every interpreter has its own, no global state.
// Buffers come through objects/buffer.h: reads and writes go through a live export, so a
// bytearray cannot be resized under them. The format language and the item codec are in
// struct_format.cpp. CPython: Modules/_struct.c.
#include <algorithm>
#include <cstring>

#include "gc/visitor.h"
#include "modules/struct_internal.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes_object.h"
#include "objects/containers_common.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

struct StructType : Type {
    Type* error = nullptr;     // struct.error
    Type* iter_type = nullptr; // _struct.unpack_iterator
};

namespace {

struct StructObject : Object {
    Ref format; // bytes: the ASCII format text
    // Until __init__ succeeds, size and nitems are -1, as CPython's (a subclass may skip it).
    StructLayout layout{StructOrder::Native, -1, -1};
};

struct StructIterObject : Object {
    Ref owner; // the StructObject; null once exhausted
    BufferView buf;
    int64_t index = 0; // byte offset of the next record
};

Result<Ref> struct_tp_new(Interpreter& interp, Type* type, CallArgs);

// The module's Struct type among t's bases (subclasses inherit tp_new, but are heap types).
StructType* root_of(Type* t) {
    for (; t != nullptr; t = t->base)
        if (t->tp_new == struct_tp_new && !t->has_flag(kTypeHeap))
            return static_cast<StructType*>(t);
    BASTION_CHECK(false);
    return nullptr;
}
StructObject* as_struct(Value v) { return static_cast<StructObject*>(v.obj()); }
Type* error_of(Value self) { return root_of(self.obj()->type)->error; }

std::string_view format_text(const StructObject* s) {
    if (!s->format)
        return {};
    auto* b = static_cast<BytesObject*>(s->format.get().obj());
    return {reinterpret_cast<const char*>(b->data()), static_cast<std::size_t>(b->size)};
}

// What one operation works with: the format and layout at its start. Python code run by
// the operation (__index__, __bool__, ...) may re-initialise the Struct; the operation keeps
// its own reference to the format text, so sizes and offsets stay those it checked.
struct Snapshot {
    Ref format;
    StructLayout layout;
};
Snapshot snapshot(Value st) { return Snapshot{as_struct(st)->format, as_struct(st)->layout}; }
std::string_view format_text(const Snapshot* s) {
    if (!s->format)
        return {};
    auto* b = static_cast<BytesObject*>(s->format.get().obj());
    return {reinterpret_cast<const char*>(b->data()), static_cast<std::size_t>(b->size)};
}

// Struct.__init__(format): str (ASCII) or bytes. As CPython, the new format is stored before
// it is parsed, and the layout changes only when it parses.
Status struct_set_format(Interpreter& interp, StructObject* s, Type* error, Value fmt) {
    Ref bytes;
    if (is_str(interp, fmt)) {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, str_encode(interp, static_cast<StrObject*>(fmt.obj()), "ascii", "strict"));
        bytes = Ref(std::move(b));
    } else if (is_bytes(interp, fmt)) {
        bytes = Ref::borrow(fmt);
    } else {
        return interp.raise_fmt(interp.exc.TypeError, "Struct() argument 1 must be a str or bytes object, not {}",
                                tname(interp, fmt));
    }
    s->format = std::move(bytes);
    std::string_view text = format_text(s);
    if (text.find('\0') != std::string_view::npos)
        return interp.raise(error, "embedded null character");
    BASTION_TRY_ASSIGN(StructLayout layout, struct_layout(interp, error, text));
    s->layout = layout;
    return {};
}

Result<Ref> struct_tp_new(Interpreter& interp, Type* type, CallArgs) {
    BASTION_TRY_ASSIGN(Own<StructObject> s, interp.make<StructObject>(type));
    return std::move(s).into_ref();
}

Status struct_tp_init(Interpreter& interp, Value self, CallArgs args) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"Struct", {"format"}, 1}, out));
    return struct_set_format(interp, as_struct(self), error_of(self), out[0]);
}

// The Struct a module function works with: CPython looks the format up in its cache first,
// so an unhashable format fails with hash()'s TypeError.
Result<Ref> struct_for(Interpreter& interp, StructType* st, Value fmt) {
    if (!is_str(interp, fmt) && !is_bytes(interp, fmt))
        BASTION_TRY(hash(interp, fmt));
    BASTION_TRY_ASSIGN(Ref s, struct_tp_new(interp, st, {}));
    BASTION_TRY(struct_set_format(interp, as_struct(s), st->error, fmt));
    return s;
}

// --- packing and unpacking -------------------------------------------------------------------

// An offset argument: __index__, then the error CPython's converter gives past int64.
Result<int64_t> offset_arg(Interpreter& interp, Value v, Type* overflow, std::string_view message) {
    BASTION_TRY_ASSIGN(Ref n, index(interp, v));
    int64_t x = 0;
    if (!int_to_i64(n, &x))
        return interp.raise(overflow, message);
    return x;
}

// Packs args into dst[0..size) (zeroed first, as CPython).
Status pack_into_memory(Interpreter& interp, Type* error, const Snapshot* s, std::span<const Value> args, uint8_t* dst) {
    if (s->layout.size > 0) // dst may be null for an empty target
        std::memset(dst, 0, static_cast<std::size_t>(s->layout.size));
    StructParser parser(format_text(s));
    StructGroup g;
    std::size_t next = 0;
    for (;;) {
        BASTION_TRY_ASSIGN(bool more, parser.next(interp, error, &g));
        if (!more)
            return {};
        uint8_t* at = dst + g.offset;
        if (g.code == 's' || g.code == 'p') {
            BASTION_CHECK(next < args.size());
            Value v = args[next++];
            std::span<const uint8_t> data;
            if (is_bytes(interp, v))
                data = static_cast<BytesObject*>(v.obj())->view();
            else if (is_bytearray(interp, v))
                data = static_cast<ByteArrayObject*>(v.obj())->view();
            else
                return interp.raise_fmt(error, "argument for '{}' must be a bytes object", g.code);
            auto n = static_cast<int64_t>(data.size());
            if (g.code == 's') {
                n = std::min(n, g.count);
                if (n > 0)
                    std::memcpy(at, data.data(), static_cast<std::size_t>(n));
            } else if (g.count > 0) {
                n = std::min(n, g.count - 1);
                if (n > 0)
                    std::memcpy(at + 1, data.data(), static_cast<std::size_t>(n));
                at[0] = static_cast<uint8_t>(std::min<int64_t>(n, 255));
            } else if (g.offset < s->layout.size) {
                at[0] = 0xff; // CPython's '0p' writes its length byte (-1) over the next item or pad
            } // ... or past the record, which Bastion does not do
            continue;
        }
        for (int64_t k = 0; k < g.count; ++k) {
            BASTION_CHECK(next < args.size());
            BASTION_TRY(struct_pack_item(interp, error, parser.order(), g.code, args[next++], at + k * g.itemsize));
        }
    }
}

Status check_items(Interpreter& interp, Type* error, const Snapshot* s, std::string_view what, std::size_t got) {
    if (static_cast<int64_t>(got) != s->layout.nitems)
        return interp.raise_fmt(error, "{} expected {} items for packing (got {})", what, s->layout.nitems, got);
    return {};
}

Result<Ref> do_pack(Interpreter& interp, Value st, std::span<const Value> items) {
    const Snapshot snap = snapshot(st);
    const Snapshot* s = &snap;
    Type* error = error_of(st);
    BASTION_TRY(check_items(interp, error, s, "pack", items.size()));
    BASTION_TRY_ASSIGN(Own<BytesObject> out, bytes_new_uninit(interp, s->layout.size));
    BASTION_TRY(pack_into_memory(interp, error, s, items, out->data()));
    return Ref(std::move(out));
}

// pack_into(buffer, offset, *v), args[0] being the buffer.
Result<Ref> do_pack_into(Interpreter& interp, Value st, std::span<const Value> args) {
    const Snapshot snap = snapshot(st);
    const Snapshot* s = &snap;
    Type* error = error_of(st);
    if (static_cast<int64_t>(args.size()) != s->layout.nitems + 2 || s->layout.size < 0) {
        if (args.empty())
            return interp.raise(error, "pack_into expected buffer argument");
        if (args.size() == 1)
            return interp.raise(error, "pack_into expected offset argument");
        return interp.raise_fmt(error, "pack_into expected {} items for packing (got {})", s->layout.nitems, args.size() - 2);
    }
    if (!has_buffer(interp, args[0]))
        return interp.raise_fmt(interp.exc.TypeError, "argument must be read-write bytes-like object, not {}", tname(interp, args[0]));
    BASTION_TRY_ASSIGN(BufferView buf, get_buffer(interp, args[0]));
    if (buf.readonly())
        return interp.raise_fmt(interp.exc.TypeError, "argument must be read-write bytes-like object, not {}", tname(interp, args[0]));
    BASTION_TRY_ASSIGN(int64_t offset, offset_arg(interp, args[1], interp.exc.IndexError, "cannot fit 'int' into an index-sized integer"));
    int64_t size = s->layout.size;
    int64_t len = buf.len();
    if (offset < 0) {
        if (offset + size > 0)
            return interp.raise_fmt(error, "no space to pack {} bytes at offset {}", size, offset);
        if (offset + len < 0)
            return interp.raise_fmt(error, "offset {} out of range for {}-byte buffer", offset, len);
        offset += len;
    }
    if (len - offset < size)
        return interp.raise_fmt(error,
                                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} "
                                "(actual buffer size is {})",
                                static_cast<uint64_t>(size) + static_cast<uint64_t>(offset), size, offset, len);
    BASTION_TRY(pack_into_memory(interp, error, s, args.subspan(2), buf.data() + offset));
    return interp.new_none();
}

// The record at src (layout.size readable bytes).
Result<Ref> unpack_memory(Interpreter& interp, Type* error, const Snapshot* s, const uint8_t* src) {
    if (s->layout.nitems < 0) // not initialised
        return Ref::borrow(Value(interp.empty_tuple));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, s->layout.nitems));
    StructParser parser(format_text(s));
    StructGroup g;
    int64_t next = 0;
    for (;;) {
        BASTION_TRY_ASSIGN(bool more, parser.next(interp, error, &g));
        if (!more)
            break;
        const uint8_t* at = src + g.offset;
        if (g.code == 's' || g.code == 'p') {
            static constexpr uint8_t kEmpty[1] = {0}; // '0s' from an empty buffer: never a null pointer
            std::span<const uint8_t> data(g.count == 0 ? kEmpty : at, static_cast<std::size_t>(g.count));
            if (g.code == 'p' && g.count == 0) // CPython's length -1
                return interp.raise(interp.exc.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
            if (g.code == 'p')
                data = data.subspan(1, std::min<std::size_t>(at[0], g.count - 1));
            BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, data));
            BASTION_CHECK(next < s->layout.nitems);
            tuple_init_item(t.get(), next++, Ref(std::move(b)));
            continue;
        }
        for (int64_t k = 0; k < g.count; ++k) {
            BASTION_TRY_ASSIGN(Ref v, struct_unpack_item(interp, parser.order(), g.code, at + k * g.itemsize));
            BASTION_CHECK(next < s->layout.nitems);
            tuple_init_item(t.get(), next++, std::move(v));
        }
    }
    return Ref(std::move(t));
}

Result<Ref> do_unpack(Interpreter& interp, Value st, Value buffer) {
    const Snapshot snap = snapshot(st);
    const Snapshot* s = &snap;
    Type* error = error_of(st);
    BASTION_TRY_ASSIGN(BufferView buf, get_buffer(interp, buffer));
    if (buf.len() != s->layout.size)
        return interp.raise_fmt(error, "unpack requires a buffer of {} bytes", s->layout.size);
    return unpack_memory(interp, error, s, buf.data());
}

Result<Ref> do_unpack_from(Interpreter& interp, Value st, Value buffer, Value offset_v) {
    const Snapshot snap = snapshot(st);
    const Snapshot* s = &snap;
    Type* error = error_of(st);
    BASTION_TRY_ASSIGN(BufferView buf, get_buffer(interp, buffer));
    int64_t offset = 0;
    if (!offset_v.is_null()) {
        BASTION_TRY_ASSIGN(int64_t o, offset_arg(interp, offset_v, interp.exc.OverflowError, "Python int too large to convert to C ssize_t"));
        offset = o;
    }
    int64_t size = s->layout.size;
    int64_t len = buf.len();
    if (offset < 0) {
        if (offset + size > 0)
            return interp.raise_fmt(error, "not enough data to unpack {} bytes at offset {}", size, offset);
        if (offset + len < 0)
            return interp.raise_fmt(error, "offset {} out of range for {}-byte buffer", offset, len);
        offset += len;
    }
    if (len - offset < size)
        return interp.raise_fmt(error,
                                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} "
                                "(actual buffer size is {})",
                                static_cast<uint64_t>(size) + static_cast<uint64_t>(offset), size, offset, len);
    return unpack_memory(interp, error, s, buf.data() + offset);
}

Result<Ref> do_iter_unpack(Interpreter& interp, Value st, Value buffer) {
    const Snapshot snap = snapshot(st);
    const Snapshot* s = &snap;
    StructType* root = root_of(st.obj()->type);
    if (s->layout.size == 0)
        return interp.raise(root->error, "cannot iteratively unpack with a struct of length 0");
    BASTION_TRY_ASSIGN(BufferView buf, get_buffer(interp, buffer));
    if (buf.len() % s->layout.size != 0)
        return interp.raise_fmt(root->error, "iterative unpacking requires a buffer of a multiple of {} bytes",
                                s->layout.size);
    BASTION_TRY_ASSIGN(Own<StructIterObject> it, interp.make<StructIterObject>(root->iter_type));
    it->owner = Ref::borrow(st);
    it->buf = std::move(buf);
    return std::move(it).into_ref();
}

// --- unpack_iterator -----------------------------------------------------------------------

Result<Ref> unpack_iter_next(Interpreter& interp, Value self) {
    auto* it = static_cast<StructIterObject*>(self.obj());
    if (!it->owner)
        return Ref();
    const Snapshot snap = snapshot(it->owner);
    const Snapshot* s = &snap;
    if (!it->buf.valid() || s->layout.size <= 0 || it->index + s->layout.size > it->buf.len()) { // exhausted: drop the export
        it->buf.release();
        it->owner.reset();
        return Ref();
    }
    BASTION_TRY_ASSIGN(Ref r, unpack_memory(interp, error_of(it->owner), s, it->buf.data() + it->index));
    it->index += s->layout.size;
    return r;
}

Result<Ref> iter_length_hint(Interpreter& interp, Value self, CallArgs) {
    auto* it = static_cast<StructIterObject*>(self.obj());
    if (!it->owner || !it->buf.valid() || as_struct(it->owner)->layout.size <= 0)
        return Ref::small_int(0);
    return int_from_i64(interp, (it->buf.len() - it->index) / as_struct(it->owner)->layout.size);
}

// CPython's message, missing quote and all.
Result<Ref> iter_tp_new(Interpreter& interp, Type*, CallArgs) {
    return interp.raise(interp.exc.TypeError, "Cannot create 'unpack_iterator objects");
}

void iter_traverse(Object* o, Visitor& v) {
    auto* it = static_cast<StructIterObject*>(o);
    v.visit(it->owner);
    v.visit(it->buf.owner());
}

// --- Struct methods and attributes -----------------------------------------------------------

Status keywords_refused(Interpreter& interp, CallArgs args, std::string_view name) {
    if (args.nkw() != 0)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes no keyword arguments", name);
    return {};
}

Result<Ref> m_pack(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(keywords_refused(interp, args, "Struct.pack"));
    return do_pack(interp, self, args.positional());
}
Result<Ref> m_pack_into(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(keywords_refused(interp, args, "Struct.pack_into"));
    return do_pack_into(interp, self, args.positional());
}
Status one_arg(Interpreter& interp, CallArgs args, std::string_view name) {
    BASTION_TRY(keywords_refused(interp, args, name));
    if (args.npos != 1)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes exactly one argument ({} given)", name, args.npos);
    return {};
}
Result<Ref> m_unpack(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "Struct.unpack"));
    return do_unpack(interp, self, args.items[0]);
}
Result<Ref> m_unpack_from(Interpreter& interp, Value self, CallArgs args) {
    Value out[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"unpack_from", {"buffer", "offset"}, 1}, out));
    return do_unpack_from(interp, self, out[0], out[1]);
}
Result<Ref> m_iter_unpack(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(one_arg(interp, args, "Struct.iter_unpack"));
    return do_iter_unpack(interp, self, args.items[0]);
}
Result<Ref> m_sizeof(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__sizeof__", 0, 0));
    return int_from_i64(interp, static_cast<int64_t>(sizeof(StructObject)) + static_cast<int64_t>(format_text(as_struct(self)).size()));
}
Result<Ref> get_format(Interpreter& interp, Value self) {
    std::string_view text = format_text(as_struct(self));
    return make_str(interp, text.empty() ? std::string_view("") : text); // never a null pointer
}
Result<Ref> get_size(Interpreter& interp, Value self) { return int_from_i64(interp, as_struct(self)->layout.size); }

// --- module functions (bound to the Struct type) ---------------------------------------------

StructType* st_of(Value self) { return static_cast<StructType*>(as_type(self)); }

Result<Ref> f_calcsize(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(keywords_refused(interp, args, "_struct.calcsize"));
    if (args.npos != 1)
        return interp.raise_fmt(interp.exc.TypeError, "_struct.calcsize() takes exactly one argument ({} given)", args.npos);
    BASTION_TRY_ASSIGN(Ref s, struct_for(interp, st_of(self), args.items[0]));
    return int_from_i64(interp, as_struct(s)->layout.size);
}
Result<Ref> f_pack(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(keywords_refused(interp, args, "_struct.pack"));
    if (args.npos == 0)
        return interp.raise(interp.exc.TypeError, "missing format argument");
    BASTION_TRY_ASSIGN(Ref s, struct_for(interp, st_of(self), args.items[0]));
    return do_pack(interp, s, args.positional().subspan(1));
}
Result<Ref> f_pack_into(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(keywords_refused(interp, args, "_struct.pack_into"));
    if (args.npos == 0)
        return interp.raise(interp.exc.TypeError, "missing format argument");
    BASTION_TRY_ASSIGN(Ref s, struct_for(interp, st_of(self), args.items[0]));
    return do_pack_into(interp, s, args.positional().subspan(1));
}
Status two_args(Interpreter& interp, CallArgs args, std::string_view name) {
    BASTION_TRY(keywords_refused(interp, args, "_struct." + std::string(name)));
    if (args.npos != 2)
        return interp.raise_fmt(interp.exc.TypeError, "{} expected 2 arguments, got {}", name, args.npos);
    return {};
}
Result<Ref> f_unpack(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(two_args(interp, args, "unpack"));
    BASTION_TRY_ASSIGN(Ref s, struct_for(interp, st_of(self), args.items[0]));
    return do_unpack(interp, s, args.items[1]);
}
Result<Ref> f_unpack_from(Interpreter& interp, Value self, CallArgs args) {
    Value out[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"unpack_from", {"format", "buffer", "offset"}, 2, 1}, out));
    BASTION_TRY_ASSIGN(Ref s, struct_for(interp, st_of(self), out[0]));
    return do_unpack_from(interp, s, out[1], out[2]);
}
Result<Ref> f_iter_unpack(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(two_args(interp, args, "iter_unpack"));
    BASTION_TRY_ASSIGN(Ref s, struct_for(interp, st_of(self), args.items[0]));
    return do_iter_unpack(interp, s, args.items[1]);
}
Result<Ref> f_clearcache(Interpreter& interp, Value, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_clearcache", 0, 0));
    return interp.new_none(); // nothing is cached
}

Status define_bound(Interpreter& interp, DictObject* module_dict, StructType* st, std::string_view name, NativeMethod fn) {
    BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
    f->kind = NativeFunctionObject::Kind::Method;
    f->meth = fn;
    f->self = Ref::borrow(Value(st));
    f->name = std::string(name);
    f->module = "_struct";
    StrObject* key = interp.intern(name);
    if (key == nullptr)
        return interp.no_memory();
    return dict_set_str(interp, module_dict, key, Value(f.get()));
}

constexpr std::string_view kDoc =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n";

} // namespace

Status init_struct_module(Interpreter& interp, DictObject* module_dict) {
    BASTION_TRY_ASSIGN(Own<StructType> st, interp.make<StructType>(interp.types.type));
    BASTION_TRY_ASSIGN(Own<StructType> it, interp.make<StructType>(interp.types.type));
    st->interp = &interp;
    st->base = interp.types.object;
    st->name = "_struct.Struct";
    st->qualname = "Struct";
    st->instance_size = sizeof(StructObject);
    st->flags |= kTypeBaseType;
    st->tp_new = struct_tp_new;
    st->tp_init = struct_tp_init;
    st->destroy = destroy_as<StructObject>;
    it->interp = &interp;
    it->base = interp.types.object;
    it->name = "_struct.unpack_iterator";
    it->qualname = "unpack_iterator";
    it->instance_size = sizeof(StructIterObject);
    it->flags |= kTypeGC;
    it->tp_new = iter_tp_new;
    it->iter = iter_self;
    it->iternext = unpack_iter_next;
    it->destroy = destroy_as<StructIterObject>;
    it->traverse = iter_traverse;
    st->iter_type = it.get();
    BASTION_TRY(ready_builtin_type(interp, st.get()));
    BASTION_TRY(ready_builtin_type(interp, it.get()));
    static constexpr MethodDef kMethods[] = {
        {"pack", m_pack},       {"pack_into", m_pack_into},     {"unpack", m_unpack},
        {"unpack_from", m_unpack_from}, {"iter_unpack", m_iter_unpack}, {"__sizeof__", m_sizeof},
    };
    static constexpr GetSetDef kGetSets[] = {{"format", get_format}, {"size", get_size}};
    static constexpr MethodDef kIterMethods[] = {{"__length_hint__", iter_length_hint}};
    BASTION_TRY(add_methods(interp, st.get(), kMethods));
    BASTION_TRY(add_getsets(interp, st.get(), kGetSets));
    BASTION_TRY(add_methods(interp, it.get(), kIterMethods));

    // struct.error: class error(Exception), __module__ 'struct' (CPython's PyErr_NewException).
    BASTION_TRY_ASSIGN(Ref name, make_str(interp, "error"));
    BASTION_TRY_ASSIGN(Own<TupleObject> bases, tuple_of(interp, {Value(interp.exc.Exception)}));
    BASTION_TRY_ASSIGN(Own<DictObject> ns, dict_new(interp));
    BASTION_TRY_ASSIGN(Ref modname, make_str(interp, "struct"));
    BASTION_TRY(dict_set_str(interp, ns.get(), interp.names.__module__, modname));
    BASTION_TRY_ASSIGN(Ref error, call_positional(interp, Value(interp.types.type), {name, Value(bases.get()), Value(ns.get())}));
    st->error = as_type(error);
    // The owning reference behind that pointer: in the (immutable) iterator type's dict, which
    // the interpreter's teardown clears, so the class outlives every use and is then freed.
    BASTION_TRY(dict_set_str(interp, static_cast<DictObject*>(it->dict.obj()), interp.intern("_struct_error"), error));

    BASTION_TRY_ASSIGN(Ref doc, make_str(interp, kDoc));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.names.__doc__, doc));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("error"), error));
    BASTION_TRY(dict_set_str(interp, module_dict, interp.intern("Struct"), Value(st.get())));
    static constexpr std::pair<std::string_view, NativeMethod> kFunctions[] = {
        {"_clearcache", f_clearcache}, {"calcsize", f_calcsize},       {"iter_unpack", f_iter_unpack},
        {"pack", f_pack},              {"pack_into", f_pack_into},     {"unpack", f_unpack},
        {"unpack_from", f_unpack_from},
    };
    for (const auto& [fname, fn] : kFunctions)
        BASTION_TRY(define_bound(interp, module_dict, st.get(), fname, fn));
    // The types live as long as the interpreter, like the built-in types.
    (void)std::move(st).into_ref().release();
    (void)std::move(it).into_ref().release();
    return {};
}

} // namespace bastion
