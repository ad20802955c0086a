// parser_pattern.cpp: the `match` statement (PEP 634) and every pattern kind. `match` is a
// soft keyword, so try_match_stmt() parses speculatively and backs out when the line turns
// out to be an ordinary statement such as `match = 1` or `match(x)`.
#include "parse/parser_impl.h"

namespace bastion::parse {

using namespace ast;

PResult<Stmt*> Parser::try_match_stmt(bool& matched) {
    matched = false;
    size_t mark = m_ts.mark();
    m_ts.hold();
    Token kw = m_ts.advance();
    bool looks_like_match = starts_expression(peek().kind) && !at(TokenKind::Star);
    if (at(TokenKind::Star))
        looks_like_match = true;
    Expr* subject = nullptr;
    if (looks_like_match) {
        auto first = star_named_expression();
        if (first.ok() && !m_ts.tokenizer_error()) {
            subject = first.value();
            if (at(TokenKind::Comma)) {
                auto* t = make<Tuple>(subject->span);
                t->elts.push_back(subject);
                bool ok = true;
                while (accept(TokenKind::Comma)) {
                    if (at(TokenKind::Colon))
                        break;
                    auto e = star_named_expression();
                    if (!e.ok()) {
                        ok = false;
                        break;
                    }
                    t->elts.push_back(e.value());
                }
                t->span = span_from(subject->span);
                subject = ok ? t : nullptr;
            }
        }
    }
    bool is_match = subject != nullptr && at(TokenKind::Colon) && peek(1).kind == TokenKind::Newline;
    m_ts.release();
    if (!is_match) {
        m_ts.reset(mark);
        return nullptr;
    }
    matched = true;
    m_ts.advance(); // ':'
    m_ts.advance(); // NEWLINE
    if (!at(TokenKind::Indent))
        return error("expected an indented block after 'match' statement on line " + std::to_string(kw.span.line),
                     peek().span, DiagKind::IndentationError);
    m_ts.advance();
    auto* m = make<Match>(kw.span);
    m->subject = subject;
    while (!at(TokenKind::Dedent)) {
        if (!at_name("case"))
            return invalid_syntax();
        Token case_kw = m_ts.advance();
        auto* c = make<MatchCase>();
        BASTION_TRY_ASSIGN(c->pattern, patterns());
        if (accept(TokenKind::KwIf)) {
            BASTION_TRY_ASSIGN(c->guard, named_expression());
        }
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(c->body, block("'case' statement", case_kw.span));
        m->cases.push_back(c);
    }
    m_ts.advance();
    if (m->cases.empty())
        return invalid_syntax();
    m->span = span_from(kw.span);
    return m;
}

// patterns: open_sequence_pattern | pattern
PResult<Pattern*> Parser::patterns() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Pattern * first, maybe_star_pattern());
    if (!at(TokenKind::Comma)) {
        if (first->kind == PatternKind::MatchStar) {
            auto* s = make<MatchSequence>(first->span);
            s->patterns.push_back(first);
            return s;
        }
        return first;
    }
    auto* s = make<MatchSequence>(start);
    s->patterns.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::Colon) || at(TokenKind::KwIf))
            break;
        BASTION_TRY_ASSIGN(Pattern * p, maybe_star_pattern());
        s->patterns.push_back(p);
    }
    s->span = span_from(start);
    return s;
}

PResult<Pattern*> Parser::maybe_star_pattern() {
    if (!at(TokenKind::Star))
        return pattern();
    SourceSpan start = m_ts.advance().span;
    if (!at(TokenKind::Name))
        return invalid_syntax();
    Token name = m_ts.advance();
    auto* s = make<MatchStar>(span_from(start));
    if (name.text != "_")
        s->name = std::string(name.text);
    return s;
}

// pattern: or_pattern ['as' NAME]
PResult<Pattern*> Parser::pattern() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Pattern * p, or_pattern());
    if (!at(TokenKind::KwAs))
        return p;
    m_ts.advance();
    if (!at(TokenKind::Name)) {
        if (starts_expression(peek().kind)) {
            auto e = expression();
            if (e.ok())
                return error(std::string("invalid pattern target"), e.value()->span);
        }
        return invalid_syntax();
    }
    Token name = m_ts.advance();
    if (name.text == "_")
        return error("cannot use '_' as a target", name.span);
    auto* a = make<MatchAs>(span_from(start));
    a->pattern = p;
    a->name = std::string(name.text);
    return a;
}

