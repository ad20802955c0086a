// int_object.cpp: int construction (canonical boxing), conversion to and from double and
// text, hashing, comparison, and the int type's object slots and constructor.
// Operators are in int_ops.cpp; methods and formatting in int_format.cpp.
#include "objects/int_object.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <new>

#include "objects/abstract.h"
#include "objects/bootstrap.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_mpn.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/str_util.h"
#include "support/checked.h"
#include "support/hash.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

const IntObject* as_int_obj(Value v) { return static_cast<const IntObject*>(v.obj()); }

Result<Ref> box(Interpreter& interp, Type* type, bool negative, std::span<const uint64_t> mag) {
    auto bytes = checked_alloc_size(0, mag.size(), sizeof(uint64_t));
    if (!bytes)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<IntObject> obj, interp.make_var<IntObject>(type, *bytes));
    obj->nlimbs = static_cast<int64_t>(mag.size());
    obj->negative = negative && !mag.empty();
    std::copy(mag.begin(), mag.end(), obj->limbs());
    return std::move(obj).into_ref();
}

Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }

} // namespace

Result<Ref> int_from_i64(Interpreter& interp, int64_t v) {
    if (Value::fits_small(v))
        return Ref::small_int(v);
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return box(interp, interp.types.int_, v < 0, std::span<const uint64_t>(&m, 1));
}

Result<Ref> int_from_u64(Interpreter& interp, uint64_t v) {
    if (v <= static_cast<uint64_t>(Value::kSmallMax))
        return Ref::small_int(static_cast<int64_t>(v));
    return box(interp, interp.types.int_, false, std::span<const uint64_t>(&v, 1));
}

Result<Ref> int_from_i128(Interpreter& interp, __int128 v) {
    if (v >= Value::kSmallMin && v <= Value::kSmallMax)
        return Ref::small_int(static_cast<int64_t>(v));
    unsigned __int128 m = v < 0 ? 0 - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    uint64_t limbs[2] = {static_cast<uint64_t>(m), static_cast<uint64_t>(m >> 64)};
    return box(interp, interp.types.int_, v < 0, std::span<const uint64_t>(limbs, limbs[1] == 0 ? 1 : 2));
}

Result<Ref> int_from_bigint(Interpreter& interp, const bigint::BigInt& v) {
    int64_t small = 0;
    if (bigint::to_i64(v, &small) && Value::fits_small(small))
        return Ref::small_int(small);
    return box(interp, interp.types.int_, v.negative, v.mag);
}

Result<Ref> int_from_constant(Interpreter& interp, bool negative, std::span<const uint64_t> limbs) {
    std::size_t n = limbs.size();
    while (n > 0 && limbs[n - 1] == 0)
        --n;
    limbs = limbs.first(n);
    if (n <= 1) {
        uint64_t m = n == 0 ? 0 : limbs[0];
        if (m <= static_cast<uint64_t>(Value::kSmallMax))
            return Ref::small_int(negative ? -static_cast<int64_t>(m) : static_cast<int64_t>(m));
    }
    return box(interp, interp.types.int_, negative, limbs);
}

bool is_int(Interpreter&, Value v) {
    return v.is_small_int() || (v.is_obj() && v.obj()->type->has_flag(kTypeIntSubclass));
}

bool is_int_exact(Interpreter& interp, Value v) {
    return v.is_small_int() || (v.is_obj() && v.obj()->type == interp.types.int_);
}

Result<Ref> int_new_of_type(Interpreter& interp, Type* type, Value v) {
    if (type == interp.types.int_) {
        if (v.is_small_int() || v.obj()->type == type)
            return Ref::borrow(v);
        return int_from_bigint(interp, int_to_bigint(v));
    }
    if (v.is_small_int()) {
        int64_t x = v.small_int_value();
        uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        return box(interp, type, x < 0, std::span<const uint64_t>(&m, m == 0 ? 0 : 1));
    }
    const IntObject* o = as_int_obj(v);
    return box(interp, type, o->negative, o->magnitude());
}

bool int_to_i64(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.small_int_value();
        return true;
    }
    if (!v.is_obj() || !v.obj()->type->has_flag(kTypeIntSubclass))
        return false;
    const IntObject* o = as_int_obj(v);
    if (o->nlimbs == 0) {
        *out = 0;
        return true;
    }
    if (o->nlimbs > 1)
        return false;
    uint64_t m = o->limbs()[0];
    if (o->negative) {
        if (m > (uint64_t{1} << 63))
            return false;
        *out = static_cast<int64_t>(0 - m);
    } else {
        if (m > static_cast<uint64_t>(INT64_MAX))
            return false;
        *out = static_cast<int64_t>(m);
    }
    return true;
}

