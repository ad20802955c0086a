// opcodes.h: everything derived from opcodes.def — the Op enum, per-op info, stack
// effects, operand kinds and the instruction encoding. Nothing here restates a row.
//
// Encoding (docs/bytecode.md): one 32-bit code unit per instruction, the opcode in the
// low 8 bits and the operand in the high 24 bits. co_code stores the units little-endian.
// Jump operands are absolute unit indexes. There is no EXTENDED_ARG: an operand that does
// not fit 24 bits is a compile error, so every unit is an instruction start.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace bastion::bc {

enum class OperandKind : uint8_t {
    None,          // arg must be 0
    Imm,           // small immediate, meaning given by the opcode
    Count,         // an item count; its bound comes from the stack-depth rule
    StackIndex,    // 1-based position below the top of the stack (>= 1)
    Const,         // index into co_consts
    Name,          // index into co_names
    Local,         // index into the fast locals (co_varnames)
    Deref,         // index into cells then free variables (co_cellvars + co_freevars)
    Jump,          // absolute target unit
    BinaryOp,      // BinaryOpKind
    CompareOp,     // CompareOpKind
    Invert,        // 0 or 1
    SliceArity,    // 2 or 3
    RaiseForm,     // 0, 1 or 2
    FunctionFlags, // MakeFunctionFlag bits
    FormatFlags,   // conversion in bits 0-1, bit 2: a format spec is on the stack
    UnpackEx,      // before in bits 0-11, after in bits 12-23
};

enum OpFlag : uint8_t { None = 0, Jump = 1, Terminator = 2, MayRaise = 4 };

enum class Op : uint8_t {
#define OP(name, operand, pops, pushes, jpushes, flags) name,
#include "bytecode/opcodes.def"
#undef OP
};

struct OpInfo {
    std::string_view name;
    OperandKind operand;
    uint8_t flags;
};

inline constexpr std::array kOpInfo = {
#define OP(name, operand, pops, pushes, jpushes, flags) OpInfo{#name, OperandKind::operand, uint8_t(flags)},
#include "bytecode/opcodes.def"
#undef OP
};
inline constexpr std::size_t kNumOps = kOpInfo.size();
static_assert(kNumOps <= 256, "the opcode lives in the low byte of a code unit");

inline constexpr uint32_t kMaxArg = (1u << 24) - 1;

constexpr const OpInfo& info(Op op) { return kOpInfo[static_cast<std::size_t>(op)]; }
constexpr bool has_flag(Op op, OpFlag f) { return (info(op).flags & f) != 0; }

// Slots consumed. `arg` is widened so expressions such as `arg + 2` cannot wrap.
constexpr int64_t stack_pops(Op op, int64_t arg) {
    switch (op) {
#define OP(name, operand, pops, pushes, jpushes, flags) \
    case Op::name:                                      \
        return (pops);
#include "bytecode/opcodes.def"
#undef OP
    }
    return 0;
}

// Slots produced on the fall-through edge.
constexpr int64_t stack_pushes(Op op, int64_t arg) {
    switch (op) {
#define OP(name, operand, pops, pushes, jpushes, flags) \
    case Op::name:                                      \
        return (pushes);
#include "bytecode/opcodes.def"
#undef OP
    }
    return 0;
}

// Slots produced on the jump edge (rows flagged Jump).
constexpr int64_t stack_jump_pushes(Op op, int64_t arg) {
    (void)arg;
    switch (op) {
#define OP(name, operand, pops, pushes, jpushes, flags) \
    case Op::name:                                      \
        return (jpushes);
#include "bytecode/opcodes.def"
#undef OP
    }
    return 0;
}

static_assert(stack_pops(Op::CALL, 2) == 4);
static_assert(stack_pushes(Op::UNPACK_EX, (3 << 12) | 2) == 6);
static_assert(stack_pops(Op::MAKE_FUNCTION, 0x9) == 3);

// --- Instruction encoding -------------------------------------------------------------

struct Instr {
    Op op;
    uint32_t arg;
};

constexpr uint32_t encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
constexpr uint8_t raw_opcode(uint32_t unit) { return static_cast<uint8_t>(unit & 0xFF); }
constexpr uint32_t raw_arg(uint32_t unit) { return unit >> 8; }
constexpr bool is_valid_opcode(uint8_t byte) { return byte < kNumOps; }
// Only for units whose opcode byte is known valid (verified code, or after is_valid_opcode).
constexpr Instr decode(uint32_t unit) { return Instr{static_cast<Op>(unit & 0xFF), unit >> 8}; }

// --- Operand vocabularies ---------------------------------------------------------------

// BINARY_OP operands, in CPython 3.11's NB_* order; the in-place forms are +13.
enum class BinaryOpKind : uint8_t {
    Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
    InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul, InplaceMultiply, InplaceRemainder,
    InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide, InplaceXor,
};
inline constexpr uint32_t kNumBinaryOps = 26;
inline constexpr uint32_t kInplaceOffset = 13;
// Operator text, e.g. "+" and "+=", as dis and error messages print it.
std::string_view binary_op_symbol(uint32_t kind);

// COMPARE_OP operands, in CPython's Py_LT.. order.
enum class CompareOpKind : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
inline constexpr uint32_t kNumCompareOps = 6;
std::string_view compare_op_symbol(uint32_t kind);
// Whether a three-way comparison result c (<0, 0, >0) satisfies `op`.
constexpr bool ordering_satisfies(CompareOpKind op, int c) {
    switch (op) {
    case CompareOpKind::Lt:
        return c < 0;
    case CompareOpKind::Le:
        return c <= 0;
    case CompareOpKind::Eq:
        return c == 0;
    case CompareOpKind::Ne:
        return c != 0;
    case CompareOpKind::Gt:
        return c > 0;
    case CompareOpKind::Ge:
        return c >= 0;
    }
    return false;
}

// MAKE_FUNCTION operand bits; the extra operands are pushed in this order, code last.
enum MakeFunctionFlag : uint32_t {
    kFnDefaults = 0x01,    // tuple of positional defaults
    kFnKwDefaults = 0x02,  // dict of keyword-only defaults
    kFnAnnotations = 0x04, // tuple of (name, value) pairs flattened, as CPython 3.11
    kFnClosure = 0x08,     // tuple of cells
};

// FORMAT_VALUE conversions (bits 0-1) and the spec flag (bit 2).
enum FormatFlag : uint32_t { kFmtNone = 0, kFmtStr = 1, kFmtRepr = 2, kFmtAscii = 3, kFmtHasSpec = 4 };

// Code flags (co_flags), CPython's values.
enum CodeFlag : uint32_t {
    kCoOptimized = 0x0001,
    kCoNewLocals = 0x0002,
    kCoVarargs = 0x0004,
    kCoVarkeywords = 0x0008,
    kCoNested = 0x0010,
    kCoGenerator = 0x0020,
    kCoNoFree = 0x0040,
    kCoCoroutine = 0x0080,
    kCoIterableCoroutine = 0x0100,
    kCoAsyncGenerator = 0x0200,
};

} // namespace bastion::bc
