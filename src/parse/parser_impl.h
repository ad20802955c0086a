// parser_impl.h: the Parser class shared by parser_*.cpp, fstring.cpp and literals.cpp.
// Internal to src/parse; users include parser.h. A hand-written recursive-descent parser
// for CPython 3.11's grammar (Grammar/python.gram) over a buffered token stream with
// mark/reset for the few places that need backtracking (soft keywords, lambda vs. others).
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "parse/ast.h"
#include "parse/parser.h"
#include "parse/tokenizer.h"

namespace bastion::parse {

template <typename T>
using PResult = Result<T, Diagnostic>;

// Token buffer over a Tokenizer. peek() never fails: a tokenizer error shows up as an
// ErrorToken and is remembered; Parser::error() then reports it in place of its own.
class TokenStream {
public:
    explicit TokenStream(Tokenizer tokenizer) : m_tok(std::move(tokenizer)) {}

    const Token& peek(size_t k = 0);
    Token advance(); // returns (a copy of) the consumed token
    size_t mark() const { return m_base + m_pos; }
    void reset(size_t mark) { m_pos = mark - m_base; }
    void hold() { ++m_holds; }   // keep tokens while a mark may be reset to
    void release() { --m_holds; }
    SourceSpan last_span() const { return m_last; }
    const std::optional<Diagnostic>& tokenizer_error() const { return m_error; }

private:
    Tokenizer m_tok;
    std::deque<Token> m_buf; // deque: peek() references survive later peeks
    size_t m_base = 0; // absolute index of m_buf[0]
    size_t m_pos = 0;
    int m_holds = 0;
    SourceSpan m_last;
    std::optional<Diagnostic> m_error;
};

enum class ParseMode : uint8_t { Exec, Eval, Single, FStringExpr };

// Parser recursion limits; past either one the input fails with RecursionError.
// kMaxParseDepth counts recursive rule entries (one unit per unary operator, lambda,
// conditional, bracket level...); valid trees are at most kMaxAstDepth deep anyway, and
// brackets nest at most kMaxParenLevel deep, so no valid program needs more.
// kMaxParseStackBytes is a backstop on the C stack actually used below the entry point.
// Optimised builds need about 3.5 KiB per bracket level (the deepest valid mix uses
// ~0.7 MiB), so 1 MiB never rejects a valid program there; -O0 and AddressSanitizer
// frames are 2x and 5x larger, so those builds get a larger budget. Callers must run the
// parser with at least kMaxParseStackBytes + 256 KiB of stack (the main thread's 8 MiB is
// plenty; give worker threads 2 MiB).
inline constexpr int kMaxParseDepth = ast::kMaxAstDepth + 2 * kMaxParenLevel + 100;
#if defined(__SANITIZE_ADDRESS__)
inline constexpr std::ptrdiff_t kMaxParseStackBytes = std::ptrdiff_t{6} << 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr std::ptrdiff_t kMaxParseStackBytes = std::ptrdiff_t{6} << 20;
#elif !defined(__OPTIMIZE__)
inline constexpr std::ptrdiff_t kMaxParseStackBytes = std::ptrdiff_t{3} << 20;
#else
inline constexpr std::ptrdiff_t kMaxParseStackBytes = std::ptrdiff_t{1} << 20;
#endif
#elif !defined(__OPTIMIZE__)
inline constexpr std::ptrdiff_t kMaxParseStackBytes = std::ptrdiff_t{3} << 20;
#else
inline constexpr std::ptrdiff_t kMaxParseStackBytes = std::ptrdiff_t{1} << 20;
#endif

class Parser {
public:
    Parser(ast::Arena& arena, std::string_view source, Tokenizer tokenizer)
        : m_arena(arena), m_src(source), m_ts(std::move(tokenizer)),
          m_stack_base(static_cast<const char*>(__builtin_frame_address(0))) {}
    // A sub-parser for one f-string replacement field: errors get the "f-string: " prefix
    // and recursion depth continues from the enclosing parser.
    Parser(ast::Arena& arena, std::string_view source, Tokenizer tokenizer, const Parser& outer)
        : m_arena(arena), m_src(source), m_ts(std::move(tokenizer)), m_depth(outer.m_depth),
          m_stack_base(outer.m_stack_base), m_bracket_depth(1), m_fstring_expr(true) {}

