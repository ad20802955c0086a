// bootstrap.h: the start-up contract between the runtime components.
//
// Interpreter start-up (vm/interpreter.cpp) calls bootstrap_types(), which
//   1. allocates every Type listed in types_*.def and exceptions.def (named, with
//      type = `type`, base = `object` unless set later), so every Type* exists;
//   2. calls each component's init_*_slots(): set base, flags, instance_size and slots
//      of that component's types (no allocation of other objects here);
//   3. creates the singletons (None, True, False, NotImplemented, Ellipsis, the empty
//      str and tuple), interns names.def, gives every type its dict, bases and MRO;
//   4. calls each component's init_*_methods(): install methods and getsets, which
//      needs str and dict to work.
// Then vm/ creates the builtins and sys modules (modules/builtins.cpp, modules/sys.cpp).
#pragma once

#include "objects/value.h"

namespace bastion {

Status bootstrap_types(Interpreter&);
// Adds `sub` to each of its bases' __subclasses__ lists (type_object.cpp).
Status register_subclass(Interpreter&, Type* sub);

// objects/ core: object, type, descriptors, singletons' types, exceptions.
void init_core_slots(Interpreter&);
Status init_core_methods(Interpreter&);
// objects/ numbers and text: int, bool, float, complex, str, bytes, bytearray.
void init_number_slots(Interpreter&);
Status init_number_methods(Interpreter&);
// objects/ containers: tuple, list, dict, set, frozenset, range, slice, iterators.
void init_container_slots(Interpreter&);
Status init_container_methods(Interpreter&);
// vm/: function, method, code, cell, module, frame, traceback, generator.
void init_vm_slots(Interpreter&);
Status init_vm_methods(Interpreter&);

// modules/: builtins and sys (called after bootstrap_types by the Interpreter).
Status init_builtins_module(Interpreter&);
Status init_sys_module(Interpreter&);

} // namespace bastion
