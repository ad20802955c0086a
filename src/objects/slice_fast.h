// slice_fast.h: `s[a:b]` without a slice object — the interpreter loop's BUILD_SLICE(2)
// followed by BINARY_SUBSCR on an exact str whose bounds are small ints or None (CPython
// 3.11 keeps one cached slice; this makes none). The same result and errors as the slice
// path of str_getitem, which computes these bounds with the same function.
// Implemented in objects/str_object.cpp.
#pragma once

#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {

// True when slice_direct answers container[start:stop] exactly as BUILD_SLICE +
// BINARY_SUBSCR would (exact str: its getitem is str_getitem, small ints and None run no
// __index__).
inline bool slice_direct_applicable(Interpreter& interp, Value container, Value start, Value stop) {
    Value none(interp.none);
    return container.is_obj() && container.obj()->type == interp.types.str && (start.is_small_int() || start.is(none)) &&
           (stop.is_small_int() || stop.is(none));
}

// s[start:stop] with step None: start and stop are small ints or None (checked).
Result<Ref> str_slice_small_bounds(Interpreter&, StrObject* s, Value start, Value stop);

inline Result<Ref> slice_direct(Interpreter& interp, Value container, Value start, Value stop) {
    return str_slice_small_bounds(interp, static_cast<StrObject*>(container.obj()), start, stop);
}

} // namespace bastion
