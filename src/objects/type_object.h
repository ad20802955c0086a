// type_object.h: the parts of the core object model other components call directly:
// class creation for __build_class__, zero-argument super(), and type queries.
// Implemented in objects/type_object.cpp, mro.cpp and descriptors.cpp.
#pragma once

#include "objects/type.h"

namespace bastion {

// isinstance(v, type) without __instancecheck__.
bool is_type(Interpreter&, Value v);
// The most derived metaclass of `meta` and the metaclasses of `bases`
// ("metaclass conflict: ..." TypeError otherwise). For __build_class__.
Result<Type*> calculate_metaclass(Interpreter&, Type* meta, TupleObject* bases);
// metatype(name, bases, ns, **kwargs) as __build_class__ does after running the class
// body: calls the metaclass (which for `type` runs type.__new__ and type.__init__).
Result<Ref> type_new_from_namespace(Interpreter&, Type* metatype, StrObject* name, TupleObject* bases, DictObject* ns,
                                    CallArgs kwargs);
// `type.__prepare__`: a new empty dict.
Result<Ref> type_prepare_namespace(Interpreter&);
// super(type, obj) for zero-argument super(): the VM passes __class__ and the first local.
Result<Ref> super_new(Interpreter&, Value type, Value obj);
// A heap type's `__module__` / display name "module.Qualname" (builtins omit the module).
std::string type_qualified_name(Interpreter&, Type* t);

} // namespace bastion
