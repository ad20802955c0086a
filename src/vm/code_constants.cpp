// code_constants.cpp: bc::Constant <-> Python object for co_consts (materialize and
// code.replace), and bytes helpers for the code attributes. The one vm/ file that uses
// the number, bytes and set layouts of objects/.
#include "vm/code_constants.h"

#include <vector>

#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/interpreter.h"

namespace bastion {

Result<Ref> bytes_object(Interpreter& interp, std::string_view raw) {
    BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from(interp, raw));
    return Ref(std::move(b));
}

bool bytes_content(Interpreter& interp, Value v, std::string* out) {
    if (!is_bytes(interp, v))
        return false;
    auto view = static_cast<BytesObject*>(v.obj())->view();
    out->assign(reinterpret_cast<const char*>(view.data()), view.size());
    return true;
}

namespace {

// CPython's all_name_chars: only [A-Za-z0-9_] (so also the empty string).
bool all_name_chars(std::string_view text) {
    for (char ch : text) {
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Result<Ref> constant_to_object(Interpreter& interp, const bc::Constant& c) {
    using K = bc::Constant::Kind;
    switch (c.kind) {
    case K::None:
        return interp.new_none();
    case K::Ellipsis:
        return Ref::borrow(Value(interp.ellipsis));
    case K::Bool:
        return interp.new_bool(c.bool_value);
    case K::Int:
        return int_from_constant(interp, c.negative, c.limbs);
    case K::Float:
        return float_from_double(interp, c.real);
    case K::Complex:
        return complex_from_doubles(interp, c.real, c.imag);
    case K::Str: {
        // Like CPython, identifier-like constants are interned: keyword-name tuples and
        // attribute strings then compare by pointer in natives and dict lookups.
        if (all_name_chars(c.text)) {
            StrObject* s = interp.intern(c.text);
            if (!s)
                return interp.no_memory();
            return Ref::borrow(Value(s));
        }
        BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, c.text));
        return Ref(std::move(s));
    }
    case K::Bytes:
        return bytes_object(interp, c.text);
    case K::Tuple: {
        if (c.items.empty())
            return Ref::borrow(Value(interp.empty_tuple));
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, static_cast<int64_t>(c.items.size())));
        for (std::size_t i = 0; i < c.items.size(); ++i) {
            BASTION_TRY_ASSIGN(Ref item, constant_to_object(interp, c.items[i]));
            tuple_init_item(t.get(), static_cast<int64_t>(i), std::move(item));
        }
        return Ref(std::move(t));
    }
    case K::FrozenSet: {
        BASTION_TRY_ASSIGN(Own<SetObject> s, set_new(interp, interp.types.frozenset, Value()));
        for (const bc::Constant& item : c.items) {
            BASTION_TRY_ASSIGN(Ref v, constant_to_object(interp, item));
            BASTION_TRY(set_add(interp, s.get(), v));
        }
        return Ref(std::move(s));
    }
    case K::Code:
        // Code constants are materialized from their VerifiedCode (code_object.cpp).
        return interp.raise(interp.exc.SystemError, "code constant outside materialize()");
    }
    return interp.raise(interp.exc.SystemError, "unknown constant kind");
}

Result<bc::Constant> object_to_constant(Interpreter& interp, Value v) {
    if (interp.native_stack_exhausted())
        return interp.native_recursion_error();
    Type* t = type_of(interp, v);
    if (v.is(Value(interp.none)))
        return bc::Constant::none();
    if (v.is(Value(interp.ellipsis)))
        return bc::Constant::ellipsis();
    if (t == interp.types.bool_)
        return bc::Constant::boolean(v.is(Value(interp.true_)));
    if (v.is_small_int())
        return bc::Constant::integer(v.small_int_value());
    if (t == interp.types.int_) {
        auto* i = static_cast<IntObject*>(v.obj());
        bc::Constant c;
        c.kind = bc::Constant::Kind::Int;
        c.negative = i->negative;
        c.limbs.assign(i->magnitude().begin(), i->magnitude().end());
        return c;
    }
    if (t == interp.types.float_)
        return bc::Constant::floating(float_value(v));
    if (t == interp.types.complex) {
        auto* z = static_cast<ComplexObject*>(v.obj());
        return bc::Constant::complex(z->real, z->imag);
    }
    if (t == interp.types.str)
        return bc::Constant::str(str_to_utf8(static_cast<StrObject*>(v.obj())));
    if (t == interp.types.bytes) {
        std::string raw;
        bytes_content(interp, v, &raw);
        return bc::Constant::bytes(std::move(raw));
    }
    if (t == interp.types.tuple || t == interp.types.frozenset) {
        std::vector<bc::Constant> items;
        if (t == interp.types.tuple) {
            for (Value item : static_cast<TupleObject*>(v.obj())->view()) {
                BASTION_TRY_ASSIGN(bc::Constant c, object_to_constant(interp, item));
                items.push_back(std::move(c));
            }
            return bc::Constant::tuple(std::move(items));
        }
        int64_t pos = 0;
        Value key;
        int64_t hash = 0;
        while (set_next(static_cast<SetObject*>(v.obj()), &pos, &key, &hash)) {
            BASTION_TRY_ASSIGN(bc::Constant c, object_to_constant(interp, key));
            items.push_back(std::move(c));
        }
        return bc::Constant::frozenset(std::move(items));
    }
    if (t == interp.types.code)
        return bc::Constant::code_object(static_cast<CodeObject*>(v.obj())->image);
    return interp.raise_fmt(interp.exc.TypeError, "cannot use a '{}' object as a code constant", t->name);
}

} // namespace bastion
