// bytes_object.h: Python `bytes` (immutable, data inline after the header, cached hash)
// and a minimal `bytearray` (growable). Implemented in objects/bytes_object.cpp.
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

struct ByteArrayObject : Object {
    std::vector<uint8_t> bytes; // TODO(numbers): account this storage against the memory limit
};

Result<Own<BytesObject>> bytes_new_uninit(Interpreter&, int64_t n);
Result<Own<BytesObject>> bytes_from(Interpreter&, std::span<const uint8_t> data);
inline Result<Own<BytesObject>> bytes_from(Interpreter& interp, std::string_view data) {
    return bytes_from(interp, {reinterpret_cast<const uint8_t*>(data.data()), data.size()});
}
bool is_bytes(Interpreter&, Value v);      // bytes or a subclass
bool is_bytes_like(Interpreter&, Value v); // bytes, bytearray or a subclass
// The contents of a bytes-like value (valid until the object changes or dies).
std::span<const uint8_t> bytes_like_view(Value v);
// bytes(x) for one argument: an int count, a bytes-like object or an iterable of ints.
Result<Own<BytesObject>> bytes_from_object(Interpreter&, Value x);
// b'...' text with CPython's quote choice and escapes.
std::string bytes_repr_text(std::span<const uint8_t> data);
// Decoding (utf-8, ascii, latin-1; errors strict, ignore, replace), with CPython's
// UnicodeDecodeError messages.
Result<Own<StrObject>> bytes_decode(Interpreter&, std::span<const uint8_t> data, std::string_view encoding,
                                    std::string_view errors);
// str.encode: utf-8, ascii, latin-1 with errors strict/ignore/replace.
Result<Own<BytesObject>> str_encode(Interpreter&, StrObject* s, std::string_view encoding, std::string_view errors);

void init_bytes_slots(Interpreter&);
Status init_bytes_methods(Interpreter&);

} // namespace bastion
