// codegen_pattern.cpp: the match statement (PEP 634).
// TODO(compile): compile patterns with the MATCH_* ops (CPython: compiler_match).
#include "compile/codegen.h"

namespace bastion::compile {

Emit Codegen::match_stmt(const ast::Match* m) {
    return error("match statement is not supported yet", m->span);
}

} // namespace bastion::compile
