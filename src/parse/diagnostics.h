// diagnostics.h: SourceSpan (where a token or AST node sits in the source) and Diagnostic
// (the one error type the front end returns). Not for runtime exceptions: the embedding
// layer turns a Diagnostic into a SyntaxError/IndentationError/... object.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bastion::parse {

// Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line, exactly like
// CPython's lineno/col_offset/end_lineno/end_col_offset. (CPython's SyntaxError.offset is
// 1-based and counts characters: for ASCII lines it is col + 1.)
struct SourceSpan {
    int32_t line = 0;
    int32_t col = 0;
    int32_t end_line = 0;
    int32_t end_col = 0;
};

// The Python exception class a Diagnostic becomes.
enum class DiagKind : uint8_t {
    SyntaxError,
    IndentationError, // subclass of SyntaxError
    TabError,         // subclass of IndentationError
    RecursionError,   // nesting beyond the parser's or kMaxAstDepth's limit
    MemoryError,
};

// First error wins, like CPython. `message` is CPython 3.11's text (the exception's msg).
struct Diagnostic {
    DiagKind kind = DiagKind::SyntaxError;
    std::string message;
    SourceSpan span;
};

std::string_view diag_kind_name(DiagKind kind); // "SyntaxError", "TabError", ...

} // namespace bastion::parse
