// teardown.cpp: the end of an interpreter's life, after ~Interpreter released its roots
// (handled exceptions, sys, sys.modules, builtins, the codec error registry, frames): the order in which the last
// finalizers run, then freeing every object, interned name, singleton and type, so that
// nothing is left for LeakSanitizer (or for the mimalloc heap's destruction) to find.
//
// Order (docs/architecture.md "Teardown"):
//  0. (gc_run_exit_functions, first thing in ~Interpreter, while sys.modules and every
//     module still exist) the `atexit` module's functions run, newest first; weakref.finalize
//     objects with atexit=True are called from there.
//  1. A full collection: the cyclic garbage the releases left (module namespaces, classes,
//     closures) is finalized as in any collection — weakref callbacks first, then each
//     __del__ once, in tracking order (oldest first).
//  2. Finalizers of objects that are still alive and not finalized (referenced only from
//     something teardown cannot release, such as a generator that refused to close) run,
//     oldest first; then another full collection.
//  3. From here no Python code runs: no finalizer, weakref callback or generator close.
//  4. The built-in and module-made static types drop their dicts, bases and MROs.
//  5. Every object still tracked is cleared and freed together, as the collector frees
//     garbage. An object that something untracked still refers to (a reference leak)
//     is cleared but not freed.
//  6. (~Interpreter) interned names; then the singletons; then the types, `type` last.
#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/vm_state.h"