    PResult<std::vector<ast::Stmt*>> parse_file();
    PResult<ast::Expr*> parse_eval();
    PResult<std::vector<ast::Stmt*>> parse_single();
    PResult<ast::Expr*> parse_fstring_expr(); // star_expressions | yield_expr, then end

    int depth() const { return m_depth; }

    // --- helpers used by every file ---------------------------------------------------
    const Token& peek(size_t k = 0) { return m_ts.peek(k); }
    bool at(TokenKind k) { return peek().kind == k; }
    bool at_name(std::string_view soft) { return peek().kind == TokenKind::Name && peek().text == soft; }
    bool accept(TokenKind k);
    PResult<Token> expect(TokenKind k);
    Diagnostic error(std::string message, SourceSpan span, DiagKind kind = DiagKind::SyntaxError);
    Diagnostic error_at_token(std::string message, const Token& t);
    Diagnostic invalid_syntax(); // "invalid syntax" at the current token
    Diagnostic unexpected_indent();
    SourceSpan span_from(SourceSpan start) const;
    SourceSpan span_of(const ast::Expr* a, const ast::Expr* b) const;
    template <typename T, typename... A>
    T* make(A&&... args) { return m_arena.make<T>(std::forward<A>(args)...); }

    // RAII depth counter: `DepthGuard guard(*this); if (too_deep()) return depth_error();`
    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& q) : p(q) { ++p.m_depth; }
        ~DepthGuard() { --p.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
    };
    bool too_deep() const {
        auto here = static_cast<const char*>(__builtin_frame_address(0));
        std::ptrdiff_t used = m_stack_base > here ? m_stack_base - here : here - m_stack_base;
        return m_depth > kMaxParseDepth || used > kMaxParseStackBytes;
    }
    Diagnostic depth_error();
    // Brackets the parser is inside (for "Perhaps you forgot a comma?").
    struct BracketGuard {
        Parser& p;
        explicit BracketGuard(Parser& q) : p(q) { ++p.m_bracket_depth; }
        ~BracketGuard() { --p.m_bracket_depth; }
        BracketGuard(const BracketGuard&) = delete;
        BracketGuard& operator=(const BracketGuard&) = delete;
    };
    static bool starts_expression(TokenKind k);
    PResult<ast::Expr*> forgot_comma(ast::Expr* a); // error after an element in brackets

    // --- statements (parser_stmt.cpp) --------------------------------------------------
    PResult<bool> statement(std::vector<ast::Stmt*>& out);
    PResult<bool> simple_stmts(std::vector<ast::Stmt*>& out);
    PResult<ast::Stmt*> simple_stmt();
    PResult<ast::Stmt*> compound_stmt();
    PResult<std::vector<ast::Stmt*>> block(const char* what, SourceSpan header);
    PResult<ast::Stmt*> assignment_or_expr();
    PResult<ast::Stmt*> if_stmt(bool elif);
    PResult<ast::Stmt*> while_stmt();
    PResult<ast::Stmt*> for_stmt(bool async, SourceSpan start);
    PResult<ast::Stmt*> with_stmt(bool async, SourceSpan start);
    PResult<ast::Stmt*> try_stmt();
    PResult<ast::Stmt*> function_def(std::vector<ast::Expr*> decorators, SourceSpan start, bool async);
    PResult<ast::Stmt*> class_def(std::vector<ast::Expr*> decorators, SourceSpan start);
    PResult<ast::Stmt*> decorated();
    PResult<ast::Stmt*> import_stmt();
    PResult<ast::Stmt*> from_import_stmt();
    PResult<ast::Alias*> dotted_alias(bool dotted);
    PResult<std::string> dotted_name();
    PResult<ast::Arguments*> parameters(bool lambda);
    PResult<ast::Arg*> param(bool lambda);

