// bool_object.cpp: Python `bool`, a subclass of int whose only instances are the two
// singletons interp.true_ and interp.false_. Layout: an IntObject of type bool with value
// 0 or 1 (0 or 1 limb), so every int operation works on bools unchanged. Arithmetic gives
// int; & | ^ of two bools give bool.
#include "objects/abstract.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {

Result<Own<Object>> make_bool_singleton(Interpreter& interp, bool value) {
    BASTION_TRY_ASSIGN(Own<IntObject> obj, interp.make_var<IntObject>(interp.types.bool_, value ? sizeof(uint64_t) : 0));
    obj->nlimbs = value ? 1 : 0;
    obj->negative = false;
    if (value)
        obj->limbs()[0] = 1;
    return Own<Object>(std::move(obj));
}

namespace {

bool is_bool(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.bool_; }

Result<Ref> bool_repr(Interpreter& interp, Value self) {
    StrObject* s = interp.intern(self.is(Value(interp.true_)) ? "True" : "False");
    if (!s)
        return interp.no_memory();
    return Ref::borrow(Value(s));
}

template <bc::BinaryOpKind K>
Result<Ref> bool_bitop(Interpreter& interp, Value a, Value b) {
    if (is_bool(interp, a) && is_bool(interp, b)) {
        bool x = a.is(Value(interp.true_)), y = b.is(Value(interp.true_));
        bool r = K == bc::BinaryOpKind::And ? (x && y) : K == bc::BinaryOpKind::Or ? (x || y) : (x != y);
        return interp.new_bool(r);
    }
    return int_binary_op(interp, K, a, b);
}

// bool(x=False, /)
Result<Ref> bool_tp_new(Interpreter& interp, Type*, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "bool"));
    BASTION_TRY(check_positional(interp, args, "bool", 0, 1));
    if (args.npos == 0)
        return interp.new_bool(false);
    BASTION_TRY_ASSIGN(bool b, is_true(interp, args.items[0]));
    return interp.new_bool(b);
}

} // namespace

void init_bool_slots(Interpreter& interp) {
    Type* t = interp.types.bool_;
    Type* base = interp.types.int_;
    t->base = base;
    t->flags |= kTypeIntSubclass; // not kTypeBaseType: bool cannot be subclassed
    t->instance_size = sizeof(IntObject);
    t->hash = base->hash;
    t->richcompare = base->richcompare;
    t->destroy = base->destroy;
    t->number = base->number;
    t->repr = bool_repr;
    t->str = bool_repr;
    t->tp_new = bool_tp_new;
    t->number.binary[static_cast<int>(bc::BinaryOpKind::And)] = bool_bitop<bc::BinaryOpKind::And>;
    t->number.binary[static_cast<int>(bc::BinaryOpKind::Or)] = bool_bitop<bc::BinaryOpKind::Or>;
    t->number.binary[static_cast<int>(bc::BinaryOpKind::Xor)] = bool_bitop<bc::BinaryOpKind::Xor>;
}

Status init_bool_methods(Interpreter&) {
    return {}; // everything is inherited from int
}

} // namespace bastion
