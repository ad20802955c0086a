// complex_object.cpp: Python `complex`, minimal: construction (numbers and strings),
// + - * / ** with int/float/complex operands, repr/str, abs, hash, ==/!=, bool,
// real/imag, conjugate. Formulas follow Objects/complexobject.c (_Py_c_quot, c_powi).
#include "objects/complex_object.h"

#include <cmath>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/core_internal.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_format.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "support/float_text.h"
#include "support/hash.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

struct Cx {
    double re = 0.0, im = 0.0;
};

Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

const ComplexObject* as_cx(Value v) { return static_cast<const ComplexObject*>(v.obj()); }

// An operand of a complex operator: complex, float or int. false: NotImplemented.
Result<bool> operand(Interpreter& interp, Value v, Cx* out) {
    if (is_complex(interp, v)) {
        *out = {as_cx(v)->real, as_cx(v)->imag};
        return true;
    }
    double d = 0.0;
    BASTION_TRY_ASSIGN(bool ok, float_operand(interp, v, &d));
    if (ok)
        *out = {d, 0.0};
    return ok;
}

Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// CPython: _Py_c_quot. false on division by zero.
bool c_quot(Cx a, Cx b, Cx* r) {
    double abs_br = std::fabs(b.re), abs_bi = std::fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0)
            return false;
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        *r = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        *r = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else {
        *r = {NAN, NAN};
    }
    return true;
}

Cx c_powu(Cx x, long n) {
    Cx r{1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

} // namespace

Result<Ref> complex_from_doubles(Interpreter& interp, double real, double imag) {
    BASTION_TRY_ASSIGN(Own<ComplexObject> c, interp.make<ComplexObject>(interp.types.complex, real, imag));
    return std::move(c).into_ref();
}

bool is_complex(Interpreter& interp, Value v) {
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.complex || is_subtype(t, interp.types.complex);
}

// CPython: complex_pow (integral real exponents up to 100 use repeated multiplication).
Result<Ref> complex_power(Interpreter& interp, double ar, double ai, double br, double bi) {
    Cx a{ar, ai}, b{br, bi}, r;
    if (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0) {
        long n = static_cast<long>(br);
        if (n >= 0) {
            r = c_powu(a, n);
        } else {
            if (!c_quot({1.0, 0.0}, c_powu(a, -n), &r))
                return interp.raise(interp.exc.ZeroDivisionError, "0.0 to a negative or complex power");
        }
    } else if (b.re == 0.0 && b.im == 0.0) {
        r = {1.0, 0.0};
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            return interp.raise(interp.exc.ZeroDivisionError, "0.0 to a negative or complex power");
        r = {0.0, 0.0};
    } else {
        double vabs = std::hypot(a.re, a.im);
        double len = std::pow(vabs, b.re);
        double at = std::atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= std::exp(at * b.im);
            phase += b.im * std::log(vabs);
        }
        r = {len * std::cos(phase), len * std::sin(phase)};
    }
    if (std::isinf(r.re) || std::isinf(r.im))
        return interp.raise(interp.exc.OverflowError, "complex exponentiation");
    return complex_from_doubles(interp, r.re, r.im);
}

namespace {

Result<Ref> complex_repr(Interpreter& interp, Value self) {
    const ComplexObject* c = as_cx(self);
    std::string out;
    if (c->real == 0.0 && !std::signbit(c->real)) {
        out = double_to_string(c->imag, 'r', 0, 0) + "j";
    } else {
        out = "(" + double_to_string(c->real, 'r', 0, 0) + double_to_string(c->imag, 'r', 0, kFloatSign) + "j)";
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, out));
    return std::move(s).into_ref();
}

Result<int64_t> complex_hash(Interpreter&, Value self) {
    const ComplexObject* c = as_cx(self);
    int64_t id = static_cast<int64_t>(self.bits() >> 4);
    return hash_complex(hash_double(c->real, id), hash_double(c->imag, id));
}

