// list_object.h: Python `list`: a growable array of owned references with amortised
// growth and checked sizes. Implemented in objects/list_object.cpp (+ list_sort.cpp).
// Anything that can run Python code (comparisons, keys) must re-read size and items
// after it returns: the list may have changed.
#pragma once

#include <span>
#include <vector>

#include "objects/counted_allocator.h"
#include "objects/value.h"

namespace bastion {

// List storage: counted in the interpreter's memory use (--max-memory); list_reserve
// (list_object.cpp) refuses growth past the limit with MemoryError.
using RefVector = std::vector<Ref, CountedAllocator<Ref>>;

// Releases every item of `items`, last first, as CPython's list_dealloc, list_clear and
// list_ass_slice do: finalizers of the items run in that order (a vector's own destructor
// would release them first to last).
template <class Vector> void release_last_first(Vector& items) {
    while (!items.empty())
        items.pop_back();
}

struct ListObject : Object {
    explicit ListObject(Interpreter& interp) : items(CountedAllocator<Ref>(&interp)) {}
    ~ListObject() { release_last_first(items); }
    ListObject(const ListObject&) = delete;
    ListObject& operator=(const ListObject&) = delete;
    RefVector items;
};

Result<Own<ListObject>> list_new(Interpreter&, std::span<const Value> items = {});
Status list_append(Interpreter&, ListObject* list, Value item);
bool is_list(Interpreter&, Value v);
// list(iterable)
Result<Own<ListObject>> list_from_iterable(Interpreter&, Value iterable);

} // namespace bastion
