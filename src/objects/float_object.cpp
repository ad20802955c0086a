// float_object.cpp: the float type's slots — construction, repr, hash, comparison (exact
// against ints) and the arithmetic operators with Python's floor/modulo signs and
// CPython's error messages (Objects/floatobject.c). Methods are in float_repr.cpp.
#include "objects/float_object.h"

#include <cerrno>
#include <cmath>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "objects/tuple_object.h"
#include "support/float_text.h"
#include "support/hash.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

} // namespace

// float_from_double is in objects/heap.cpp, beside the exact-float block fast path.

bool is_float(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.float_ || is_subtype(t, interp.types.float_);
}

Result<bool> float_operand(Interpreter& interp, Value v, double* out) {
    if (v.is_small_int()) {
        *out = static_cast<double>(v.small_int_value());
        return true;
    }
    if (is_float(interp, v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(interp, v)) {
        BASTION_TRY_ASSIGN(*out, int_to_double(interp, v));
        return true;
    }
    return false;
}

Result<double> float_as_double(Interpreter& interp, Value v) {
    double d = 0.0;
    BASTION_TRY_ASSIGN(bool ok, float_operand(interp, v, &d));
    if (ok)
        return d;
    Type* t = type_of(interp, v);
    if (t->number.to_float || t->number.index) {
        BASTION_TRY_ASSIGN(Ref f, to_float(interp, v));
        if (is_float(interp, f))
            return float_value(f);
    }
    return interp.raise_fmt(interp.exc.TypeError, "must be real number, not {}", t->name);
}

// CPython: float_pow.
Result<Ref> float_power_doubles(Interpreter& interp, double iv, double iw) {
    if (iw == 0.0)
        return float_from_double(interp, 1.0);
    if (std::isnan(iv))
        return float_from_double(interp, iv);
    if (std::isnan(iw))
        return float_from_double(interp, iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        double a = std::fabs(iv);
        if (a == 1.0)
            return float_from_double(interp, 1.0);
        if ((iw > 0.0) == (a > 1.0))
            return float_from_double(interp, std::fabs(iw));
        return float_from_double(interp, 0.0);
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return float_from_double(interp, odd ? iv : std::fabs(iv));
        return float_from_double(interp, odd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return interp.raise(interp.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from_double(interp, is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            return complex_power(interp, iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_from_double(interp, negate ? -1.0 : 1.0);
    double r = std::pow(iv, iw);
    if (std::isinf(r))
        return interp.raise(interp.exc.OverflowError, "(34, 'Numerical result out of range')");
    return float_from_double(interp, negate ? -r : r);
}

Result<Ref> float_from_text(Interpreter& interp, Value text) {
    std::string ascii;
    if (is_str(interp, text))
        ascii = str_transform_decimal_and_space(static_cast<StrObject*>(text.obj()));
    else {
        auto view = bytes_like_view(text);
        ascii.assign(reinterpret_cast<const char*>(view.data()), view.size());
    }
    double d = 0.0;
    if (!parse_float_text(ascii, &d)) {
        BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, text));
        return interp.raise_fmt(interp.exc.ValueError, "could not convert string to float: {}", str_to_utf8(r.get()));
    }
    return float_from_double(interp, d);
}

namespace {

Result<Ref> float_repr_slot(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, float_repr(float_value(self))));
    return std::move(s).into_ref();
}

Result<int64_t> float_hash_slot(Interpreter&, Value self) {
    // NaN hashes by identity, as CPython 3.10+ (_Py_HashPointer).
    uintptr_t bits = self.bits();
    int64_t nan_hash = static_cast<int64_t>((bits >> 4) | (bits << (8 * sizeof(bits) - 4)));
    return hash_double(float_value(self), nan_hash == -1 ? -2 : nan_hash);
}

bool compare_result(int c, bc::CompareOpKind op) {
    if (c == 2) // unordered (NaN)
        return op == bc::CompareOpKind::Ne;
    return bc::ordering_satisfies(op, c);
}

// CPython: float_richcompare — ints are compared exactly, never by converting to double.
Result<Ref> float_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    bool a_float = is_float(interp, a), b_float = is_float(interp, b);
    if (a_float && b_float) {
        double x = float_value(a), y = float_value(b);
        int c = (std::isnan(x) || std::isnan(y)) ? 2 : (x > y) - (x < y);
        return interp.new_bool(compare_result(c, op));
    }
    if (a_float && is_int(interp, b)) {
        int c = int_compare_double(b, float_value(a));
        return interp.new_bool(compare_result(c == 2 ? 2 : -c, op));
    }
    if (b_float && is_int(interp, a))
        return interp.new_bool(compare_result(int_compare_double(a, float_value(b)), op));
    return not_implemented(interp);
}

Result<bool> float_truth(Interpreter&, Value self) { return float_value(self) != 0.0; }

Result<Ref> float_to_int_slot(Interpreter& interp, Value self) { return int_from_double(interp, float_value(self)); }

Result<Ref> float_to_float_slot(Interpreter& interp, Value self) {
    if (self.obj()->type == interp.types.float_)
        return Ref::borrow(self);
    return float_from_double(interp, float_value(self));
}

Result<Ref> float_negative(Interpreter& interp, Value self) { return float_from_double(interp, -float_value(self)); }
Result<Ref> float_absolute(Interpreter& interp, Value self) { return float_from_double(interp, std::fabs(float_value(self))); }

// CPython: float_divmod; returns false on a zero divisor.
bool float_divmod_values(double vx, double wx, double* floordiv, double* mod) {
    if (wx == 0.0)
        return false;
    double m = std::fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = std::copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = std::floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = std::copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
    return true;
}

template <bc::BinaryOpKind K>
Result<Ref> float_binary(Interpreter& interp, Value a, Value b) {
    using Kind = bc::BinaryOpKind;
    double x = 0.0, y = 0.0;
    BASTION_TRY_ASSIGN(bool ok_a, float_operand(interp, a, &x));
    if (!ok_a)
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(bool ok_b, float_operand(interp, b, &y));
    if (!ok_b)
        return not_implemented(interp);
    if constexpr (K == Kind::Add) {
        return float_from_double(interp, x + y);
    } else if constexpr (K == Kind::Subtract) {
        return float_from_double(interp, x - y);
    } else if constexpr (K == Kind::Multiply) {
        return float_from_double(interp, x * y);
    } else if constexpr (K == Kind::TrueDivide) {
        if (y == 0.0)
            return interp.raise(interp.exc.ZeroDivisionError, "float division by zero");
        return float_from_double(interp, x / y);
    } else if constexpr (K == Kind::FloorDivide) {
        double q = 0.0, m = 0.0;
        if (!float_divmod_values(x, y, &q, &m))
            return interp.raise(interp.exc.ZeroDivisionError, "float floor division by zero");
        return float_from_double(interp, q);
    } else if constexpr (K == Kind::Remainder) {
        if (y == 0.0)
            return interp.raise(interp.exc.ZeroDivisionError, "float modulo");
        double m = std::fmod(x, y);
        if (m != 0.0) {
            if ((y < 0) != (m < 0))
                m += y;
        } else {
            m = std::copysign(0.0, y);
        }
        return float_from_double(interp, m);
    } else {
        static_assert(K == Kind::Power);
        return float_power_doubles(interp, x, y);
    }
}

Result<Ref> float_divmod(Interpreter& interp, Value a, Value b) {
    double x = 0.0, y = 0.0;
    BASTION_TRY_ASSIGN(bool ok_a, float_operand(interp, a, &x));
    BASTION_TRY_ASSIGN(bool ok_b, ok_a ? float_operand(interp, b, &y) : Result<bool>(false));
    if (!ok_a || !ok_b)
        return not_implemented(interp);
    double q = 0.0, m = 0.0;
    if (!float_divmod_values(x, y, &q, &m))
        return interp.raise(interp.exc.ZeroDivisionError, "float divmod()");
    BASTION_TRY_ASSIGN(Ref qr, float_from_double(interp, q));
    BASTION_TRY_ASSIGN(Ref mr, float_from_double(interp, m));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {qr.get(), mr.get()}));
    return std::move(t).into_ref();
}