Result<Ref> complex_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if (op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne)
        return not_implemented(interp);
    if (!is_complex(interp, a))
        std::swap(a, b);
    const ComplexObject* c = as_cx(a);
    bool equal = false;
    if (is_complex(interp, b)) {
        equal = c->real == as_cx(b)->real && c->imag == as_cx(b)->imag;
    } else if (is_int(interp, b)) {
        equal = c->imag == 0.0 && int_compare_double(b, c->real) == 0; // exact, as CPython
    } else if (is_float(interp, b)) {
        equal = c->imag == 0.0 && c->real == float_value(b);
    } else {
        return not_implemented(interp);
    }
    return interp.new_bool(op == bc::CompareOpKind::Eq ? equal : !equal);
}

template <bc::BinaryOpKind K>
Result<Ref> complex_binary(Interpreter& interp, Value a, Value b) {
    using Kind = bc::BinaryOpKind;
    Cx x, y;
    BASTION_TRY_ASSIGN(bool ok_a, operand(interp, a, &x));
    if (!ok_a)
        return not_implemented(interp);
    BASTION_TRY_ASSIGN(bool ok_b, operand(interp, b, &y));
    if (!ok_b)
        return not_implemented(interp);
    if constexpr (K == Kind::Add) {
        return complex_from_doubles(interp, x.re + y.re, x.im + y.im);
    } else if constexpr (K == Kind::Subtract) {
        return complex_from_doubles(interp, x.re - y.re, x.im - y.im);
    } else if constexpr (K == Kind::Multiply) {
        Cx r = c_prod(x, y);
        return complex_from_doubles(interp, r.re, r.im);
    } else if constexpr (K == Kind::TrueDivide) {
        Cx r;
        if (!c_quot(x, y, &r))
            return interp.raise(interp.exc.ZeroDivisionError, "complex division by zero");
        return complex_from_doubles(interp, r.re, r.im);
    } else {
        static_assert(K == Kind::Power);
        return complex_power(interp, x.re, x.im, y.re, y.im);
    }
}

Result<Ref> complex_power3(Interpreter& interp, Value a, Value b, Value m) {
    if (!m.is_null() && !m.is(Value(interp.none)))
        return interp.raise(interp.exc.ValueError, "complex modulo");
    return complex_binary<bc::BinaryOpKind::Power>(interp, a, b);
}

Result<Ref> complex_negative(Interpreter& interp, Value self) {
    return complex_from_doubles(interp, -as_cx(self)->real, -as_cx(self)->imag);
}
Result<Ref> complex_positive(Interpreter& interp, Value self) {
    return complex_from_doubles(interp, as_cx(self)->real, as_cx(self)->imag);
}
Result<Ref> complex_absolute(Interpreter& interp, Value self) {
    const ComplexObject* c = as_cx(self);
    double r = std::hypot(c->real, c->imag);
    if (std::isinf(r) && std::isfinite(c->real) && std::isfinite(c->imag))
        return interp.raise(interp.exc.OverflowError, "absolute value too large");
    return float_from_double(interp, r);
}
Result<bool> complex_truth(Interpreter&, Value self) { return as_cx(self)->real != 0.0 || as_cx(self)->imag != 0.0; }

// Longest float literal at text[i..]: sign, digits/point/exponent or inf/nan words.
std::size_t scan_float(std::string_view t, std::size_t i) {
    std::size_t j = i;
    if (j < t.size() && (t[j] == '+' || t[j] == '-'))
        ++j;
    for (std::string_view word : {"infinity", "inf", "nan"}) {
        if (t.size() - j >= word.size()) {
            bool match = true;
            for (std::size_t k = 0; k < word.size(); ++k)
                match = match && (t[j + k] | 0x20) == word[k];
            if (match)
                return j + word.size();
        }
    }
    std::size_t digits = 0;
    while (j < t.size() && ((t[j] >= '0' && t[j] <= '9') || t[j] == '_'))
        ++j, ++digits;
    if (j < t.size() && t[j] == '.') {
        ++j;
        while (j < t.size() && ((t[j] >= '0' && t[j] <= '9') || t[j] == '_'))
            ++j, ++digits;
    }
    if (digits == 0)
        return i;
    if (j < t.size() && (t[j] == 'e' || t[j] == 'E')) {
        std::size_t k = j + 1;
        if (k < t.size() && (t[k] == '+' || t[k] == '-'))
            ++k;
        std::size_t start = k;
        while (k < t.size() && ((t[k] >= '0' && t[k] <= '9') || t[k] == '_'))
            ++k;
        if (k > start)
            j = k;
    }
    return j;
}

