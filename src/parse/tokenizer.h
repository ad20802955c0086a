// tokenizer.h: source bytes -> prepared text (prepare_source) and prepared text -> tokens
// (Tokenizer), following CPython 3.11's Parser/tokenizer.c: INDENT/DEDENT, implicit line
// joining in brackets, backslash continuation, whole string literals (f-strings included,
// split later by fstring.cpp) and numbers. Not for decoding literal values (literals.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/diagnostics.h"
#include "support/result.h"

namespace bastion::parse {

enum class TokenKind : uint8_t {
#define TOKEN(name, spelling) name,
#include "parse/token.def"
#undef TOKEN
};

std::string_view token_spelling(TokenKind kind); // "(" / "def" / "NAME" ...
std::optional<TokenKind> keyword_kind(std::string_view identifier);

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    SourceSpan span;
    std::string_view text; // exact source text (into the prepared source)
    int32_t start = 0;     // byte offset of text in the prepared source
};

// Checks and normalises raw source bytes the way CPython's file reader does: strips a
// UTF-8 BOM, honours a coding cookie on line 1 or 2 (utf-8; latin-1/iso-8859-1 are
// transcoded to UTF-8; anything else is an error), rejects NUL bytes and invalid UTF-8,
// turns \r\n and \r into \n, and guarantees a trailing \n.
Result<std::string, Diagnostic> prepare_source(std::string_view bytes);

// Limits from CPython's tokenizer.c (MAXLEVEL, MAXINDENT).
inline constexpr int kMaxParenLevel = 200;
inline constexpr int kMaxIndentLevel = 100;

// Pull tokenizer over prepared text (output of prepare_source). After an error every
// further call returns the same Diagnostic.
class Tokenizer {
public:
    explicit Tokenizer(std::string_view prepared);
    // A tokenizer over prepared[begin, end) that starts on `line` whose first byte is at
    // line_start, inside one virtual bracket (used for f-string replacement fields).
    Tokenizer(std::string_view prepared, int32_t begin, int32_t end, int32_t line, int32_t line_start);

    Result<Token, Diagnostic> next();

private:
    static constexpr int kEof = -1;
    int nextc();
    void backup(int c);
    int32_t col_of(int32_t pos) const { return pos - m_line_start; }
    Diagnostic error_here(std::string message, int32_t adjust = -1) const;
    Diagnostic fail(Diagnostic d);
    Token make(TokenKind kind, int32_t start, int32_t start_line, int32_t start_col) const;
    // PEP 3131: a non-ASCII identifier must be XID_Start XID_Continue* ("invalid
    // character" otherwise); its text becomes its NFKC form (held in m_names).
    std::optional<Diagnostic> normalize_identifier(Token& t);

    Result<Token, Diagnostic> next_inner();
    Result<void, Diagnostic> handle_indentation(bool& blankline);
    Result<Token, Diagnostic> read_number(int c, int32_t start, int32_t line, int32_t col);
    Result<Token, Diagnostic> read_string(int quote, int32_t start, int32_t line, int32_t col);
    Result<int, Diagnostic> continuation_line();
    Result<int, Diagnostic> decimal_tail();
    Result<void, Diagnostic> verify_end_of_number(int c, const char* kind);

    struct Paren {
        char ch;
        int32_t line;
        int32_t col;
    };

    std::string_view m_src;
    int32_t m_cur = 0;
    int32_t m_end = 0;
    int32_t m_line = 1;
    int32_t m_line_start = 0;
    int32_t m_prev_line_start = 0;
    bool m_at_bol = true;
    bool m_fstring_mode = false;
    int m_pending = 0; // >0 indents, <0 dedents still to return
    std::vector<int> m_indents{0};
    std::vector<int> m_alt_indents{0};
    std::vector<Paren> m_parens;
    std::optional<Diagnostic> m_error;
    std::vector<std::unique_ptr<std::string>> m_names; // NFKC forms that differ from the source
};

} // namespace bastion::parse
