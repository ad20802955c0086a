// parser_expr.cpp: expression rules of Grammar/python.gram (3.11), from star_expressions
// down to atoms, including calls, subscripts/slices, displays, comprehensions, lambda and
// yield. Binary operators use precedence climbing, so a chain `a+b+c...` is a loop.
// Literal decoding is in literals.cpp / fstring.cpp; targets in parser_target.cpp.
#include "parse/parser_impl.h"

namespace bastion::parse {

using namespace ast;

namespace {

int binary_prec(TokenKind k) {
    switch (k) {
    case TokenKind::VBar: return 1;
    case TokenKind::Circumflex: return 2;
    case TokenKind::Amper: return 3;
    case TokenKind::LeftShift: case TokenKind::RightShift: return 4;
    case TokenKind::Plus: case TokenKind::Minus: return 5;
    case TokenKind::Star: case TokenKind::Slash: case TokenKind::DoubleSlash: case TokenKind::Percent:
    case TokenKind::At: return 6;
    default: return 0;
    }
}

Operator binary_op(TokenKind k) {
    switch (k) {
    case TokenKind::VBar: return Operator::BitOr;
    case TokenKind::Circumflex: return Operator::BitXor;
    case TokenKind::Amper: return Operator::BitAnd;
    case TokenKind::LeftShift: return Operator::LShift;
    case TokenKind::RightShift: return Operator::RShift;
    case TokenKind::Plus: return Operator::Add;
    case TokenKind::Minus: return Operator::Sub;
    case TokenKind::Star: return Operator::Mult;
    case TokenKind::Slash: return Operator::Div;
    case TokenKind::DoubleSlash: return Operator::FloorDiv;
    case TokenKind::Percent: return Operator::Mod;
    default: return Operator::MatMult;
    }
}

bool starts_comprehension(Parser& p) {
    return p.at(TokenKind::KwFor) || (p.at(TokenKind::KwAsync) && p.peek(1).kind == TokenKind::KwFor);
}

} // namespace

PResult<Expr*> Parser::star_expressions() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * first, star_expression());
    if (!at(TokenKind::Comma))
        return first;
    auto* t = make<Tuple>(start);
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_expression(peek().kind))
            break;
        BASTION_TRY_ASSIGN(Expr * e, star_expression());
        t->elts.push_back(e);
    }
    t->span = span_from(start);
    return t;
}

PResult<Expr*> Parser::star_expression() {
    if (at(TokenKind::Star)) {
        SourceSpan start = m_ts.advance().span;
        DepthGuard guard(*this);
        if (too_deep())
            return depth_error();
        BASTION_TRY_ASSIGN(Expr * v, binary(1));
        auto* s = make<Starred>(span_from(start));
        s->value = v;
        return s;
    }
    return expression();
}

PResult<Expr*> Parser::star_named_expression() {
    if (at(TokenKind::Star))
        return star_expression();
    return named_expression();
}

PResult<Expr*> Parser::named_expression() {
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
        Token name = m_ts.advance();
        m_ts.advance();
        DepthGuard guard(*this);
        if (too_deep())
            return depth_error();
        BASTION_TRY_ASSIGN(Expr * value, expression());
        auto* target = make<Name>(name.span);
        target->id = std::string(name.text);
        target->ctx = ExprContext::Store;
        auto* n = make<NamedExpr>(span_from(name.span));
        n->target = target;
        n->value = value;
        return n;
    }
    BASTION_TRY_ASSIGN(Expr * e, expression());
    if (at(TokenKind::ColonEqual))
        return error(std::string("cannot use assignment expressions with ") + expr_name(e), e->span);
    return e;
}

PResult<Expr*> Parser::expression() {
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    if (at(TokenKind::KwLambda))
        return lambdef();
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * body, disjunction());
    if (!at(TokenKind::KwIf))
        return body;
    m_ts.advance();
    BASTION_TRY_ASSIGN(Expr * test, disjunction());
    if (!accept(TokenKind::KwElse))
        return error("expected 'else' after 'if' expression", span_of(body, test));
    BASTION_TRY_ASSIGN(Expr * orelse, expression());
    auto* n = make<IfExp>(span_from(start));
    n->test = test;
    n->body = body;
    n->orelse = orelse;
    return n;
}

PResult<Expr*> Parser::lambdef() {
    SourceSpan start = m_ts.advance().span;
    BASTION_TRY_ASSIGN(Arguments * args, parameters(true));
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(Expr * body, expression());
    auto* n = make<Lambda>(span_from(start));
    n->args = args;
    n->body = body;
    return n;
}

