// traverse_vm.cpp: traverse slots of the VM's object types — functions, bound methods,
// cells, modules, frame objects, tracebacks and generators (with their suspended frame).
// Thread frames are not objects: what they hold stays external, so it is never collected.
#include "gc/visitor.h"
#include "vm/cell.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/module.h"
#include "vm/traceback.h"

namespace bastion {

namespace {

void function_traverse(Object* o, Visitor& v) {
    auto* f = static_cast<FunctionObject*>(o);
    v.visit(f->code);
    v.visit(f->globals);
    v.visit(f->builtins);
    v.visit(f->name);
    v.visit(f->qualname);
    v.visit(f->defaults);
    v.visit(f->kwdefaults);
    v.visit(f->closure);
    v.visit(f->annotations);
    v.visit(f->doc);
    v.visit(f->module);
}

void method_traverse(Object* o, Visitor& v) {
    auto* m = static_cast<MethodObject*>(o);
    v.visit(m->func);
    v.visit(m->self);
}

void cell_traverse(Object* o, Visitor& v) { v.visit(static_cast<CellObject*>(o)->contents); }

void module_traverse(Object* o, Visitor& v) { v.visit(static_cast<ModuleObject*>(o)->dict); }

void frame_object_traverse(Object* o, Visitor& v) {
    auto* f = static_cast<FrameObject*>(o);
    v.visit(f->code);
    v.visit(f->globals);
    v.visit(f->builtins);
    v.visit(f->locals);
    v.visit(f->back);
}

void traceback_traverse(Object* o, Visitor& v) {
    auto* tb = static_cast<TracebackObject*>(o);
    v.visit(tb->next);
    v.visit(tb->frame);
}

void generator_traverse(Object* o, Visitor& v) {
    auto* gen = static_cast<GeneratorObject*>(o);
    v.visit(gen->name);
    v.visit(gen->qualname);
    v.visit(gen->exc_state.exc); // also while running: its entry stays in the generator
    v.visit(gen->code);
    v.visit(gen->ag_finalizer);
    // A running generator's frame is in the hands of the interpreter loop: what it holds
    // counts as external (reachable), like any thread frame.
    if (!gen->frame_live || gen->running)
        return;
    Frame* f = gen->frame();
    // Only what the frame owns: globals and builtins borrowed from the function are
    // reported by the function (Frame explains the borrowing).
    v.visit(f->func);
    if (FrameExtras* x = f->extras()) {
        v.visit(x->code_ref);
        v.visit(x->globals_ref);
        v.visit(x->builtins_ref);
        v.visit(x->locals);
        v.visit(x->frame_object);
        v.visit(x->locals_cache);
    }
    Ref* slots = f->slots();
    for (uint32_t i = 0; i < f->nslots; ++i)
        v.visit(slots[i]);
}

} // namespace

void init_gc_vm_slots(Interpreter& interp) {
    auto& t = interp.types;
    t.function->traverse = function_traverse;
    t.method->traverse = method_traverse;
    t.cell->traverse = cell_traverse;
    t.module->traverse = module_traverse;
    t.frame->traverse = frame_object_traverse;
    t.traceback->traverse = traceback_traverse;
    t.generator->traverse = generator_traverse;
    t.coroutine->traverse = generator_traverse; // the same object, another type
    t.async_generator->traverse = generator_traverse;
}

} // namespace bastion
