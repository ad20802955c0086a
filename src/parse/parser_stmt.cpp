// parser_stmt.cpp: statement rules of Grammar/python.gram (3.11): simple statements,
// assignments of every kind, compound statements, blocks, imports. Not for `match`
// (parser_pattern.cpp) or function parameters (parser_params.cpp).
#include "parse/parser_impl.h"

namespace bastion::parse {

using namespace ast;

namespace {

std::optional<Operator> aug_op(TokenKind k) {
    switch (k) {
    case TokenKind::PlusEqual: return Operator::Add;
    case TokenKind::MinEqual: return Operator::Sub;
    case TokenKind::StarEqual: return Operator::Mult;
    case TokenKind::AtEqual: return Operator::MatMult;
    case TokenKind::SlashEqual: return Operator::Div;
    case TokenKind::PercentEqual: return Operator::Mod;
    case TokenKind::AmperEqual: return Operator::BitAnd;
    case TokenKind::VBarEqual: return Operator::BitOr;
    case TokenKind::CircumflexEqual: return Operator::BitXor;
    case TokenKind::LeftShiftEqual: return Operator::LShift;
    case TokenKind::RightShiftEqual: return Operator::RShift;
    case TokenKind::DoubleStarEqual: return Operator::Pow;
    case TokenKind::DoubleSlashEqual: return Operator::FloorDiv;
    default: return std::nullopt;
    }
}

bool is_bitwise_or_level(const Expr* e) {
    switch (e->kind) {
    case ExprKind::BoolOp: case ExprKind::Compare: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
    case ExprKind::Tuple:
        return false;
    case ExprKind::UnaryOp: return cast<UnaryOp>(e)->op != UnaryOpKind::Not;
    default: return true;
    }
}

} // namespace

PResult<bool> Parser::statement(std::vector<Stmt*>& out) {
    switch (peek().kind) {
    case TokenKind::Indent: return unexpected_indent();
    case TokenKind::KwIf: case TokenKind::KwWhile: case TokenKind::KwFor: case TokenKind::KwTry:
    case TokenKind::KwWith: case TokenKind::KwDef: case TokenKind::KwClass: case TokenKind::At:
    case TokenKind::KwAsync: {
        BASTION_TRY_ASSIGN(Stmt * s, compound_stmt());
        out.push_back(s);
        return true;
    }
    case TokenKind::Name:
        if (peek().text == "match") {
            bool matched = false;
            BASTION_TRY_ASSIGN(Stmt * s, try_match_stmt(matched));
            if (matched) {
                out.push_back(s);
                return true;
            }
        }
        return simple_stmts(out);
    default: return simple_stmts(out);
    }
}

PResult<bool> Parser::simple_stmts(std::vector<Stmt*>& out) {
    for (;;) {
        BASTION_TRY_ASSIGN(Stmt * s, simple_stmt());
        out.push_back(s);
        if (!accept(TokenKind::Semi))
            break;
        if (at(TokenKind::Newline))
            break;
    }
    if (!at(TokenKind::Newline))
        return invalid_syntax();
    m_ts.advance();
    return true;
}

PResult<Stmt*> Parser::simple_stmt() {
    Token first = peek();
    SourceSpan start = first.span;
    switch (first.kind) {
    case TokenKind::KwPass: m_ts.advance(); return make<Pass>(start);
    case TokenKind::KwBreak: m_ts.advance(); return make<Break>(start);
    case TokenKind::KwContinue: m_ts.advance(); return make<Continue>(start);
    case TokenKind::KwReturn: {
        m_ts.advance();
        auto* r = make<Return>(start);
        if (starts_expression(peek().kind)) {
            BASTION_TRY_ASSIGN(r->value, star_expressions());
        }
        r->span = span_from(start);
        return r;
    }
    case TokenKind::KwRaise: {
        m_ts.advance();
        auto* r = make<Raise>(start);
        if (starts_expression(peek().kind)) {
            BASTION_TRY_ASSIGN(r->exc, expression());
            if (accept(TokenKind::KwFrom)) {
                BASTION_TRY_ASSIGN(r->cause, expression());
            }
        }
        r->span = span_from(start);
        return r;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
        m_ts.advance();
        std::vector<std::string> names;
        do {
            if (!at(TokenKind::Name))
                return invalid_syntax();
            names.emplace_back(m_ts.advance().text);
        } while (accept(TokenKind::Comma));
        if (first.kind == TokenKind::KwGlobal) {
            auto* g = make<Global>(span_from(start));
            g->names = std::move(names);
            return g;
        }
        auto* g = make<Nonlocal>(span_from(start));
        g->names = std::move(names);
        return g;
    }
    case TokenKind::KwDel: {
        m_ts.advance();
        auto* d = make<Delete>(start);
        do {
            if (at(TokenKind::Newline) || at(TokenKind::Semi))
                break;
            BASTION_TRY_ASSIGN(Expr * t, binary(1));
            BASTION_TRY(set_context(t, ExprContext::Del));
            d->targets.push_back(t);
        } while (accept(TokenKind::Comma));
        if (d->targets.empty())
            return invalid_syntax();
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi))
            return invalid_syntax();
        d->span = span_from(start);
        return d;
    }
    case TokenKind::KwAssert: {
        m_ts.advance();
        auto* a = make<Assert>(start);
        BASTION_TRY_ASSIGN(a->test, expression());
        if (accept(TokenKind::Comma)) {
            BASTION_TRY_ASSIGN(a->msg, expression());
        }
        a->span = span_from(start);
        return a;
    }
    case TokenKind::KwImport: return import_stmt();
    case TokenKind::KwFrom: return from_import_stmt();
    default: return assignment_or_expr();
    }
}

