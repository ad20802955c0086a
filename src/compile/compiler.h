// compiler.h: the compiler's entry points — AST (or source) in, an immutable
// bc::CodeImage tree out, or the first SyntaxError as a parse::Diagnostic. The image is
// plain data; it still has to pass verify::verify() before it can run.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "bytecode/code_image.h"
#include "parse/ast.h"
#include "parse/diagnostics.h"
#include "support/result.h"

namespace bastion::compile {

// compile()'s mode argument: Exec ("exec", a module), Eval ("eval", one expression whose
// value the code returns), Single ("single", interactive: expression statements print
// their value through PRINT_EXPR).
enum class CompileMode : uint8_t { Exec, Eval, Single };

using CompileResult = Result<std::shared_ptr<const bc::CodeImage>, parse::Diagnostic>;

// The compiler's SyntaxWarnings (CPython's compiler_warn: `x is 1`, `(1)(2)`, `"a"[1.5]`,
// `assert (x, "msg")`), in the order compiled, each with the span CPython reports. The
// caller issues them through the warnings module (vm/source_code.cpp); null: not wanted.
using CompileWarnings = std::vector<parse::Diagnostic>;

// A module body in any mode: Eval requires the body to be one expression statement,
// Single compiles it as interactive input.
CompileResult compile_module(const parse::ast::Module& module, std::string_view filename,
                             CompileMode mode = CompileMode::Exec, CompileWarnings* warnings = nullptr);
CompileResult compile_expression(const parse::ast::Expression& expr, std::string_view filename,
                                 CompileWarnings* warnings = nullptr);
CompileResult compile_interactive(const parse::ast::Interactive& input, std::string_view filename,
                                  CompileWarnings* warnings = nullptr);

// Parses with the matching parse_* entry point, then compiles.
CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode,
                             CompileWarnings* warnings = nullptr);

} // namespace bastion::compile