PResult<Expr*> Parser::disjunction() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * first, conjunction());
    if (!at(TokenKind::KwOr))
        return first;
    auto* b = make<BoolOp>(first->span);
    b->op = BoolOpKind::Or;
    b->values.push_back(first);
    while (accept(TokenKind::KwOr)) {
        BASTION_TRY_ASSIGN(Expr * e, conjunction());
        b->values.push_back(e);
    }
    b->span = span_from(start);
    return b;
}

PResult<Expr*> Parser::conjunction() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * first, inversion());
    if (!at(TokenKind::KwAnd))
        return first;
    auto* b = make<BoolOp>(first->span);
    b->op = BoolOpKind::And;
    b->values.push_back(first);
    while (accept(TokenKind::KwAnd)) {
        BASTION_TRY_ASSIGN(Expr * e, inversion());
        b->values.push_back(e);
    }
    b->span = span_from(start);
    return b;
}

PResult<Expr*> Parser::inversion() {
    if (!at(TokenKind::KwNot))
        return comparison();
    SourceSpan start = m_ts.advance().span;
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    BASTION_TRY_ASSIGN(Expr * operand, inversion());
    auto* n = make<UnaryOp>(span_from(start));
    n->op = UnaryOpKind::Not;
    n->operand = operand;
    return n;
}

PResult<Expr*> Parser::comparison() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * left, binary(1));
    Compare* cmp = nullptr;
    for (;;) {
        CmpOp op;
        switch (peek().kind) {
        case TokenKind::EqEqual: op = CmpOp::Eq; break;
        case TokenKind::NotEqual: op = CmpOp::NotEq; break;
        case TokenKind::Less: op = CmpOp::Lt; break;
        case TokenKind::LessEqual: op = CmpOp::LtE; break;
        case TokenKind::Greater: op = CmpOp::Gt; break;
        case TokenKind::GreaterEqual: op = CmpOp::GtE; break;
        case TokenKind::KwIn: op = CmpOp::In; break;
        case TokenKind::KwIs: op = peek(1).kind == TokenKind::KwNot ? CmpOp::IsNot : CmpOp::Is; break;
        case TokenKind::KwNot:
            if (peek(1).kind != TokenKind::KwIn)
                return cmp ? static_cast<Expr*>(cmp) : left;
            op = CmpOp::NotIn;
            break;
        default: return cmp ? static_cast<Expr*>(cmp) : left;
        }
        m_ts.advance();
        if (op == CmpOp::IsNot || op == CmpOp::NotIn)
            m_ts.advance();
        BASTION_TRY_ASSIGN(Expr * right, binary(1));
        if (!cmp) {
            cmp = make<Compare>(left->span);
            cmp->left = left;
        }
        cmp->ops.push_back(op);
        cmp->comparators.push_back(right);
        cmp->span = span_from(start);
    }
}

PResult<Expr*> Parser::binary(int min_prec) {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * left, factor());
    for (;;) {
        int prec = binary_prec(peek().kind);
        if (prec == 0 || prec < min_prec)
            return left;
        Operator op = binary_op(m_ts.advance().kind);
        BASTION_TRY_ASSIGN(Expr * right, binary(prec + 1));
        auto* b = make<BinOp>(span_from(start));
        b->left = left;
        b->op = op;
        b->right = right;
        left = b;
    }
}

PResult<Expr*> Parser::factor() {
    UnaryOpKind op;
    switch (peek().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
    }
    SourceSpan start = m_ts.advance().span;
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    BASTION_TRY_ASSIGN(Expr * operand, factor());
    auto* n = make<UnaryOp>(span_from(start));
    n->op = op;
    n->operand = operand;
    return n;
}

PResult<Expr*> Parser::power() {
    SourceSpan start0 = peek().span;
    Expr* e = nullptr;
    if (at(TokenKind::KwAwait)) {
        SourceSpan start = m_ts.advance().span;
        BASTION_TRY_ASSIGN(Expr * v, primary());
        auto* a = make<Await>(span_from(start));
        a->value = v;
        e = a;
    } else {
        BASTION_TRY_ASSIGN(e, primary());
    }
    if (!at(TokenKind::DoubleStar))
        return e;
    m_ts.advance();
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    BASTION_TRY_ASSIGN(Expr * right, factor());
    auto* b = make<BinOp>(span_from(start0));
    b->left = e;
    b->op = Operator::Pow;
    b->right = right;
    return b;
}

