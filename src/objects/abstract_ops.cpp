// abstract_ops.cpp: operators — binary and in-place operators with reflected operands and
// subclass priority, unary operators, pow with a modulus, divmod, rich comparison (with
// the == / != identity fallback), truth, hashing and `in`. CPython: Objects/abstract.c
// binary_op1 / ternary_op, Objects/object.c do_richcompare / PyObject_IsTrue.
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/str_object.h"
#include "support/hash.h"

namespace bastion {

namespace {

using bc::BinaryOpKind;
using bc::CompareOpKind;

// The number slot at `kind` of both operands, tried in CPython's order. NotImplemented
// when neither handles the pair.
template <typename GetSlot>
Result<Ref> binary1(Interpreter& interp, Value v, Value w, GetSlot slot_of) {
    Type* tv = type_of(interp, v);
    Type* tw = type_of(interp, w);
    BinaryFn slotv = slot_of(tv);
    BinaryFn slotw = tw != tv ? slot_of(tw) : nullptr;
    if (slotw == slotv)
        slotw = nullptr;
    if (slotv != nullptr) {
        if (slotw != nullptr && is_subtype(tw, tv)) {
            BASTION_TRY_ASSIGN(Ref x, slotw(interp, v, w));
            if (!is_not_implemented_value(interp, x))
                return x;
            slotw = nullptr;
        }
        BASTION_TRY_ASSIGN(Ref x, slotv(interp, v, w));
        if (!is_not_implemented_value(interp, x))
            return x;
    }
    if (slotw != nullptr)
        return slotw(interp, v, w);
    return not_implemented_ref(interp);
}

Raised binop_type_error(Interpreter& interp, std::string_view symbol, Value v, Value w) {
    return interp.raise_fmt(interp.exc.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol,
                            tname(interp, v), tname(interp, w));
}

// When neither operand's + or * answered, CPython falls back to the sequence slots of
// str, bytes and bytearray (sq_concat, sq_repeat), whose errors are the ones users see:
// "can only concatenate str ...", "can't concat X to bytes", "can't multiply sequence by
// non-int ...". (list and tuple raise theirs from their own slots.) False: no such operand.
bool sequence_op_error(Interpreter& interp, uint32_t base_kind, Value v, Value w, Raised* out) {
    auto text_seq = [&](Value x) { return is_str(interp, x) || is_bytes_like(interp, x); };
    if (base_kind == static_cast<uint32_t>(BinaryOpKind::Add)) {
        if (is_str(interp, v)) {
            *out = interp.raise_fmt(interp.exc.TypeError, "can only concatenate str (not \"{}\") to str", tname(interp, w));
            return true;
        }
        if (is_bytes_like(interp, v)) {
            *out = interp.raise_fmt(interp.exc.TypeError, "can't concat {} to {}", tname(interp, w), tname(interp, v));
            return true;
        }
        return false;
    }
    if (base_kind == static_cast<uint32_t>(BinaryOpKind::Multiply) && (text_seq(v) || text_seq(w))) {
        Value other = text_seq(v) ? w : v;
        *out = interp.raise_fmt(interp.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                                tname(interp, other));
        return true;
    }
    return false;
}

CompareOpKind swapped(CompareOpKind op) {
    switch (op) {
    case CompareOpKind::Lt: return CompareOpKind::Gt;
    case CompareOpKind::Le: return CompareOpKind::Ge;
    case CompareOpKind::Eq: return CompareOpKind::Eq;
    case CompareOpKind::Ne: return CompareOpKind::Ne;
    case CompareOpKind::Gt: return CompareOpKind::Lt;
    case CompareOpKind::Ge: return CompareOpKind::Le;
    }
    return op;
}

} // namespace

Result<Ref> binary_op(Interpreter& interp, BinaryOpKind kind, Value lhs, Value rhs) {
    auto k = static_cast<uint32_t>(kind);
    if (k >= bc::kInplaceOffset) {
        uint32_t base = k - bc::kInplaceOffset;
        BinaryFn inplace = type_of(interp, lhs)->number.inplace[base];
        if (inplace != nullptr) {
            BASTION_TRY_ASSIGN(Ref x, inplace(interp, lhs, rhs));
            if (!is_not_implemented_value(interp, x))
                return x;
        }
        BASTION_TRY_ASSIGN(Ref x, binary1(interp, lhs, rhs, [base](Type* t) { return t->number.binary[base]; }));
        if (!is_not_implemented_value(interp, x))
            return x;
        if (Raised seq; sequence_op_error(interp, base, lhs, rhs, &seq))
            return seq;
        return binop_type_error(interp, bc::binary_op_symbol(k), lhs, rhs);
    }
    BASTION_TRY_ASSIGN(Ref x, binary1(interp, lhs, rhs, [k](Type* t) { return t->number.binary[k]; }));
    if (!is_not_implemented_value(interp, x))
        return x;
    if (kind == BinaryOpKind::Power)
        return binop_type_error(interp, "** or pow()", lhs, rhs);
    if (Raised seq; sequence_op_error(interp, k, lhs, rhs, &seq))
        return seq;
    return binop_type_error(interp, bc::binary_op_symbol(k), lhs, rhs);
}

Result<Ref> divmod(Interpreter& interp, Value a, Value b) {
    BASTION_TRY_ASSIGN(Ref x, binary1(interp, a, b, [](Type* t) { return t->number.divmod; }));
    if (!is_not_implemented_value(interp, x))
        return x;
    return binop_type_error(interp, "divmod()", a, b);
}

// CPython ternary_op: pow(v, w, z) tries v's, w's then z's three-argument slot.
Result<Ref> power3(Interpreter& interp, Value v, Value w, Value z) {
    if (z.is_null() || is_none_value(interp, z))
        return binary_op(interp, BinaryOpKind::Power, v, w);
    Type* tv = type_of(interp, v);
    Type* tw = type_of(interp, w);
    TernaryFn slotv = tv->number.power3;
    TernaryFn slotw = tw != tv ? tw->number.power3 : nullptr;
    if (slotw == slotv)
        slotw = nullptr;
    if (slotv != nullptr) {
        if (slotw != nullptr && is_subtype(tw, tv)) {
            BASTION_TRY_ASSIGN(Ref x, slotw(interp, v, w, z));
            if (!is_not_implemented_value(interp, x))
                return x;
            slotw = nullptr;
        }
        BASTION_TRY_ASSIGN(Ref x, slotv(interp, v, w, z));
        if (!is_not_implemented_value(interp, x))
            return x;
    }
    if (slotw != nullptr) {
        BASTION_TRY_ASSIGN(Ref x, slotw(interp, v, w, z));
        if (!is_not_implemented_value(interp, x))
            return x;
    }
    Type* tz = type_of(interp, z);
    TernaryFn slotz = tz->number.power3;
    if (tz != tv && tz != tw && slotz != nullptr && slotz != slotv && slotz != slotw) {
        BASTION_TRY_ASSIGN(Ref x, slotz(interp, v, w, z));
        if (!is_not_implemented_value(interp, x))
            return x;
    }
    return interp.raise_fmt(interp.exc.TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                            tv->name, tw->name, tz->name);
}

namespace {

Result<Ref> unary(Interpreter& interp, Value v, UnaryFn fn, std::string_view what) {
    if (fn == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "bad operand type for {}: '{}'", what, tname(interp, v));
    return fn(interp, v);
}

} // namespace

Result<Ref> unary_negative(Interpreter& interp, Value v) {
    return unary(interp, v, type_of(interp, v)->number.negative, "unary -");
}
Result<Ref> unary_positive(Interpreter& interp, Value v) {
    return unary(interp, v, type_of(interp, v)->number.positive, "unary +");
}
Result<Ref> unary_invert(Interpreter& interp, Value v) {
    return unary(interp, v, type_of(interp, v)->number.invert, "unary ~");
}
Result<Ref> absolute(Interpreter& interp, Value v) {
    return unary(interp, v, type_of(interp, v)->number.absolute, "abs()");
}

// CPython do_richcompare: a subclass's reflected method first, then the left operand's,
// then the right's; == and != fall back to identity.
Result<Ref> rich_compare(Interpreter& interp, Value v, Value w, CompareOpKind op) {
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" in comparison");
    Type* tv = type_of(interp, v);
    Type* tw = type_of(interp, w);
    bool checked_reverse = false;
    if (tv != tw && tw->richcompare != nullptr && is_subtype(tw, tv)) {
        checked_reverse = true;
        BASTION_TRY_ASSIGN(Ref r, tw->richcompare(interp, w, v, swapped(op)));
        if (!is_not_implemented_value(interp, r))
            return r;
    }
    if (tv->richcompare != nullptr) {
        BASTION_TRY_ASSIGN(Ref r, tv->richcompare(interp, v, w, op));
        if (!is_not_implemented_value(interp, r))
            return r;
    }
    if (!checked_reverse && tw->richcompare != nullptr) {
        BASTION_TRY_ASSIGN(Ref r, tw->richcompare(interp, w, v, swapped(op)));
        if (!is_not_implemented_value(interp, r))
            return r;
    }
    if (op == CompareOpKind::Eq)
        return interp.new_bool(v.is(w));
    if (op == CompareOpKind::Ne)
        return interp.new_bool(!v.is(w));
    return interp.raise_fmt(interp.exc.TypeError, "'{}' not supported between instances of '{}' and '{}'",
                            bc::compare_op_symbol(static_cast<uint32_t>(op)), tv->name, tw->name);
}

