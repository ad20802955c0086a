// slots.h: __slots__ support for class creation and the member_descriptor type
// (implemented in objects/slots.cpp).
#pragma once

#include "objects/value.h"

namespace bastion {

struct DictObject;
struct Type;

// Reads `__slots__` from the new class's namespace `ns` (if present): validates it, adds a
// member descriptor per slot and chooses the instance storage. *adds_dict is set to
// whether instances get a __dict__ (only when "__dict__" is listed and no base has one);
// it is left alone when there is no __slots__.
Status apply_slots(Interpreter&, Type* t, DictObject* ns, bool* adds_dict, bool* adds_weakref);
// Gives member_descriptor its get/set/repr.
void init_member_descriptor_slots(Interpreter&);

} // namespace bastion
