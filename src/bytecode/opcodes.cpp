// opcodes.cpp: operator text for BINARY_OP and COMPARE_OP operands (dis and messages).
#include "bytecode/opcodes.h"

namespace bastion::bc {

std::string_view binary_op_symbol(uint32_t kind) {
    static constexpr std::string_view kSymbols[kNumBinaryOps] = {
        "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };
    return kind < kNumBinaryOps ? kSymbols[kind] : std::string_view("?");
}

std::string_view compare_op_symbol(uint32_t kind) {
    static constexpr std::string_view kSymbols[kNumCompareOps] = {"<", "<=", "==", "!=", ">", ">="};
    return kind < kNumCompareOps ? kSymbols[kind] : std::string_view("?");
}

} // namespace bastion::bc