bigint::BigInt int_to_bigint(Value v) {
    if (v.is_small_int())
        return bigint::from_i64(v.small_int_value());
    const IntObject* o = as_int_obj(v);
    return bigint::from_limbs(o->negative, o->magnitude());
}

int int_sign(Value v) {
    if (v.is_small_int()) {
        int64_t x = v.small_int_value();
        return (x > 0) - (x < 0);
    }
    const IntObject* o = as_int_obj(v);
    return o->nlimbs == 0 ? 0 : (o->negative ? -1 : 1);
}

Status int_check_bits(Interpreter& interp, uint64_t bits) {
    // DIFFERENCE: one int may not exceed 2^35 bits (4 GiB of limbs); CPython would try.
    constexpr uint64_t kMaxBits = uint64_t{1} << 35;
    if (bits > kMaxBits)
        return interp.no_memory();
    uint64_t bytes = bits / 8 + 64;
    if (interp.limits.max_memory_bytes != 0 && interp.memory_in_use() + bytes > interp.limits.max_memory_bytes)
        return interp.no_memory();
    return {};
}

Result<double> int_to_double(Interpreter& interp, Value v) {
    int64_t x = 0;
    if (int_to_i64(v, &x))
        return static_cast<double>(x); // int64 -> double rounds to nearest-even
    double d = 0.0;
    if (!bigint::to_double(int_to_bigint(v), &d))
        return interp.raise(interp.exc.OverflowError, "int too large to convert to float");
    return d;
}

int int_compare_double(Value v, double d) {
    if (std::isnan(d))
        return 2;
    int64_t x = 0;
    if (int_to_i64(v, &x) && x >= -(int64_t{1} << 53) && x <= (int64_t{1} << 53)) {
        double xd = static_cast<double>(x);
        return (xd > d) - (xd < d);
    }
    return bigint::compare_with_double(int_to_bigint(v), d);
}

int int_compare(Value a, Value b) {
    int64_t x = 0, y = 0;
    if (int_to_i64(a, &x) && int_to_i64(b, &y))
        return (x > y) - (x < y);
    return int_mpn_compare(a, b);
}

bool int_compare_op(Value a, Value b, bc::CompareOpKind op) { return bc::ordering_satisfies(op, int_compare(a, b)); }

int64_t int_hash(Value v) {
    int64_t x = 0;
    if (int_to_i64(v, &x))
        return hash_i64(x);
    return bigint::hash(int_to_bigint(v));
}

Result<Ref> int_from_double(Interpreter& interp, double d) {
    if (std::isinf(d))
        return interp.raise(interp.exc.OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(d))
        return interp.raise(interp.exc.ValueError, "cannot convert float NaN to integer");
    double t = std::trunc(d);
    if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
        return int_from_i64(interp, static_cast<int64_t>(t));
    return int_from_bigint(interp, bigint::from_double(t));
}

std::string int_to_decimal(Value v) {
    int64_t x = 0;
    if (int_to_i64(v, &x)) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, x);
        return std::string(buf, r.ptr);
    }
    return bigint::to_string(int_to_bigint(v), 10);
}

Status int_text_reserve(Interpreter& interp, Value v, int base) {
    int64_t x = 0;
    if (int_to_i64(v, &x))
        return {};
    uint64_t bits = bigint::bit_length(int_to_bigint(v));
    // Digits needed: bits / log2(base), rounded up; 0.30103 > log10(2) keeps base 10's an upper bound.
    uint64_t digits = base == 10 ? bits / 100000 * 30103 + (bits % 100000) * 30103 / 100000 + 1
                                 : bits / static_cast<uint64_t>(std::bit_width(static_cast<unsigned>(base)) - 1) + 1;
    if (digits > static_cast<uint64_t>(INT64_MAX / 2))
        return interp.no_memory();
    return text_reserve(interp, static_cast<int64_t>(digits) + 2);
}

