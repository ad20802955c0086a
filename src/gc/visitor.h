// visitor.h: Visitor, what a type's traverse slot calls once per reference it owns
// (CPython's visitproc). The cycle collector and gc.get_referents implement it.
// A traverse function must visit only references the object owns and its destroy slot
// releases; missing one makes cycles through it uncollectable, never unsafe.
#pragma once

#include "objects/value.h"

namespace bastion {

class Visitor {
public:
    void visit(Value v) {
        if (v.is_obj())
            visit_object(v.obj());
    }
    void visit(const Ref& r) { visit(r.get()); }
    void visit(Object* o) {
        if (o != nullptr)
            visit_object(o);
    }
    template <typename T>
    void visit(const Own<T>& o) {
        visit(static_cast<Object*>(o.get()));
    }

protected:
    virtual void visit_object(Object* o) = 0;
    ~Visitor() = default;
};

// The traverse slot of a C++ object type T with a member `void traverse(Visitor&) const`
// that visits every reference T owns (its destroy slot releases the same ones).
template <typename T>
void traverse_as(Object* o, Visitor& v) {
    static_cast<const T*>(o)->traverse(v);
}

// Install the traverse slots of the built-in types (gc/traverse_*.cpp); bootstrap calls
// it after every component set its slots and before types are readied.
void init_gc_slots(Interpreter&);
void init_gc_container_slots(Interpreter&);
void init_gc_core_slots(Interpreter&);
void init_gc_vm_slots(Interpreter&);

} // namespace bastion
