// bytes_util.h: internals shared by the bytes files (bytes_object.cpp, bytes_methods.cpp,
// bytearray_object.cpp, bytes_percent.cpp, memoryview_object.cpp). Not a public API:
// other components use bytes_object.h and buffer.h.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "bytecode/opcodes.h"
#include "objects/bytes_object.h"

namespace bastion {

// memcmp order, then length.
int bytes_compare(std::span<const uint8_t> x, std::span<const uint8_t> y);
bool compare_result(int c, bc::CompareOpKind op);
// A new bytes or bytearray (the family of `like`) holding data.
Result<Ref> bytes_same_kind(Interpreter&, Value like, std::span<const uint8_t> data);
// A new, uninitialised bytes or bytearray of n bytes (accounted: MemoryError when over the
// limit, never a C++ allocation failure); *data receives its storage to fill.
Result<Ref> bytes_alloc_same_kind(Interpreter&, Value like, int64_t n, uint8_t** data);
// An index argument normalised into [0, n); IndexError `message` when out of range.
Result<int64_t> bytes_index_arg(Interpreter&, Value key, int64_t n, std::string_view message);
// Total length of `size`-byte data repeated `n` times (0 for n <= 0), with CPython's
// OverflowError/MemoryError (bytearray: MemoryError for both); and the fill (doubling memcpy) into `out`.
Result<int64_t> bytes_repeat_total(Interpreter&, int64_t size, Value n, bool overflow_is_memory = false);
void bytes_fill_repeat(uint8_t* out, std::span<const uint8_t> data, int64_t total);
// First/last index of needle in hay[start:end) (already clamped, start <= end), or -1.
// Linear time in the worst case (two-way string matching).
int64_t bytes_find(std::span<const uint8_t> hay, std::span<const uint8_t> needle, int64_t start, int64_t end);
int64_t bytes_rfind(std::span<const uint8_t> hay, std::span<const uint8_t> needle, int64_t start, int64_t end);

} // namespace bastion
