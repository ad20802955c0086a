// verifier.h: the bytecode verifier's public face: verify(), VerifyError, the rule ids and
// the VerifiedCode token that runtime::materialize() demands. The checks themselves live in
// metadata_checks.cpp, static_checks.cpp and dataflow.cpp; docs/verifier.md explains each rule.
// Not for: running code, or checking anything that depends on run-time values.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "bytecode/code_image.h"
#include "support/result.h"

namespace bastion::verify {

// The contract. A VerifiedCode guarantees, for its image and every nested code constant:
//  1. 1 <= code.size() <= kMaxCodeUnits, and every unit decodes to an opcode < kNumOps.
//  2. Every operand is in range for its OperandKind (const/name/local/deref indexes, jump
//     targets < code.size(), operator vocabularies, flag fields, SWAP >= 2, index >= 1).
//  3. Every reachable instruction has one stack depth on all paths; no instruction pops or
//     addresses a slot below the bottom; the depth after any instruction (on either edge)
//     is <= stacksize <= kMaxStackSize. Execution never falls off the end.
//  4. Slot kinds: NULL (PUSH_NULL) and maybe-NULL (LOAD_METHOD's first slot) are consumed
//     only by POP_TOP or as the callable prefix of CALL/CALL_KW/CALL_FUNCTION_EX, and moved
//     only by SWAP; the saved exception pushed by PUSH_EXC_INFO is consumed only by
//     POP_EXCEPT or POP_TOP, and copied/moved only by COPY/SWAP/WITH_EXCEPT_START. Every
//     other operand slot an instruction reads holds a real object (never NULL).
//  5. Exception table: entries sorted by (start, -end), each pair disjoint or nested, at
//     most kMaxHandlerNesting deep; start < end <= size, handler < size, depth <= stacksize.
//     Every covered reachable instruction has depth >= entry.depth before it runs, and an
//     instruction that may raise has depth - pops >= entry.depth, so cutting the stack to
//     entry.depth never exposes a consumed slot. The handler is verified as reached with
//     the covered instruction's slots below entry.depth plus one exception object, from
//     EVERY entry covering the instruction (innermost-wins lookup is the intended runtime
//     rule, but any containing entry is a verified edge).
//  6. Metadata: argcount + kwonlyargcount + VARARGS + VARKEYWORDS <= nlocals,
//     posonlyargcount <= argcount; names are UTF-8 and identifier-shaped; constants are
//     well-formed; nesting <= kMaxNesting; flags known and consistent; the line table is
//     sorted and inside the code.
// What stays a run-time check (types of objects, unbound locals, ...): docs/verifier.md.
//
// Images are immutable once shared: verification is a statement about the image's current
// contents, so whoever builds an image must drop every mutable alias before verifying it.

// Limits (each is a rule; see rules.def and docs/verifier.md for why the values).
inline constexpr uint32_t kMaxCodeUnits = 1u << 22;    // 16 MiB of co_code
inline constexpr uint32_t kMaxStackSize = 1u << 16;    // slots per frame
inline constexpr uint32_t kMaxNesting = 200;           // code + constant nesting (= serial::kMaxNesting)
inline constexpr uint32_t kMaxHandlerNesting = 64;     // CPython's static block limit is 20
inline constexpr uint32_t kMaxUnpackExTargets = 4095;  // named targets of one UNPACK_EX
inline constexpr uint64_t kWorkPerUnit = 64;           // dataflow work budget per code unit
inline constexpr uint64_t kWorkBase = 1u << 20;     // plus a fixed allowance per image

enum class Rule : uint8_t {
#define RULE(id, name, doc) id,
#include "verify/rules.def"
#undef RULE
};

// The stable snake_case id ("stack_underflow"), and the one-line description.
std::string_view rule_id(Rule rule);
std::string_view rule_doc(Rule rule);

struct VerifyError {
    Rule rule = Rule::EmptyCode;
    uint32_t offset = 0; // bytes into co_code (unit index * 4); 0 for metadata rules
    std::string code_name; // co_name of the failing image (nested images name themselves)
    std::string detail;

    // "verification failed in <code name> at offset N: <rule>: <detail>"
    std::string message() const;
};

class VerifiedCode;
Result<VerifiedCode, VerifyError> verify(std::shared_ptr<const bc::CodeImage> image);

// Proof that an image (and every code constant nested in it) passed verify(). Only the
// verifier can make one; runtime::materialize() accepts nothing else.
class VerifiedCode {
public:
    const bc::CodeImage& image() const { return *m_image; }
    const std::shared_ptr<const bc::CodeImage>& shared_image() const { return m_image; }
    // The nested code constant at co_consts[index] (it was verified with this one).
    // Aborts if that constant is not code: callers check the kind first.
    VerifiedCode nested(uint32_t const_index) const;

private:
    explicit VerifiedCode(std::shared_ptr<const bc::CodeImage> image) : m_image(std::move(image)) {}
    friend Result<VerifiedCode, VerifyError> verify(std::shared_ptr<const bc::CodeImage> image);

    std::shared_ptr<const bc::CodeImage> m_image;
};

} // namespace bastion::verify
