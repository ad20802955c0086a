// disassemble.h: human-readable listings of code images in the layout of CPython's dis
// (line, jump-target mark, byte offset, opname, raw arg, meaning), nested code objects
// after their parent. Safe on unverified images: bad indexes print `<out of range>`, bad
// opcode bytes `<invalid N>`. Not a parser of listings (dis.assemble lives in modules/).
#pragma once

#include <string>

#include "bytecode/code_image.h"

namespace bastion::bc {

std::string disassemble(const CodeImage& image);

// Python's repr() of a constant: 'a\'b' quoting rules, float repr, (1,), frozenset({..}),
// <code object NAME, file "F", line N>.
std::string constant_repr(const Constant& c);

} // namespace bastion::bc
