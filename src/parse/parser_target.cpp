// parser_target.cpp: assignment/deletion targets. Targets are parsed as expressions and
// then checked and re-labelled Store/Del here, with CPython's "cannot assign to X" /
// "cannot delete X" messages (CPython: _PyPegen_get_expr_name, RAISE_SYNTAX_ERROR_INVALID_TARGET).
#include "parse/parser_impl.h"

namespace bastion::parse {

using namespace ast;

const char* Parser::expr_name(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        const ConstantValue& v = cast<Constant>(e)->value;
        if (v.kind == ConstantKind::None)
            return "None";
        if (v.kind == ConstantKind::Bool)
            return v.bool_value ? "True" : "False";
        if (v.kind == ConstantKind::Ellipsis)
            return "ellipsis";
        return "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    }
    return "expression";
}

// Marks `e` (recursively through Tuple/List/Starred) with ctx, or reports the first
// invalid sub-target. Iterates over elements, recursing only into nested displays, whose
// depth the parser already bounded.
PResult<bool> Parser::set_context(Expr* e, ExprContext ctx) {
    const char* verb = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
    switch (e->kind) {
    case ExprKind::Name: {
        auto* n = cast<Name>(e);
        if (ctx != ExprContext::Load && n->id == "__debug__")
            return error(std::string(verb) + "__debug__", e->span);
        n->ctx = ctx;
        return true;
    }
    case ExprKind::Attribute: cast<Attribute>(e)->ctx = ctx; return true;
    case ExprKind::Subscript: cast<Subscript>(e)->ctx = ctx; return true;
    case ExprKind::Starred:
        if (ctx == ExprContext::Del)
            return error(std::string(verb) + "starred", e->span);
        cast<Starred>(e)->ctx = ctx;
        return set_context(cast<Starred>(e)->value, ctx);
    case ExprKind::Tuple:
    case ExprKind::List: {
        auto& elts = e->kind == ExprKind::Tuple ? cast<Tuple>(e)->elts : cast<List>(e)->elts;
        for (Expr* x : elts)
            BASTION_TRY(set_context(x, ctx));
        if (e->kind == ExprKind::Tuple)
            cast<Tuple>(e)->ctx = ctx;
        else
            cast<List>(e)->ctx = ctx;
        return true;
    }
    default: return error(std::string(verb) + expr_name(e), e->span);
    }
}

// star_targets for `for` loops and comprehensions: parsed at bitwise_or level so that
// `in` ends the target.
PResult<Expr*> Parser::star_targets() {
    auto one = [&]() -> PResult<Expr*> {
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
        return binary(1);
    };
    BASTION_TRY_ASSIGN(Expr * first, one());
    Expr* target = first;
    if (at(TokenKind::Comma)) {
        auto* t = make<Tuple>(first->span);
        t->elts.push_back(first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::KwIn) || at(TokenKind::Equal))
                break;
            BASTION_TRY_ASSIGN(Expr * e, one());
            t->elts.push_back(e);
        }
        t->span = span_from(first->span);
        target = t;
    }
    BASTION_TRY(set_context(target, ExprContext::Store));
    return target;
}

} // namespace bastion::parse
