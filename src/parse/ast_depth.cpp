// ast_depth.cpp: child enumeration for every node kind and the iterative depth check that
// enforces ast::kMaxAstDepth (CPython: the compiler's recursion check in ast.c/symtable.c).
#include "parse/ast_depth.h"

namespace bastion::parse {

using namespace ast;

namespace {

template <typename T>
void each(const std::vector<T*>& v, ChildSink& s);
template <>
void each(const std::vector<Expr*>& v, ChildSink& s) {
    for (const Expr* e : v)
        if (e)
            s.expr(e);
}
template <>
void each(const std::vector<Stmt*>& v, ChildSink& s) {
    for (const Stmt* e : v)
        s.stmt(e);
}
template <>
void each(const std::vector<Pattern*>& v, ChildSink& s) {
    for (const Pattern* e : v)
        s.pattern(e);
}

void opt(const Expr* e, ChildSink& s) {
    if (e)
        s.expr(e);
}

void arguments(const Arguments* a, ChildSink& s) {
    if (!a)
        return;
    auto arg = [&](const Arg* x) {
        if (x)
            opt(x->annotation, s);
    };
    for (const Arg* x : a->posonlyargs)
        arg(x);
    for (const Arg* x : a->args)
        arg(x);
    arg(a->vararg);
    for (const Arg* x : a->kwonlyargs)
        arg(x);
    each(a->kw_defaults, s);
    arg(a->kwarg);
    each(a->defaults, s);
}

void generators(const std::vector<Comprehension*>& gens, ChildSink& s) {
    for (const Comprehension* c : gens) {
        s.expr(c->target);
        s.expr(c->iter);
        each(c->ifs, s);
    }
}

void handlers(const std::vector<ExceptHandler*>& hs, ChildSink& s) {
    for (const ExceptHandler* h : hs) {
        opt(h->type, s);
        each(h->body, s);
    }
}

} // namespace

void for_each_child(const Expr& e, ChildSink& s) {
    switch (e.kind) {
    case ExprKind::BoolOp: each(cast<BoolOp>(&e)->values, s); break;
    case ExprKind::NamedExpr: s.expr(cast<NamedExpr>(&e)->target); s.expr(cast<NamedExpr>(&e)->value); break;
    case ExprKind::BinOp: s.expr(cast<BinOp>(&e)->left); s.expr(cast<BinOp>(&e)->right); break;
    case ExprKind::UnaryOp: s.expr(cast<UnaryOp>(&e)->operand); break;
    case ExprKind::Lambda: arguments(cast<Lambda>(&e)->args, s); s.expr(cast<Lambda>(&e)->body); break;
    case ExprKind::IfExp: {
        auto* n = cast<IfExp>(&e);
        s.expr(n->test);
        s.expr(n->body);
        s.expr(n->orelse);
        break;
    }
    case ExprKind::Dict: each(cast<Dict>(&e)->keys, s); each(cast<Dict>(&e)->values, s); break;
    case ExprKind::Set: each(cast<Set>(&e)->elts, s); break;
    case ExprKind::ListComp: s.expr(cast<ListComp>(&e)->elt); generators(cast<ListComp>(&e)->generators, s); break;
    case ExprKind::SetComp: s.expr(cast<SetComp>(&e)->elt); generators(cast<SetComp>(&e)->generators, s); break;
    case ExprKind::DictComp: {
        auto* n = cast<DictComp>(&e);
        s.expr(n->key);
        s.expr(n->value);
        generators(n->generators, s);
        break;
    }
    case ExprKind::GeneratorExp:
        s.expr(cast<GeneratorExp>(&e)->elt);
        generators(cast<GeneratorExp>(&e)->generators, s);
        break;
    case ExprKind::Await: s.expr(cast<Await>(&e)->value); break;
    case ExprKind::Yield: opt(cast<Yield>(&e)->value, s); break;
    case ExprKind::YieldFrom: s.expr(cast<YieldFrom>(&e)->value); break;
    case ExprKind::Compare: s.expr(cast<Compare>(&e)->left); each(cast<Compare>(&e)->comparators, s); break;
    case ExprKind::Call: {
        auto* n = cast<Call>(&e);
        s.expr(n->func);
        each(n->args, s);
        for (const Keyword* k : n->keywords)
            s.expr(k->value);
        break;
    }
    case ExprKind::FormattedValue:
        s.expr(cast<FormattedValue>(&e)->value);
        opt(cast<FormattedValue>(&e)->format_spec, s);
        break;
    case ExprKind::JoinedStr: each(cast<JoinedStr>(&e)->values, s); break;
    case ExprKind::Constant: break;
    case ExprKind::Attribute: s.expr(cast<Attribute>(&e)->value); break;
    case ExprKind::Subscript: s.expr(cast<Subscript>(&e)->value); s.expr(cast<Subscript>(&e)->slice); break;
    case ExprKind::Starred: s.expr(cast<Starred>(&e)->value); break;
    case ExprKind::Name: break;
    case ExprKind::List: each(cast<List>(&e)->elts, s); break;
    case ExprKind::Tuple: each(cast<Tuple>(&e)->elts, s); break;
    case ExprKind::Slice: {
        auto* n = cast<Slice>(&e);
        opt(n->lower, s);
        opt(n->upper, s);
        opt(n->step, s);
        break;
    }
    }
}

void for_each_child(const Stmt& st, ChildSink& s) {
    switch (st.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
        auto* n = cast<FunctionDef>(&st);
        each(n->decorator_list, s);
        arguments(n->args, s);
        opt(n->returns, s);
        each(n->body, s);
        break;
    }
    case StmtKind::ClassDef: {
        auto* n = cast<ClassDef>(&st);
        each(n->decorator_list, s);
        each(n->bases, s);
        for (const Keyword* k : n->keywords)
            s.expr(k->value);
        each(n->body, s);
        break;
    }
    case StmtKind::Return: opt(cast<Return>(&st)->value, s); break;
    case StmtKind::Delete: each(cast<Delete>(&st)->targets, s); break;
    case StmtKind::Assign: each(cast<Assign>(&st)->targets, s); s.expr(cast<Assign>(&st)->value); break;
    case StmtKind::AugAssign: s.expr(cast<AugAssign>(&st)->target); s.expr(cast<AugAssign>(&st)->value); break;
    case StmtKind::AnnAssign: {
        auto* n = cast<AnnAssign>(&st);
        s.expr(n->target);
        s.expr(n->annotation);
        opt(n->value, s);
        break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
        auto* n = cast<For>(&st);
        s.expr(n->target);
        s.expr(n->iter);
        each(n->body, s);
        each(n->orelse, s);
        break;
    }
    case StmtKind::While: {
        auto* n = cast<While>(&st);
        s.expr(n->test);
        each(n->body, s);
        each(n->orelse, s);
        break;
    }
    case StmtKind::If: {
        auto* n = cast<If>(&st);
        s.expr(n->test);
        each(n->body, s);
        each(n->orelse, s);
        break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
        auto* n = cast<With>(&st);
        for (const WithItem* w : n->items) {
            s.expr(w->context_expr);
            opt(w->optional_vars, s);
        }
        each(n->body, s);
        break;
    }
    case StmtKind::Match: {
        auto* n = cast<Match>(&st);
        s.expr(n->subject);
        for (const MatchCase* c : n->cases) {
            s.pattern(c->pattern);
            opt(c->guard, s);
            each(c->body, s);
        }
        break;
    }
    case StmtKind::Raise: opt(cast<Raise>(&st)->exc, s); opt(cast<Raise>(&st)->cause, s); break;
    case StmtKind::Try: {
        auto* n = cast<Try>(&st);
        each(n->body, s);
        handlers(n->handlers, s);
        each(n->orelse, s);
        each(n->finalbody, s);
        break;
    }
    case StmtKind::TryStar: {
        auto* n = cast<TryStar>(&st);
        each(n->body, s);
        handlers(n->handlers, s);
        each(n->orelse, s);
        each(n->finalbody, s);
        break;
    }
    case StmtKind::Assert: s.expr(cast<Assert>(&st)->test); opt(cast<Assert>(&st)->msg, s); break;
    case StmtKind::Expr: s.expr(cast<ExprStmt>(&st)->value); break;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
    }
}