PResult<Pattern*> Parser::or_pattern() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Pattern * first, closed_pattern());
    if (!at(TokenKind::VBar))
        return first;
    auto* o = make<MatchOr>(first->span);
    o->patterns.push_back(first);
    while (accept(TokenKind::VBar)) {
        BASTION_TRY_ASSIGN(Pattern * p, closed_pattern());
        o->patterns.push_back(p);
    }
    o->span = span_from(start);
    return o;
}

PResult<Expr*> Parser::signed_number() {
    SourceSpan start = peek().span;
    bool neg = accept(TokenKind::Minus);
    if (!at(TokenKind::Number))
        return invalid_syntax();
    Token t = m_ts.advance();
    BASTION_TRY_ASSIGN(Expr * num, number(t));
    if (!neg)
        return num;
    auto* u = make<UnaryOp>(span_from(start));
    u->op = UnaryOpKind::USub;
    u->operand = num;
    return u;
}

// Literal value patterns: signed numbers, complex literals, strings.
PResult<Expr*> Parser::value_expr_pattern() {
    if (at(TokenKind::String)) {
        BASTION_TRY_ASSIGN(Expr * s, strings());
        if (s->kind == ExprKind::JoinedStr)
            return error("patterns may only match literals and attribute lookups", s->span);
        return s;
    }
    BASTION_TRY_ASSIGN(Expr * real, signed_number());
    if (!at(TokenKind::Plus) && !at(TokenKind::Minus))
        return real;
    Operator op = m_ts.advance().kind == TokenKind::Plus ? Operator::Add : Operator::Sub;
    const Expr* r = real->kind == ExprKind::UnaryOp ? cast<UnaryOp>(real)->operand : real;
    if (cast<Constant>(r)->value.kind == ConstantKind::Imaginary)
        return error("real number required in complex literal", real->span);
    if (!at(TokenKind::Number))
        return invalid_syntax();
    Token t = m_ts.advance();
    BASTION_TRY_ASSIGN(Expr * imag, number(t));
    if (cast<Constant>(imag)->value.kind != ConstantKind::Imaginary)
        return error("imaginary number required in complex literal", imag->span);
    auto* b = make<BinOp>(span_of(real, imag));
    b->left = real;
    b->op = op;
    b->right = imag;
    return b;
}

PResult<Pattern*> Parser::closed_pattern() {
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    Token t = peek();
    switch (t.kind) {
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
        m_ts.advance();
        auto* s = make<MatchSingleton>(t.span);
        if (t.kind == TokenKind::KwNone) {
            s->value.kind = ConstantKind::None;
        } else {
            s->value.kind = ConstantKind::Bool;
            s->value.bool_value = t.kind == TokenKind::KwTrue;
        }
        return s;
    }
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String: {
        BASTION_TRY_ASSIGN(Expr * v, value_expr_pattern());
        auto* m = make<MatchValue>(v->span);
        m->value = v;
        return m;
    }
    case TokenKind::LSqb: {
        m_ts.advance();
        BracketGuard bracket(*this);
        return sequence_pattern(TokenKind::RSqb, t.span);
    }
    case TokenKind::LPar: {
        m_ts.advance();
        BracketGuard bracket(*this);
        if (accept(TokenKind::RPar))
            return make<MatchSequence>(span_from(t.span));
        BASTION_TRY_ASSIGN(Pattern * first, maybe_star_pattern());
        if (accept(TokenKind::RPar)) {
            if (first->kind == PatternKind::MatchStar) {
                auto* s = make<MatchSequence>(span_from(t.span));
                s->patterns.push_back(first);
                return s;
            }
            return first; // group pattern
        }
        if (!at(TokenKind::Comma))
            return invalid_syntax();
        auto* s = make<MatchSequence>(t.span);
        s->patterns.push_back(first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RPar))
                break;
            BASTION_TRY_ASSIGN(Pattern * p, maybe_star_pattern());
            s->patterns.push_back(p);
        }
        BASTION_TRY(expect(TokenKind::RPar));
        s->span = span_from(t.span);
        return s;
    }
    case TokenKind::LBrace: {
        m_ts.advance();
        BracketGuard bracket(*this);
        return mapping_pattern(t.span);
    }
    case TokenKind::Name: {
        m_ts.advance();
        Expr* target = nullptr;
        if (at(TokenKind::Dot) || at(TokenKind::LPar)) {
            auto* n = make<Name>(t.span);
            n->id = std::string(t.text);
            target = n;
            while (accept(TokenKind::Dot)) {
                if (!at(TokenKind::Name))
                    return invalid_syntax();
                Token attr = m_ts.advance();
                auto* a = make<Attribute>(span_from(t.span));
                a->value = target;
                a->attr = std::string(attr.text);
                target = a;
            }
            if (at(TokenKind::LPar)) {
                m_ts.advance();
                BracketGuard bracket(*this);
                return class_pattern(target, t.span);
            }
            auto* m = make<MatchValue>(target->span);
            m->value = target;
            return m;
        }
        auto* a = make<MatchAs>(t.span);
        if (t.text != "_")
            a->name = std::string(t.text);
        return a;
    }
    default: return invalid_syntax();
    }
}

