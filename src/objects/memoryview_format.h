// memoryview_format.h: the native single-character struct formats a memoryview can cast to
// (b B c h H i I l L q Q n N f d ? P, as CPython's memoryview), their sizes, and packing and
// unpacking one item with CPython's "memoryview: invalid type/value for format" errors.
// Implemented in memoryview_format.cpp.
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/value.h"

namespace bastion {

// The item size of a native format ("B" or "@B"), or 0 when memoryview does not support it.
int64_t mv_format_itemsize(std::string_view format);
// The format character of a supported format ("@i" -> 'i').
char mv_format_char(std::string_view format);
inline bool mv_is_byte_format(char c) { return c == 'B' || c == 'b' || c == 'c'; }
// The Python value of the item at p.
Result<Ref> mv_unpack(Interpreter&, char fmt, const uint8_t* p);
// Converts v for format fmt into out[0..itemsize): TypeError/ValueError as CPython.
Status mv_pack(Interpreter&, char fmt, Value v, uint8_t* out);

} // namespace bastion
