// int_object.h: Python `int` (and the layout of `bool`). Values in Value's small range
// travel as tagged small ints and never allocate; everything else is an IntObject:
// sign-magnitude, little-endian 64-bit limbs stored inline (GMP's mp_limb_t layout).
//
// Canonical form: an object of exact type `int` is boxed only when its value is outside
// the small range, so `v.is_small_int()` decides the fast path. Instances of int
// subclasses (bool, user classes) are always IntObjects, whatever their value; they
// carry at most one limb for small values. The kernels live in support/bigint.
// Implemented in objects/int_object.cpp (construction, conversion, hashing, comparison),
// int_ops.cpp (operators) and int_format.cpp (text, methods).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "bytecode/opcodes.h"
#include "objects/value.h"
#include "support/bigint.h"

namespace bastion {

struct StrObject;

struct IntObject : Object {
    int64_t nlimbs = 0; // magnitude limbs, no high zero limb (0 limbs == the value 0)
    bool negative = false;

    uint64_t* limbs() { return reinterpret_cast<uint64_t*>(this + 1); }
    const uint64_t* limbs() const { return reinterpret_cast<const uint64_t*>(this + 1); }
    std::span<const uint64_t> magnitude() const { return {limbs(), static_cast<std::size_t>(nlimbs)}; }
};

// --- Construction ---------------------------------------------------------------------------
Result<Ref> int_from_i64(Interpreter&, int64_t v);
Result<Ref> int_from_u64(Interpreter&, uint64_t v);
Result<Ref> int_from_i128(Interpreter&, __int128 v);
// Code constants (bc::Constant's sign and limbs).
Result<Ref> int_from_constant(Interpreter&, bool negative, std::span<const uint64_t> limbs);
Result<Ref> int_from_bigint(Interpreter&, const bigint::BigInt& v);
// An instance of `type` (int, bool or a subclass of int) with the value of int `v`.
Result<Ref> int_new_of_type(Interpreter&, Type* type, Value v);
// int(d): OverflowError for infinities, ValueError for NaN; truncates toward zero.
Result<Ref> int_from_double(Interpreter&, double d);
// int(text, base): base 0 or 2..36, with Python's underscore, sign and whitespace rules.
// `original` (a str or bytes) is what the error message shows.
Result<Ref> int_from_text(Interpreter&, std::string_view ascii_text, int base, Value original);

// --- Queries (v must be an int or an instance of a subclass, incl. bool) ---------------------
bool is_int(Interpreter&, Value v);          // int or subclass incl. bool
bool is_int_exact(Interpreter&, Value v);    // exactly int
bool int_to_i64(Value v, int64_t* out);      // false if not an int or out of range
bigint::BigInt int_to_bigint(Value v);
int int_sign(Value v); // -1, 0, 1
// float(v), correctly rounded; OverflowError "int too large to convert to float".
Result<double> int_to_double(Interpreter&, Value v);
// Exact comparison with a double (NaN compares unordered: returns 2).
int int_compare_double(Value v, double d);
int int_compare(Value a, Value b); // -1, 0, 1
int64_t int_hash(Value v);

// --- Text -----------------------------------------------------------------------------------
std::string int_to_decimal(Value v);
// Before converting v to text in `base`: MemoryError when its digits could not fit in the
// memory left, so a huge int fails before the (superlinear) conversion does any work.
Status int_text_reserve(Interpreter&, Value v, int base);
// hex()/oct()/bin() and format's x/o/b: `prefix` adds 0x/0o/0b after the sign.
Result<Own<StrObject>> int_to_base_str(Interpreter&, Value v, int base, bool prefix);

// --- Operators (the number slots; NotImplemented unless both operands are ints) ------------
Result<Ref> int_binary_op(Interpreter&, bc::BinaryOpKind kind, Value a, Value b);
Result<Ref> int_power(Interpreter&, Value base, Value exp, Value mod); // mod: null or None for pow(a, b)
Result<Ref> int_divmod(Interpreter&, Value a, Value b);
Result<Ref> int_true_divide(Interpreter&, Value a, Value b);
Result<Ref> int_negative(Interpreter&, Value a);
Result<Ref> int_invert(Interpreter&, Value a);
Result<Ref> int_absolute(Interpreter&, Value a);
// Rich comparison of two ints (no NotImplemented path).
bool int_compare_op(Value a, Value b, bc::CompareOpKind op);

// Raise OverflowError/MemoryError when an int of `bits` bits may not be built.
Status int_check_bits(Interpreter&, uint64_t bits);

// --- bool ---------------------------------------------------------------------------------
// bool instances are IntObjects of type `bool` with value 0 or 1 (0 or 1 limb).
// Bootstrap (objects/ core) creates interp.true_/false_ with this.
Result<Own<Object>> make_bool_singleton(Interpreter&, bool value);

// Installs the int methods (int_format.cpp); called from init_number_methods.
Status init_int_methods(Interpreter&);
Status init_bool_methods(Interpreter&);
void init_int_slots(Interpreter&);
void init_bool_slots(Interpreter&);

} // namespace bastion
