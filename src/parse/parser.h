// parser.h: the front end's entry points. Source bytes in, an arena-owned AST or the first
// Diagnostic out. Every input is handled without crashing or overflowing the C stack:
// nesting is bounded (see ast::kMaxAstDepth) and errors are returned, never thrown.
#pragma once

#include <string_view>

#include "parse/ast.h"
#include "parse/diagnostics.h"
#include "support/result.h"

namespace bastion::parse {

// The parse results own their arena; `root` points into it. Moving a result keeps every
// node where it is.
struct ParsedModule {
    ast::Arena arena;
    ast::Module* root = nullptr;
};

struct ParsedExpression {
    ast::Arena arena;
    ast::Expression* root = nullptr;
};

struct ParsedInteractive {
    ast::Arena arena;
    ast::Interactive* root = nullptr;
};

// compile(source, filename, "exec"). `source_utf8` is raw file bytes: a UTF-8 BOM and a
// utf-8 coding cookie are accepted; invalid UTF-8, NUL bytes and other encodings are
// SyntaxErrors. `filename` is accepted for symmetry with compile() and currently unused
// (Diagnostics carry no filename).
Result<ParsedModule, Diagnostic> parse_module(std::string_view source_utf8, std::string_view filename);

// compile(source, filename, "eval"): a single expression (leading whitespace and trailing
// newlines allowed).
Result<ParsedExpression, Diagnostic> parse_expression(std::string_view source_utf8, std::string_view filename);

// compile(source, filename, "single"): one (possibly compound) statement, as the REPL
// reads it.
Result<ParsedInteractive, Diagnostic> parse_interactive(std::string_view source_utf8, std::string_view filename);

} // namespace bastion::parse