PResult<Stmt*> Parser::assignment_or_expr() {
    Token first_tok = peek();
    SourceSpan start = first_tok.span;
    bool bare_yield = at(TokenKind::KwYield);
    BASTION_TRY_ASSIGN(Expr * first, star_expressions_or_yield());

    if (at(TokenKind::Colon)) { // annotated assignment
        switch (first->kind) {
        case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: break;
        case ExprKind::Tuple: return error("only single target (not tuple) can be annotated", first->span);
        case ExprKind::List: return error("only single target (not list) can be annotated", first->span);
        default: return error("illegal target for annotation", first->span);
        }
        BASTION_TRY(set_context(first, ExprContext::Store));
        m_ts.advance();
        auto* a = make<AnnAssign>(start);
        a->target = first;
        a->simple = first->kind == ExprKind::Name && first_tok.kind != TokenKind::LPar;
        BASTION_TRY_ASSIGN(a->annotation, expression());
        if (accept(TokenKind::Equal)) {
            BASTION_TRY_ASSIGN(a->value, star_expressions_or_yield());
        }
        a->span = span_from(start);
        return a;
    }
    if (auto op = aug_op(peek().kind)) {
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript)
            return error(std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment",
                         first->span);
        BASTION_TRY(set_context(first, ExprContext::Store));
        m_ts.advance();
        auto* a = make<AugAssign>(start);
        a->target = first;
        a->op = *op;
        BASTION_TRY_ASSIGN(a->value, star_expressions_or_yield());
        a->span = span_from(start);
        return a;
    }
    if (at(TokenKind::Equal)) {
        std::vector<Expr*> targets{first};
        std::vector<bool> bare{bare_yield};
        while (accept(TokenKind::Equal)) {
            bare.push_back(at(TokenKind::KwYield));
            BASTION_TRY_ASSIGN(Expr * v, star_expressions_or_yield());
            targets.push_back(v);
        }
        Expr* value = targets.back();
        targets.pop_back();
        for (size_t i = 0; i < targets.size(); ++i) {
            Expr* t = targets[i];
            if (bare[i])
                return error("assignment to yield expression not possible", t->span);
            bool excluded = first_tok.kind == TokenKind::KwTrue || first_tok.kind == TokenKind::KwFalse ||
                            first_tok.kind == TokenKind::KwNone ||
                            (first_tok.kind == TokenKind::LSqb && t->kind == ExprKind::List) ||
                            (first_tok.kind == TokenKind::LPar &&
                             (t->kind == ExprKind::Tuple || t->kind == ExprKind::GeneratorExp));
            bool group = first_tok.kind == TokenKind::LPar && t->span.col != start.col;
            bool invalid = t->kind != ExprKind::Name && t->kind != ExprKind::Attribute &&
                           t->kind != ExprKind::Subscript && t->kind != ExprKind::Tuple &&
                           t->kind != ExprKind::List && t->kind != ExprKind::Starred;
            if (i == 0 && targets.size() == 1 && invalid && !excluded && (group || is_bitwise_or_level(t)))
                return error(std::string("cannot assign to ") + expr_name(t) +
                                 " here. Maybe you meant '==' instead of '='?",
                             t->span);
            BASTION_TRY(set_context(t, ExprContext::Store));
        }
        auto* a = make<Assign>(start);
        a->targets = std::move(targets);
        a->value = value;
        a->span = span_from(start);
        return a;
    }
    // Python 2 `print x` / `exec x`.
    if (first->kind == ExprKind::Name && starts_expression(peek().kind) && !at(TokenKind::Star) &&
        !at(TokenKind::Minus) && !at(TokenKind::Plus) && !at(TokenKind::LPar) && !at(TokenKind::LSqb)) {
        const std::string& id = cast<Name>(first)->id;
        if (id == "print" || id == "exec") {
            auto rest = star_expressions();
            if (rest.ok())
                return error("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
                             span_of(first, rest.value()));
        }
    }
    auto* s = make<ExprStmt>(span_from(start));
    s->value = first;
    return s;
}

