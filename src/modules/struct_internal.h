// struct_internal.h: the `_struct` module's shared parts (CPython 3.11 Modules/_struct.c).
// struct_format.cpp owns the format language (byte order prefix, repeat counts, the
// per-mode size/alignment table, checked size arithmetic) and the item codec (packing one
// value with CPython's per-mode error messages, unpacking one item); struct_module.cpp owns
// the Struct and unpack_iterator types and the module functions. Not for other components.
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/value.h"

namespace bastion {

struct Type;

// The module's Struct type carries what its functions raise and make (per interpreter, made
// at import: no global state).
struct StructType;

enum class StructOrder : uint8_t {
    Native, // '@' (and no prefix): this machine's sizes, alignment and byte order
    Little, // '<' and, on this little-endian machine, '='
    Big,    // '>' and '!'
};

// The whole of a parsed format.
struct StructLayout {
    StructOrder order = StructOrder::Native;
    int64_t size = 0;   // bytes
    int64_t nitems = 0; // values pack() takes / unpack() returns
};

// One group of a format: `count` items of `code` ('s'/'p': one item of `count` bytes),
// starting at `offset`, each `itemsize` bytes. Pad bytes ('x') are not reported.
struct StructGroup {
    char code = 0;
    int64_t count = 0;
    int64_t offset = 0;
    int64_t itemsize = 0;
};

// Walks a format (ASCII, no NUL) group by group, with CPython's struct.error messages
// ("bad char in struct format", "repeat count given without format specifier", "total
// struct size too long"). Every size step is overflow-checked against INT64_MAX.
class StructParser {
public:
    explicit StructParser(std::string_view format);
    StructOrder order() const { return m_order; }
    int64_t size() const { return m_size; } // bytes so far
    // The next group into *out; false at the end of the format.
    Result<bool> next(Interpreter&, Type* error, StructGroup* out);

private:
    std::string_view m_fmt;
    std::size_t m_pos = 0;
    StructOrder m_order = StructOrder::Native;
    int64_t m_size = 0;
};

// Parses the whole format (the errors above).
Result<StructLayout> struct_layout(Interpreter&, Type* error, std::string_view format);

// Packs v as one item of `code` at dst[0..itemsize) with CPython 3.11's conversions and
// messages for that byte order ('s', 'p' and 'x' are not items of this kind).
Status struct_pack_item(Interpreter&, Type* error, StructOrder order, char code, Value v, uint8_t* dst);
// The value of the item of `code` at src.
Result<Ref> struct_unpack_item(Interpreter&, StructOrder order, char code, const uint8_t* src);

// Half floats (CPython PyFloat_Pack2/Unpack2: round half to even; OverflowError "float too
// large to pack with e format").
Status struct_pack_half(Interpreter&, double x, uint8_t* dst, bool little_endian);
double struct_unpack_half(const uint8_t* src, bool little_endian);

} // namespace bastion
