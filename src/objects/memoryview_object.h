// memoryview_object.h: Python `memoryview` over any buffer exporter (objects/buffer.h), with
// CPython's native single-character formats (objects/memoryview_format.h) and up to 64
// dimensions (shape/strides in bytes, no suboffsets). A view holds one export of its base
// for its whole life until release(), so the base cannot be resized under it.
// Implemented in memoryview_object.cpp (type slots) and memoryview_methods.cpp (methods).
#pragma once

#include <string>
#include <vector>

#include "objects/buffer.h"

namespace bastion {

// The shape of a view: where its items are, how they are laid out and what they hold.
struct MvLayout {
    static constexpr int kMaxDim = 64; // CPython's PyBUF_MAX_NDIM
    int64_t offset = 0;                // byte offset of item (0, ..., 0) within the buffer
    int ndim = 1;
    std::vector<int64_t> shape;   // ndim entries (items)
    std::vector<int64_t> strides; // ndim entries (bytes; negative for reversed slices)
    std::string format = "B";     // as .format reports it (e.g. "@i")
    char fmt = 'B';               // the format character
    int64_t itemsize = 1;
    bool readonly = true;

    int64_t length() const { return ndim == 0 ? 1 : shape[0]; }
    int64_t nitems() const; // product(shape) (cannot overflow: the items fit in the buffer)
    int64_t nbytes() const { return nitems() * itemsize; }
    bool c_contiguous() const;
    bool f_contiguous() const;
    // The byte offset of the item at a full index (one entry per dimension, each in range).
    int64_t item_offset(const int64_t* index) const;
};

struct MemoryViewObject : Object, MvLayout {
    BufferView buf; // the export of the underlying object (invalid once released)
    bool released = false;
    int64_t exports = 0; // live exports of this view itself
    int64_t hash = -1;

    // The item at a full index; checked against the buffer in every build.
    uint8_t* item_at(const int64_t* index) const;
};

bool is_memoryview(Interpreter&, Value v);
// The items' bytes in C order (any strides). ValueError when released.
Result<std::string> memoryview_bytes(Interpreter&, MemoryViewObject* mv);

} // namespace bastion