Result<Own<StrObject>> int_to_base_str(Interpreter& interp, Value v, int base, bool prefix) {
    BASTION_TRY(int_text_reserve(interp, v, base));
    std::string digits;
    try {
        digits = bigint::to_string(int_to_bigint(v), base);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
    if (prefix && base != 10) {
        const char* p = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
        digits.insert(digits[0] == '-' ? 1 : 0, p);
    }
    return str_from_ascii(interp, digits);
}

// CPython: Objects/longobject.c PyLong_FromString. The text is ASCII already (non-ASCII
// digits and spaces were mapped by the caller, anything else became '?').
Result<Ref> int_from_text(Interpreter& interp, std::string_view s, int base, Value original) {
    auto invalid = [&]() -> Raised {
        auto r = repr(interp, original);
        if (!r.ok())
            return r.take_error();
        std::string text = str_to_utf8(r.value().get());
        Own<StrObject> shown = std::move(r).value();
        if (shown->length > 200) {
            auto cut = str_substring(interp, shown.get(), 0, 200);
            if (!cut.ok())
                return cut.take_error();
            text = str_to_utf8(cut.value().get());
        }
        return interp.raise_fmt(interp.exc.ValueError, "invalid literal for int() with base {}: {}", base, text);
    };
    auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    std::size_t i = 0, n = s.size();
    while (i < n && is_space(s[i]))
        ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    int b = base;
    bool error_if_nonzero = false;
    auto prefix_char = [&](std::size_t k) { return k + 1 < n ? static_cast<char>(s[k + 1] | 0x20) : '\0'; };
    if (b == 0) {
        if (i >= n || s[i] != '0')
            b = 10;
        else if (prefix_char(i) == 'x')
            b = 16;
        else if (prefix_char(i) == 'o')
            b = 8;
        else if (prefix_char(i) == 'b')
            b = 2;
        else {
            error_if_nonzero = true;
            b = 10;
        }
    }
    if (i < n && s[i] == '0' &&
        ((b == 16 && prefix_char(i) == 'x') || (b == 8 && prefix_char(i) == 'o') || (b == 2 && prefix_char(i) == 'b'))) {
        i += 2;
        if (i < n && s[i] == '_')
            ++i;
    }
    if (i < n && s[i] == '_')
        return invalid();
    std::string digits;
    char prev = '\0';
    for (; i < n; ++i) {
        char c = s[i];
        if (c == '_') {
            if (prev == '_')
                return invalid();
            prev = c;
            continue;
        }
        int d = c >= '0' && c <= '9' ? c - '0' : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= b)
            break;
        digits.push_back(c);
        prev = c;
    }
    if (digits.empty() || prev == '_')
        return invalid();
    while (i < n && is_space(s[i]))
        ++i;
    if (i != n)
        return invalid();
    if (digits.size() <= 18 && b == 10) {
        int64_t x = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), x);
        if (error_if_nonzero && x != 0)
            return invalid();
        return int_from_i64(interp, negative ? -x : x);
    }
    try {
        bigint::BigInt v = bigint::from_digits(digits, b, negative);
        if (error_if_nonzero && !v.is_zero())
            return invalid();
        return int_from_bigint(interp, v);
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
}

// --- Type slots ---------------------------------------------------------------------------------

namespace {

Result<Ref> int_repr(Interpreter& interp, Value self) {
    BASTION_TRY(int_text_reserve(interp, self, 10));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_ascii(interp, int_to_decimal(self)));
    return std::move(s).into_ref();
}

Result<int64_t> int_hash_slot(Interpreter&, Value self) { return int_hash(self); }

Result<Ref> int_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if (!is_int(interp, a) || !is_int(interp, b))
        return not_implemented(interp);
    return interp.new_bool(int_compare_op(a, b, op));
}

Result<bool> int_truth(Interpreter&, Value self) { return int_sign(self) != 0; }

Result<Ref> int_to_exact(Interpreter& interp, Value self) { return int_new_of_type(interp, interp.types.int_, self); }

Result<Ref> int_to_float_slot(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(double d, int_to_double(interp, self));
    return float_from_double(interp, d);
}

// Text of a str/bytes/bytearray argument for int(), mapped to ASCII as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII does; false when `x` is not text.
bool int_text_of(Interpreter& interp, Value x, std::string* out) {
    if (is_str(interp, x)) {
        *out = str_transform_decimal_and_space(static_cast<StrObject*>(x.obj()));
        return true;
    }
    if (is_bytes_like(interp, x)) {
        auto view = bytes_like_view(x);
        out->assign(reinterpret_cast<const char*>(view.data()), view.size());
        return true;
    }
    return false;
}

