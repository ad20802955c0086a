// eval_moves.cpp: see eval_moves.h (BUILD_TUPLE's body, moving the items off the stack).
#include "vm/eval_moves.h"

#include "objects/tuple_object.h"
#include "support/assert.h"

namespace bastion {

Result<Ref> build_tuple_moved(Interpreter& interp, Ref* items, uint32_t n) {
    // tuple_new_uninitialized: the empty tuple for n == 0, else n null slots; it may collect
    // (the items are still on the caller's stack meanwhile, so the collector sees them).
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_new_uninitialized(interp, n));
    BASTION_CHECK(t->size == static_cast<int64_t>(n));
    Value* dst = t->items();
    for (uint32_t i = 0; i < n; ++i) {
        BASTION_ASSERT(dst[i].is_null());
        dst[i] = items[i].release();
    }
    return Ref(std::move(t));
}

} // namespace bastion
