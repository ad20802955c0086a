// list_sort.h: list.sort — a stable, adaptive merge sort (timsort's run detection and
// merge-stack rules) that keeps the list empty while it runs, as CPython does, and raises
// ValueError("list modified during sort") when user code changed it meanwhile.
// Implemented in objects/list_sort.cpp; sorted() in builtins calls list_sort directly.
#pragma once

#include "objects/list_object.h"
#include "objects/type.h"

namespace bastion {

// Sort `list` in place. `key` may be null or None (no key function).
Status list_sort(Interpreter&, ListObject* list, Value key, bool reverse);
// The list.sort(*, key=None, reverse=False) method.
Result<Ref> list_sort_method(Interpreter&, Value self, CallArgs args);

} // namespace bastion
