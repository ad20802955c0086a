// generic_alias.h: building types.GenericAlias (`list[int]`) and types.UnionType
// (`int | None`) from native code; the classes live in lib/types.py.
// Implemented in objects/generic_alias.cpp.
#pragma once

#include "vm/interpreter.h"

namespace bastion {

// types.GenericAlias(origin, args).
Result<Ref> make_generic_alias(Interpreter&, Value origin, Value args);
// `a | b` for types, None, GenericAlias and UnionType; NotImplemented for anything else.
Result<Ref> type_union_or(Interpreter&, Value a, Value b);
// Gives a native type a `__class_getitem__` classmethod returning types.GenericAlias.
Status add_class_getitem(Interpreter&, Type*);
// `__class_getitem__` on list, dict, tuple, set, frozenset, enumerate and the exception groups.
Status init_generic_alias_methods(Interpreter&);

} // namespace bastion
