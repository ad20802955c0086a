// memoryview_object.h: Python `memoryview` over any buffer exporter (objects/buffer.h), with
// CPython's native single-character formats (objects/memoryview_format.h) and up to 64
// dimensions (shape/strides in bytes, no suboffsets). A view holds one export of its base
// for its whole life until release(), so the base cannot be resized under it.
// Implemented in memoryview_object.cpp (type slots) and memoryview_methods.cpp (methods).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>

#include "objects/buffer.h"

namespace bastion {

// A shape or strides: up to three entries inline (slicing a 1-3 dimensional view allocates
// nothing for them), more on the heap. Indexing is bounds-checked in every build.
class MvDims {
public:
    MvDims() = default;
    MvDims(std::initializer_list<int64_t> v) { assign(v.begin(), v.end()); }
    MvDims(const MvDims& o) { assign(o.begin(), o.end()); }
    MvDims& operator=(const MvDims& o) {
        if (this != &o)
            assign(o.begin(), o.end());
        return *this;
    }
    MvDims& operator=(std::initializer_list<int64_t> v) {
        assign(v.begin(), v.end());
        return *this;
    }
    std::size_t size() const { return m_size; }
    const int64_t* begin() const { return data(); }
    const int64_t* end() const { return data() + m_size; }
    int64_t& operator[](std::size_t i) {
        BASTION_CHECK(i < m_size);
        return data()[i];
    }
    int64_t operator[](std::size_t i) const {
        BASTION_CHECK(i < m_size);
        return data()[i];
    }
    void assign(std::size_t n, int64_t value) {
        resize(n);
        std::fill(data(), data() + n, value);
    }
    void assign(const int64_t* first, const int64_t* last) { // not from this object's own storage
        resize(static_cast<std::size_t>(last - first));
        std::copy(first, last, data());
    }
    bool operator==(const MvDims& o) const { return std::equal(begin(), end(), o.begin(), o.end()); }

private:
    static constexpr std::size_t kInline = 3;
    int64_t* data() { return m_heap ? m_heap.get() : m_inline; }
    const int64_t* data() const { return m_heap ? m_heap.get() : m_inline; }
    void resize(std::size_t n) {
        if (n > kInline)
            m_heap = std::make_unique<int64_t[]>(n);
        else
            m_heap.reset();
        m_size = n;
    }
    std::size_t m_size = 0;
    int64_t m_inline[kInline] = {};
    std::unique_ptr<int64_t[]> m_heap;
};

// The shape of a view: where its items are, how they are laid out and what they hold.
struct MvLayout {
    static constexpr int kMaxDim = 64; // CPython's PyBUF_MAX_NDIM
    int64_t offset = 0;                // byte offset of item (0, ..., 0) within the buffer
    int ndim = 1;
    MvDims shape;   // ndim entries (items)
    MvDims strides; // ndim entries (bytes; negative for reversed slices)
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