Result<Ref> float_power3(Interpreter& interp, Value a, Value b, Value m) {
    if (!m.is_null() && !m.is(Value(interp.none)))
        return interp.raise(interp.exc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_binary<bc::BinaryOpKind::Power>(interp, a, b);
}

// float(x=0.0, /)
Result<Ref> float_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "float"));
    BASTION_TRY(check_positional(interp, args, "float", 0, 1));
    Ref result;
    if (args.npos == 0) {
        BASTION_TRY_ASSIGN(result, float_from_double(interp, 0.0));
    } else {
        Value x = args.items[0];
        if (is_float(interp, x) && x.obj()->type == interp.types.float_) {
            result = Ref::borrow(x);
        } else if (is_float(interp, x)) {
            BASTION_TRY_ASSIGN(result, float_from_double(interp, float_value(x)));
        } else if (is_int(interp, x)) {
            BASTION_TRY_ASSIGN(double d, int_to_double(interp, x));
            BASTION_TRY_ASSIGN(result, float_from_double(interp, d));
        } else if (is_str(interp, x) || is_bytes_like(interp, x)) {
            BASTION_TRY_ASSIGN(result, float_from_text(interp, x));
        } else {
            Type* t = type_of(interp, x);
            if (!t->number.to_float && !t->number.index) {
                return interp.raise_fmt(interp.exc.TypeError,
                                        "float() argument must be a string or a real number, not '{}'", t->name);
            }
            BASTION_TRY_ASSIGN(result, to_float(interp, x));
        }
    }
    if (type == interp.types.float_)
        return result;
    BASTION_TRY_ASSIGN(Own<FloatObject> sub, interp.make<FloatObject>(type, float_value(result)));
    return std::move(sub).into_ref();
}

} // namespace

void init_float_slots(Interpreter& interp) {
    using K = bc::BinaryOpKind;
    Type* t = interp.types.float_;
    t->flags |= kTypeBaseType;
    t->instance_size = sizeof(FloatObject);
    t->repr = float_repr_slot;
    t->str = float_repr_slot;
    t->hash = float_hash_slot;
    t->richcompare = float_richcompare;
    t->tp_new = float_tp_new;
    t->destroy = destroy_as<FloatObject>;
    t->number.truth = float_truth;
    t->number.to_int = float_to_int_slot;
    t->number.to_float = float_to_float_slot;
    t->number.negative = float_negative;
    t->number.positive = float_to_float_slot;
    t->number.absolute = float_absolute;
    t->number.divmod = float_divmod;
    t->number.power3 = float_power3;
    auto& bin = t->number.binary;
    bin[static_cast<int>(K::Add)] = float_binary<K::Add>;
    bin[static_cast<int>(K::Subtract)] = float_binary<K::Subtract>;
    bin[static_cast<int>(K::Multiply)] = float_binary<K::Multiply>;
    bin[static_cast<int>(K::TrueDivide)] = float_binary<K::TrueDivide>;
    bin[static_cast<int>(K::FloorDivide)] = float_binary<K::FloorDivide>;
    bin[static_cast<int>(K::Remainder)] = float_binary<K::Remainder>;
    bin[static_cast<int>(K::Power)] = float_binary<K::Power>;
}

} // namespace bastion