PResult<std::vector<Stmt*>> Parser::block(const char* what, SourceSpan header) {
    DepthGuard guard(*this); // blocks nest at most kMaxIndentLevel deep; this is the stack backstop
    if (too_deep())
        return depth_error();
    std::vector<Stmt*> body;
    if (!at(TokenKind::Newline)) {
        BASTION_TRY(simple_stmts(body));
        return body;
    }
    Token nl = m_ts.advance();
    if (!at(TokenKind::Indent)) {
        SourceSpan where = at(TokenKind::EndMarker) ? nl.span : peek().span;
        if (m_ts.tokenizer_error())
            return *m_ts.tokenizer_error();
        return Diagnostic{DiagKind::IndentationError,
                          std::string("expected an indented block after ") + what + " on line " +
                              std::to_string(header.line),
                          where};
    }
    m_ts.advance();
    while (!at(TokenKind::Dedent)) {
        if (at(TokenKind::EndMarker) || at(TokenKind::ErrorToken))
            return invalid_syntax();
        BASTION_TRY(statement(body));
    }
    m_ts.advance();
    return body;
}

PResult<Stmt*> Parser::compound_stmt() {
    Token t = peek();
    switch (t.kind) {
    case TokenKind::KwIf: return if_stmt(false);
    case TokenKind::KwWhile: return while_stmt();
    case TokenKind::KwFor: return for_stmt(false, t.span);
    case TokenKind::KwTry: return try_stmt();
    case TokenKind::KwWith: return with_stmt(false, t.span);
    case TokenKind::KwDef: return function_def({}, t.span, false);
    case TokenKind::KwClass: return class_def({}, t.span);
    case TokenKind::At: return decorated();
    case TokenKind::KwAsync: {
        m_ts.advance();
        switch (peek().kind) {
        case TokenKind::KwDef: return function_def({}, t.span, true);
        case TokenKind::KwFor: return for_stmt(true, t.span);
        case TokenKind::KwWith: return with_stmt(true, t.span);
        default: return invalid_syntax();
        }
    }
    default: return invalid_syntax();
    }
}

