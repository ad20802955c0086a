// ast_depth.h: the post-parse check that no AST is deeper than ast::kMaxAstDepth. It walks
// with an explicit stack, so it is safe on any tree the parser's loops can build (long
// `a+b+c...` or `a.b.c...` chains are built iteratively, not by recursion).
#pragma once

#include <vector>

#include "parse/ast.h"
#include "parse/diagnostics.h"
#include "support/result.h"

namespace bastion::parse {

Result<void, Diagnostic> check_ast_depth(const std::vector<ast::Stmt*>& body);
Result<void, Diagnostic> check_ast_depth(const ast::Expr* root);

// Calls f(child) for each direct Expr*/Stmt*/Pattern* child (nullptr children skipped),
// looking through helper records (arguments, keyword, comprehension, ...).
struct ChildSink {
    virtual void expr(const ast::Expr* e) = 0;
    virtual void stmt(const ast::Stmt* s) = 0;
    virtual void pattern(const ast::Pattern* p) = 0;

protected:
    ~ChildSink() = default;
};
void for_each_child(const ast::Expr& e, ChildSink& sink);
void for_each_child(const ast::Stmt& s, ChildSink& sink);
void for_each_child(const ast::Pattern& p, ChildSink& sink);

} // namespace bastion::parse