// int(x=0, /, base=10)
Result<Ref> int_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    Value argv[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"int", {"", "base"}, 0, 1, 0}, argv));
    Value x = argv[0], base_arg = argv[1];
    Ref result;
    if (x.is_null()) {
        if (!base_arg.is_null())
            return interp.raise(interp.exc.TypeError, "int() missing string argument");
        result = Ref::small_int(0);
    } else if (!base_arg.is_null()) {
        BASTION_TRY_ASSIGN(int64_t base, index_to_i64(interp, base_arg));
        if (base != 0 && (base < 2 || base > 36))
            return interp.raise(interp.exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        std::string text;
        if (!int_text_of(interp, x, &text))
            return interp.raise(interp.exc.TypeError, "int() can't convert non-string with explicit base");
        BASTION_TRY_ASSIGN(result, int_from_text(interp, text, static_cast<int>(base), x));
    } else if (is_int(interp, x)) {
        BASTION_TRY_ASSIGN(result, int_new_of_type(interp, interp.types.int_, x));
    } else if (is_float(interp, x)) {
        BASTION_TRY_ASSIGN(result, int_from_double(interp, float_value(x)));
    } else {
        std::string text;
        if (int_text_of(interp, x, &text)) {
            BASTION_TRY_ASSIGN(result, int_from_text(interp, text, 10, x));
        } else {
            BASTION_TRY_ASSIGN(result, to_int(interp, x));
        }
    }
    if (type == interp.types.int_)
        return result;
    return int_new_of_type(interp, type, result);
}

template <bc::BinaryOpKind K>
Result<Ref> int_binary_slot(Interpreter& interp, Value a, Value b) {
    return int_binary_op(interp, K, a, b);
}

} // namespace

void init_int_slots(Interpreter& interp) {
    Type* t = interp.types.int_;
    t->flags |= kTypeBaseType | kTypeIntSubclass;
    t->instance_size = sizeof(IntObject);
    t->repr = int_repr;
    t->str = int_repr;
    t->hash = int_hash_slot;
    t->richcompare = int_richcompare;
    t->tp_new = int_tp_new;
    t->destroy = destroy_as<IntObject>;
    t->number.truth = int_truth;
    t->number.to_int = int_to_exact;
    t->number.index = int_to_exact;
    t->number.to_float = int_to_float_slot;
    t->number.negative = int_negative;
    t->number.positive = int_to_exact;
    t->number.absolute = int_absolute;
    t->number.invert = int_invert;
    t->number.divmod = int_divmod;
    t->number.power3 = int_power;
    using K = bc::BinaryOpKind;
    auto& bin = t->number.binary;
    bin[static_cast<int>(K::Add)] = int_binary_slot<K::Add>;
    bin[static_cast<int>(K::And)] = int_binary_slot<K::And>;
    bin[static_cast<int>(K::FloorDivide)] = int_binary_slot<K::FloorDivide>;
    bin[static_cast<int>(K::LShift)] = int_binary_slot<K::LShift>;
    bin[static_cast<int>(K::Multiply)] = int_binary_slot<K::Multiply>;
    bin[static_cast<int>(K::Remainder)] = int_binary_slot<K::Remainder>;
    bin[static_cast<int>(K::Or)] = int_binary_slot<K::Or>;
    bin[static_cast<int>(K::Power)] = [](Interpreter& i, Value a, Value b) { return int_power(i, a, b, Value()); };
    bin[static_cast<int>(K::RShift)] = int_binary_slot<K::RShift>;
    bin[static_cast<int>(K::Subtract)] = int_binary_slot<K::Subtract>;
    bin[static_cast<int>(K::TrueDivide)] = int_true_divide;
    bin[static_cast<int>(K::Xor)] = int_binary_slot<K::Xor>;
}

// --- Bootstrap entry points for numbers and text (objects/bootstrap.h) ------------------------------

void init_number_slots(Interpreter& interp) {
    init_int_slots(interp);
    init_bool_slots(interp); // copies int's slots: must come after int
    init_float_slots(interp);
    init_complex_slots(interp);
    init_str_slots(interp);
    init_bytes_slots(interp);
}

Status init_number_methods(Interpreter& interp) {
    BASTION_TRY(init_int_methods(interp));
    BASTION_TRY(init_bool_methods(interp));
    BASTION_TRY(init_float_methods(interp));
    BASTION_TRY(init_complex_methods(interp));
    BASTION_TRY(init_str_methods(interp));
    return init_bytes_methods(interp);
}

} // namespace bastion
