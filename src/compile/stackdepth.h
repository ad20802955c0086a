// stackdepth.h: the one flow pass that computes stack depths from the opcode table
// (stack_pops / stack_pushes / stack_jump_pushes), following fall-through, jump and
// exception-handler edges. The compiler runs it on its instruction stream (it also decides
// reachability there); tests and tools run it on finished images. Not a verifier: it checks
// only what it needs to compute depths.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "bytecode/code_image.h"
#include "support/result.h"

namespace bastion::compile {

struct FlowInstr {
    bc::Op op = bc::Op::NOP;
    uint32_t arg = 0;
    int32_t target = -1;  // instruction index of the jump edge (rows flagged Jump)
    int32_t handler = -1; // index into the handler list, or -1 when not covered
};

// An exception handler: raising in a covered instruction cuts the stack to `depth` and
// pushes the exception, then continues at `target`. A negative `depth` means "the depth
// at instruction `setup`" (the point where the compiler opened the protected block).
struct FlowHandler {
    int32_t target = -1;
    int32_t setup = -1;
    int64_t depth = -1;
    int32_t adjust = 0; // added to the depth at `setup` (with: the enter result is not kept)
};

struct FlowResult {
    std::vector<int64_t> depth;         // entry depth per instruction; -1 = unreachable
    std::vector<int64_t> handler_depth; // resolved depth per handler; -1 = never reached
    uint32_t max_depth = 0;
};

// Errors are one-line descriptions ("stack underflow at 12 (POP_TOP)", ...).
Result<FlowResult, std::string> analyze_stack(std::span<const FlowInstr> code, std::span<const FlowHandler> handlers);

// Recomputes the maximum stack depth of a finished image from its code and exception table
// (handlers at their recorded depth). Fails on undecodable or inconsistent images.
Result<uint32_t, std::string> recompute_stacksize(const bc::CodeImage& image);

} // namespace bastion::compile
