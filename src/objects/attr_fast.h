// attr_fast.h: the attribute entry points of the interpreter loop's LOAD_ATTR, STORE_ATTR
// and LOAD_METHOD, for names already interned (every co_names entry is): get_attr,
// set_attr and get_method (abstract.h) without the interning step, and with the generic
// algorithm called directly when the type uses it. Same results, errors and order of
// lookups as the abstract.h functions, which call these after interning.
// Implemented in objects/abstract_attr.cpp.
#pragma once

#include "objects/type.h"

namespace bastion {

struct StrObject;

// `name` must be interned (checked).
Result<Ref> get_attr_interned(Interpreter&, Value obj, StrObject* name);
Status set_attr_interned(Interpreter&, Value obj, StrObject* name, Value value);
Status get_method_interned(Interpreter&, Value obj, StrObject* name, Ref* method, bool* is_unbound);

// LOAD_METHOD on a super object (`super().m(...)`, objects/descriptors.cpp): true when
// super's own attribute lookup would bind a plain Python function to the instance; then
// *func is that function and *self the instance, and no bound method is made (the call
// receives the same arguments). False, touching nothing, in every other case (the
// generic path then runs the lookup).
bool super_method(Interpreter&, Value super_obj, StrObject* name, Ref* func, Ref* self);

// CALL of an object whose type is exactly method_descriptor (list.append, dict.get, ...):
// the same result, errors and checks as call(), without its dispatch (objects/native.cpp).
Result<Ref> call_method_descriptor(Interpreter&, Value descr, CallArgs args);

} // namespace bastion
