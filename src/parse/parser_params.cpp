// parser_params.cpp: parameter lists of `def` and `lambda` (Grammar: parameters,
// lambda_parameters) with CPython 3.11's messages for misplaced '/', '*', '**' and
// defaults. Duplicate names are left to the compiler's symbol table, as in CPython.
#include "parse/parser_impl.h"

namespace bastion::parse {

using namespace ast;

PResult<Arg*> Parser::param(bool lambda) {
    if (!at(TokenKind::Name))
        return invalid_syntax();
    Token name = m_ts.advance();
    auto* a = make<Arg>();
    a->arg = std::string(name.text);
    if (!lambda && accept(TokenKind::Colon)) {
        BASTION_TRY_ASSIGN(a->annotation, expression());
    }
    a->span = span_from(name.span);
    return a;
}

PResult<Arguments*> Parser::parameters(bool lambda) {
    auto* args = make<Arguments>();
    TokenKind close = lambda ? TokenKind::Colon : TokenKind::RPar;
    bool saw_slash = false, saw_star = false, saw_default = false;
    while (!at(close)) {
        if (args->kwarg != nullptr)
            return error("arguments cannot follow var-keyword argument", peek().span);
        Token t = peek();
        if (t.kind == TokenKind::Slash) {
            if (saw_slash)
                return error("/ may appear only once", t.span);
            if (saw_star)
                return error("/ must be ahead of *", t.span);
            if (args->args.empty())
                return invalid_syntax();
            m_ts.advance();
            saw_slash = true;
            args->posonlyargs = std::move(args->args);
            args->args.clear();
        } else if (t.kind == TokenKind::Star) {
            if (saw_star)
                return error("* argument may appear only once", t.span);
            m_ts.advance();
            saw_star = true;
            if (at(TokenKind::Name)) {
                Token name = m_ts.advance();
                auto* a = make<Arg>();
                a->arg = std::string(name.text);
                if (!lambda && accept(TokenKind::Colon)) {
                    BASTION_TRY_ASSIGN(a->annotation, star_expression()); // PEP 646 `*args: *Ts`
                }
                a->span = span_from(name.span);
                args->vararg = a;
                if (at(TokenKind::Equal))
                    return error("var-positional argument cannot have default value", peek().span);
            } else if (at(close) || (at(TokenKind::Comma) && peek(1).kind == TokenKind::DoubleStar) ||
                       (at(TokenKind::Comma) && peek(1).kind == close)) {
                return error("named arguments must follow bare *", t.span);
            }
        } else if (t.kind == TokenKind::DoubleStar) {
            m_ts.advance();
            BASTION_TRY_ASSIGN(args->kwarg, param(lambda));
            if (at(TokenKind::Equal))
                return error("var-keyword argument cannot have default value", peek().span);
        } else {
            BASTION_TRY_ASSIGN(Arg * a, param(lambda));
            Expr* def = nullptr;
            if (accept(TokenKind::Equal)) {
                BASTION_TRY_ASSIGN(def, expression());
            }
            if (saw_star) {
                args->kwonlyargs.push_back(a);
                args->kw_defaults.push_back(def);
            } else {
                if (def) {
                    saw_default = true;
                    args->defaults.push_back(def);
                } else if (saw_default) {
                    return error("non-default argument follows default argument", a->span);
                }
                args->args.push_back(a);
            }
        }
        if (!accept(TokenKind::Comma))
            break;
    }
    if (!at(close)) {
        if (lambda && at(TokenKind::LPar))
            return error("Lambda expression parameters cannot be parenthesized", peek().span);
        return invalid_syntax();
    }
    return args;
}

} // namespace bastion::parse