PResult<Expr*> Parser::primary() {
    SourceSpan start = peek().span;
    BASTION_TRY_ASSIGN(Expr * e, atom());
    for (;;) {
        if (at(TokenKind::Dot)) {
            m_ts.advance();
            if (!at(TokenKind::Name))
                return invalid_syntax();
            Token name = m_ts.advance();
            auto* a = make<Attribute>(span_from(start));
            a->value = e;
            a->attr = std::string(name.text);
            e = a;
        } else if (at(TokenKind::LPar)) {
            BASTION_TRY_ASSIGN(e, call(e));
            e->span = span_from(start);
        } else if (at(TokenKind::LSqb)) {
            m_ts.advance();
            BracketGuard bracket(*this);
            BASTION_TRY_ASSIGN(Expr * index, slices());
            BASTION_TRY(expect(TokenKind::RSqb));
            auto* s = make<Subscript>(span_from(start));
            s->value = e;
            s->slice = index;
            e = s;
        } else {
            return e;
        }
    }
}

PResult<Expr*> Parser::atom() {
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::Name: {
        Token tok = m_ts.advance();
        auto* n = make<Name>(tok.span);
        n->id = std::string(tok.text);
        return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
        Token tok = m_ts.advance();
        auto* c = make<Constant>(tok.span);
        if (tok.kind == TokenKind::KwNone) {
            c->value.kind = ConstantKind::None;
        } else if (tok.kind == TokenKind::Ellipsis) {
            c->value.kind = ConstantKind::Ellipsis;
        } else {
            c->value.kind = ConstantKind::Bool;
            c->value.bool_value = tok.kind == TokenKind::KwTrue;
        }
        return c;
    }
    case TokenKind::Number: {
        Token tok = m_ts.advance();
        return number(tok);
    }
    case TokenKind::String: return strings();
    case TokenKind::LPar: return paren_atom();
    case TokenKind::LSqb: return list_atom();
    case TokenKind::LBrace: return brace_atom();
    default: return invalid_syntax();
    }
}

PResult<Expr*> Parser::paren_atom() {
    SourceSpan start = m_ts.advance().span;
    BracketGuard bracket(*this);
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    if (accept(TokenKind::RPar))
        return make<Tuple>(span_from(start));
    if (at(TokenKind::KwYield)) {
        BASTION_TRY_ASSIGN(Expr * y, yield_expr());
        BASTION_TRY(expect(TokenKind::RPar));
        return y;
    }
    BASTION_TRY_ASSIGN(Expr * first, star_named_expression());
    if (starts_comprehension(*this)) {
        if (first->kind == ExprKind::Starred)
            return error("iterable unpacking cannot be used in comprehension", first->span);
        BASTION_TRY_ASSIGN(auto gens, for_if_clauses());
        if (!at(TokenKind::RPar))
            return invalid_syntax();
        m_ts.advance();
        auto* g = make<GeneratorExp>(span_from(start));
        g->elt = first;
        g->generators = std::move(gens);
        return g;
    }
    if (accept(TokenKind::RPar)) {
        if (first->kind == ExprKind::Starred)
            return error("cannot use starred expression here", first->span);
        return first;
    }
    if (!at(TokenKind::Comma))
        return forgot_comma(first);
    auto* t = make<Tuple>(start);
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar))
            break;
        BASTION_TRY_ASSIGN(Expr * e, star_named_expression());
        t->elts.push_back(e);
        if (!at(TokenKind::Comma) && !at(TokenKind::RPar))
            return forgot_comma(e);
    }
    BASTION_TRY(expect(TokenKind::RPar));
    t->span = span_from(start);
    return t;
}

PResult<Expr*> Parser::list_atom() {
    SourceSpan start = m_ts.advance().span;
    BracketGuard bracket(*this);
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    auto* l = make<List>(start);
    if (accept(TokenKind::RSqb)) {
        l->span = span_from(start);
        return l;
    }
    BASTION_TRY_ASSIGN(Expr * first, star_named_expression());
    if (starts_comprehension(*this)) {
        if (first->kind == ExprKind::Starred)
            return error("iterable unpacking cannot be used in comprehension", first->span);
        BASTION_TRY_ASSIGN(auto gens, for_if_clauses());
        BASTION_TRY(expect(TokenKind::RSqb));
        auto* c = make<ListComp>(span_from(start));
        c->elt = first;
        c->generators = std::move(gens);
        return c;
    }
    l->elts.push_back(first);
    for (;;) {
        if (accept(TokenKind::RSqb))
            break;
        if (!accept(TokenKind::Comma))
            return forgot_comma(l->elts.back());
        if (accept(TokenKind::RSqb))
            break;
        BASTION_TRY_ASSIGN(Expr * e, star_named_expression());
        l->elts.push_back(e);
    }
    l->span = span_from(start);
    return l;
}

