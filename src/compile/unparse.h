// unparse.h: expression → source text, as CPython 3.11's Python/ast_unparse.c writes it,
// for PEP 563 (`from __future__ import annotations` stores annotations as strings).
// Implemented in compile/unparse.cpp.
#pragma once

#include <string>

#include "parse/ast.h"

namespace bastion::compile {

namespace ast = parse::ast;

// The text CPython's _PyAST_ExprAsUnicode gives for an annotation (UTF-8).
std::string unparse_annotation(const ast::Expr* e);

} // namespace bastion::compile