// CPython: complex_from_string_inner.
bool parse_complex_text(std::string_view t, Cx* out) {
    auto skip_ws = [&](std::size_t i) {
        while (i < t.size() && (t[i] == ' ' || (t[i] >= '\t' && t[i] <= '\r')))
            ++i;
        return i;
    };
    auto to_double = [](std::string_view s, double* d) { return parse_float_text(s, d); };
    std::size_t i = skip_ws(0);
    bool bracket = false;
    if (i < t.size() && t[i] == '(') {
        bracket = true;
        i = skip_ws(i + 1);
    }
    double x = 0.0, y = 0.0;
    std::size_t end = scan_float(t, i);
    if (end > i) {
        if (!to_double(t.substr(i, end - i), &x))
            return false;
        i = end;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
            std::size_t e2 = scan_float(t, i);
            if (e2 > i + 1) {
                if (!to_double(t.substr(i, e2 - i), &y))
                    return false;
            } else {
                y = t[i] == '+' ? 1.0 : -1.0; // <float><sign>j
                e2 = i + 1;
            }
            i = e2;
            if (i >= t.size() || (t[i] | 0x20) != 'j')
                return false;
            ++i;
        } else if (i < t.size() && (t[i] | 0x20) == 'j') {
            y = x; // <float>j
            x = 0.0;
            ++i;
        }
    } else {
        // <sign>j or j
        double sign = 1.0;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            sign = t[i++] == '-' ? -1.0 : 1.0;
        if (i >= t.size() || (t[i] | 0x20) != 'j')
            return false;
        ++i;
        y = sign;
    }
    i = skip_ws(i);
    if (bracket) {
        if (i >= t.size() || t[i] != ')')
            return false;
        i = skip_ws(i + 1);
    }
    if (i != t.size())
        return false;
    *out = {x, y};
    return true;
}

// complex()'s first argument through __complex__ (CPython's try_complex_special_method):
// false when its type has none; the result must be a complex (a subclass is accepted).
Result<bool> complex_special(Interpreter& interp, Value v, Cx* out) {
    StrObject* name = interp.intern("__complex__");
    if (name == nullptr)
        return interp.no_memory();
    bool found = false;
    BASTION_TRY_ASSIGN(Ref res, call_special(interp, v, name, {}, &found));
    if (!found)
        return false;
    if (!is_complex(interp, res.get()))
        return interp.raise_fmt(interp.exc.TypeError, "__complex__ returned non-complex (type {})",
                                type_of(interp, res.get())->name);
    *out = {as_cx(res.get())->real, as_cx(res.get())->imag};
    return true;
}

// A part given to complex(): a complex as it is, an int or float, or anything float()
// takes through __float__ or __index__ (PyNumber_Float); false when it is none of these.
Result<bool> constructor_part(Interpreter& interp, Value v, Cx* out) {
    BASTION_TRY_ASSIGN(bool ok, operand(interp, v, out));
    if (ok)
        return true;
    Type* t = type_of(interp, v);
    StrObject* float_name = interp.intern("__float__");
    StrObject* index_name = interp.intern("__index__");
    if (float_name == nullptr || index_name == nullptr)
        return interp.no_memory();
    if (type_lookup(t, float_name).is_null() && type_lookup(t, index_name).is_null())
        return false;
    BASTION_TRY_ASSIGN(Ref f, to_float(interp, v));
    BASTION_TRY_ASSIGN(double d, float_as_double(interp, f.get()));
    *out = {d, 0.0};
    return true;
}