PResult<Expr*> Parser::brace_atom() {
    SourceSpan start = m_ts.advance().span;
    BracketGuard bracket(*this);
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    if (accept(TokenKind::RBrace)) {
        return make<Dict>(span_from(start));
    }
    // Dict: '**' bitwise_or | expression ':' expression. Set: star_named_expression.
    Expr* first_key = nullptr;
    Expr* first = nullptr;
    bool is_dict = false;
    if (at(TokenKind::DoubleStar)) {
        m_ts.advance();
        BASTION_TRY_ASSIGN(first, binary(1));
        is_dict = true;
        if (starts_comprehension(*this))
            return error("dict unpacking cannot be used in dict comprehension", first->span);
    } else {
        BASTION_TRY_ASSIGN(first, star_named_expression());
        if (accept(TokenKind::Colon)) {
            is_dict = true;
            first_key = first;
            BASTION_TRY_ASSIGN(first, expression());
        }
    }
    if (starts_comprehension(*this)) {
        if (first->kind == ExprKind::Starred)
            return error("iterable unpacking cannot be used in comprehension", first->span);
        BASTION_TRY_ASSIGN(auto gens, for_if_clauses());
        BASTION_TRY(expect(TokenKind::RBrace));
        if (is_dict) {
            auto* c = make<DictComp>(span_from(start));
            c->key = first_key;
            c->value = first;
            c->generators = std::move(gens);
            return c;
        }
        auto* c = make<SetComp>(span_from(start));
        c->elt = first;
        c->generators = std::move(gens);
        return c;
    }
    if (is_dict) {
        auto* d = make<Dict>(start);
        d->keys.push_back(first_key);
        d->values.push_back(first);
        for (;;) {
            if (accept(TokenKind::RBrace))
                break;
            if (!accept(TokenKind::Comma))
                return forgot_comma(first);
            if (accept(TokenKind::RBrace))
                break;
            if (accept(TokenKind::DoubleStar)) {
                BASTION_TRY_ASSIGN(Expr * v, binary(1));
                d->keys.push_back(nullptr);
                d->values.push_back(v);
                first = v;
                continue;
            }
            BASTION_TRY_ASSIGN(Expr * k, expression());
            if (!at(TokenKind::Colon)) {
                if (at(TokenKind::Comma) || at(TokenKind::RBrace))
                    return error("':' expected after dictionary key", k->span);
                return invalid_syntax();
            }
            m_ts.advance();
            BASTION_TRY_ASSIGN(Expr * v, expression());
            d->keys.push_back(k);
            d->values.push_back(v);
            first = v;
        }
        d->span = span_from(start);
        return d;
    }
    auto* s = make<Set>(start);
    s->elts.push_back(first);
    for (;;) {
        if (accept(TokenKind::RBrace))
            break;
        if (!accept(TokenKind::Comma))
            return forgot_comma(s->elts.back());
        if (accept(TokenKind::RBrace))
            break;
        BASTION_TRY_ASSIGN(Expr * e, star_named_expression());
        s->elts.push_back(e);
    }
    s->span = span_from(start);
    return s;
}

PResult<Expr*> Parser::slices() {
    BASTION_TRY_ASSIGN(Expr * first, slice());
    if (!at(TokenKind::Comma) && first->kind != ExprKind::Starred)
        return first;
    auto* t = make<Tuple>(first->span);
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RSqb))
            break;
        BASTION_TRY_ASSIGN(Expr * e, slice());
        t->elts.push_back(e);
    }
    t->span = span_from(first->span);
    return t;
}

PResult<Expr*> Parser::slice() {
    if (at(TokenKind::Star))
        return star_expression();
    SourceSpan start = peek().span;
    Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        BASTION_TRY_ASSIGN(lower, named_expression());
        if (!at(TokenKind::Colon))
            return lower;
    }
    m_ts.advance(); // ':'
    auto* s = make<Slice>(start);
    s->lower = lower;
    if (starts_expression(peek().kind) && !at(TokenKind::Star)) {
        BASTION_TRY_ASSIGN(s->upper, expression());
    }
    if (accept(TokenKind::Colon)) {
        if (starts_expression(peek().kind) && !at(TokenKind::Star)) {
            BASTION_TRY_ASSIGN(s->step, expression());
        }
    }
    s->span = span_from(start);
    return s;
}

