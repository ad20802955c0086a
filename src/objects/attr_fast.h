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

} // namespace bastion