void for_each_child(const Pattern& p, ChildSink& s) {
    switch (p.kind) {
    case PatternKind::MatchValue: s.expr(cast<MatchValue>(&p)->value); break;
    case PatternKind::MatchSingleton: break;
    case PatternKind::MatchSequence: each(cast<MatchSequence>(&p)->patterns, s); break;
    case PatternKind::MatchMapping: each(cast<MatchMapping>(&p)->keys, s); each(cast<MatchMapping>(&p)->patterns, s); break;
    case PatternKind::MatchClass: {
        auto* n = cast<MatchClass>(&p);
        s.expr(n->cls);
        each(n->patterns, s);
        each(n->kwd_patterns, s);
        break;
    }
    case PatternKind::MatchStar: break;
    case PatternKind::MatchAs:
        if (cast<MatchAs>(&p)->pattern)
            s.pattern(cast<MatchAs>(&p)->pattern);
        break;
    case PatternKind::MatchOr: each(cast<MatchOr>(&p)->patterns, s); break;
    }
}

namespace {

struct Item {
    const void* node;
    uint8_t type; // 0 Expr, 1 Stmt, 2 Pattern
    int depth;
};

struct Pusher final : ChildSink {
    std::vector<Item>& stack;
    int depth = 0;
    explicit Pusher(std::vector<Item>& s) : stack(s) {}
    void expr(const Expr* e) override { stack.push_back({e, 0, depth}); }
    void stmt(const Stmt* e) override { stack.push_back({e, 1, depth}); }
    void pattern(const Pattern* e) override { stack.push_back({e, 2, depth}); }
};

Result<void, Diagnostic> walk(std::vector<Item> stack) {
    Pusher push(stack);
    while (!stack.empty()) {
        Item it = stack.back();
        stack.pop_back();
        SourceSpan span;
        if (it.type == 0)
            span = static_cast<const Expr*>(it.node)->span;
        else if (it.type == 1)
            span = static_cast<const Stmt*>(it.node)->span;
        else
            span = static_cast<const Pattern*>(it.node)->span;
        if (it.depth > kMaxAstDepth)
            return Diagnostic{DiagKind::RecursionError, "maximum recursion depth exceeded during compilation", span};
        push.depth = it.depth + 1;
        if (it.type == 0)
            for_each_child(*static_cast<const Expr*>(it.node), push);
        else if (it.type == 1)
            for_each_child(*static_cast<const Stmt*>(it.node), push);
        else
            for_each_child(*static_cast<const Pattern*>(it.node), push);
    }
    return {};
}

} // namespace

Result<void, Diagnostic> check_ast_depth(const std::vector<ast::Stmt*>& body) {
    std::vector<Item> stack;
    for (const Stmt* s : body)
        stack.push_back({s, 1, 1});
    return walk(std::move(stack));
}

Result<void, Diagnostic> check_ast_depth(const ast::Expr* root) {
    std::vector<Item> stack;
    stack.push_back({root, 0, 1});
    return walk(std::move(stack));
}

} // namespace bastion::parse
