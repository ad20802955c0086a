// int_format.cpp: int's methods and properties — bit_length, bit_count, to_bytes,
// from_bytes, as_integer_ratio, conjugate, __round__/__trunc__/__floor__/__ceil__,
// __format__ (through objects/str_format.cpp), real/imag/numerator/denominator.
#include <algorithm>
#include <new>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_format.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

Result<Ref> exact(Interpreter& interp, Value self) { return int_new_of_type(interp, interp.types.int_, self); }

Result<Ref> m_bit_length(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "int.bit_length", 0, 0));
    return int_from_u64(interp, bigint::bit_length(int_to_bigint(self)));
}

Result<Ref> m_bit_count(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "bit_count", 0, 0));
    return int_from_u64(interp, bigint::bit_count(int_to_bigint(self)));
}

Result<Ref> m_conjugate(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "conjugate", 0, 0));
    return exact(interp, self);
}

Result<Ref> m_as_integer_ratio(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "as_integer_ratio", 0, 0));
    BASTION_TRY_ASSIGN(Ref n, exact(interp, self));
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {n.get(), Value::small_int(1)}));
    return std::move(t).into_ref();
}

Result<Ref> m_trunc(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__trunc__", 0, 0));
    return exact(interp, self);
}

// CPython: _PyLong_Round — round half to even at 10**-ndigits.
Result<Ref> m_round(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__round__", 0, 1));
    if (args.npos == 0 || args.items[0].is(Value(interp.none)))
        return exact(interp, self);
    BASTION_TRY_ASSIGN(int64_t nd, index_to_i64(interp, args.items[0]));
    if (nd >= 0)
        return exact(interp, self);
    bigint::BigInt a = int_to_bigint(self);
    uint64_t k = nd == INT64_MIN ? UINT64_MAX : static_cast<uint64_t>(-nd);
    if (k > bigint::bit_length(a) / 3 + 2)
        return Ref::small_int(0); // 10**k exceeds 2|a|: rounds to zero
    try {
        bigint::BigInt p = bigint::pow(bigint::from_u64(10), k);
        bigint::BigInt q, r;
        bigint::divmod_floor(a, p, &q, &r);
        int c = bigint::compare(bigint::shift_left(r, 1), p);
        bool q_odd = !q.is_zero() && (q.mag[0] & 1);
        if (c > 0 || (c == 0 && q_odd))
            r = bigint::sub(r, p);
        return int_from_bigint(interp, bigint::sub(a, r));
    } catch (const std::bad_alloc&) {
        return interp.no_memory();
    }
}