    // --- match (parser_pattern.cpp) ------------------------------------------------------
    PResult<ast::Stmt*> try_match_stmt(bool& matched);
    PResult<ast::Pattern*> patterns();
    PResult<ast::Pattern*> pattern();
    PResult<ast::Pattern*> or_pattern();
    PResult<ast::Pattern*> closed_pattern();
    PResult<ast::Expr*> value_expr_pattern();
    PResult<ast::Expr*> signed_number();
    PResult<ast::Pattern*> maybe_star_pattern();
    PResult<ast::Pattern*> sequence_pattern(TokenKind close, SourceSpan start);
    PResult<ast::Pattern*> mapping_pattern(SourceSpan start);
    PResult<ast::Pattern*> class_pattern(ast::Expr* cls, SourceSpan start);

    // --- expressions (parser_expr.cpp) ---------------------------------------------------
    PResult<ast::Expr*> star_expressions();
    PResult<ast::Expr*> star_expression();
    PResult<ast::Expr*> star_named_expression();
    PResult<ast::Expr*> named_expression();
    PResult<ast::Expr*> expression();
    PResult<ast::Expr*> lambdef();
    PResult<ast::Expr*> disjunction();
    PResult<ast::Expr*> conjunction();
    PResult<ast::Expr*> inversion();
    PResult<ast::Expr*> comparison();
    PResult<ast::Expr*> binary(int min_prec);
    PResult<ast::Expr*> factor();
    PResult<ast::Expr*> power();
    PResult<ast::Expr*> primary();
    PResult<ast::Expr*> atom();
    PResult<ast::Expr*> paren_atom();
    PResult<ast::Expr*> list_atom();
    PResult<ast::Expr*> brace_atom();
    PResult<ast::Expr*> slices();
    PResult<ast::Expr*> slice();
    PResult<ast::Expr*> call(ast::Expr* func);
    PResult<ast::Expr*> yield_expr();
    PResult<std::vector<ast::Comprehension*>> for_if_clauses();
    PResult<ast::Expr*> star_expressions_or_yield();
    PResult<ast::Expr*> strings(); // atom: STRING+ (literals.cpp / fstring.cpp)

    // --- targets (parser_target.cpp) -----------------------------------------------------
    PResult<bool> set_context(ast::Expr* e, ast::ExprContext ctx);
    PResult<ast::Expr*> star_targets(); // for-loop / comprehension targets
    static const char* expr_name(const ast::Expr* e);

    // --- literals (literals.cpp, fstring.cpp) ----------------------------------------------
    PResult<ast::Expr*> number(const Token& t);
    struct StrPiece {
        const Token* token;
        bool bytes, raw, fmt, u;
        std::string_view body; // between the quotes
        int32_t body_start;    // offset of body in the source
    };
    PResult<bool> decode_str(const StrPiece& p, std::string_view body, int32_t body_start, std::u32string& out);
    PResult<bool> decode_bytes(const StrPiece& p, std::string& out);
    PResult<bool> fstring(const StrPiece& p, std::vector<ast::Expr*>& parts, std::u32string& pending,
                          SourceSpan whole);
    PResult<bool> fstring_body(const StrPiece& p, int32_t& pos, int32_t end, int nesting,
                               std::vector<ast::Expr*>& parts, std::u32string& pending, SourceSpan whole);
    PResult<ast::Expr*> fstring_field(const StrPiece& p, int32_t& pos, int32_t end, int nesting,
                                      std::vector<ast::Expr*>& parts, std::u32string& pending, SourceSpan whole);
    // Line and column of source offset `target`, counting from a known position.
    SourceSpan position_after(const Token& anchor, int32_t target);
    struct PositionCache {
        int32_t anchor = -1, offset = 0, line = 0, line_start = 0;
    };
    PositionCache m_position_cache;

    ast::Arena& m_arena;
    std::string_view m_src;
    TokenStream m_ts;
    int m_depth = 0;
    const char* m_stack_base; // frame address at the entry point (stack-use backstop)
    int m_bracket_depth = 0;
    bool m_fstring_expr = false;
};

} // namespace bastion::parse
