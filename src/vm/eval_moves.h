// eval_moves.h: out-of-line bodies of interpreter-loop handlers (vm/eval.cpp) that move
// references off the value stack instead of taking a new one and dropping the stack's.
// Out of line so the loop's register allocation stays as it is (docs/performance.md).
// Private to vm/eval.cpp.
#pragma once

#include <cstdint>

#include "objects/value.h"
#include "vm/interpreter.h"

namespace bastion {

// BUILD_TUPLE: a tuple of the n references at items[0..n), moved in (the slots are left
// null) once the tuple exists. On failure (MemoryError) the slots are untouched. The same
// tuple, allocation and accounting as tuple_from.
[[gnu::noinline]] Result<Ref> build_tuple_moved(Interpreter&, Ref* items, uint32_t n);

} // namespace bastion
