// buffer.h: a small buffer protocol. get_buffer() gives a pointer/length view of an
// exporting object (any type whose Type::getbuffer slot, or a base's, is set: bytes,
// bytearray, memoryview, array.array) and, for resizable exporters, bumps their export
// count so that resizing raises BufferError while a view is live (CPython's "Existing
// exports of data: object cannot be re-sized"). Every get_buffer must be paired with a
// release — BufferView does it in its destructor.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "objects/value.h"

namespace bastion {

class BufferView {
public:
    BufferView() = default;
    BufferView(Ref owner, uint8_t* data, int64_t len, bool readonly, int64_t* exports, char format = 'B',
               int64_t itemsize = 1);
    BufferView(BufferView&& o) noexcept;
    BufferView& operator=(BufferView&& o) noexcept;
    BufferView(const BufferView&) = delete;
    BufferView& operator=(const BufferView&) = delete;
    ~BufferView() { release(); }

    void release(); // drops the export and the owner; idempotent
    bool valid() const { return !m_owner.is_null(); }
    Value owner() const { return m_owner; }
    uint8_t* data() const { return m_data; }
    int64_t len() const { return m_len; } // bytes
    bool readonly() const { return m_readonly; }
    char format() const { return m_format; }
    int64_t itemsize() const { return m_itemsize; }
    std::span<const uint8_t> bytes() const { return {m_data, static_cast<std::size_t>(m_len)}; }
    // Another export of the same memory (bumps the count again).
    BufferView share() const;

private:
    Ref m_owner;
    uint8_t* m_data = nullptr;
    int64_t m_len = 0;
    bool m_readonly = true;
    int64_t* m_exports = nullptr; // the exporter's live-export counter, or null
    char m_format = 'B';
    int64_t m_itemsize = 1;
};

// Sets the getbuffer slots of bytes, bytearray and memoryview (from init_bytes_slots).
void init_buffer_slots(Interpreter&);
// Does `v` export a buffer (bytes, bytearray, memoryview, array, ...)?
bool has_buffer(Interpreter&, Value v);
// A view of v's memory. TypeError "a bytes-like object is required, not 'T'" when v has
// none; with `writable`, BufferError "Object is not writable." for read-only exporters.
Result<BufferView> get_buffer(Interpreter&, Value v, bool writable = false);

} // namespace bastion
