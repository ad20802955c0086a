// tokenizer.cpp: the Tokenizer, a close transcription of CPython 3.11's tok_get() so that
// tokens, INDENT/DEDENT decisions and error positions match. Not for literal values.
#include "parse/tokenizer.h"

#include <array>
#include <cstdio>

#include "support/normalize.h"
#include "support/unicode.h"
#include "support/utf8.h"

namespace bastion::parse {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(TokenKind::KwYield) + 1> kSpellings = {
#define TOKEN(name, spelling) spelling,
#include "parse/token.def"
#undef TOKEN
};

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ident_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }

} // namespace

std::string_view token_spelling(TokenKind kind) { return kSpellings[static_cast<size_t>(kind)]; }

std::optional<TokenKind> keyword_kind(std::string_view identifier) {
    if (identifier.empty() || identifier.size() > 8)
        return std::nullopt;
    for (size_t k = static_cast<size_t>(TokenKind::KwFalse); k < kSpellings.size(); ++k)
        if (kSpellings[k] == identifier)
            return static_cast<TokenKind>(k);
    return std::nullopt;
}

Tokenizer::Tokenizer(std::string_view prepared)
    : m_src(prepared), m_end(static_cast<int32_t>(prepared.size())) {}

Tokenizer::Tokenizer(std::string_view prepared, int32_t begin, int32_t end, int32_t line, int32_t line_start)
    : m_src(prepared), m_cur(begin), m_end(end), m_line(line), m_line_start(line_start),
      m_prev_line_start(line_start), m_at_bol(false), m_fstring_mode(true) {}

int Tokenizer::nextc() {
    if (m_cur >= m_end)
        return kEof;
    int c = static_cast<unsigned char>(m_src[static_cast<size_t>(m_cur++)]);
    if (c == '\n') {
        ++m_line;
        m_prev_line_start = m_line_start;
        m_line_start = m_cur;
    }
    return c;
}

void Tokenizer::backup(int c) {
    if (c == kEof)
        return;
    --m_cur;
    if (c == '\n') {
        --m_line;
        m_line_start = m_prev_line_start;
    }
}

// CPython's syntaxerror(): the position is the character before `cur` (offset = cur -
// line_start, 1-based), i.e. 0-based column cur - line_start - 1 when adjust = -1.
Diagnostic Tokenizer::error_here(std::string message, int32_t adjust) const {
    int32_t col = m_cur - m_line_start + adjust;
    if (col < 0)
        col = 0;
    return Diagnostic{DiagKind::SyntaxError, std::move(message), SourceSpan{m_line, col, m_line, col}};
}

Diagnostic Tokenizer::fail(Diagnostic d) {
    m_error = d;
    return d;
}

Token Tokenizer::make(TokenKind kind, int32_t start, int32_t start_line, int32_t start_col) const {
    Token t;
    t.kind = kind;
    t.start = start;
    t.text = m_src.substr(static_cast<size_t>(start), static_cast<size_t>(m_cur - start));
    t.span = SourceSpan{start_line, start_col, m_line, m_cur - m_line_start};
    return t;
}

std::optional<Diagnostic> Tokenizer::normalize_identifier(Token& t) {
    bool ascii = true;
    for (char c : t.text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return std::nullopt;
    // CPython's verify_identifier: the source spelling must be XID_Start XID_Continue*;
    // the error names the first character that is not, positioned at it.
    Utf8Scan scan = utf8_scan(t.text, false);
    if (scan.ok) {
        std::vector<uint32_t> cps(static_cast<size_t>(scan.length));
        utf8_decode_into(t.text, cps.data());
        size_t offset = 0;
        for (size_t i = 0; i < cps.size(); ++i) {
            uint32_t cp = cps[i];
            bool ok = i == 0 ? unicode::is_xid_start(cp) : unicode::is_xid_continue(cp);
            if (ok) {
                offset += static_cast<size_t>(utf8_width(cp));
                continue;
            }
            m_cur = t.start + static_cast<int32_t>(offset) + 1; // error_here reports the byte before m_cur
            char buf[80];
            if (unicode::is_printable(cp)) {
                std::string ch;
                utf8_append(ch, cp);
                std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), static_cast<unsigned>(cp));
            } else {
                std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
            }
            return error_here(buf);
        }
    }
    std::string nfkc = unicode::nfkc_utf8(t.text);
    if (nfkc == t.text)
        return std::nullopt;
    m_names.push_back(std::make_unique<std::string>(std::move(nfkc)));
    t.text = *m_names.back();
    return std::nullopt;
}

