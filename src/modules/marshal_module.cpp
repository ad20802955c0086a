// marshal_module.cpp: the `marshal` module — dumps(value[, version]) and loads(bytes) over
// serial::Value (the byte format is docs/bytecode.md, "Serialized form"). loads takes
// untrusted bytes: the reader bounds every read, count and nesting level, and every code
// object it yields is verified (load_code) before it exists, so loads ends in a value or a
// clean EOFError/ValueError/VerificationError. Not for: the byte layout (serial/).
#include <span>
#include <vector>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "serial/serial.h"
#include "vm/code_constants.h"
#include "vm/code_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

using SKind = serial::Value::Kind;

Raised unmarshallable(Interpreter& interp) { return interp.raise(interp.exc.ValueError, "unmarshallable object"); }
Raised too_deep(Interpreter& interp) {
    return interp.raise(interp.exc.ValueError, "object too deeply nested to marshal");
}

// How deep the constants of a (verified) code image nest below it: its co_consts are at 1.
// Iterative; a verified image bounds the answer by verify::kMaxNesting.
uint32_t image_depth(const bc::CodeImage& root) {
    struct Item {
        const bc::Constant* c;
        uint32_t depth;
    };
    std::vector<Item> stack;
    for (const bc::Constant& c : root.consts)
        stack.push_back({&c, 1});
    uint32_t deepest = 0;
    while (!stack.empty()) {
        Item item = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, item.depth);
        if (item.c->kind == bc::Constant::Kind::Code && item.c->code) {
            for (const bc::Constant& c : item.c->code->consts)
                stack.push_back({&c, item.depth + 1});
        }
        for (const bc::Constant& c : item.c->items)
            stack.push_back({&c, item.depth + 1});
    }
    return deepest;
}

Status check_length(Interpreter& interp, uint64_t n) {
    if (n > serial::kMaxLength)
        return unmarshallable(interp);
    return {};
}

// Python object -> serial::Value. Exact types only, as CPython's marshal (a subclass of
// int or tuple is "unmarshallable"). Recursion is bounded by serial::kMaxNesting.
Status to_value(Interpreter& interp, Value v, uint32_t depth, serial::Value& out) {
    if (depth > serial::kMaxNesting)
        return too_deep(interp);
    if (interp.native_stack_exhausted())
        return interp.native_recursion_error();
    Type* t = type_of(interp, v);
    if (v.is(Value(interp.none))) {
        out.kind = SKind::None;
    } else if (v.is(Value(interp.ellipsis))) {
        out.kind = SKind::Ellipsis;
    } else if (t == interp.types.bool_) {
        out.kind = SKind::Bool;
        out.bool_value = v.is(Value(interp.true_));
    } else if (v.is_small_int()) {
        int64_t n = v.small_int_value();
        out.kind = SKind::Int;
        out.negative = n < 0;
        uint64_t mag = n < 0 ? uint64_t{0} - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
        if (mag != 0)
            out.limbs.push_back(mag);
    } else if (t == interp.types.int_) {
        auto* i = static_cast<IntObject*>(v.obj());
        out.kind = SKind::Int;
        out.negative = i->negative && i->nlimbs != 0;
        out.limbs.assign(i->magnitude().begin(), i->magnitude().end());
        BASTION_TRY(check_length(interp, out.limbs.size()));
    } else if (t == interp.types.float_) {
        out.kind = SKind::Float;
        out.real = float_value(v);
    } else if (t == interp.types.complex) {
        auto* z = static_cast<ComplexObject*>(v.obj());
        out.kind = SKind::Complex;
        out.real = z->real;
        out.imag = z->imag;
    } else if (t == interp.types.str) {
        out.kind = SKind::Str;
        out.text = str_to_utf8(static_cast<StrObject*>(v.obj()));
        BASTION_TRY(check_length(interp, out.text.size()));
    } else if (t == interp.types.bytes) {
        out.kind = SKind::Bytes;
        (void)bytes_content(interp, v, &out.text);
        BASTION_TRY(check_length(interp, out.text.size()));
    } else if (t == interp.types.tuple || t == interp.types.list) {
        out.kind = t == interp.types.tuple ? SKind::Tuple : SKind::List;
        // Index by position and re-read the size: nothing here runs Python code, but a
        // list is mutable, so never hold a span into its storage.
        for (int64_t i = 0;; ++i) {
            BASTION_TRY_ASSIGN(int64_t n, length(interp, v));
            if (i >= n)
                break;
            BASTION_TRY(check_length(interp, static_cast<uint64_t>(i) + 1));
            BASTION_TRY_ASSIGN(Ref item, get_item(interp, v, Value::small_int(i)));
            out.items.emplace_back();
            BASTION_TRY(to_value(interp, item, depth + 1, out.items.back()));
        }
    } else if (t == interp.types.set || t == interp.types.frozenset) {
        out.kind = t == interp.types.set ? SKind::Set : SKind::FrozenSet;
        std::vector<Ref> keys; // hold the items: converting cannot run code, but stay safe
        int64_t pos = 0;
        Value key;
        int64_t hash = 0;
        while (set_next(static_cast<SetObject*>(v.obj()), &pos, &key, &hash))
            keys.push_back(Ref::borrow(key));
        BASTION_TRY(check_length(interp, keys.size()));
        out.items.resize(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i)
            BASTION_TRY(to_value(interp, keys[i], depth + 1, out.items[i]));
    } else if (t == interp.types.dict) {
        out.kind = SKind::Dict;
        std::vector<Ref> pairs;
        int64_t pos = 0;
        Value key;
        Value value;
        while (dict_next(static_cast<DictObject*>(v.obj()), &pos, &key, &value)) {
            pairs.push_back(Ref::borrow(key));
            pairs.push_back(Ref::borrow(value));
        }
        BASTION_TRY(check_length(interp, pairs.size() / 2));
        out.items.resize(pairs.size());
        for (std::size_t i = 0; i < pairs.size(); ++i)
            BASTION_TRY(to_value(interp, pairs[i], depth + 1, out.items[i]));
    } else if (t == interp.types.code) {
        out.kind = SKind::Code;
        out.code = static_cast<CodeObject*>(v.obj())->image;
        if (uint64_t{depth} + image_depth(*out.code) > serial::kMaxNesting)
            return too_deep(interp);
    } else {
        return unmarshallable(interp);
    }
    return {};
}