PResult<Stmt*> Parser::if_stmt(bool elif) {
    SourceSpan start = m_ts.advance().span;
    BASTION_TRY_ASSIGN(Expr * test, named_expression());
    BASTION_TRY(expect(TokenKind::Colon));
    auto* n = make<If>(start);
    n->test = test;
    BASTION_TRY_ASSIGN(n->body, block(elif ? "'elif' statement" : "'if' statement", start));
    if (at(TokenKind::KwElif)) {
        BASTION_TRY_ASSIGN(Stmt * nested, if_stmt(true));
        n->orelse.push_back(nested);
    } else if (at(TokenKind::KwElse)) {
        SourceSpan e = m_ts.advance().span;
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(n->orelse, block("'else' statement", e));
    }
    n->span = span_from(start);
    return n;
}

PResult<Stmt*> Parser::while_stmt() {
    SourceSpan start = m_ts.advance().span;
    auto* n = make<While>(start);
    BASTION_TRY_ASSIGN(n->test, named_expression());
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(n->body, block("'while' statement", start));
    if (at(TokenKind::KwElse)) {
        SourceSpan e = m_ts.advance().span;
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(n->orelse, block("'else' statement", e));
    }
    n->span = span_from(start);
    return n;
}

PResult<Stmt*> Parser::for_stmt(bool async, SourceSpan start) {
    SourceSpan kw = m_ts.advance().span;
    auto* n = make<For>(start, async);
    BASTION_TRY_ASSIGN(n->target, star_targets());
    BASTION_TRY(expect(TokenKind::KwIn));
    BASTION_TRY_ASSIGN(n->iter, star_expressions());
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(n->body, block("'for' statement", kw));
    if (at(TokenKind::KwElse)) {
        SourceSpan e = m_ts.advance().span;
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(n->orelse, block("'else' statement", e));
    }
    n->span = span_from(start);
    return n;
}

PResult<Stmt*> Parser::with_stmt(bool async, SourceSpan start) {
    SourceSpan kw = m_ts.advance().span;
    auto* n = make<With>(start, async);
    auto item = [&]() -> PResult<WithItem*> {
        auto* w = make<WithItem>();
        BASTION_TRY_ASSIGN(w->context_expr, expression());
        if (accept(TokenKind::KwAs)) {
            Expr* target = nullptr;
            if (at(TokenKind::Star)) {
                BASTION_TRY_ASSIGN(target, star_expression());
            } else {
                BASTION_TRY_ASSIGN(target, binary(1));
            }
            BASTION_TRY(set_context(target, ExprContext::Store));
            w->optional_vars = target;
        }
        return w;
    };
    bool done = false;
    if (at(TokenKind::LPar)) {
        // Try the parenthesized form `with (a as b, c):`, else fall back to an expression.
        size_t mark = m_ts.mark();
        m_ts.hold();
        m_ts.advance();
        std::vector<WithItem*> items;
        bool ok = true;
        {
            BracketGuard bracket(*this);
            while (ok && !at(TokenKind::RPar)) {
                auto w = item();
                if (!w.ok()) {
                    ok = false;
                    break;
                }
                items.push_back(w.value());
                if (!accept(TokenKind::Comma))
                    break;
            }
        }
        ok = ok && !items.empty() && accept(TokenKind::RPar) && at(TokenKind::Colon) && !m_ts.tokenizer_error();
        m_ts.release();
        if (ok) {
            n->items = std::move(items);
            done = true;
        } else {
            m_ts.reset(mark);
        }
    }
    if (!done) {
        do {
            BASTION_TRY_ASSIGN(WithItem * w, item());
            n->items.push_back(w);
        } while (accept(TokenKind::Comma));
    }
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(n->body, block("'with' statement", kw));
    n->span = span_from(start);
    return n;
}