Result<Token, Diagnostic> Tokenizer::next() {
    if (m_error)
        return *m_error;
    auto r = next_inner();
    if (!r.ok())
        return fail(r.take_error());
    return r;
}

Result<int, Diagnostic> Tokenizer::continuation_line() {
    int c = nextc();
    if (c != '\n')
        return error_here("unexpected character after line continuation character");
    c = nextc();
    if (c == kEof) {
        Diagnostic d{DiagKind::SyntaxError, "unexpected EOF while parsing", {}};
        d.span = SourceSpan{m_line - 1, m_cur - m_prev_line_start, m_line - 1, m_cur - m_prev_line_start};
        return d;
    }
    backup(c);
    return c;
}

Result<void, Diagnostic> Tokenizer::handle_indentation(bool& blankline) {
    int col = 0, altcol = 0, cont_line_col = 0;
    int c;
    for (;;) {
        c = nextc();
        if (c == ' ') {
            ++col;
            ++altcol;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol = altcol + 1;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            cont_line_col = cont_line_col ? cont_line_col : col;
            BASTION_TRY_ASSIGN(c, continuation_line());
        } else {
            break;
        }
        if (col > 1'000'000) // keep the arithmetic far from overflow
            return error_here("too many levels of indentation");
    }
    backup(c);
    blankline = c == '#' || c == '\n';
    if (blankline || !m_parens.empty())
        return {};
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    auto tab_error = [&]() {
        return Diagnostic{DiagKind::TabError, "inconsistent use of tabs and spaces in indentation",
                          SourceSpan{m_line, 0, m_line, 0}};
    };
    if (col == m_indents.back()) {
        if (altcol != m_alt_indents.back())
            return tab_error();
    } else if (col > m_indents.back()) {
        if (static_cast<int>(m_indents.size()) >= kMaxIndentLevel)
            return Diagnostic{DiagKind::IndentationError, "too many levels of indentation",
                              SourceSpan{m_line, 0, m_line, 0}};
        if (altcol <= m_alt_indents.back())
            return tab_error();
        ++m_pending;
        m_indents.push_back(col);
        m_alt_indents.push_back(altcol);
    } else {
        while (m_indents.size() > 1 && col < m_indents.back()) {
            --m_pending;
            m_indents.pop_back();
            m_alt_indents.pop_back();
        }
        if (col != m_indents.back()) {
            int32_t eol = m_cur;
            while (eol < m_end && m_src[static_cast<size_t>(eol)] != '\n')
                ++eol;
            int32_t ecol = eol - m_line_start;
            return Diagnostic{DiagKind::IndentationError, "unindent does not match any outer indentation level",
                              SourceSpan{m_line, ecol, m_line, ecol}};
        }
        if (altcol != m_alt_indents.back())
            return tab_error();
    }
    return {};
}