Result<bool> rich_compare_bool(Interpreter& interp, Value v, Value w, CompareOpKind op) {
    if (v.is(w)) {
        if (op == CompareOpKind::Eq)
            return true;
        if (op == CompareOpKind::Ne)
            return false;
    }
    BASTION_TRY_ASSIGN(Ref r, rich_compare(interp, v, w, op));
    return is_true(interp, r);
}

Result<bool> equals(Interpreter& interp, Value v, Value w) { return rich_compare_bool(interp, v, w, CompareOpKind::Eq); }

Result<bool> is_true(Interpreter& interp, Value v) {
    if (v.is(Value(interp.true_)))
        return true;
    if (v.is(Value(interp.false_)) || v.is(Value(interp.none)))
        return false;
    if (v.is_small_int())
        return v.small_int_value() != 0;
    Type* t = type_of(interp, v);
    if (t->number.truth != nullptr)
        return t->number.truth(interp, v);
    if (t->length != nullptr) {
        BASTION_TRY_ASSIGN(int64_t n, t->length(interp, v));
        return n != 0;
    }
    return true;
}

Result<int64_t> hash(Interpreter& interp, Value v) {
    if (v.is_small_int())
        return hash_i64(v.small_int_value());
    Type* t = type_of(interp, v);
    if (t->hash == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "unhashable type: '{}'", t->name);
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.native_recursion_error();
    return t->hash(interp, v);
}

Result<bool> contains(Interpreter& interp, Value container, Value item) {
    Type* t = type_of(interp, container);
    if (t->contains != nullptr)
        return t->contains(interp, container, item);
    if (t->iter == nullptr && t->getitem == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "argument of type '{}' is not iterable", t->name);
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, container));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref x, iter_next(interp, it));
        if (x.is_null())
            return false;
        BASTION_TRY_ASSIGN(bool eq, equals(interp, x, item));
        if (eq)
            return true;
    }
}

} // namespace bastion
