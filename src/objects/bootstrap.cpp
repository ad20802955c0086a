// bootstrap.cpp: bootstrap_types(), the start-up sequence of bootstrap.h — allocate every
// built-in type, let each component fill its slots, make the singletons and interned
// names, ready each type (dict, bases, MRO, slot wrappers, inherited slots), then let
// each component install its methods. Also init_core_slots / init_core_methods.
#include "objects/bootstrap.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "gc/visitor.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"

namespace bastion {

namespace {

Status new_builtin_type(Interpreter& interp, Type** slot, std::string_view name) {
    if (*slot != nullptr)
        return {};
    BASTION_TRY_ASSIGN(Own<Type> t, interp.make<Type>(interp.types.type));
    t->interp = &interp;
    t->name = std::string(name);
    t->qualname = t->name;
    *slot = t.release(); // owned by the interpreter for its whole life
    return {};
}

Status ready_all(Interpreter& interp) {
    // Parents first: ready_builtin_type readies the base chain itself.
#define TYPE(field, pyname) BASTION_TRY(ready_builtin_type(interp, interp.types.field));
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_containers.def"
#include "objects/types_vm.def"
#undef TYPE
#define EXC(name, base) BASTION_TRY(ready_builtin_type(interp, interp.exc.name));
#include "objects/exceptions.def"
#undef EXC
    return {};
}

// Which built-in types a class statement may extend is a fact of the language (CPython's
// Py_TPFLAGS_BASETYPE), decided here in one place rather than by each component.
void set_subclassable(Interpreter& interp) {
    auto& t = interp.types;
    const Type* subclassable[] = {
        t.object, t.type, t.int_, t.float_, t.complex, t.str, t.bytes, t.bytearray, t.tuple, t.list,
        t.dict, t.set, t.frozenset, t.property, t.classmethod, t.staticmethod, t.super, t.enumerate,
        t.zip, t.map, t.filter, t.reversed, t.module,
    };
#define TYPE(field, pyname)                                    \
    {                                                          \
        Type* x = t.field;                                     \
        x->flags &= ~uint32_t(kTypeBaseType);                  \
        for (const Type* s : subclassable)                     \
            if (s == x)                                        \
                x->flags |= kTypeBaseType;                     \
    }
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_containers.def"
#include "objects/types_vm.def"
#undef TYPE
#define EXC(name, base) interp.exc.name->flags |= kTypeBaseType;
#include "objects/exceptions.def"
#undef EXC
}

// Every built-in type in its bases' __subclasses__ lists, in CPython 3.11's order where a
// program can see it: int.__subclasses__() is [bool]; the exception hierarchy is walked
// level by level with siblings in alphabetical order (CPython's static_exceptions table),
// ExceptionGroup last (it is made after the table, having two bases).
Status register_builtin_subclasses(Interpreter& interp) {
#define TYPE(field, pyname) BASTION_TRY(register_subclass(interp, interp.types.field));
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_containers.def"
#include "objects/types_vm.def"
#undef TYPE
    std::vector<std::pair<int, Type*>> exceptions;
#define EXC(name, parent)                                                   \
    if (interp.exc.name != interp.exc.ExceptionGroup) {                     \
        int depth = 0;                                                      \
        for (Type* t = interp.exc.name; t->base != nullptr; t = t->base)    \
            ++depth;                                                        \
        exceptions.emplace_back(depth, interp.exc.name);                    \
    }
#include "objects/exceptions.def"
#undef EXC
    std::stable_sort(exceptions.begin(), exceptions.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->name < b.second->name;
    });
    exceptions.emplace_back(0, interp.exc.ExceptionGroup);
    for (const auto& [depth, t] : exceptions)
        BASTION_TRY(register_subclass(interp, t));
    return {};
}

} // namespace

Status bootstrap_types(Interpreter& interp) {
    // 1. Every Type object. `type` is its own type, so it is made first, untyped.
    {
        BASTION_TRY_ASSIGN(Own<Type> tt, interp.make<Type>(nullptr));
        Type* type_type = tt.release();
        type_type->type = type_type;
        type_type->interp = &interp;
        type_type->name = "type";
        type_type->qualname = "type";
        interp.types.type = type_type;
    }
#define TYPE(field, pyname) BASTION_TRY(new_builtin_type(interp, &interp.types.field, pyname));
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_containers.def"
#include "objects/types_vm.def"
#undef TYPE
#define EXC(name, base) BASTION_TRY(new_builtin_type(interp, &interp.exc.name, #name));
#include "objects/exceptions.def"
#undef EXC
    Type* object = interp.types.object;
#define TYPE(field, pyname)                    \
    if (interp.types.field != object)          \
        interp.types.field->base = object;
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_containers.def"
#include "objects/types_vm.def"
#undef TYPE
#define EXC(name, parent) interp.exc.name->base = interp.exc.name == interp.exc.parent ? object : interp.exc.parent;
#include "objects/exceptions.def"
#undef EXC

    // 2. Slots, per component.
    init_core_slots(interp);
    init_number_slots(interp);
    init_container_slots(interp);
    init_vm_slots(interp);
    init_gc_slots(interp); // traverse slots for the cycle collector (gc/traverse_*.cpp)
    set_subclassable(interp);

    // 3. Singletons, names, then every type's dict, bases, MRO and inherited slots.
    BASTION_TRY(create_singletons(interp));
#define NAME(n)                                  \
    interp.names.n = interp.intern(#n);          \
    if (interp.names.n == nullptr)               \
        return interp.no_memory();
#define NAME_AS(field, text)                     \
    interp.names.field = interp.intern(text);    \
    if (interp.names.field == nullptr)           \
        return interp.no_memory();
#include "objects/names.def"
#undef NAME_AS
#undef NAME
    BASTION_TRY(ready_all(interp));
    (void)interp.no_memory(); // preallocates the MemoryError instance

    // 4. Methods and getsets, per component.
    BASTION_TRY(init_core_methods(interp));
    BASTION_TRY(init_number_methods(interp));
    BASTION_TRY(init_container_methods(interp));
    BASTION_TRY(init_vm_methods(interp));

    // 5. The subclass lists (weak references: the weakref types exist now).
    BASTION_TRY(register_builtin_subclasses(interp));
    return {};
}

void init_core_slots(Interpreter& interp) {
    init_object_slots(interp);
    init_type_slots(interp);
    init_native_slots(interp);
    init_wrapper_descriptor_type(interp);
    init_descriptor_slots(interp);
    init_singleton_slots(interp);
    init_exception_slots(interp);
}

Status init_core_methods(Interpreter& interp) {
    BASTION_TRY(init_object_methods(interp));
    BASTION_TRY(init_type_methods(interp));
    BASTION_TRY(init_native_methods(interp));
    BASTION_TRY(init_descriptor_methods(interp));
    BASTION_TRY(init_exception_methods(interp));
    return {};
}

} // namespace bastion