namespace bastion {

using GcState = Interpreter::GcState;

namespace {

// Every tracked object, oldest generation first, creation order within.
std::vector<Object*> tracked_objects(GcState& g) {
    std::vector<Object*> out;
    auto add = [&](GcList& list) {
        for (GcHeader* h = list.head.next; h != &list.head; h = h->next)
            out.push_back(gc_object(h));
    };
    add(g.permanent);
    for (int i = GcState::kGenerations - 1; i >= 0; --i)
        add(g.generations[i]);
    return out;
}

void run_remaining_finalizers(Interpreter& interp) {
    std::vector<Ref> pending;
    for (Object* o : tracked_objects(interp.gc()))
        if ((gcb::block_word(o) & gcb::kFinalized) == 0 && gc_has_finalizer(interp, o))
            pending.push_back(Ref::borrow(Value(o)));
    for (const Ref& r : pending)
        if ((gcb::block_word(r.obj()) & gcb::kFinalized) == 0)
            gc_finalize(interp, r.obj());
}

// Frees a block whatever its count (singletons and types at the very end: only leaked,
// never-touched-again objects can still point at them).
void free_block(Interpreter& interp, Object* o) {
    uint64_t& word = gcb::block_word(o);
    BASTION_CHECK((word & gcb::kTagMask) == gcb::kTagLive);
    bool gc = (word & gcb::kHasGcHeader) != 0;
    if (gc)
        gc_untrack(interp, o);
    if ((word & gcb::kHasWeakrefs) != 0)
        (void)gc_clear_weakrefs(interp, o); // callbacks never run now
    uint64_t size = word & gcb::kSizeMask;
    word = (word & ~gcb::kTagMask) | gcb::kTagFreed;
    o->refcount = 0;
    char* block = reinterpret_cast<char*>(o) - gcb::kPrefixBytes - (gc ? sizeof(GcHeader) : 0);
    interp.deallocate(block, size);
}

// Step 5: clear and free every tracked object, like the collector's garbage.
void free_tracked(Interpreter& interp) {
    GcState& g = interp.gc();
    // Instances' dicts taken in (gc_state.h) that something else refers to as well are
    // tracked again first, so they are cleared and freed with the rest.
    for (Object* o : tracked_objects(g))
        if (o->type->has_flag(kTypeManagedDict))
            gc_dict_leaves_slot(interp, o, false);
    std::vector<Object*> all = tracked_objects(g);
    for (Object* o : all)
        incref(o); // our hold: nothing below frees one under our feet
    for (Object* o : all)
        if ((gcb::block_word(o) & gcb::kHasWeakrefs) != 0)
            (void)gc_clear_weakrefs(interp, o);
    for (Object* o : all)
        GcList::unlink(gc_header(o));
    // Instances first, heap types after, so no destroy slot reads a cleared type.
    std::vector<Type*> heap_types;
    for (int pass = 0; pass < 2; ++pass) {
        for (Object* o : all) {
            bool is_type = o->type->has_flag(kTypeTypeSubclass);
            if (is_type != (pass == 1))
                continue;
            Type* t = o->type;
            if (t->destroy != nullptr)
                t->destroy(o);
            if (t->has_flag(kTypeManagedDict))
                managed_dict(o).reset();
            if (t->has_flag(kTypeHeap))
                heap_types.push_back(t);
        }
        for (Type* t : heap_types)
            decref(t); // held: only lowers the count
        heap_types.clear();
    }
    for (Object* o : all) {
        if (o->refcount == 1) {
            free_block(interp, o);
        } else {
            // Still referenced from an untracked object that leaked: cleared, left alone.
            --o->refcount;
        }
    }
}

} // namespace

namespace {

// Calls an atexit handler, a (func, args tuple, kwargs dict) triple, as func(*args, **kwargs).
Result<Ref> call_exit_handler(Interpreter& interp, TupleObject* handler) {
    Value func = handler->at(0);
    Value args = handler->at(1);
    Value kwargs = handler->at(2);
    if (!is_tuple(interp, args) || !is_dict(interp, kwargs))
        return interp.raise(interp.exc.TypeError, "malformed atexit handler");
    std::vector<Value> items(static_cast<TupleObject*>(args.obj())->view().begin(),
                             static_cast<TupleObject*>(args.obj())->view().end());
    std::vector<Ref> keep; // the kwargs' keys and values, alive across the call
    std::vector<Value> names;
    int64_t pos = 0;
    Value key, value;
    while (dict_next(static_cast<DictObject*>(kwargs.obj()), &pos, &key, &value)) {
        if (!is_str(interp, key))
            return interp.raise(interp.exc.TypeError, "keywords must be strings");
        StrObject* name = interp.intern(static_cast<StrObject*>(key.obj()));
        if (name == nullptr)
            return interp.no_memory();
        keep.push_back(Ref::borrow(value));
        names.push_back(Value(name));
    }
    Own<TupleObject> kwnames;
    if (!names.empty()) {
        BASTION_TRY_ASSIGN(kwnames, tuple_from(interp, names));
        for (const Ref& v : keep)
            items.push_back(v.get());
    }
    return call(interp, func, CallArgs{items.data(), items.size() - names.size(), kwnames.get()});
}

} // namespace

void gc_run_exit_functions(Interpreter& interp) {
    if (!interp.modules || !is_dict(interp, interp.modules))
        return;
    StrObject* name = interp.intern("atexit");
    StrObject* pop_name = interp.intern("_pop");
    if (name == nullptr || pop_name == nullptr)
        return;
    Ref module = Ref::borrow(dict_get_str(static_cast<DictObject*>(interp.modules.obj()), name));
    if (!module)
        return;
    auto pop = get_attr(interp, module, pop_name);
    if (!pop.ok())
        return;
    // Each handler is taken off the list before it runs, so one that registers another
    // (or fails) cannot make this loop run forever; a failing _pop (the step budget is
    // spent, or memory) ends it.
    for (;;) {
        auto handler = call(interp, pop.value(), CallArgs{});
        if (!handler.ok() || !is_tuple(interp, handler.value()))
            return;
        auto* triple = static_cast<TupleObject*>(handler.value().obj());
        if (triple->size != 3)
            return;
        auto r = call_exit_handler(interp, triple);
        if (r.ok())
            continue;
        std::string text = "<object>";
        if (auto rr = repr(interp, triple->at(0)); rr.ok())
            text = to_utf8(rr.value().get());
        if (interp.write_stderr)
            interp.write_stderr("Exception ignored in atexit callback: " + text + "\n");
        interp.print_exception(r.error().exception);
    }
}

void gc_teardown_objects(Interpreter& interp) {
    GcState& g = interp.gc();
    // 1.
    gc_shutdown(interp);
    // 2.
    run_remaining_finalizers(interp);
    (void)gc_collect(interp, GcState::kGenerations - 1, "shutdown");
    // 3. What the finalizers left in the VM state goes before any object is cleared.
    g.finalizers_off = true;
    attr_sites_forget_all(interp); // the code objects' attribute entries (type_cache.h)
    interp.vm().exc_info = &interp.vm().thread_exc; // nothing runs any more: only the thread's entry
    interp.vm().thread_exc.exc.reset();
    interp.vm().repr_stack.clear();
    interp.vm().frame_stack.release_all(interp);
    for (Object* o : tracked_objects(g)) {
        if (is_generator_object(interp, o)) {
            auto* gen = static_cast<GeneratorObject*>(o);
            if (gen->frame_live && gen->frame()->state == FrameState::Suspended)
                gen->frame()->state = FrameState::Completed; // released, never resumed
        }
    }
    // 4. Static types: the built-ins, and those modules made (tracked, not heap types).
    auto& st = g.static_types;
#define TYPE(field, pyname) st.push_back(interp.types.field);
#include "objects/types_containers.def"
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_vm.def"
#undef TYPE
#define EXC(name, base) st.push_back(interp.exc.name);
#include "objects/exceptions.def"
#undef EXC
    for (Object* o : tracked_objects(g)) {
        if (o->type == interp.types.type && !static_cast<Type*>(o)->has_flag(kTypeHeap)) {
            gc_untrack(interp, o);
            st.push_back(static_cast<Type*>(o));
        }
    }
    for (Object* o : {interp.none, interp.true_, interp.false_, interp.not_implemented, interp.ellipsis,
                      static_cast<Object*>(interp.empty_str), static_cast<Object*>(interp.empty_tuple)})
        if (o != nullptr && has_gc_header(o))
            gc_untrack(interp, o);
    for (Type* t : st) {
        t->dict.reset();
        t->bases.reset();
        t->mro.reset();
        t->subclasses.reset();
    }
    // 5.
    free_tracked(interp);
}

void gc_teardown_types(Interpreter& interp) {
    // The interpreter's own reference to each singleton; freed even when a leaked object
    // still counts one.
    for (Object* o : {interp.none, interp.true_, interp.false_, interp.not_implemented, interp.ellipsis,
                      static_cast<Object*>(interp.empty_str), static_cast<Object*>(interp.empty_tuple)}) {
        if (o == nullptr)
            continue;
        if (o->type->destroy != nullptr)
            o->type->destroy(o);
        free_block(interp, o);
    }
    interp.none = interp.true_ = interp.false_ = interp.not_implemented = interp.ellipsis = nullptr;
    interp.empty_str = nullptr;
    interp.empty_tuple = nullptr;
    Type* type_type = interp.types.type;
    for (Type* t : interp.gc().static_types) {
        if (t == type_type)
            continue;
        t->~Type();
        free_block(interp, t);
    }
    interp.gc().static_types.clear();
    type_type->~Type();
    free_block(interp, type_type);
    interp.gc().release_free_blocks();
}

} // namespace bastion
