// deque_object.h: `collections.deque` (module `_collections`), shared by deque_module.cpp
// (storage, slots, iterators, module init) and deque_methods.cpp (methods). Storage is a
// ring of owned references whose capacity is a power of two, allocated through
// Interpreter::allocate so --max-memory covers it; every size is checked and every
// index goes through slot(), which is bounds-checked in every build type.
#pragma once

#include <cstdint>

#include "objects/containers_common.h"

namespace bastion {

// The module's deque type carries its two iterator types (made per interpreter when the
// module is imported: no global state).
struct DequeType : Type {
    Type* iter_type = nullptr;
    Type* reviter_type = nullptr;
};

struct DequeObject : Object {
    Interpreter* interp = nullptr; // owner of the ring's accounted memory
    Ref* ring = nullptr;           // cap slots; live items are slot(0) .. slot(len - 1)
    int64_t cap = 0;               // 0 or a power of two
    int64_t head = 0;              // ring index of item 0
    int64_t len = 0;
    int64_t maxlen = -1;           // -1: unbounded
    uint64_t state = 0;            // bumped by every change of size or order (iterators check it)
    ~DequeObject();

    Ref& slot(int64_t i) {
        BASTION_CHECK(i >= 0 && i < len);
        return ring[static_cast<std::size_t>((head + i) & (cap - 1))];
    }
};

bool is_deque(Value v);
DequeType* deque_root_type(Value v); // the module's deque type in v's type's base chain
inline DequeObject* as_deque(Value v) { return static_cast<DequeObject*>(v.obj()); }

// Room for `total` items (MemoryError when absurd or over the memory budget).
Status deque_reserve(Interpreter&, DequeObject* d, int64_t total);
// append / appendleft with the maxlen trim (the trimmed item is released last).
Status deque_append(Interpreter&, DequeObject* d, Ref item);
Status deque_appendleft(Interpreter&, DequeObject* d, Ref item);
Ref deque_pop_back(DequeObject* d);  // len > 0
Ref deque_pop_front(DequeObject* d); // len > 0
void deque_clear(DequeObject* d);
// Remove item i (0 <= i < len); the removed reference is returned to be released by the caller.
Ref deque_remove_at(DequeObject* d, int64_t i);
// Rotate right by n (left when negative), n any int64.
void deque_rotate(DequeObject* d, int64_t n);
Status deque_extend(Interpreter&, DequeObject* d, Value iterable);
Status deque_extendleft(Interpreter&, DequeObject* d, Value iterable);
// copy(): the same type and maxlen (subclasses are called as type(d)(d[, maxlen])).
Result<Ref> deque_copy(Interpreter&, Value self);
// d *= n (n already an int64, negative means 0).
Status deque_inplace_repeat(Interpreter&, DequeObject* d, int64_t n);
Result<Ref> deque_iter_of(Interpreter&, Value self, bool reversed);

Status init_deque_methods(Interpreter&, DequeType* t);

} // namespace bastion