// complex(real=0, imag=0)
Result<Ref> complex_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"complex", {"real", "imag"}, 0, 0, 0}, argv));
    Cx r;
    if (!argv[0].is_null() && is_str(interp, argv[0])) {
        if (!argv[1].is_null())
            return interp.raise(interp.exc.TypeError, "complex() can't take second arg if first is a string");
        std::string text = str_transform_decimal_and_space(static_cast<StrObject*>(argv[0].obj()));
        if (!parse_complex_text(text, &r))
            return interp.raise(interp.exc.ValueError, "complex() arg is a malformed string");
    } else {
        Cx a, b;
        bool a_complex = !argv[0].is_null() && is_complex(interp, argv[0]);
        if (!argv[0].is_null()) {
            BASTION_TRY_ASSIGN(bool special, complex_special(interp, argv[0], &a));
            bool ok = special;
            if (special) {
                a_complex = true;
            } else {
                BASTION_TRY_ASSIGN(ok, constructor_part(interp, argv[0], &a));
            }
            if (!ok) {
                return interp.raise_fmt(interp.exc.TypeError,
                                        "complex() first argument must be a string or a number, not '{}'",
                                        type_of(interp, argv[0])->name);
            }
        }
        if (!argv[1].is_null()) {
            if (is_str(interp, argv[1]))
                return interp.raise(interp.exc.TypeError, "complex() second arg can't be a string");
            BASTION_TRY_ASSIGN(bool ok, constructor_part(interp, argv[1], &b));
            if (!ok) {
                return interp.raise_fmt(interp.exc.TypeError,
                                        "complex() second argument must be a number, not '{}'",
                                        type_of(interp, argv[1])->name);
            }
        }
        // real + imag*1j with complex parts allowed, as CPython: a part is only combined
        // when it is complex, so the sign of a zero imaginary part survives (complex(1, -0.0)).
        r = {a.re, b.re};
        if (argv[1].is_null()) {
            r.im = a.im;
        } else {
            if (is_complex(interp, argv[1]))
                r.re -= b.im;
            if (a_complex)
                r.im += a.im;
        }
        if (!argv[0].is_null() && argv[1].is_null() && type == interp.types.complex &&
            argv[0].obj_or_null() && argv[0].obj()->type == interp.types.complex)
            return Ref::borrow(argv[0]);
    }
    BASTION_TRY_ASSIGN(Own<ComplexObject> c, interp.make<ComplexObject>(type, r.re, r.im));
    return std::move(c).into_ref();
}

Result<Ref> g_real(Interpreter& interp, Value self) { return float_from_double(interp, as_cx(self)->real); }
Result<Ref> g_imag(Interpreter& interp, Value self) { return float_from_double(interp, as_cx(self)->imag); }

Result<Ref> m_conjugate(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "conjugate", 0, 0));
    return complex_from_doubles(interp, as_cx(self)->real, -as_cx(self)->imag);
}

Result<Ref> m_format(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__format__", 1, 1));
    if (!is_str(interp, args.items[0]))
        return interp.raise_fmt(interp.exc.TypeError, "__format__() argument must be str, not {}",
                                type_of(interp, args.items[0])->name);
    auto* spec = static_cast<StrObject*>(args.items[0].obj());
    BASTION_TRY_ASSIGN(Own<StrObject> text, format_complex(interp, self, as_cx(self)->real, as_cx(self)->imag, spec));
    return std::move(text).into_ref();
}

constexpr MethodDef kComplexMethods[] = {
    {"conjugate", m_conjugate},
    {"__format__", m_format},
};

constexpr GetSetDef kComplexGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
};

} // namespace

void init_complex_slots(Interpreter& interp) {
    using K = bc::BinaryOpKind;
    Type* t = interp.types.complex;
    t->flags |= kTypeBaseType;
    t->instance_size = sizeof(ComplexObject);
    t->repr = complex_repr;
    t->str = complex_repr;
    t->hash = complex_hash;
    t->richcompare = complex_richcompare;
    t->tp_new = complex_tp_new;
    t->destroy = destroy_as<ComplexObject>;
    t->number.truth = complex_truth;
    t->number.negative = complex_negative;
    t->number.positive = complex_positive;
    t->number.absolute = complex_absolute;
    t->number.power3 = complex_power3;
    auto& bin = t->number.binary;
    bin[static_cast<int>(K::Add)] = complex_binary<K::Add>;
    bin[static_cast<int>(K::Subtract)] = complex_binary<K::Subtract>;
    bin[static_cast<int>(K::Multiply)] = complex_binary<K::Multiply>;
    bin[static_cast<int>(K::TrueDivide)] = complex_binary<K::TrueDivide>;
    bin[static_cast<int>(K::Power)] = complex_binary<K::Power>;
}

Status init_complex_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.complex, kComplexMethods));
    return add_getsets(interp, interp.types.complex, kComplexGetSets);
}

} // namespace bastion
