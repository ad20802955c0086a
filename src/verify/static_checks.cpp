// static_checks.cpp: PEP 330's static constraints: every unit (reachable or not, since dis,
// co_code and the disassembler read them all) has a known opcode and an operand in range for
// its OperandKind. One rule per kind. Stack effects and paths belong to dataflow.cpp.
#include <string>

#include "verify/checks.h"

namespace bastion::verify::detail {

namespace {

std::string op_text(bc::Op op, uint32_t arg) {
    return std::string(bc::info(op).name) + " " + std::to_string(arg);
}

// Immediate ranges per opcode. Only GET_AWAITABLE has an Imm operand today (0: plain
// await, 1: after __aenter__, 2: after __aexit__, as CPython 3.11); a new Imm row gets
// range 0..0 until it is added here.
uint32_t max_immediate(bc::Op op) { return op == bc::Op::GET_AWAITABLE ? 2 : 0; }

Status check_operand(const bc::CodeImage& image, uint32_t pc, bc::Op op, uint32_t arg) {
    auto bad = [&](Rule rule, const std::string& why) { return fail(rule, pc, op_text(op, arg) + ": " + why); };
    switch (bc::info(op).operand) {
    case bc::OperandKind::None:
        if (arg != 0)
            return bad(Rule::NonzeroOperand, "takes no operand");
        return {};
    case bc::OperandKind::Imm:
        if (arg > max_immediate(op))
            return bad(Rule::BadImmediate, "immediate above " + std::to_string(max_immediate(op)));
        return {};
    case bc::OperandKind::Count:
        return {}; // bounded by the stack-depth rules
    case bc::OperandKind::StackIndex:
        if (arg < 1 || (op == bc::Op::SWAP && arg < 2))
            return bad(Rule::BadStackIndex, op == bc::Op::SWAP ? "SWAP needs an index >= 2" : "index must be >= 1");
        return {};
    case bc::OperandKind::Const:
        if (arg >= image.consts.size())
            return bad(Rule::ConstIndex, "co_consts has " + std::to_string(image.consts.size()) + " items");
        return {};
    case bc::OperandKind::Name:
        if (arg >= image.names.size())
            return bad(Rule::NameIndex, "co_names has " + std::to_string(image.names.size()) + " items");
        return {};
    case bc::OperandKind::Local:
        if (arg >= image.nlocals())
            return bad(Rule::LocalIndex, "co_nlocals is " + std::to_string(image.nlocals()));
        return {};
    case bc::OperandKind::Deref: {
        uint64_t n = uint64_t{image.cellvars.size()} + image.freevars.size();
        if (arg >= n)
            return bad(Rule::DerefIndex, "there are " + std::to_string(n) + " cell and free variables");
        return {};
    }
    case bc::OperandKind::Jump:
        if (arg >= image.code.size())
            return bad(Rule::JumpOutOfRange, "the code has " + std::to_string(image.code.size()) + " units");
        return {};
    case bc::OperandKind::BinaryOp:
        if (arg >= bc::kNumBinaryOps)
            return bad(Rule::BadBinaryOp, "unknown binary operator");
        return {};
    case bc::OperandKind::CompareOp:
        if (arg >= bc::kNumCompareOps)
            return bad(Rule::BadCompareOp, "unknown comparison");
        return {};
    case bc::OperandKind::Invert:
        if (arg > 1)
            return bad(Rule::BadInvert, "must be 0 or 1");
        return {};
    case bc::OperandKind::SliceArity:
        if (arg != 2 && arg != 3)
            return bad(Rule::BadSliceArity, "must be 2 or 3");
        return {};
    case bc::OperandKind::RaiseForm:
        if (arg > 2)
            return bad(Rule::BadRaiseForm, "must be 0, 1 or 2");
        return {};
    case bc::OperandKind::FunctionFlags:
        if (arg >= 16)
            return bad(Rule::BadFunctionFlags, "unknown MAKE_FUNCTION flag bits");
        return {};
    case bc::OperandKind::FormatFlags:
        if (arg >= 8)
            return bad(Rule::BadFormatFlags, "unknown FORMAT_VALUE flag bits");
        return {};
    case bc::OperandKind::UnpackEx:
        if ((arg & 0xFFFu) + (arg >> 12) > kMaxUnpackExTargets)
            return bad(Rule::BadUnpackEx, "more than " + std::to_string(kMaxUnpackExTargets) + " named targets");
        return {};
    }
    return bad(Rule::BadOpcode, "unknown operand kind");
}

} // namespace

Status check_static(const bc::CodeImage& image) {
    const bool generator_kind =
        (image.flags & (bc::kCoGenerator | bc::kCoCoroutine | bc::kCoAsyncGenerator)) != 0;
    const uint32_t n = static_cast<uint32_t>(image.code.size());
    for (uint32_t pc = 0; pc < n; ++pc) {
        uint32_t unit = image.code[pc];
        uint8_t byte = bc::raw_opcode(unit);
        if (!bc::is_valid_opcode(byte))
            return fail(Rule::BadOpcode, pc, "opcode " + std::to_string(byte) + " (there are " +
                                                 std::to_string(bc::kNumOps) + ")");
        bc::Instr in = bc::decode(unit);
        BASTION_TRY(check_operand(image, pc, in.op, in.arg));
        if (in.op == bc::Op::YIELD_VALUE && !generator_kind)
            return fail(Rule::YieldOutsideGenerator, pc, "YIELD_VALUE without GENERATOR, COROUTINE or "
                                                         "ASYNC_GENERATOR in co_flags");
        if (in.op == bc::Op::ASYNC_GEN_WRAP && (image.flags & bc::kCoAsyncGenerator) == 0)
            return fail(Rule::YieldOutsideGenerator, pc, "ASYNC_GEN_WRAP without ASYNC_GENERATOR in co_flags");
    }
    return {};
}

} // namespace bastion::verify::detail
