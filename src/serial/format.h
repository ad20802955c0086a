// format.h: the byte format of serialized values and code images (marshal data) and of
// compiled `.bbc` files: tags, field order, limits and the numbered version history.
// A definition file: reader.cpp and writer.cpp follow it; docs/bytecode.md restates it.
#pragma once

#include <cstdint>

#include "bytecode/opcodes.h"

namespace bastion::serial {

// --- .bbc files ------------------------------------------------------------------------------
//   offset 0: magic "BSTN" (4 bytes)
//   offset 4: format version, u16 little-endian (kFormatVersion)
//   offset 6: flags, u16 little-endian (no bits defined: must be 0)
//   offset 8: the module's code image as one marshal value (tag 'c'); nothing may follow.
//
// Version history (bump kFormatVersion whenever a reader of the old version would misread
// a new file; appending opcode rows does not need a bump, because an old reader's verifier
// rejects the unknown opcode cleanly):
//   1  initial format: 94 opcodes, tags below, u32 lengths, ExceptionEntry {start, end,
//      handler, depth} and LineEntry {start, line} as u32 fields (code tag 'c').
//   2  code records carry source columns: tag 'C', LineEntry of five u32 fields. Version 1
//      data is rejected (BadVersion / unknown tag 'c'): a reader that also took 'c' records
//      would write them back as 'C', breaking the byte-for-byte round trip of marshal data.
inline constexpr char kBbcMagic[4] = {'B', 'S', 'T', 'N'};
inline constexpr uint16_t kFormatVersion = 2;
inline constexpr uint16_t kKnownBbcFlags = 0;
inline constexpr uint32_t kBbcHeaderSize = 8;
inline constexpr std::size_t kOpcodeCountAtVersion1 = 94;
static_assert(bc::kNumOps >= kOpcodeCountAtVersion1, "opcode rows are append-only (serial/format.h)");

// --- Values (marshal data) -------------------------------------------------------------------
// Every value starts with a one-byte tag. Integers are little-endian; a "length" or "count"
// is a u32. Strings inside a code record (names, co_name, ...) have no tag: u32 length + bytes.
enum class Tag : uint8_t {
    None = 'N',      // nothing follows
    Ellipsis = '.',  // nothing follows
    False = 'F',     // nothing follows
    True = 'T',      // nothing follows
    Int = 'i',       // i64: every int that fits int64_t must use this form
    Long = 'l',      // u8 sign (0 or 1), u32 limb count n >= 1, n x u64 limbs, least significant first;
                     // the top limb is nonzero and the value does not fit int64_t (canonical)
    Float = 'g',     // 8 bytes: the IEEE-754 binary64 bit pattern
    Complex = 'x',   // 16 bytes: real then imaginary bit patterns
    Str = 'u',       // u32 length + UTF-8 (lone surrogates as their 3-byte form)
    Bytes = 'b',     // u32 length + raw bytes
    Tuple = '(',     // u32 count + count values
    FrozenSet = '>', // u32 count + count values
    List = '[',      // u32 count + count values            (marshal values only, not constants)
    Set = '<',       // u32 count + count values            (marshal values only)
    Dict = '{',      // u32 pair count + key, value, key, value, ...   (marshal values only)
    Code = 'C',      // a code record, below ('c' was version 1's, without columns: no longer read)
};

// A code record (after the 'C' tag), fields in this order:
//   u32 argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno
//   u32 n + n x u32            code units (each unit's opcode byte must be < kNumOps)
//   u32 n + n values           co_consts (constant tags only: no List, Set or Dict)
//   u32 n + n strings          co_names, then co_varnames, co_cellvars, co_freevars
//   string                     co_name, then co_qualname, co_filename
//   u32 n + n x 4 u32          exception table: start, end, handler, depth
//   u32 n + n x 5 u32          position table: start, line, end_line, col, end_col
//                              (bc::LineEntry; col/end_col 0xFFFFFFFF: no column)
// Names are strict UTF-8. A reader does not verify: the result must go through verify().

// Every length and count is a u32, so no string or container may be longer than this;
// the writers abort on longer ones (BASTION_CHECK), so marshal.dumps must raise ValueError
// first (CPython: "unmarshallable object").
inline constexpr uint64_t kMaxLength = UINT32_MAX;

// Nesting: the outermost value has depth 0; the items of a container, and the constants of
// a code record, are one deeper. Deeper than this is an error (never a crash), and equals
// verify::kMaxNesting so that every verified image can be written and read back.
inline constexpr uint32_t kMaxNesting = 200;

} // namespace bastion::serial
