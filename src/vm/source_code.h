// source_code.h: source text -> verified code object (parse, compile, verify,
// materialize), with front-end Diagnostics turned into SyntaxError objects that carry
// CPython's attributes (msg, filename, lineno, offset, text, end_lineno, end_offset).
// Used by run_source/eval_source, import and the builtins compile/exec/eval.
#pragma once

#include <string_view>

#include "compile/compiler.h"
#include "objects/value.h"
#include "parse/diagnostics.h"

namespace bastion {

struct CodeObject;

Result<Own<CodeObject>> compile_to_code(Interpreter&, std::string_view source, std::string_view filename,
                                        compile::CompileMode mode);
// Issues the compiler's SyntaxWarnings through warnings.warn_explicit, in order, as
// CPython's compiler_warn does while compiling; a warning the filters raise as a
// SyntaxWarning becomes a SyntaxError at its position, any other exception propagates.
Status issue_compile_warnings(Interpreter&, const compile::CompileWarnings& warnings, std::string_view source,
                              std::string_view filename);
// The exception for a front-end diagnostic (SyntaxError, IndentationError, TabError,
// RecursionError or MemoryError), returned in flight. Without `with_text` its text is None
// (CPython's compiler errors read the line from the file, so "<string>" gets none).
Raised syntax_error_from(Interpreter&, const parse::Diagnostic& diag, std::string_view source,
                         std::string_view filename, bool with_text = true);

} // namespace bastion
