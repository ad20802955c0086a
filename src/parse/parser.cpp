// parser.cpp: the entry points (parse_module / parse_expression / parse_interactive), the
// token buffer and the Parser's shared helpers (errors, spans, depth guard). Grammar rules
// live in parser_stmt/expr/target/pattern.cpp.
#include "parse/parser.h"

#include "parse/ast_depth.h"
#include "parse/parser_impl.h"

namespace bastion::parse {

// ---------------------------------------------------------------------------------------
// TokenStream

const Token& TokenStream::peek(size_t k) {
    while (m_pos + k >= m_buf.size()) {
        if (m_error) {
            Token t;
            t.kind = TokenKind::ErrorToken;
            t.span = m_error->span;
            m_buf.push_back(t);
            continue;
        }
        auto r = m_tok.next();
        if (!r.ok()) {
            m_error = r.take_error();
            continue;
        }
        m_buf.push_back(r.value());
    }
    return m_buf[m_pos + k];
}

Token TokenStream::advance() {
    Token t = peek();
    if (t.kind != TokenKind::EndMarker && t.kind != TokenKind::ErrorToken) {
        ++m_pos;
        // Node spans end at the last significant token, never at NEWLINE/INDENT/DEDENT.
        if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent)
            m_last = t.span;
    }
    // Drop consumed tokens once nobody can reset to them; keeps a 10 MB line in O(1) tokens.
    if (m_holds == 0 && m_pos > 256) {
        m_buf.erase(m_buf.begin(), m_buf.begin() + static_cast<std::ptrdiff_t>(m_pos));
        m_base += m_pos;
        m_pos = 0;
    }
    return t;
}

// ---------------------------------------------------------------------------------------
// Parser helpers

bool Parser::accept(TokenKind k) {
    if (peek().kind != k)
        return false;
    m_ts.advance();
    return true;
}

PResult<Token> Parser::expect(TokenKind k) {
    if (peek().kind != k) {
        if (k == TokenKind::Colon || k == TokenKind::KwIn || k == TokenKind::Equal)
            return error_at_token(std::string("expected '") + std::string(token_spelling(k)) + "'", peek());
        return invalid_syntax();
    }
    return m_ts.advance();
}

Diagnostic Parser::error(std::string message, SourceSpan span, DiagKind kind) {
    if (m_ts.tokenizer_error())
        return *m_ts.tokenizer_error();
    if (m_fstring_expr && kind == DiagKind::SyntaxError && message.rfind("f-string", 0) != 0)
        message = "f-string: " + message;
    return Diagnostic{kind, std::move(message), span};
}

Diagnostic Parser::error_at_token(std::string message, const Token& t) {
    return error(std::move(message), t.span);
}

Diagnostic Parser::invalid_syntax() {
    const Token& t = peek();
    if (t.kind == TokenKind::Indent)
        return unexpected_indent();
    if (t.kind == TokenKind::Dedent)
        return error("unindent does not match any outer indentation level", t.span, DiagKind::IndentationError);
    return error("invalid syntax", t.span);
}

SourceSpan Parser::span_from(SourceSpan start) const {
    SourceSpan last = m_ts.last_span();
    return SourceSpan{start.line, start.col, last.end_line, last.end_col};
}

SourceSpan Parser::span_of(const ast::Expr* a, const ast::Expr* b) const {
    return SourceSpan{a->span.line, a->span.col, b->span.end_line, b->span.end_col};
}

Diagnostic Parser::unexpected_indent() {
    SourceSpan at = peek().span;
    at.col = at.end_col = at.col > 0 ? at.col - 1 : 0; // CPython points at the last indent char
    return error("unexpected indent", at, DiagKind::IndentationError);
}

Diagnostic Parser::depth_error() {
    return Diagnostic{DiagKind::RecursionError, "maximum recursion depth exceeded during compilation", peek().span};
}

bool Parser::starts_expression(TokenKind k) {
    switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::LPar:
    case TokenKind::LSqb: case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus:
    case TokenKind::Tilde: case TokenKind::Star: case TokenKind::Ellipsis: case TokenKind::KwNot:
    case TokenKind::KwLambda: case TokenKind::KwAwait: case TokenKind::KwNone: case TokenKind::KwTrue:
    case TokenKind::KwFalse:
        return true;
    default:
        return false;
    }
}

PResult<ast::Expr*> Parser::forgot_comma(ast::Expr* a) {
    TokenKind k = peek().kind;
    bool candidate = m_bracket_depth > 0 && (k == TokenKind::Name || k == TokenKind::Number ||
                                             k == TokenKind::String || k == TokenKind::KwNone ||
                                             k == TokenKind::KwTrue || k == TokenKind::KwFalse);
    if (!candidate)
        return invalid_syntax();
    Token at_tok = peek();
    auto b = expression();
    if (!b.ok() || m_ts.tokenizer_error())
        return error_at_token("invalid syntax", at_tok);
    return error("invalid syntax. Perhaps you forgot a comma?", span_of(a, b.value()));
}

