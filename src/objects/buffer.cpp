// buffer.cpp: BufferView's export bookkeeping, the `getbuffer` slots of the built-in
// exporters (bytes, bytearray, memoryview) and get_buffer(), which dispatches through the
// slot (Type::getbuffer). Another exporter (array.array) fills the slot of its type with a
// function returning a BufferView over its storage and a pointer to its own live-export
// counter, and makes its resize paths refuse while that counter is non-zero.
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

namespace {

Result<BufferView> bytes_getbuffer(Interpreter& interp, Value v, bool writable) {
    if (writable)
        return interp.raise(interp.exc.BufferError, "Object is not writable.");
    auto* b = static_cast<BytesObject*>(v.obj());
    return BufferView(Ref::borrow(v), b->data(), b->size, true, nullptr);
}

Result<BufferView> bytearray_getbuffer(Interpreter&, Value v, bool) {
    auto* ba = static_cast<ByteArrayObject*>(v.obj());
    return BufferView(Ref::borrow(v), ba->data(), ba->size, false, &ba->exports);
}

Result<BufferView> memoryview_getbuffer(Interpreter& interp, Value v, bool writable) {
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

// The exporter's slot: its own, or the nearest base's (class statements do not copy it).
GetBufferFn find_getbuffer(Interpreter& interp, Value v) {
    for (Type* t = type_of(interp, v); t != nullptr; t = t->base)
        if (t->getbuffer != nullptr)
            return t->getbuffer;
    return nullptr;
}

} // namespace

void init_buffer_slots(Interpreter& interp) {
    interp.types.bytes->getbuffer = bytes_getbuffer;
    interp.types.bytearray->getbuffer = bytearray_getbuffer;
    interp.types.memoryview->getbuffer = memoryview_getbuffer;
}

bool has_buffer(Interpreter& interp, Value v) { return v.is_obj() && find_getbuffer(interp, v) != nullptr; }

Result<BufferView> get_buffer(Interpreter& interp, Value v, bool writable) {
    GetBufferFn fn = v.is_obj() ? find_getbuffer(interp, v) : nullptr;
    if (fn == nullptr)
        return interp.raise_fmt(interp.exc.TypeError, "a bytes-like object is required, not '{}'",
                                type_of(interp, v)->name);
    return fn(interp, v, writable);
}

} // namespace bastion
