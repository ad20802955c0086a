// checks.h: internal interface between the verifier's driver (verifier.cpp) and its passes.
// Each pass checks one image and returns the first violation; the driver fills in
// VerifyError::code_name and walks nested code. Not part of the public API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bytecode/code_image.h"
#include "verify/verifier.h"

namespace bastion::verify::detail {

using Status = Result<void, VerifyError>;

// A failure at unit `pc` (reported as a byte offset).
inline VerifyError fail(Rule rule, uint32_t pc, std::string detail) {
    return VerifyError{rule, pc * 4u, std::string(), std::move(detail)};
}

// A nested code constant found by the metadata pass, to be verified next.
struct NestedCode {
    const bc::CodeImage* image;
    uint32_t depth; // nesting depth of that image (root = 0)
};

// metadata_checks.cpp: sizes, counts, names, flags, line table and constants. Appends the
// code constants of `image` (at depth + 1) to `nested`. Runs before the other passes, so they
// may rely on 1 <= code.size() <= kMaxCodeUnits and stacksize <= kMaxStackSize.
Status check_metadata(const bc::CodeImage& image, uint32_t depth, std::vector<NestedCode>& nested);

// static_checks.cpp: every unit's opcode and operand, reachable or not. Afterwards every
// unit decodes with bc::decode and every operand is in range.
Status check_static(const bc::CodeImage& image);

// dataflow.cpp: the exception table and the stack/slot-kind dataflow. Requires the two
// passes above to have succeeded.
Status check_dataflow(const bc::CodeImage& image);

// text.cpp: string predicates shared by the passes.
// Strict UTF-8 (no surrogates, no overlongs, <= U+10FFFF); with allow_surrogates, the
// 3-byte forms of U+D800..U+DFFF are accepted too (how Str constants carry lone surrogates).
bool valid_utf8(std::string_view s, bool allow_surrogates);
// Identifier-shaped: [A-Za-z_][A-Za-z0-9_]* where any non-ASCII code point counts as a
// letter (an approximation of XID_Start/XID_Continue; safety does not depend on it).
bool is_identifier(std::string_view s);
// The compiler's synthetic locals: '.' followed by [A-Za-z0-9_]+ (".0").
bool is_synthetic_name(std::string_view s);
// co_names entries: an identifier, a dotted module path ("a.b.c"), or "" (from . import x).
bool is_name_entry(std::string_view s);
// A quoted, printable rendering for messages: invalid bytes and controls become \xNN.
std::string quoted(std::string_view s);

} // namespace bastion::verify::detail