Result<Token, Diagnostic> Tokenizer::next_inner() {
    bool blankline = false;
nextline:
    blankline = false;
    if (m_at_bol) {
        m_at_bol = false;
        BASTION_TRY(handle_indentation(blankline));
    }
    if (m_pending != 0) {
        Token t;
        t.kind = m_pending < 0 ? TokenKind::Dedent : TokenKind::Indent;
        t.start = m_cur;
        t.span = SourceSpan{m_line, m_cur - m_line_start, m_line, m_cur - m_line_start};
        m_pending += m_pending < 0 ? 1 : -1;
        return t;
    }
again:
    int c;
    do {
        c = nextc();
    } while (c == ' ' || c == '\t' || c == '\f');
    int32_t start = m_cur - (c == kEof ? 0 : 1);
    int32_t line = m_line, col = start - m_line_start;
    if (c == '\n') { // nextc() already moved to the next line
        line = m_line - 1;
        col = start - m_prev_line_start;
    }

    if (c == '#') {
        while (c != kEof && c != '\n')
            c = nextc();
        if (c == '\n') {
            start = m_cur - 1;
            line = m_line - 1;
            col = start - m_prev_line_start;
        }
    }
    if (c == kEof) {
        if (m_fstring_mode) {
            Token t;
            t.kind = TokenKind::EndMarker;
            t.start = m_cur;
            t.span = SourceSpan{m_line, m_cur - m_line_start, m_line, m_cur - m_line_start};
            return t;
        }
        if (!m_parens.empty()) {
            const Paren& p = m_parens.back();
            std::string msg = std::string("'") + p.ch + "' was never closed";
            return Diagnostic{DiagKind::SyntaxError, msg, SourceSpan{p.line, p.col, p.line, p.col}};
        }
        // Remaining dedents, then the end marker.
        if (m_indents.size() > 1) {
            m_indents.pop_back();
            m_alt_indents.pop_back();
            Token t;
            t.kind = TokenKind::Dedent;
            t.start = m_cur;
            t.span = SourceSpan{m_line, 0, m_line, 0};
            return t;
        }
        Token t;
        t.kind = TokenKind::EndMarker;
        t.start = m_cur;
        t.span = SourceSpan{m_line, 0, m_line, 0};
        return t;
    }

    if (is_ident_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = true;
            else
                break;
            c = nextc();
            if (c == '"' || c == '\'')
                return read_string(c, start, line, col);
        }
        while (is_ident_char(c))
            c = nextc();
        backup(c);
        Token t = make(TokenKind::Name, start, line, col);
        if (auto kw = keyword_kind(t.text))
            t.kind = *kw;
        else if (auto bad = normalize_identifier(t))
            return *bad;
        return t;
    }

    if (c == '\n') {
        if (m_fstring_mode)
            goto again;
        m_at_bol = true;
        if (blankline || !m_parens.empty())
            goto nextline;
        Token t;
        t.kind = TokenKind::Newline;
        t.start = start;
        t.text = m_src.substr(static_cast<size_t>(start), 1);
        t.span = SourceSpan{line, col, line, col + 1};
        return t;
    }

    if (c == '.') {
        c = nextc();
        if (is_digit(c))
            return read_number('.', start, line, col);
        if (c == '.') {
            c = nextc();
            if (c == '.')
                return make(TokenKind::Ellipsis, start, line, col);
            backup(c);
            backup('.');
        } else {
            backup(c);
        }
        return make(TokenKind::Dot, start, line, col);
    }

    if (is_digit(c))
        return read_number(c, start, line, col);

    if (c == '\'' || c == '"')
        return read_string(c, start, line, col);

    if (c == '\\') {
        BASTION_TRY(continuation_line());
        goto again;
    }

    // Operators: try three, two, then one character.
    // Look ahead without nextc(): operators never span lines, so no line bookkeeping.
    auto peekc = [&](int32_t k) -> int {
        return m_cur + k < m_end ? static_cast<unsigned char>(m_src[static_cast<size_t>(m_cur + k)]) : kEof;
    };
    int c2 = peekc(0);
    int c3 = peekc(1);
    auto three = [&]() -> std::optional<TokenKind> {
        if (c == '*' && c2 == '*' && c3 == '=') return TokenKind::DoubleStarEqual;
        if (c == '/' && c2 == '/' && c3 == '=') return TokenKind::DoubleSlashEqual;
        if (c == '<' && c2 == '<' && c3 == '=') return TokenKind::LeftShiftEqual;
        if (c == '>' && c2 == '>' && c3 == '=') return TokenKind::RightShiftEqual;
        return std::nullopt;
    };
    auto two = [&]() -> std::optional<TokenKind> {
        switch (c) {
        case '=': if (c2 == '=') return TokenKind::EqEqual; break;
        case '!': if (c2 == '=') return TokenKind::NotEqual; break;
        case '<': if (c2 == '=') return TokenKind::LessEqual; if (c2 == '<') return TokenKind::LeftShift; break;
        case '>': if (c2 == '=') return TokenKind::GreaterEqual; if (c2 == '>') return TokenKind::RightShift; break;
        case '*': if (c2 == '*') return TokenKind::DoubleStar; if (c2 == '=') return TokenKind::StarEqual; break;
        case '/': if (c2 == '/') return TokenKind::DoubleSlash; if (c2 == '=') return TokenKind::SlashEqual; break;
        case '+': if (c2 == '=') return TokenKind::PlusEqual; break;
        case '-': if (c2 == '=') return TokenKind::MinEqual; if (c2 == '>') return TokenKind::RArrow; break;
        case '%': if (c2 == '=') return TokenKind::PercentEqual; break;
        case '&': if (c2 == '=') return TokenKind::AmperEqual; break;
        case '|': if (c2 == '=') return TokenKind::VBarEqual; break;
        case '^': if (c2 == '=') return TokenKind::CircumflexEqual; break;
        case '@': if (c2 == '=') return TokenKind::AtEqual; break;
        case ':': if (c2 == '=') return TokenKind::ColonEqual; break;
        default: break;
        }
        return std::nullopt;
    };
    if (auto k = three()) {
        m_cur += 2;
        return make(*k, start, line, col);
    }
    if (auto k = two()) {
        m_cur += 1;
        return make(*k, start, line, col);
    }

    TokenKind kind = TokenKind::ErrorToken;
    switch (c) {
    case '(': kind = TokenKind::LPar; break;
    case ')': kind = TokenKind::RPar; break;
    case '[': kind = TokenKind::LSqb; break;
    case ']': kind = TokenKind::RSqb; break;
    case '{': kind = TokenKind::LBrace; break;
    case '}': kind = TokenKind::RBrace; break;
    case ':': kind = TokenKind::Colon; break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semi; break;
    case '+': kind = TokenKind::Plus; break;
    case '-': kind = TokenKind::Minus; break;
    case '*': kind = TokenKind::Star; break;
    case '/': kind = TokenKind::Slash; break;
    case '|': kind = TokenKind::VBar; break;
    case '&': kind = TokenKind::Amper; break;
    case '<': kind = TokenKind::Less; break;
    case '>': kind = TokenKind::Greater; break;
    case '=': kind = TokenKind::Equal; break;
    case '%': kind = TokenKind::Percent; break;
    case '~': kind = TokenKind::Tilde; break;
    case '^': kind = TokenKind::Circumflex; break;
    case '@': kind = TokenKind::At; break;
    default: break;
    }
    if (kind == TokenKind::LPar || kind == TokenKind::LSqb || kind == TokenKind::LBrace) {
        if (static_cast<int>(m_parens.size()) >= kMaxParenLevel)
            return error_here("too many nested parentheses");
        m_parens.push_back(Paren{static_cast<char>(c), line, col});
    } else if (kind == TokenKind::RPar || kind == TokenKind::RSqb || kind == TokenKind::RBrace) {
        if (m_parens.empty()) {
            if (m_fstring_mode) // the f-string code reports the stray bracket itself
                return make(kind, start, line, col);
            return error_here(std::string("unmatched '") + static_cast<char>(c) + "'");
        }
        Paren open = m_parens.back();
        m_parens.pop_back();
        bool match = (open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') || (open.ch == '{' && c == '}');
        if (!match) {
            std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                              "' does not match opening parenthesis '" + open.ch + "'";
            if (open.line != m_line)
                msg += " on line " + std::to_string(open.line);
            return error_here(msg);
        }
    } else if (kind == TokenKind::ErrorToken && c < 128 && (c < 32 || c == 127)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(c));
        return error_here(buf);
    }
    return make(kind, start, line, col);
}