PResult<Expr*> Parser::call(Expr* func) {
    SourceSpan open = m_ts.advance().span;
    BracketGuard bracket(*this);
    DepthGuard guard(*this);
    if (too_deep())
        return depth_error();
    auto* c = make<Call>(func->span);
    c->func = func;
    bool saw_double_star = false;
    while (!at(TokenKind::RPar)) {
        if (at(TokenKind::Star)) {
            BASTION_TRY_ASSIGN(Expr * s, star_expression());
            if (saw_double_star)
                return error("iterable argument unpacking follows keyword argument unpacking", s->span);
            c->args.push_back(s);
        } else if (at(TokenKind::DoubleStar)) {
            SourceSpan start = m_ts.advance().span;
            BASTION_TRY_ASSIGN(Expr * v, expression());
            auto* k = make<Keyword>();
            k->value = v;
            k->span = span_from(start);
            c->keywords.push_back(k);
            saw_double_star = true;
        } else if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
            Token name = m_ts.advance();
            m_ts.advance();
            BASTION_TRY_ASSIGN(Expr * v, expression());
            auto* k = make<Keyword>();
            k->arg = std::string(name.text);
            k->value = v;
            k->span = span_from(name.span);
            c->keywords.push_back(k);
        } else {
            if ((at(TokenKind::KwTrue) || at(TokenKind::KwFalse) || at(TokenKind::KwNone)) &&
                peek(1).kind == TokenKind::Equal)
                return error(std::string("cannot assign to ") + std::string(peek().text), peek().span);
            BASTION_TRY_ASSIGN(Expr * e, named_expression());
            if (starts_comprehension(*this)) {
                BASTION_TRY_ASSIGN(auto gens, for_if_clauses());
                bool alone = c->args.empty() && c->keywords.empty() && at(TokenKind::RPar);
                if (!alone)
                    return error("Generator expression must be parenthesized", span_from(e->span));
                auto* g = make<GeneratorExp>(open);
                g->elt = e;
                g->generators = std::move(gens);
                m_ts.advance();
                g->span = span_from(open);
                c->args.push_back(g);
                c->span = span_from(func->span);
                return c;
            }
            if (at(TokenKind::Equal)) {
                m_ts.advance();
                BASTION_TRY_ASSIGN(Expr * v, expression());
                return error("expression cannot contain assignment, perhaps you meant \"==\"?", span_of(e, v));
            }
            if (!c->keywords.empty())
                return error(saw_double_star ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument",
                             e->span);
            c->args.push_back(e);
        }
        if (!accept(TokenKind::Comma)) {
            if (at(TokenKind::RPar))
                break;
            Expr* last = c->keywords.empty() ? (c->args.empty() ? func : c->args.back()) : c->keywords.back()->value;
            return forgot_comma(last);
        }
    }
    BASTION_TRY(expect(TokenKind::RPar));
    c->span = span_from(func->span);
    return c;
}

PResult<Expr*> Parser::yield_expr() {
    SourceSpan start = m_ts.advance().span;
    if (accept(TokenKind::KwFrom)) {
        BASTION_TRY_ASSIGN(Expr * v, expression());
        auto* y = make<YieldFrom>(span_from(start));
        y->value = v;
        return y;
    }
    auto* y = make<Yield>(start);
    if (starts_expression(peek().kind)) {
        BASTION_TRY_ASSIGN(y->value, star_expressions());
    }
    y->span = span_from(start);
    return y;
}

PResult<Expr*> Parser::star_expressions_or_yield() {
    if (at(TokenKind::KwYield))
        return yield_expr();
    return star_expressions();
}

PResult<std::vector<Comprehension*>> Parser::for_if_clauses() {
    std::vector<Comprehension*> out;
    while (starts_comprehension(*this)) {
        auto* c = make<Comprehension>();
        c->is_async = accept(TokenKind::KwAsync);
        m_ts.advance(); // for
        BASTION_TRY_ASSIGN(c->target, star_targets());
        BASTION_TRY(expect(TokenKind::KwIn));
        BASTION_TRY_ASSIGN(c->iter, disjunction());
        while (accept(TokenKind::KwIf)) {
            BASTION_TRY_ASSIGN(Expr * cond, disjunction());
            c->ifs.push_back(cond);
        }
        out.push_back(c);
    }
    return out;
}

} // namespace bastion::parse
