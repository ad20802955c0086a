// slice_object.h: Python `slice` objects and the index arithmetic every sequence uses
// for a[i:j:k] (CPython's PySlice_Unpack + PySlice_AdjustIndices). Implemented in
// objects/slice_object.cpp.
#pragma once

#include <cstdint>

#include "objects/value.h"

namespace bastion {

struct SliceObject : Object {
    Ref start; // never null: None when omitted
    Ref stop;
    Ref step;
};

// slice(start, stop, step); null arguments mean None.
Result<Own<SliceObject>> slice_new(Interpreter&, Value start, Value stop, Value step);
bool is_slice(Interpreter&, Value v);

// The start/stop/step/length a slice selects from a sequence of `length` items, with
// CPython's rules: None defaults, __index__ on the bounds (huge ints saturate), negative
// bounds counted from the end and clamped, "slice step cannot be zero".
Status slice_indices(Interpreter&, Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                     int64_t* slicelength);

// PySlice_AdjustIndices: clamps start/stop (already unpacked, step != 0) to a sequence of
// `length` items and returns the number of selected items. Pure; never overflows for
// step > INT64_MIN.
inline int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

} // namespace bastion
