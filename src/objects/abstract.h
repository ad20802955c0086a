// abstract.h: the object protocol every component calls — attribute access, calls,
// operators, comparison, hashing, conversion to text, iteration, subscripting — with
// CPython's dispatch rules (reflected operands, subclass priority, NotImplemented).
// Implemented in objects/abstract_*.cpp. All functions take borrowed Values.
#pragma once

#include <string>
#include <string_view>

#include "bytecode/opcodes.h"
#include "objects/type.h"

namespace bastion {

// --- Attributes ---------------------------------------------------------------------------
Result<Ref> get_attr(Interpreter&, Value obj, StrObject* name);
// Like get_attr but an AttributeError becomes a null Ref (for hasattr, getattr default, ...).
Result<Ref> get_attr_opt(Interpreter&, Value obj, StrObject* name);
Status set_attr(Interpreter&, Value obj, StrObject* name, Value value);
Status del_attr(Interpreter&, Value obj, StrObject* name);
// Generic implementations used as the getattr/setattr slots of most types (descriptors,
// instance __dict__, then the class), as CPython's PyObject_GenericGetAttr.
Result<Ref> generic_getattr(Interpreter&, Value obj, StrObject* name);
Status generic_setattr(Interpreter&, Value obj, StrObject* name, Value value);
// Look `name` up along type's MRO without descriptors; borrowed, null if absent.
Value type_lookup(Type* type, StrObject* name);
// For LOAD_METHOD: if `name` resolves to a plain function/method descriptor on the type
// (not shadowed by the instance), *method receives it unbound and *is_unbound is true;
// otherwise *method receives the ordinary attribute value.
Status get_method(Interpreter&, Value obj, StrObject* name, Ref* method, bool* is_unbound);

// --- Calls ----------------------------------------------------------------------------------
Result<Ref> call(Interpreter&, Value callable, CallArgs args);
Result<Ref> call_positional(Interpreter&, Value callable, std::initializer_list<Value> args);
// Call obj.name(args...) (looks the method up, then calls).
Result<Ref> call_method(Interpreter&, Value obj, StrObject* name, std::initializer_list<Value> args);
bool is_callable(Interpreter&, Value v);

// --- Operators ------------------------------------------------------------------------------
Result<Ref> binary_op(Interpreter&, bc::BinaryOpKind kind, Value lhs, Value rhs); // incl. in-place kinds
Result<Ref> unary_negative(Interpreter&, Value);
Result<Ref> unary_positive(Interpreter&, Value);
Result<Ref> unary_invert(Interpreter&, Value);
Result<Ref> absolute(Interpreter&, Value);
Result<Ref> power3(Interpreter&, Value base, Value exp, Value mod); // pow() with a modulus (mod may be None)
Result<Ref> divmod(Interpreter&, Value, Value);
Result<Ref> rich_compare(Interpreter&, Value lhs, Value rhs, bc::CompareOpKind op);
Result<bool> rich_compare_bool(Interpreter&, Value lhs, Value rhs, bc::CompareOpKind op); // identity shortcut for Eq/Ne
Result<bool> equals(Interpreter&, Value lhs, Value rhs);                                // identity implies equal
Result<bool> is_true(Interpreter&, Value);                                              // truth value
Result<int64_t> hash(Interpreter&, Value);
Result<bool> contains(Interpreter&, Value container, Value item); // `item in container`

// --- Conversions ----------------------------------------------------------------------------
Result<Own<StrObject>> repr(Interpreter&, Value);
Result<Own<StrObject>> str(Interpreter&, Value);
Result<Own<StrObject>> ascii(Interpreter&, Value);
Result<Own<StrObject>> format(Interpreter&, Value, StrObject* spec); // format(value, spec)
Result<Ref> index(Interpreter&, Value);                              // operator.index: an int or TypeError
Result<int64_t> index_to_i64(Interpreter&, Value);                   // __index__ then range check (OverflowError)
Result<Ref> to_int(Interpreter&, Value);                             // int(x)
Result<Ref> to_float(Interpreter&, Value);                           // float(x)

// --- Iteration ------------------------------------------------------------------------------
Result<Ref> get_iter(Interpreter&, Value);
// Next item or a null Ref when exhausted; a StopIteration raised by a Python __next__
// is turned into exhaustion here.
// The next item, null at exhaustion. Charges one step of the budget (Interpreter::charge_steps):
// native loops over iterators must not outrun --max-steps. FOR_ITER, whose instruction is the
// step, uses the uncharged form.
Result<Ref> iter_next(Interpreter&, Value iterator);
Result<Ref> iter_next_uncharged(Interpreter&, Value iterator);

// --- Containers ------------------------------------------------------------------------------
Result<Ref> get_item(Interpreter&, Value container, Value key);
Status set_item(Interpreter&, Value container, Value key, Value value);
Status del_item(Interpreter&, Value container, Value key);
Result<int64_t> length(Interpreter&, Value); // len()

// --- Types ----------------------------------------------------------------------------------
bool is_subtype(Type* sub, Type* base); // via the MRO
bool is_instance_exact(Interpreter&, Value v, Type* t);
Result<bool> is_instance(Interpreter&, Value v, Value cls);   // isinstance(), incl. tuples and __instancecheck__
Result<bool> is_subclass(Interpreter&, Value cls, Value base); // issubclass()

// UTF-8 text of a str object (allocation-free view valid while the object lives is not
// possible for non-ASCII compact strings, so this copies).
std::string to_utf8(StrObject* s);

} // namespace bastion
