// tuple_object.h: Python `tuple`: an immutable, fixed-size array of owned references
// stored inline. Implemented in objects/tuple_object.cpp.
#pragma once

#include <initializer_list>
#include <span>

#include "objects/value.h"

namespace bastion {

struct TupleObject : Object {
    int64_t size = 0;
    int64_t hash_cache = -1;

    Value* items() { return reinterpret_cast<Value*>(this + 1); }
    const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
    std::span<const Value> view() const { return {items(), static_cast<std::size_t>(size)}; }
    Value at(int64_t i) const { // bounds-checked in every build
        BASTION_CHECK(i >= 0 && i < size);
        return items()[i];
    }
    ~TupleObject(); // releases the items
};

// A new tuple holding new references to `items`.
Result<Own<TupleObject>> tuple_from(Interpreter&, std::span<const Value> items);
Result<Own<TupleObject>> tuple_of(Interpreter&, std::initializer_list<Value> items);
// A tuple of `n` null slots for the caller to fill with tuple_set_new (takes ownership).
Result<Own<TupleObject>> tuple_new_uninitialized(Interpreter&, int64_t n);
void tuple_init_item(TupleObject* t, int64_t i, Ref value);
bool is_tuple(Interpreter&, Value v);

} // namespace bastion
