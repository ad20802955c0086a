// exception_types.h: helpers shared by exception_object.cpp (BaseException) and
// exception_types.cpp (the subclasses with attributes of their own). Private to objects/.
#pragma once

#include <string_view>

#include "objects/exception_object.h"
#include "objects/tuple_object.h"
#include "objects/value.h"

namespace bastion {

ExceptionObject* exc_of(Value v);
// The args tuple (the empty tuple when unset).
TupleObject* exc_args(Interpreter&, Value self);
// Fields kept in ExceptionObject::fields, not the instance __dict__ (borrowed; null when absent).
Value exc_dict_get(Interpreter&, Value self, std::string_view key);
Status exc_dict_set(Interpreter&, Value self, std::string_view key, Value value); // null value: delete

void init_exception_subtype_slots(Interpreter&);
Status init_exception_subtype_methods(Interpreter&);

} // namespace bastion