PResult<Stmt*> Parser::try_stmt() {
    SourceSpan start = m_ts.advance().span;
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(auto body, block("'try' statement", start));
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse, finalbody;
    int star = -1; // -1 unknown, 0 except, 1 except*
    while (at(TokenKind::KwExcept)) {
        SourceSpan es = m_ts.advance().span;
        bool is_star = accept(TokenKind::Star);
        if (star >= 0 && star != static_cast<int>(is_star))
            return error("cannot have both 'except' and 'except*' on the same 'try'", span_from(es));
        star = is_star;
        auto* h = make<ExceptHandler>();
        if (!at(TokenKind::Colon)) {
            BASTION_TRY_ASSIGN(h->type, expression());
            if (at(TokenKind::Comma)) {
                Expr* a = h->type;
                m_ts.advance();
                auto more = star_expressions();
                if (more.ok() && at(TokenKind::Colon))
                    return error("multiple exception types must be parenthesized", span_of(a, more.value()));
                return invalid_syntax();
            }
            if (accept(TokenKind::KwAs)) {
                if (!at(TokenKind::Name))
                    return invalid_syntax();
                h->name = std::string(m_ts.advance().text);
            }
        } else if (is_star) {
            return error("expected one or more exception types", peek().span);
        }
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(h->body, block(is_star ? "'except*' statement" : "'except' statement", es));
        h->span = span_from(es);
        handlers.push_back(h);
    }
    if (!handlers.empty() && at(TokenKind::KwElse)) {
        SourceSpan e = m_ts.advance().span;
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(orelse, block("'else' statement", e));
    }
    if (at(TokenKind::KwFinally)) {
        SourceSpan f = m_ts.advance().span;
        BASTION_TRY(expect(TokenKind::Colon));
        BASTION_TRY_ASSIGN(finalbody, block("'finally' statement", f));
    }
    if (handlers.empty() && finalbody.empty()) {
        SourceSpan last = m_ts.last_span();
        return error("expected 'except' or 'finally' block", SourceSpan{last.end_line, last.end_col, last.end_line, last.end_col});
    }
    if (star == 1) {
        auto* t = make<TryStar>(span_from(start));
        t->body = std::move(body);
        t->handlers = std::move(handlers);
        t->orelse = std::move(orelse);
        t->finalbody = std::move(finalbody);
        return t;
    }
    auto* t = make<Try>(span_from(start));
    t->body = std::move(body);
    t->handlers = std::move(handlers);
    t->orelse = std::move(orelse);
    t->finalbody = std::move(finalbody);
    return t;
}

PResult<Stmt*> Parser::decorated() {
    std::vector<Expr*> decorators;
    while (accept(TokenKind::At)) {
        BASTION_TRY_ASSIGN(Expr * d, named_expression());
        decorators.push_back(d);
        if (!at(TokenKind::Newline))
            return invalid_syntax();
        m_ts.advance();
    }
    Token t = peek();
    if (t.kind == TokenKind::KwDef)
        return function_def(std::move(decorators), t.span, false);
    if (t.kind == TokenKind::KwClass)
        return class_def(std::move(decorators), t.span);
    if (t.kind == TokenKind::KwAsync && peek(1).kind == TokenKind::KwDef) {
        m_ts.advance();
        return function_def(std::move(decorators), t.span, true);
    }
    return invalid_syntax();
}

PResult<Stmt*> Parser::function_def(std::vector<Expr*> decorators, SourceSpan start, bool async) {
    SourceSpan kw = m_ts.advance().span; // def
    if (!at(TokenKind::Name))
        return invalid_syntax();
    auto* f = make<FunctionDef>(start, async);
    f->name = std::string(m_ts.advance().text);
    f->decorator_list = std::move(decorators);
    BASTION_TRY(expect(TokenKind::LPar));
    {
        BracketGuard bracket(*this);
        BASTION_TRY_ASSIGN(f->args, parameters(false));
    }
    BASTION_TRY(expect(TokenKind::RPar));
    if (accept(TokenKind::RArrow)) {
        BASTION_TRY_ASSIGN(f->returns, expression());
    }
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(f->body, block("function definition", kw));
    f->span = span_from(start);
    return f;
}

