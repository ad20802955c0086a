// module.h: module objects — a name and a namespace dict (`__dict__`), attribute access
// through that dict, repr <module 'x'>. Implemented in vm/module.cpp.
// Not for: finding or loading modules (vm/import.cpp).
#pragma once

#include <string_view>

#include "objects/value.h"

namespace bastion {

struct DictObject;

struct ModuleObject : Object {
    Ref dict;            // DictObject, never null
    bool builtin = false; // repr says "(built-in)" when there is no __file__
};

// A new module named `name` with __name__, __doc__ (None), __package__, __loader__ and
// __spec__ (None) set in its dict.
Result<Ref> module_new(Interpreter&, std::string_view name);
// The namespace of a module (borrowed). `module` must be a module.
DictObject* module_dict(Value module);
bool is_module(Interpreter&, Value v);

void init_module_type_slots(Interpreter&);
Status init_module_type_methods(Interpreter&);

} // namespace bastion
