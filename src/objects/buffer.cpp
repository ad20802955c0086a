// buffer.cpp: get_buffer() for the built-in exporters (bytes, bytearray, memoryview) and
// BufferView's export bookkeeping. To add an exporter (e.g. array.array), add a branch in
// get_buffer that returns a BufferView over its storage with a pointer to its own live
// export counter, and make its resize paths refuse while that counter is non-zero.
#include "objects/buffer.h"

#include "objects/bytes_object.h"
#include "objects/memoryview_object.h"
#include "vm/interpreter.h"

namespace bastion {

BufferView::BufferView(Ref owner, uint8_t* data, int64_t len, bool readonly, int64_t* exports, char format,
                       int64_t itemsize)
    : m_owner(std::move(owner)), m_data(data), m_len(len), m_readonly(readonly), m_exports(exports), m_format(format),
      m_itemsize(itemsize) {
    if (m_exports)
        ++*m_exports;
}

BufferView::BufferView(BufferView&& o) noexcept
    : m_owner(std::move(o.m_owner)), m_data(o.m_data), m_len(o.m_len), m_readonly(o.m_readonly), m_exports(o.m_exports),
      m_format(o.m_format), m_itemsize(o.m_itemsize) {
    o.m_exports = nullptr;
    o.m_data = nullptr;
    o.m_len = 0;
}

BufferView& BufferView::operator=(BufferView&& o) noexcept {
    if (this != &o) {
        release();
        m_owner = std::move(o.m_owner);
        m_data = o.m_data;
        m_len = o.m_len;
        m_readonly = o.m_readonly;
        m_exports = o.m_exports;
        m_format = o.m_format;
        m_itemsize = o.m_itemsize;
        o.m_exports = nullptr;
        o.m_data = nullptr;
        o.m_len = 0;
    }
    return *this;
}

void BufferView::release() {
    if (m_exports) {
        --*m_exports;
        m_exports = nullptr;
    }
    m_data = nullptr;
    m_len = 0;
    m_owner.reset(); // last: the counter lives in the owner
}

BufferView BufferView::share() const {
    return BufferView(Ref::borrow(m_owner.get()), m_data, m_len, m_readonly, m_exports, m_format, m_itemsize);
}

bool has_buffer(Interpreter& interp, Value v) { return is_bytes_like(interp, v) || is_memoryview(interp, v); }

Result<BufferView> get_buffer(Interpreter& interp, Value v, bool writable) {
    if (is_bytes(interp, v)) {
        if (writable)
            return interp.raise(interp.exc.BufferError, "Object is not writable.");
        auto* b = static_cast<BytesObject*>(v.obj());
        return BufferView(Ref::borrow(v), b->data(), b->size, true, nullptr);
    }
    if (is_bytearray(interp, v)) {
        auto* ba = static_cast<ByteArrayObject*>(v.obj());
        return BufferView(Ref::borrow(v), ba->data(), ba->size, false, &ba->exports);
    }
    if (is_memoryview(interp, v)) {
        auto* mv = static_cast<MemoryViewObject*>(v.obj());
        if (mv->released)
            return interp.raise(interp.exc.ValueError, "operation forbidden on released memoryview object");
        if (writable && mv->readonly)
            return interp.raise(interp.exc.BufferError, "memoryview: underlying buffer is not writable");
        if (!mv->c_contiguous())
            return interp.raise(interp.exc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        uint8_t* p = mv->nitems() == 0 ? mv->buf.data() : mv->buf.data() + mv->offset;
        return BufferView(Ref::borrow(v), p, mv->nbytes(), mv->readonly, &mv->exports, mv->fmt, mv->itemsize);
    }
    return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'", type_of(interp, v)->name);
}

} // namespace bastion