PResult<Pattern*> Parser::sequence_pattern(TokenKind close, SourceSpan start) {
    auto* s = make<MatchSequence>(start);
    while (!at(close)) {
        BASTION_TRY_ASSIGN(Pattern * p, maybe_star_pattern());
        s->patterns.push_back(p);
        if (!accept(TokenKind::Comma))
            break;
    }
    BASTION_TRY(expect(close));
    s->span = span_from(start);
    return s;
}

PResult<Pattern*> Parser::mapping_pattern(SourceSpan start) {
    auto* m = make<MatchMapping>(start);
    while (!at(TokenKind::RBrace)) {
        if (accept(TokenKind::DoubleStar)) {
            if (!at(TokenKind::Name))
                return invalid_syntax();
            m->rest = std::string(m_ts.advance().text);
            accept(TokenKind::Comma);
            if (!at(TokenKind::RBrace))
                return invalid_syntax();
            break;
        }
        Expr* key = nullptr;
        Token t = peek();
        if (t.kind == TokenKind::KwNone || t.kind == TokenKind::KwTrue || t.kind == TokenKind::KwFalse) {
            m_ts.advance();
            auto* c = make<Constant>(t.span);
            c->value.kind = t.kind == TokenKind::KwNone ? ConstantKind::None : ConstantKind::Bool;
            c->value.bool_value = t.kind == TokenKind::KwTrue;
            key = c;
        } else if (t.kind == TokenKind::Name) {
            m_ts.advance();
            auto* n = make<Name>(t.span);
            n->id = std::string(t.text);
            key = n;
            if (!at(TokenKind::Dot))
                return invalid_syntax();
            while (accept(TokenKind::Dot)) {
                if (!at(TokenKind::Name))
                    return invalid_syntax();
                Token attr = m_ts.advance();
                auto* a = make<Attribute>(span_from(t.span));
                a->value = key;
                a->attr = std::string(attr.text);
                key = a;
            }
        } else {
            BASTION_TRY_ASSIGN(key, value_expr_pattern());
        }
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(Pattern * p, pattern());
        m->keys.push_back(key);
        m->patterns.push_back(p);
        if (!accept(TokenKind::Comma))
            break;
    }
    BASTION_TRY(expect(TokenKind::RBrace));
    m->span = span_from(start);
    return m;
}

PResult<Pattern*> Parser::class_pattern(Expr* cls, SourceSpan start) {
    auto* c = make<MatchClass>(start);
    c->cls = cls;
    while (!at(TokenKind::RPar)) {
        if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
            Token name = m_ts.advance();
            m_ts.advance();
            BASTION_TRY_ASSIGN(Pattern * p, pattern());
            c->kwd_attrs.emplace_back(name.text);
            c->kwd_patterns.push_back(p);
        } else {
            BASTION_TRY_ASSIGN(Pattern * p, pattern());
            if (!c->kwd_attrs.empty())
                return error("positional patterns follow keyword patterns", p->span);
            c->patterns.push_back(p);
        }
        if (!accept(TokenKind::Comma))
            break;
    }
    BASTION_TRY(expect(TokenKind::RPar));
    c->span = span_from(start);
    return c;
}

} // namespace bastion::parse
