// memoryview_object.h: Python `memoryview` over any buffer exporter (objects/buffer.h),
// one-dimensional with format 'B' or 'c' (itemsize 1). A view holds one export of its
// base for its whole life until release(), so the base cannot be resized under it.
// Implemented in objects/memoryview_object.cpp.
#pragma once

#include <string>

#include "objects/buffer.h"

namespace bastion {

struct MemoryViewObject : Object {
    BufferView buf;      // the export of the underlying object (invalid once released)
    int64_t offset = 0;  // byte offset of item 0 within buf
    int64_t length = 0;  // items
    int64_t stride = 1;  // bytes from one item to the next (negative for reversed slices)
    char format = 'B';
    bool format_at = false; // cast('@B') keeps the '@' in .format, as CPython
    bool readonly = true;
    bool released = false;
    int64_t exports = 0; // live exports of this view itself
    int64_t hash = -1;
    bool contiguous() const { return stride == 1 || length <= 1; }
    uint8_t* item_ptr(int64_t i) const { return buf.data() + offset + i * stride; }
};

bool is_memoryview(Interpreter&, Value v);
// The items as a contiguous string (any stride). ValueError when released.
Result<std::string> memoryview_bytes(Interpreter&, MemoryViewObject* mv);

} // namespace bastion