// tok_decimal_tail(): digits with single underscores between them.
Result<int, Diagnostic> Tokenizer::decimal_tail() {
    int c;
    for (;;) {
        do {
            c = nextc();
        } while (is_digit(c));
        if (c != '_')
            break;
        c = nextc();
        if (!is_digit(c)) {
            backup(c);
            return error_here("invalid decimal literal");
        }
    }
    return c;
}

Result<void, Diagnostic> Tokenizer::verify_end_of_number(int c, const char* kind) {
    // `1if x else y` and friends are accepted (CPython 3.11 only warns).
    auto lookahead = [&](std::string_view rest) {
        int32_t save = m_cur;
        for (char ch : rest) {
            if (m_cur >= m_end || m_src[static_cast<size_t>(m_cur)] != ch) {
                m_cur = save;
                return false;
            }
            ++m_cur;
        }
        m_cur = save;
        return true;
    };
    bool keyword = false;
    if (c == 'a')
        keyword = lookahead("nd");
    else if (c == 'e')
        keyword = lookahead("lse");
    else if (c == 'f')
        keyword = lookahead("or");
    else if (c == 'i')
        keyword = m_cur < m_end && (m_src[static_cast<size_t>(m_cur)] == 'f' || m_src[static_cast<size_t>(m_cur)] == 'n' ||
                                    m_src[static_cast<size_t>(m_cur)] == 's');
    else if (c == 'o')
        keyword = lookahead("r");
    else if (c == 'n')
        keyword = lookahead("ot");
    if (keyword) {
        backup(c);
        return {};
    }
    if (is_ident_char(c)) {
        backup(c);
        return error_here(std::string("invalid ") + kind + " literal");
    }
    backup(c);
    return {};
}

