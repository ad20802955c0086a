// range_object.h: Python `range` (start/stop/step limited to int64; see DIFFERENCE in
// range_object.cpp) and its iterator. Implemented in objects/range_object.cpp.
#pragma once

#include <cstdint>

#include "objects/value.h"

namespace bastion {

struct RangeObject : Object {
    int64_t start = 0;
    int64_t stop = 0;
    int64_t step = 1;
    int64_t length = 0;
};

// range(start, stop, step); ValueError for step 0, OverflowError when the length does
// not fit int64.
Result<Own<RangeObject>> range_new(Interpreter&, int64_t start, int64_t stop, int64_t step);
bool is_range(Interpreter&, Value v);

// Number of items of range(start, stop, step) (step != 0), or -1 when it exceeds INT64_MAX.
// Pure (exposed for unit tests).
inline int64_t range_length_of(int64_t start, int64_t stop, int64_t step) {
    __int128 lo = start, hi = stop, st = step, n = 0;
    if (st > 0 && lo < hi)
        n = (hi - lo - 1) / st + 1;
    else if (st < 0 && lo > hi)
        n = (lo - hi - 1) / (-st) + 1;
    return n > INT64_MAX ? -1 : static_cast<int64_t>(n);
}

} // namespace bastion
