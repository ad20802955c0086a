// fstring.cpp: the inside of f-strings, following CPython 3.11's Parser/string_parser.c
// (fstring_find_literal / fstring_find_expr): literal pieces with {{ }}, replacement
// fields with !s/!r/!a, nested format specs (two levels at most) and the `=` form. Each
// field's expression is parsed by a sub-Parser over the same source, so its nodes carry
// real line/column positions.
#include "parse/parser_impl.h"

namespace bastion::parse {

using namespace ast;

namespace {

void flush(Parser& p, std::u32string& pending, std::vector<Expr*>& parts, SourceSpan whole) {
    if (pending.empty())
        return;
    auto* c = p.make<Constant>(whole);
    c->value.kind = ConstantKind::Str;
    c->value.str = std::move(pending);
    pending.clear();
    parts.push_back(c);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

} // namespace

SourceSpan Parser::position_after(const Token& anchor, int32_t target) {
    // Fields of one f-string are visited left to right, so resume from the previous answer
    // when it belongs to the same token: linear in the f-string's length overall.
    PositionCache& c = m_position_cache;
    if (c.anchor != anchor.start || target < c.offset) {
        c.anchor = anchor.start;
        c.offset = anchor.start;
        c.line = anchor.span.line;
        c.line_start = anchor.start - anchor.span.col;
    }
    for (; c.offset < target; ++c.offset) {
        if (m_src[static_cast<size_t>(c.offset)] == '\n') {
            ++c.line;
            c.line_start = c.offset + 1;
        }
    }
    // span.col holds the line start offset here (callers need it for a sub-tokenizer).
    return SourceSpan{c.line, c.line_start, c.line, target - c.line_start};
}

PResult<bool> Parser::fstring(const StrPiece& p, std::vector<Expr*>& parts, std::u32string& pending,
                              SourceSpan whole) {
    int32_t pos = p.body_start;
    int32_t end = p.body_start + static_cast<int32_t>(p.body.size());
    return fstring_body(p, pos, end, 0, parts, pending, whole);
}

PResult<bool> Parser::fstring_body(const StrPiece& p, int32_t& pos, int32_t end, int nesting,
                                   std::vector<Expr*>& parts, std::u32string& pending, SourceSpan whole) {
    auto ch_at = [&](int32_t i) { return m_src[static_cast<size_t>(i)]; };
    while (pos < end) {
        int32_t lit_start = pos;
        int32_t resume = -1;
        bool stop = false;
        while (pos < end) {
            char ch = ch_at(pos++);
            if (!p.raw && ch == '\\' && pos < end) {
                ch = ch_at(pos++);
                if (ch == 'N') {
                    if (pos < end && ch_at(pos++) == '{')
                        while (pos < end && ch_at(pos++) != '}') {
                        }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (nesting == 0) {
                    if (pos < end && ch_at(pos) == ch) {
                        resume = pos + 1; // literal keeps one brace
                        break;
                    }
                    if (ch == '}')
                        return error("f-string: single '}' is not allowed", p.token->span);
                }
                --pos;
                stop = true;
                break;
            }
        }
        int32_t lit_end = resume >= 0 ? resume - 1 : pos;
        if (lit_end > lit_start) {
            std::string_view lit = m_src.substr(static_cast<size_t>(lit_start), static_cast<size_t>(lit_end - lit_start));
            BASTION_TRY(decode_str(p, lit, lit_start, pending));
        }
        if (resume >= 0) {
            pos = resume;
            continue;
        }
        if (!stop || pos >= end)
            break;
        if (ch_at(pos) == '}') // end of a nested format spec
            return true;
        BASTION_TRY(fstring_field(p, pos, end, nesting, parts, pending, whole));
    }
    return true;
}

PResult<Expr*> Parser::fstring_field(const StrPiece& p, int32_t& pos, int32_t end, int nesting,
                                     std::vector<Expr*>& parts, std::u32string& pending, SourceSpan whole) {
    auto ch_at = [&](int32_t i) { return m_src[static_cast<size_t>(i)]; };
    SourceSpan where = p.token->span;
    if (nesting >= 2)
        return error("f-string: expressions nested too deeply", where);
    ++pos; // '{'
    int32_t expr_start = pos;
    char quote = 0;
    int string_type = 0;
    std::vector<char> stack;
    for (; pos < end; ++pos) {
        char ch = ch_at(pos);
        // As CPython 3.11's fstring_find_expr: no backslash anywhere in the expression part,
        // inside a nested string literal too.
        if (ch == '\\')
            return error("f-string expression part cannot include a backslash", where);
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (pos + 2 < end && ch_at(pos + 1) == ch && ch_at(pos + 2) == ch) {
                        pos += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (pos + 2 < end && ch_at(pos + 1) == ch && ch_at(pos + 2) == ch) {
                string_type = 3;
                pos += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (static_cast<int>(stack.size()) >= kMaxParenLevel)
                return error("f-string: too many nested parenthesis", where);
            stack.push_back(ch);
            continue;
        }
        if (ch == '#')
            return error("f-string expression part cannot include '#'", where);
        if (stack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (pos + 1 < end) {
                char next = ch_at(pos + 1);
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    ++pos;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            if (stack.empty())
                return error(std::string("f-string: unmatched '") + ch + "'", where);
            char open = stack.back();
            stack.pop_back();
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                return error(std::string("f-string: closing parenthesis '") + ch +
                                 "' does not match opening parenthesis '" + open + "'",
                             where);
        }
    }
    int32_t expr_end = pos;
    if (quote)
        return error("f-string: unterminated string", where);
    if (!stack.empty())
        return error(std::string("f-string: unmatched '") + stack.back() + "'", where);
    if (pos >= end)
        return error("f-string: expecting '}'", where);
    bool blank = true;
    for (int32_t i = expr_start; i < expr_end; ++i)
        blank &= is_space(ch_at(i));
    if (blank)
        return error("f-string: empty expression not allowed", where);

    SourceSpan at = position_after(*p.token, expr_start);
    Parser sub(m_arena, m_src, Tokenizer(m_src, expr_start, expr_end, at.line, at.col), *this);
    BASTION_TRY_ASSIGN(Expr * value, sub.parse_fstring_expr());

    bool self_doc = false;
    if (ch_at(pos) == '=') {
        ++pos;
        while (pos < end && is_space(ch_at(pos)))
            ++pos;
        if (pos >= end)
            return error("f-string: expecting '}'", where);
        std::string_view text = m_src.substr(static_cast<size_t>(expr_start), static_cast<size_t>(pos - expr_start));
        StrPiece raw_piece = p;
        raw_piece.raw = true;
        BASTION_TRY(decode_str(raw_piece, text, expr_start, pending));
        self_doc = true;
    }
    int conversion = -1;
    if (ch_at(pos) == '!') {
        ++pos;
        if (pos >= end)
            return error("f-string: expecting '}'", where);
        conversion = static_cast<unsigned char>(ch_at(pos));
        ++pos;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return error("f-string: invalid conversion character: expected 's', 'r', or 'a'", where);
    }
    Expr* spec = nullptr;
    if (pos < end && ch_at(pos) == ':') {
        ++pos;
        if (pos >= end)
            return error("f-string: expecting '}'", where);
        auto* js = make<JoinedStr>(whole);
        std::u32string spec_pending;
        BASTION_TRY(fstring_body(p, pos, end, nesting + 1, js->values, spec_pending, whole));
        flush(*this, spec_pending, js->values, whole);
        spec = js;
    }
    if (pos >= end || ch_at(pos) != '}')
        return error("f-string: expecting '}'", where);
    ++pos;
    if (self_doc && spec == nullptr && conversion == -1)
        conversion = 'r';
    flush(*this, pending, parts, whole);
    auto* fv = make<FormattedValue>(whole);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    parts.push_back(fv);
    return fv;
}

} // namespace bastion::parse
