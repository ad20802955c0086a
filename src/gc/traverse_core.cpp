// traverse_core.cpp: traverse slots of the core object model's types with public layouts
// — type objects, exceptions, builtin functions and bound builtin methods — and
// init_gc_slots, which bootstrap calls to install every traverse slot of the built-ins.
#include "gc/visitor.h"
#include "objects/core_internal.h"
#include "objects/exception_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

void type_traverse(Object* o, Visitor& v) {
    auto* t = static_cast<Type*>(o);
    v.visit(t->dict);
    v.visit(t->bases);
    v.visit(t->mro);
    v.visit(t->subclasses);
}

void exception_traverse(Object* o, Visitor& v) {
    auto* e = static_cast<ExceptionObject*>(o);
    v.visit(e->args);
    v.visit(e->traceback);
    v.visit(e->cause);
    v.visit(e->context);
    v.visit(e->notes);
    v.visit(e->fields);
}

void native_function_traverse(Object* o, Visitor& v) {
    auto* f = static_cast<NativeFunctionObject*>(o);
    v.visit(f->self);
    v.visit(f->descr);
}

} // namespace

void init_gc_core_slots(Interpreter& interp) {
    interp.types.type->traverse = type_traverse;
    interp.types.builtin_function->traverse = native_function_traverse;
#define EXC(name, base) interp.exc.name->traverse = exception_traverse;
#include "objects/exceptions.def"
#undef EXC
}

void init_gc_slots(Interpreter& interp) {
    init_gc_core_slots(interp);
    init_gc_container_slots(interp);
    init_gc_vm_slots(interp);
}

} // namespace bastion