// serial::Value -> Python object. The reader bounded the nesting (kMaxNesting), so the
// recursion is too; code values are verified by load_code before they become objects.
Result<Ref> from_value(Interpreter& interp, const serial::Value& v) {
    if (interp.native_stack_exhausted())
        return interp.native_recursion_error();
    switch (v.kind) {
    case SKind::None:
        return interp.new_none();
    case SKind::Ellipsis:
        return Ref::borrow(Value(interp.ellipsis));
    case SKind::Bool:
        return interp.new_bool(v.bool_value);
    case SKind::Int:
        return int_from_constant(interp, v.negative, v.limbs);
    case SKind::Float:
        return float_from_double(interp, v.real);
    case SKind::Complex:
        return complex_from_doubles(interp, v.real, v.imag);
    case SKind::Str: {
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, v.text));
        return Ref(std::move(s));
    }
    case SKind::Bytes:
        return bytes_object(interp, v.text);
    case SKind::Tuple: {
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, static_cast<int64_t>(v.items.size())));
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            BASTION_TRY_ASSIGN(Ref item, from_value(interp, v.items[i]));
            tuple_init_item(t.get(), static_cast<int64_t>(i), std::move(item));
        }
        return Ref(std::move(t));
    }
    case SKind::List: {
        BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
        for (const serial::Value& item : v.items) {
            BASTION_TRY_ASSIGN(Ref obj, from_value(interp, item));
            BASTION_TRY(list_append(interp, list.get(), obj));
        }
        return Ref(std::move(list));
    }
    case SKind::Set:
    case SKind::FrozenSet: {
        Type* type = v.kind == SKind::Set ? interp.types.set : interp.types.frozenset;
        BASTION_TRY_ASSIGN(Own<SetObject> s, set_new(interp, type, Value()));
        for (const serial::Value& item : v.items) {
            BASTION_TRY_ASSIGN(Ref obj, from_value(interp, item));
            BASTION_TRY(set_add(interp, s.get(), obj));
        }
        return Ref(std::move(s));
    }
    case SKind::Dict: {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        for (std::size_t i = 0; i + 1 < v.items.size(); i += 2) {
            BASTION_TRY_ASSIGN(Ref key, from_value(interp, v.items[i]));
            BASTION_TRY_ASSIGN(Ref value, from_value(interp, v.items[i + 1]));
            BASTION_TRY(dict_set(interp, d.get(), key, value));
        }
        return Ref(std::move(d));
    }
    case SKind::Code: {
        BASTION_TRY_ASSIGN(Own<CodeObject> co, load_code(interp, v.code));
        return Ref(std::move(co));
    }
    }
    return interp.raise(interp.exc.ValueError, "bad marshal data (unknown kind)");
}

// CPython 3.11: dumps(value, version=4, /).
Result<Ref> marshal_dumps(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "dumps"));
    BASTION_TRY(check_positional(interp, args, "dumps", 1, 2));
    if (args.npos == 2) {
        if (is_instance_exact(interp, args.items[1], interp.types.float_))
            return interp.raise(interp.exc.TypeError, "'float' object cannot be interpreted as an integer");
        BASTION_TRY_ASSIGN(int64_t version, index_to_i64(interp, args.items[1]));
        (void)version; // one format: every version number writes it
    }
    serial::Value value;
    BASTION_TRY(to_value(interp, args.items[0], 0, value));
    return bytes_object(interp, serial::write_value(value));
}

// CPython 3.11: loads(bytes, /). Like CPython, bytes after the first value are ignored.
Result<Ref> marshal_loads(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "marshal.loads"));
    BASTION_TRY(check_positional(interp, args, "marshal.loads", 1, 1));
    Value data = args.items[0];
    if (!is_bytes_like(interp, data))
        return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'",
                                type_of(interp, data)->name);
    // Copy: the buffer of a bytearray could change while objects are built.
    std::span<const uint8_t> view = bytes_like_view(data);
    std::vector<uint8_t> bytes(view.begin(), view.end());
    std::size_t consumed = 0;
    auto read = serial::read_value_prefix(bytes, &consumed);
    if (!read.ok()) {
        const serial::LoadError& error = read.error();
        return interp.raise(error.is_eof() ? interp.exc.EOFError : interp.exc.ValueError, error.message());
    }
    return from_value(interp, read.value());
}

} // namespace

Status init_marshal_module(Interpreter& interp, DictObject* d) {
    struct Fn {
        std::string_view name;
        NativeFunction fn;
    };
    for (const Fn& f : {Fn{"dumps", marshal_dumps}, Fn{"loads", marshal_loads}}) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "marshal"));
        StrObject* key = interp.intern(f.name);
        if (!key)
            return interp.no_memory();
        BASTION_TRY(dict_set_str(interp, d, key, fn));
    }
    StrObject* version = interp.intern("version");
    if (!version)
        return interp.no_memory();
    return dict_set_str(interp, d, version, Value::small_int(serial::kFormatVersion));
}

} // namespace bastion