Result<Token, Diagnostic> Tokenizer::read_number(int c, int32_t start, int32_t line, int32_t col) {
    auto finish = [&]() { return make(TokenKind::Number, start, line, col); };
    auto radix = [&](bool (*ok)(int), const char* kind, int max_digit) -> Result<Token, Diagnostic> {
        c = nextc();
        do {
            if (c == '_')
                c = nextc();
            if (!ok(c)) {
                if (max_digit && is_digit(c))
                    return error_here(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind +
                                      " literal");
                backup(c);
                return error_here(std::string("invalid ") + kind + " literal");
            }
            do {
                c = nextc();
            } while (ok(c));
        } while (c == '_');
        if (max_digit && is_digit(c))
            return error_here(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
        BASTION_TRY(verify_end_of_number(c, kind));
        return finish();
    };
    bool fraction_start = c == '.';
    if (!fraction_start && c == '0') {
        c = nextc();
        if (c == 'x' || c == 'X')
            return radix(is_xdigit, "hexadecimal", 0);
        if (c == 'o' || c == 'O')
            return radix([](int d) { return d >= '0' && d <= '7'; }, "octal", 8);
        if (c == 'b' || c == 'B')
            return radix([](int d) { return d == '0' || d == '1'; }, "binary", 2);
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = nextc();
                if (!is_digit(c)) {
                    backup(c);
                    return error_here("invalid decimal literal");
                }
            }
            if (c != '0')
                break;
            c = nextc();
        }
        int32_t zeros_end = m_cur;
        if (is_digit(c)) {
            nonzero = true;
            BASTION_TRY_ASSIGN(c, decimal_tail());
        }
        if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J' && nonzero) {
            backup(c);
            int32_t end_col = zeros_end - 1 - m_line_start;
            return Diagnostic{DiagKind::SyntaxError,
                              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                              "octal integers",
                              SourceSpan{line, col, line, end_col}};
        }
    } else if (!fraction_start) {
        BASTION_TRY_ASSIGN(c, decimal_tail());
    }
    if (fraction_start) {
        BASTION_TRY_ASSIGN(c, decimal_tail());
    } else if (c == '.') {
        c = nextc();
        if (is_digit(c)) {
            BASTION_TRY_ASSIGN(c, decimal_tail());
        }
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!is_digit(c)) {
                backup(c);
                return error_here("invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(c);
            BASTION_TRY(verify_end_of_number(e, "decimal")); // backs up e on success
            return finish();
        }
        BASTION_TRY_ASSIGN(c, decimal_tail());
    }
    if (c == 'j' || c == 'J') {
        c = nextc();
        BASTION_TRY(verify_end_of_number(c, "imaginary"));
        return finish();
    }
    BASTION_TRY(verify_end_of_number(c, "decimal"));
    return finish();
}

Result<Token, Diagnostic> Tokenizer::read_string(int quote, int32_t start, int32_t line, int32_t col) {
    int quote_size = 1, end_quote_size = 0;
    int c = nextc();
    if (c == quote) {
        c = nextc();
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; // empty string
    }
    if (c != quote)
        backup(c);
    while (end_quote_size != quote_size) {
        c = nextc();
        if (c == kEof || (quote_size == 1 && c == '\n')) {
            int32_t detected = c == '\n' ? m_line - 1 : m_line;
            if (c == kEof && m_cur > 0 && m_src[static_cast<size_t>(m_cur - 1)] == '\n')
                detected = m_line - 1;
            std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
            msg += " (detected at line " + std::to_string(detected) + ")";
            return Diagnostic{DiagKind::SyntaxError, msg, SourceSpan{line, col, line, col}};
        }
        if (c == quote) {
            ++end_quote_size;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                c = nextc();
        }
    }
    return make(TokenKind::String, start, line, col);
}

} // namespace bastion::parse
