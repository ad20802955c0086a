// singletons.cpp: NoneType, NotImplementedType and ellipsis, and the creation of every
// interpreter singleton at bootstrap (None, NotImplemented, Ellipsis, True, False, the
// empty str and the empty tuple).
#include "objects/core_internal.h"

namespace bastion {

namespace {

Result<Ref> none_repr(Interpreter& interp, Value) { return Ref::borrow(Value(interp.intern("None"))); }
Result<Ref> notimpl_repr(Interpreter& interp, Value) { return Ref::borrow(Value(interp.intern("NotImplemented"))); }
Result<Ref> ellipsis_repr(Interpreter& interp, Value) { return Ref::borrow(Value(interp.intern("Ellipsis"))); }
Result<bool> none_bool(Interpreter&, Value) { return false; }

Status no_args(Interpreter& interp, Type* type, CallArgs args) {
    if (args.npos != 0 || (args.kwnames != nullptr && args.nkw() != 0))
        return interp.raise_fmt(interp.exc.TypeError, "{} takes no arguments", type->name);
    return {};
}
Result<Ref> none_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(no_args(interp, type, args));
    return interp.new_none();
}
Result<Ref> notimpl_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(no_args(interp, type, args));
    return Ref::borrow(Value(interp.not_implemented));
}
Result<Ref> ellipsis_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(no_args(interp, type, args));
    return Ref::borrow(Value(interp.ellipsis));
}

void singleton_type(Type* t, UnaryFn repr, NewFn tp_new) {
    t->flags &= ~uint32_t(kTypeBaseType);
    t->instance_size = sizeof(Object);
    t->repr = repr;
    t->tp_new = tp_new;
}

Result<Object*> make_plain(Interpreter& interp, Type* t) {
    BASTION_TRY_ASSIGN(Own<Object> o, interp.make<Object>(t));
    return o.release(); // owned by the interpreter
}

} // namespace

void init_singleton_slots(Interpreter& interp) {
    singleton_type(interp.types.none, none_repr, none_new);
    interp.types.none->number.truth = none_bool;
    singleton_type(interp.types.not_implemented, notimpl_repr, notimpl_new);
    singleton_type(interp.types.ellipsis, ellipsis_repr, ellipsis_new);
}

Status create_singletons(Interpreter& interp) {
    if (interp.none == nullptr) {
        BASTION_TRY_ASSIGN(interp.none, make_plain(interp, interp.types.none));
    }
    if (interp.not_implemented == nullptr) {
        BASTION_TRY_ASSIGN(interp.not_implemented, make_plain(interp, interp.types.not_implemented));
    }
    if (interp.ellipsis == nullptr) {
        BASTION_TRY_ASSIGN(interp.ellipsis, make_plain(interp, interp.types.ellipsis));
    }
    if (interp.empty_str == nullptr) {
        // One zero byte of data: a NUL terminator for code that wants one.
        BASTION_TRY_ASSIGN(Own<StrObject> s, interp.make_var<StrObject>(interp.types.str, 1));
        s->length = 0;
        s->kind = 1;
        s->ascii = true;
        interp.empty_str = s.release();
    }
    if (interp.empty_tuple == nullptr) {
        BASTION_TRY_ASSIGN(Own<TupleObject> t, interp.make_var<TupleObject>(interp.types.tuple, 0));
        interp.empty_tuple = t.release();
    }
    if (interp.true_ == nullptr) {
        BASTION_TRY_ASSIGN(Own<Object> t, make_bool_singleton(interp, true));
        interp.true_ = t.release();
    }
    if (interp.false_ == nullptr) {
        BASTION_TRY_ASSIGN(Own<Object> f, make_bool_singleton(interp, false));
        interp.false_ = f.release();
    }
    return {};
}

} // namespace bastion
