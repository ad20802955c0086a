// serial.h: the serial component's API: marshal-style bytes <-> code images, constants and
// plain-data values, and the `.bbc` compiled-file container. Readers take untrusted bytes and
// never crash or over-allocate; they do NOT verify: pass every code image to verify::verify().
// The byte format is in serial/format.h and docs/bytecode.md ("Serialized form").
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bytecode/code_image.h"
#include "serial/format.h"
#include "support/result.h"

namespace bastion::serial {

struct LoadError {
    enum class Kind : uint8_t {
        Truncated,  // the input ends inside a value (Python: EOFError)
        BadTag,     // an unknown tag byte, or a tag not allowed here
        BadValue,   // a field out of range: non-canonical int, bad UTF-8, unknown opcode, ...
        TooDeep,    // nesting deeper than kMaxNesting
        Trailing,   // bytes after the value where none are allowed
        BadMagic,   // .bbc: not "BSTN"
        BadVersion, // .bbc: a format version this build does not read
        BadFlags,   // .bbc: unknown flag bits
    };
    Kind kind = Kind::BadValue;
    uint64_t offset = 0; // byte offset where the problem was found
    std::string detail;

    // Maps to Python: Truncated -> EOFError, everything else -> ValueError.
    bool is_eof() const { return kind == Kind::Truncated; }
    // "marshal data too short" (EOF), or "bad marshal data (<detail>)".
    std::string message() const;
};

// A marshal value: a constant kind, or one of the mutable containers marshal also carries
// (list, set, dict). Scalars use the same fields as bc::Constant. Dict items alternate key,
// value. Whether keys and set items are hashable is the runtime's check when it builds the
// objects (as for any other data). Code values hold an unverified image.
struct Value {
    enum class Kind : uint8_t {
        None, Ellipsis, Bool, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code, List, Set, Dict,
    };
    Kind kind = Kind::None;
    bool bool_value = false;
    bool negative = false;
    std::vector<uint64_t> limbs;
    double real = 0.0;
    double imag = 0.0;
    std::string text;
    std::vector<Value> items;
    std::shared_ptr<const bc::CodeImage> code;

    // Conversions to and from constants; to_constant fails (false) for List, Set and Dict
    // anywhere inside.
    static Value from_constant(const bc::Constant& c);
    bool to_constant(bc::Constant* out) const;
};

// --- marshal data ----------------------------------------------------------------------------
// Writers never fail and never recurse (explicit stack). Output nested deeper than
// kMaxNesting is not readable back: marshal.dumps must refuse such values first (CPython:
// "object too deeply nested to marshal").
std::string write_value(const Value& value);
std::string write_constant(const bc::Constant& constant);
std::string write_code(const bc::CodeImage& image);

// Readers reject trailing bytes. read_value_prefix reads one value from the front and
// reports how many bytes it used (marshal.load from a stream; CPython's loads ignores a tail).
Result<Value, LoadError> read_value(std::span<const uint8_t> bytes);
Result<Value, LoadError> read_value_prefix(std::span<const uint8_t> bytes, std::size_t* consumed);
Result<bc::Constant, LoadError> read_constant(std::span<const uint8_t> bytes);
Result<std::shared_ptr<const bc::CodeImage>, LoadError> read_code(std::span<const uint8_t> bytes);

// --- .bbc files ------------------------------------------------------------------------------
std::string write_bbc(const bc::CodeImage& module);
Result<std::shared_ptr<const bc::CodeImage>, LoadError> read_bbc(std::span<const uint8_t> bytes);
// True when the bytes start with the .bbc magic (how the CLI tells compiled files from source).
bool has_bbc_magic(std::span<const uint8_t> bytes);

// Convenience for std::string buffers.
inline std::span<const uint8_t> as_bytes(const std::string& s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

} // namespace bastion::serial
