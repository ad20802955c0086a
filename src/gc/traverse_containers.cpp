// traverse_containers.cpp: traverse slots of the container types whose layouts are
// public — tuple, list, dict, set, frozenset and slice — for the cycle collector.
// Iterators, views and descriptors keep private layouts: their traverse is a member next
// to the layout (objects/*.cpp), installed with traverse_as<T> by their init functions.
#include "gc/visitor.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

void tuple_traverse(Object* o, Visitor& v) {
    auto* t = static_cast<TupleObject*>(o);
    const Value* items = t->items();
    for (int64_t i = 0; i < t->size; ++i)
        v.visit(items[i]);
}

void list_traverse(Object* o, Visitor& v) {
    for (const Ref& item : static_cast<ListObject*>(o)->items)
        v.visit(item);
}

void dict_traverse(Object* o, Visitor& v) {
    auto* d = static_cast<DictObject*>(o);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        v.visit(key);
        v.visit(value);
    }
}

void set_traverse(Object* o, Visitor& v) {
    auto* s = static_cast<SetObject*>(o);
    int64_t pos = 0;
    Value key;
    int64_t hash = 0;
    while (set_next(s, &pos, &key, &hash))
        v.visit(key);
}

void slice_traverse(Object* o, Visitor& v) {
    auto* s = static_cast<SliceObject*>(o);
    v.visit(s->start);
    v.visit(s->stop);
    v.visit(s->step);
}

} // namespace

void init_gc_container_slots(Interpreter& interp) {
    auto& t = interp.types;
    t.tuple->traverse = tuple_traverse;
    t.list->traverse = list_traverse;
    t.dict->traverse = dict_traverse;
    t.set->traverse = set_traverse;
    t.frozenset->traverse = set_traverse;
    t.slice->traverse = slice_traverse;
}

} // namespace bastion
