// cell.h: cell objects, the boxes closures share (CPython's PyCellObject). The class
// machinery uses them for __classcell__. Implemented in vm/function.cpp.
#pragma once

#include "objects/value.h"

namespace bastion {

struct CellObject : Object {
    Ref contents; // null: empty
};

// A new cell holding `value` (null: an empty cell).
Result<Own<CellObject>> cell_new(Interpreter&, Value value);
// Replace the contents (null empties the cell). `cell` must be a cell.
void cell_set(Object* cell, Value value);
// Borrowed contents; null when empty. `cell` must be a cell.
Value cell_get(Object* cell);
bool is_cell(Interpreter&, Value v);

} // namespace bastion