Result<Ref> m_format(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__format__", 1, 1));
    if (!is_str(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "__format__() argument must be str");
    BASTION_TRY_ASSIGN(Own<StrObject> s, format_int(interp, self, static_cast<StrObject*>(args.items[0].obj())));
    return std::move(s).into_ref();
}

Result<bool> parse_byteorder(Interpreter& interp, Value v, bool* little) {
    if (v.is_null()) {
        *little = false;
        return true;
    }
    if (!is_str(interp, v))
        return interp.raise(interp.exc.TypeError, "to_bytes() argument 'byteorder' must be str");
    auto* s = static_cast<StrObject*>(v.obj());
    if (s->ascii && s->ascii_view() == "little")
        *little = true;
    else if (s->ascii && s->ascii_view() == "big")
        *little = false;
    else
        return interp.raise(interp.exc.ValueError, "byteorder must be either 'little' or 'big'");
    return true;
}

// to_bytes(length=1, byteorder='big', *, signed=False)
Result<Ref> m_to_bytes(Interpreter& interp, Value self, CallArgs args) {
    Value argv[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 1}, argv));
    int64_t length = 1;
    if (!argv[0].is_null()) {
        BASTION_TRY_ASSIGN(length, index_to_i64(interp, argv[0]));
    }
    if (length < 0)
        return interp.raise(interp.exc.ValueError, "length argument must be non-negative");
    bool little = false;
    BASTION_TRY(parse_byteorder(interp, argv[1], &little));
    bool is_signed = false;
    if (!argv[2].is_null()) {
        BASTION_TRY_ASSIGN(is_signed, is_true(interp, argv[2]));
    }
    bigint::BigInt v = int_to_bigint(self);
    if (v.negative && !is_signed)
        return interp.raise(interp.exc.OverflowError, "can't convert negative int to unsigned");
    // Bits needed: unsigned bit_length, or for signed values one more than the magnitude
    // of v (non-negative) or of -v-1 (negative).
    uint64_t need = v.is_zero() ? 0 : v.negative ? bigint::bit_length(bigint::bit_invert(v)) + 1
                               : bigint::bit_length(v) + (is_signed ? 1 : 0);
    if (static_cast<uint64_t>(length) < (need + 7) / 8 && need > 0)
        return interp.raise(interp.exc.OverflowError, "int too big to convert");
    if (length > kMaxContainerLength)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Own<BytesObject> out, bytes_new_uninit(interp, length));
    uint8_t* p = out->data();
    std::size_t n = static_cast<std::size_t>(length);
    for (std::size_t i = 0; i < n; ++i) { // little-endian magnitude bytes
        std::size_t limb = i / 8;
        p[i] = limb < v.mag.size() ? static_cast<uint8_t>(v.mag[limb] >> (8 * (i % 8))) : 0;
    }
    if (v.negative) { // two's complement: invert and add one
        bool carry = true;
        for (std::size_t i = 0; i < n; ++i) {
            p[i] = static_cast<uint8_t>(~p[i] + (carry ? 1 : 0));
            carry = carry && p[i] == 0;
        }
    }
    if (!little)
        std::reverse(p, p + n);
    return std::move(out).into_ref();
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)
Result<Ref> m_from_bytes(Interpreter& interp, Value cls, CallArgs args) {
    Value argv[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 1}, argv));
    bool little = false;
    BASTION_TRY(parse_byteorder(interp, argv[1], &little));
    bool is_signed = false;
    if (!argv[2].is_null()) {
        BASTION_TRY_ASSIGN(is_signed, is_true(interp, argv[2]));
    }
    Ref data;
    if (is_bytes_like(interp, argv[0])) {
        data = Ref::borrow(argv[0]);
    } else {
        BASTION_TRY_ASSIGN(Own<BytesObject> b, bytes_from_object(interp, argv[0]));
        data = std::move(b).into_ref();
    }
    std::span<const uint8_t> bytes = bytes_like_view(data);
    std::vector<uint64_t> limbs((bytes.size() + 7) / 8, 0);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::size_t k = little ? i : bytes.size() - 1 - i; // k-th least significant byte
        limbs[k / 8] |= static_cast<uint64_t>(bytes[i]) << (8 * (k % 8));
    }
    bigint::BigInt v = bigint::from_limbs(false, limbs);
    if (is_signed && !bytes.empty() && (bytes[little ? bytes.size() - 1 : 0] & 0x80))
        v = bigint::sub(v, bigint::shift_left(bigint::from_u64(1), 8 * bytes.size()));
    BASTION_TRY_ASSIGN(Ref result, int_from_bigint(interp, v));
    if (cls.is(Value(interp.types.int_)))
        return result;
    return call_positional(interp, cls, {result.get()});
}

Result<Ref> g_self(Interpreter& interp, Value self) { return exact(interp, self); }
Result<Ref> g_zero(Interpreter&, Value) { return Ref::small_int(0); }
Result<Ref> g_one(Interpreter&, Value) { return Ref::small_int(1); }

constexpr MethodDef kIntMethods[] = {
    {"bit_length", m_bit_length},
    {"bit_count", m_bit_count},
    {"conjugate", m_conjugate},
    {"as_integer_ratio", m_as_integer_ratio},
    {"to_bytes", m_to_bytes},
    {"from_bytes", m_from_bytes, kMethClass},
    {"__trunc__", m_trunc},
    {"__floor__", m_trunc},
    {"__ceil__", m_trunc},
    {"__round__", m_round},
    {"__format__", m_format},
};

constexpr GetSetDef kIntGetSets[] = {
    {"real", g_self},
    {"imag", g_zero},
    {"numerator", g_self},
    {"denominator", g_one},
};

} // namespace

Status init_int_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.int_, kIntMethods));
    return add_getsets(interp, interp.types.int_, kIntGetSets);
}

} // namespace bastion