PResult<Stmt*> Parser::class_def(std::vector<Expr*> decorators, SourceSpan start) {
    SourceSpan kw = m_ts.advance().span;
    if (!at(TokenKind::Name))
        return invalid_syntax();
    Token name = m_ts.advance();
    auto* c = make<ClassDef>(start);
    c->name = std::string(name.text);
    c->decorator_list = std::move(decorators);
    if (at(TokenKind::LPar)) {
        auto* dummy = make<Name>(name.span);
        BASTION_TRY_ASSIGN(Expr * call_expr, call(dummy));
        auto* call_node = cast<Call>(call_expr);
        for (Expr* a : call_node->args)
            if (a->kind == ExprKind::GeneratorExp && call_node->args.size() == 1 && call_node->keywords.empty())
                return error("invalid syntax", a->span);
        c->bases = std::move(call_node->args);
        c->keywords = std::move(call_node->keywords);
    }
    BASTION_TRY(expect(TokenKind::Colon));
    BASTION_TRY_ASSIGN(c->body, block("class definition", kw));
    c->span = span_from(start);
    return c;
}

PResult<std::string> Parser::dotted_name() {
    if (!at(TokenKind::Name))
        return invalid_syntax();
    std::string name(m_ts.advance().text);
    while (at(TokenKind::Dot) && peek(1).kind == TokenKind::Name) {
        m_ts.advance();
        name += '.';
        name += m_ts.advance().text;
    }
    return name;
}

PResult<Alias*> Parser::dotted_alias(bool dotted) {
    SourceSpan start = peek().span;
    auto* a = make<Alias>();
    if (dotted) {
        BASTION_TRY_ASSIGN(a->name, dotted_name());
    } else {
        if (!at(TokenKind::Name))
            return invalid_syntax();
        a->name = std::string(m_ts.advance().text);
    }
    if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name))
            return invalid_syntax();
        a->asname = std::string(m_ts.advance().text);
    }
    a->span = span_from(start);
    return a;
}

PResult<Stmt*> Parser::import_stmt() {
    SourceSpan start = m_ts.advance().span;
    auto* n = make<Import>(start);
    do {
        BASTION_TRY_ASSIGN(Alias * a, dotted_alias(true));
        n->names.push_back(a);
    } while (accept(TokenKind::Comma));
    n->span = span_from(start);
    return n;
}

PResult<Stmt*> Parser::from_import_stmt() {
    SourceSpan start = m_ts.advance().span;
    auto* n = make<ImportFrom>(start);
    for (;;) {
        if (accept(TokenKind::Dot))
            n->level += 1;
        else if (accept(TokenKind::Ellipsis))
            n->level += 3;
        else
            break;
    }
    if (!at(TokenKind::KwImport) || n->level == 0) {
        BASTION_TRY_ASSIGN(std::string module, dotted_name());
        n->module = std::move(module);
    }
    BASTION_TRY(expect(TokenKind::KwImport));
    if (at(TokenKind::Star)) {
        Token star = m_ts.advance();
        auto* a = make<Alias>();
        a->name = "*";
        a->span = star.span;
        n->names.push_back(a);
    } else if (accept(TokenKind::LPar)) {
        BracketGuard bracket(*this);
        do {
            if (at(TokenKind::RPar) && !n->names.empty())
                break;
            BASTION_TRY_ASSIGN(Alias * a, dotted_alias(false));
            n->names.push_back(a);
        } while (accept(TokenKind::Comma));
        BASTION_TRY(expect(TokenKind::RPar));
    } else {
        do {
            BASTION_TRY_ASSIGN(Alias * a, dotted_alias(false));
            n->names.push_back(a);
            if (at(TokenKind::Comma) && (peek(1).kind == TokenKind::Newline || peek(1).kind == TokenKind::Semi))
                return error("trailing comma not allowed without surrounding parentheses", peek().span);
        } while (accept(TokenKind::Comma));
    }
    n->span = span_from(start);
    return n;
}

} // namespace bastion::parse
