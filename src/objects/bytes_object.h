// bytes_object.h: Python `bytes` (immutable, data inline after the header, cached hash)
// and `bytearray` (growable storage accounted against the memory limit, with a live
// buffer-export count that forbids resizing under a memoryview). Implemented in
// objects/bytes_object.cpp (core slots), bytes_methods.cpp (the shared methods),
// bytearray_object.cpp (mutation) and bytes_percent.cpp (%-formatting).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "objects/value.h"

namespace bastion {

struct StrObject;

struct BytesObject : Object {
    int64_t size = 0;
    int64_t hash = -1; // -1: not computed yet
    uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
    const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
    std::span<const uint8_t> view() const { return {data(), static_cast<std::size_t>(size)}; }
};

// bytearray: `m_data` holds `capacity` bytes from Interpreter::allocate (freed by the
// type's destroy through type->interp). Change the size only through bytearray_resize,
// which refuses while `exports` > 0 (a memoryview holds a pointer into m_data).
struct ByteArrayObject : Object {
    uint8_t* m_data = nullptr;
    int64_t size = 0;
    int64_t capacity = 0;
    int64_t exports = 0;
    Interpreter* m_interp = nullptr; // for deallocate in destroy
    // Never null, even with no storage: the C library's mem* functions may not be passed
    // a null pointer even for zero bytes.
    uint8_t* data() { return m_data != nullptr ? m_data : &m_empty; }
    std::span<const uint8_t> view() const {
        return {m_data != nullptr ? m_data : &m_empty, static_cast<std::size_t>(size)};
    }

private:
    inline static uint8_t m_empty = 0; // never written: size is 0 whenever m_data is null
};

Result<Own<BytesObject>> bytes_new_uninit(Interpreter&, int64_t n);
Result<Own<BytesObject>> bytes_from(Interpreter&, std::span<const uint8_t> data);
inline Result<Own<BytesObject>> bytes_from(Interpreter& interp, std::string_view data) {
    return bytes_from(interp, {reinterpret_cast<const uint8_t*>(data.data()), data.size()});
}
// A new bytearray (of `type`, bytearray when null) holding a copy of data.
Result<Own<ByteArrayObject>> bytearray_from(Interpreter&, std::span<const uint8_t> data, Type* type = nullptr);
// Resize (contents kept, new bytes zeroed). BufferError while exported, MemoryError when
// over the limits. Growth is amortised.
Status bytearray_resize(Interpreter&, ByteArrayObject* ba, int64_t new_size);
bool is_bytes(Interpreter&, Value v);      // bytes or a subclass
bool is_bytearray(Interpreter&, Value v);  // bytearray or a subclass
bool is_bytes_like(Interpreter&, Value v); // bytes, bytearray or a subclass
// The contents of a bytes-like value (valid until the object changes or dies: do not
// hold it across a call that can run Python code).
std::span<const uint8_t> bytes_like_view(Value v);
// bytes(x) for one argument: an int count, a buffer object or an iterable of ints.
Result<Own<BytesObject>> bytes_from_object(Interpreter&, Value x);
// The bytes of an iterable of ints in range(0, 256), or of a buffer object.
Result<std::string> bytes_collect(Interpreter&, Value x);
// b'...' text with CPython's quote choice and escapes (bytearray_quirk: escape ' always,
// as bytearray's repr does).
std::string bytes_repr_text(std::span<const uint8_t> data, bool bytearray_quirk = false);
// Decoding and encoding through objects/codecs.h (every codec and error handler there).
Result<Own<StrObject>> bytes_decode(Interpreter&, std::span<const uint8_t> data, std::string_view encoding,
                                    std::string_view errors);
Result<Own<BytesObject>> str_encode(Interpreter&, StrObject* s, std::string_view encoding, std::string_view errors);

// bytes % args (bytes_percent.cpp); returns the formatted data.
Result<std::string> bytes_percent_format(Interpreter&, std::span<const uint8_t> format, Value args);

void init_bytes_slots(Interpreter&);
Status init_bytes_methods(Interpreter&);
// bytes_methods.cpp / bytearray_object.cpp / memoryview_object.cpp
Status init_bytes_common_methods(Interpreter&);
void init_bytearray_slots(Interpreter&);
Status init_bytearray_methods(Interpreter&);
void init_memoryview_slots(Interpreter&);
Status init_memoryview_methods(Interpreter&);

} // namespace bastion
