// range_object.h: Python `range` and its iterator. Ranges whose bounds and length fit
// int64 use the int64 fields; others (CPython's "longrange") keep Python ints in `big`.
// Implemented in objects/range_object.cpp (int64) and range_big.cpp (big ints).
#pragma once

#include <cstdint>

#include "bytecode/opcodes.h"

#include "objects/value.h"

namespace bastion {

struct RangeObject : Object {
    int64_t start = 0;
    int64_t stop = 0;
    int64_t step = 1;
    int64_t length = 0;
    // Non-null: a tuple (start, stop, step, length) of Python ints, for ranges past int64;
    // the int64 fields are then unused.
    Ref big;
};

// range(start, stop, step); ValueError for step 0, OverflowError when the length does
// not fit int64.
Result<Own<RangeObject>> range_new(Interpreter&, int64_t start, int64_t stop, int64_t step);
bool is_range(Interpreter&, Value v);
// range from Python ints (already __index__ed): int64 form when everything fits, big otherwise.
Result<Ref> range_from_ints(Interpreter&, Value start, Value stop, Value step);
// range(a), range(a, b) or range(a, b, c) of `n` (1 to 3) small ints, as range_tp_new
// answers it (the index of a small int is itself): the interpreter loop's CALL of the
// range type calls it directly (vm/eval.cpp), without call/type_call/args_range.
Result<Ref> range_of_small_ints(Interpreter&, const Value* args, std::size_t n);

// Number of items of range(start, stop, step) (step != 0), or -1 when it exceeds INT64_MAX.
// Pure (exposed for unit tests).
// In unsigned 64-bit arithmetic, exact: with start < stop, stop - start is below 2**64; |step|
// is at most 2**63 (INT64_MIN's magnitude, 0 - step in unsigned); the quotient plus 1 is at
// most 2**64 - 1. (One 64-bit division: the __int128 one was a __divti3 call, ~60
// instructions of every range(); session 12.)
inline int64_t range_length_of(int64_t start, int64_t stop, int64_t step) {
    uint64_t n = 0;
    if (step > 0 && start < stop)
        n = (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
    else if (step < 0 && start > stop)
        n = (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (uint64_t{0} - static_cast<uint64_t>(step)) + 1;
    return n > static_cast<uint64_t>(INT64_MAX) ? -1 : static_cast<int64_t>(n);
}

} // namespace bastion

namespace bastion {

// --- Big ranges (range_big.cpp); `r->big` is set for all but range_parts -------------------
// (start, stop, step, length) as Python ints, for either form.
Result<Ref> range_part(Interpreter&, const RangeObject* r, int which); // 0 start .. 3 length
Result<int64_t> range_big_len(Interpreter&, const RangeObject* r);     // OverflowError past int64
bool range_big_truth(const RangeObject* r);
Result<Ref> range_big_getitem(Interpreter&, RangeObject* r, Value key);
// Position of a plain int in the range as a Python int, or a null Ref when absent.
Result<Ref> range_big_position(Interpreter&, const RangeObject* r, Value x);
Result<Ref> range_big_repr(Interpreter&, const RangeObject* r);
// Python int arithmetic helpers shared with the iterator.
Result<Ref> range_int_op(Interpreter&, bc::BinaryOpKind kind, Value a, Value b);

} // namespace bastion