// ---------------------------------------------------------------------------------------
// Top-level rules

PResult<std::vector<ast::Stmt*>> Parser::parse_file() {
    std::vector<ast::Stmt*> body;
    while (!at(TokenKind::EndMarker)) {
        if (at(TokenKind::ErrorToken))
            return invalid_syntax();
        BASTION_TRY(statement(body));
    }
    return body;
}

PResult<ast::Expr*> Parser::parse_eval() {
    if (at(TokenKind::Indent))
        return invalid_syntax();
    BASTION_TRY_ASSIGN(ast::Expr * e, expression());
    if (at(TokenKind::Comma)) {
        auto* t = make<ast::Tuple>(e->span);
        t->elts.push_back(e);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::Newline) || at(TokenKind::EndMarker))
                break;
            BASTION_TRY_ASSIGN(ast::Expr * x, expression());
            t->elts.push_back(x);
        }
        t->span = span_from(e->span);
        e = t;
    }
    while (accept(TokenKind::Newline)) {
    }
    if (!at(TokenKind::EndMarker))
        return forgot_comma(e);
    return e;
}

PResult<std::vector<ast::Stmt*>> Parser::parse_single() {
    std::vector<ast::Stmt*> body;
    if (at(TokenKind::EndMarker))
        return body;
    if (at(TokenKind::Newline)) {
        m_ts.advance();
        return body;
    }
    BASTION_TRY(statement(body));
    while (accept(TokenKind::Newline)) {
    }
    if (!at(TokenKind::EndMarker))
        return error("multiple statements found while compiling a single statement", peek().span);
    return body;
}

PResult<ast::Expr*> Parser::parse_fstring_expr() {
    ast::Expr* e = nullptr;
    if (at(TokenKind::KwYield)) {
        BASTION_TRY_ASSIGN(e, yield_expr());
    } else {
        BASTION_TRY_ASSIGN(e, star_expressions());
    }
    if (!at(TokenKind::EndMarker))
        return forgot_comma(e);
    return e;
}

// ---------------------------------------------------------------------------------------
// Entry points

namespace {

template <typename Out, typename Fn>
Result<Out, Diagnostic> run(std::string_view bytes, Fn body) {
    BASTION_TRY_ASSIGN(std::string text, prepare_source(bytes));
    Out out;
    Parser parser(out.arena, text, Tokenizer(text));
    BASTION_TRY(body(parser, out));
    return out;
}

} // namespace

Result<ParsedModule, Diagnostic> parse_module(std::string_view source_utf8, std::string_view filename) {
    (void)filename;
    return run<ParsedModule>(source_utf8, [](Parser& p, ParsedModule& out) -> Result<void, Diagnostic> {
        BASTION_TRY_ASSIGN(auto body, p.parse_file());
        out.root = out.arena.make<ast::Module>();
        out.root->body = std::move(body);
        BASTION_TRY(check_ast_depth(out.root->body));
        return {};
    });
}

Result<ParsedExpression, Diagnostic> parse_expression(std::string_view source_utf8, std::string_view filename) {
    (void)filename;
    return run<ParsedExpression>(source_utf8, [](Parser& p, ParsedExpression& out) -> Result<void, Diagnostic> {
        BASTION_TRY_ASSIGN(auto* body, p.parse_eval());
        out.root = out.arena.make<ast::Expression>();
        out.root->body = body;
        BASTION_TRY(check_ast_depth(body));
        return {};
    });
}

Result<ParsedInteractive, Diagnostic> parse_interactive(std::string_view source_utf8, std::string_view filename) {
    (void)filename;
    return run<ParsedInteractive>(source_utf8, [](Parser& p, ParsedInteractive& out) -> Result<void, Diagnostic> {
        BASTION_TRY_ASSIGN(auto body, p.parse_single());
        out.root = out.arena.make<ast::Interactive>();
        out.root->body = std::move(body);
        BASTION_TRY(check_ast_depth(out.root->body));
        return {};
    });
}

std::string_view diag_kind_name(DiagKind kind) {
    switch (kind) {
    case DiagKind::SyntaxError: return "SyntaxError";
    case DiagKind::IndentationError: return "IndentationError";
    case DiagKind::TabError: return "TabError";
    case DiagKind::RecursionError: return "RecursionError";
    case DiagKind::MemoryError: return "MemoryError";
    }
    return "SyntaxError";
}

} // namespace bastion::parse
