// symtable.cpp: building blocks and resolving scopes (CPython: symtable.c's
// symtable_visit_* and analyze_block). Recursion follows the AST, whose depth the parser
// bounds (ast::kMaxAstDepth).
#include "compile/symtable.h"

#include <set>

namespace bastion::compile {

using parse::Diagnostic;
using parse::SourceSpan;

std::string mangle(const std::string& private_name, const std::string& name) {
    if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
        return name;
    if (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0)
        return name;
    if (name.find('.') != std::string::npos)
        return name;
    size_t strip = private_name.find_first_not_of('_');
    if (strip == std::string::npos)
        return name;
    return "_" + private_name.substr(strip) + name;
}

SymScope Block::scope_of(const std::string& mangled) const {
    auto it = symbols.find(mangled);
    return it == symbols.end() ? SymScope::Unknown : it->second.scope;
}

uint32_t Block::flags_of(const std::string& mangled) const {
    auto it = symbols.find(mangled);
    return it == symbols.end() ? 0 : it->second.flags;
}

Block* SymbolTable::block_for(const void* node) const {
    auto it = m_blocks.find(node);
    return it == m_blocks.end() ? nullptr : it->second;
}

#define ST_TRY(x)                                                                                                      \
    do {                                                                                                               \
        if (!(x))                                                                                                      \
            return false;                                                                                              \
    } while (0)

class SymtableBuilder {
public:
    explicit SymtableBuilder(SymbolTable& table) : m_table(table) {}

    std::optional<Diagnostic> m_error;

    bool error(std::string message, SourceSpan span) {
        if (!m_error)
            m_error = Diagnostic{parse::DiagKind::SyntaxError, std::move(message), span};
        return false;
    }

    void open_top() {
        m_table.m_top = std::make_unique<Block>();
        m_table.m_top->name = "top";
        m_cur = m_table.m_top.get();
    }

    Block* enter(BlockKind kind, std::string name, const void* node, int32_t line) {
        auto b = std::make_unique<Block>();
        b->kind = kind;
        b->name = std::move(name);
        b->line = line;
        b->parent = m_cur;
        b->private_name = m_cur->private_name;
        b->nested = m_cur->nested || m_cur->kind == BlockKind::Function;
        Block* raw = b.get();
        m_cur->children.push_back(std::move(b));
        m_table.m_blocks[node] = raw;
        m_cur = raw;
        return raw;
    }
    void leave() { m_cur = m_cur->parent; }

    bool add_def_in(Block* b, const std::string& name, uint32_t flag, SourceSpan span) {
        std::string m = mangle(b->private_name, name);
        auto [it, inserted] = b->symbols.try_emplace(m);
        if (inserted)
            b->order.push_back(m);
        uint32_t val = it->second.flags;
        if ((flag & kDefParam) && (val & kDefParam))
            return error("duplicate argument '" + name + "' in function definition", span);
        val |= flag;
        if (b->comp_iter_target) {
            if (val & (kDefGlobal | kDefNonlocal))
                return error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                             span);
            val |= kDefCompIter;
        }
        it->second.flags = val;
        if (flag & kDefParam)
            b->params.push_back(m);
        return true;
    }
    bool add_def(const std::string& name, uint32_t flag, SourceSpan span) { return add_def_in(m_cur, name, flag, span); }

    // --- statements ---
    bool stmts(const std::vector<ast::Stmt*>& body) {
        for (const ast::Stmt* s : body)
            ST_TRY(stmt(s));
        return true;
    }

    bool stmt(const ast::Stmt* s);
    bool expr(const ast::Expr* e);
    bool exprs(const std::vector<ast::Expr*>& v) {
        for (const ast::Expr* e : v)
            if (e)
                ST_TRY(expr(e));
        return true;
    }
    bool pattern(const ast::Pattern* p);
    bool arguments_defaults(const ast::Arguments* a) {
        ST_TRY(exprs(a->defaults));
        return exprs(a->kw_defaults);
    }
    bool annotations(const ast::Arguments* a, const ast::Expr* returns) {
        auto ann = [&](const std::vector<ast::Arg*>& v) {
            for (const ast::Arg* x : v)
                if (x->annotation)
                    ST_TRY(expr(x->annotation));
            return true;
        };
        ST_TRY(ann(a->posonlyargs));
        ST_TRY(ann(a->args));
        if (a->vararg && a->vararg->annotation)
            ST_TRY(expr(a->vararg->annotation));
        ST_TRY(ann(a->kwonlyargs));
        if (a->kwarg && a->kwarg->annotation)
            ST_TRY(expr(a->kwarg->annotation));
        return returns == nullptr || expr(returns);
    }
    bool params(const ast::Arguments* a) {
        for (const ast::Arg* x : a->posonlyargs)
            ST_TRY(add_def(x->arg, kDefParam, x->span));
        for (const ast::Arg* x : a->args)
            ST_TRY(add_def(x->arg, kDefParam, x->span));
        for (const ast::Arg* x : a->kwonlyargs)
            ST_TRY(add_def(x->arg, kDefParam, x->span));
        if (a->vararg) {
            ST_TRY(add_def(a->vararg->arg, kDefParam, a->vararg->span));
            m_cur->varargs = true;
        }
        if (a->kwarg) {
            ST_TRY(add_def(a->kwarg->arg, kDefParam, a->kwarg->span));
            m_cur->varkeywords = true;
        }
        return true;
    }
    bool directive(const ast::Stmt* s, const std::vector<std::string>& names, bool global);
    bool comprehension(const ast::Expr* e, const std::vector<ast::Comprehension*>& gens, const ast::Expr* elt,
                       const ast::Expr* value, const char* name, bool generator);
    bool named_expr(const ast::NamedExpr* e);
    bool check_yield_in_comprehension(const ast::Expr* e) {
        if (!m_cur->comprehension)
            return true;
        const std::string& n = m_cur->name;
        const char* what = n == "<listcomp>"  ? "'yield' inside list comprehension"
                           : n == "<setcomp>" ? "'yield' inside set comprehension"
                           : n == "<dictcomp>" ? "'yield' inside dict comprehension"
                                               : "'yield' inside generator expression";
        return error(what, e->span);
    }

    SymbolTable& m_table;
    Block* m_cur = nullptr;
};

bool SymtableBuilder::directive(const ast::Stmt* s, const std::vector<std::string>& names, bool global) {
    const char* kind = global ? "global" : "nonlocal";
    for (const std::string& name : names) {
        uint32_t cur = m_cur->flags_of(mangle(m_cur->private_name, name));
        if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            std::string msg;
            if (cur & kDefParam)
                msg = "name '" + name + "' is parameter and " + kind;
            else if (cur & kUse)
                msg = "name '" + name + "' is used prior to " + kind + " declaration";
            else if (cur & kDefAnnot)
                msg = "annotated name '" + name + "' can't be " + kind;
            else
                msg = "name '" + name + "' is assigned to before " + kind + " declaration";
            return error(msg, s->span);
        }
        ST_TRY(add_def(name, global ? kDefGlobal : kDefNonlocal, s->span));
        m_cur->directives.try_emplace(mangle(m_cur->private_name, name), s->span);
    }
    return true;
}

bool SymtableBuilder::stmt(const ast::Stmt* s) {
    using K = ast::StmtKind;
    switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: {
        auto* f = ast::cast<ast::FunctionDef>(s);
        ST_TRY(add_def(f->name, kDefLocal, s->span));
        ST_TRY(arguments_defaults(f->args));
        ST_TRY(annotations(f->args, f->returns));
        ST_TRY(exprs(f->decorator_list));
        int32_t line = f->decorator_list.empty() ? s->span.line : f->decorator_list[0]->span.line;
        enter(BlockKind::Function, f->name, f, line);
        m_cur->coroutine = s->kind == K::AsyncFunctionDef;
        ST_TRY(params(f->args));
        ST_TRY(stmts(f->body));
        leave();
        return true;
    }
    case K::ClassDef: {
        auto* c = ast::cast<ast::ClassDef>(s);
        ST_TRY(add_def(c->name, kDefLocal, s->span));
        ST_TRY(exprs(c->bases));
        for (const ast::Keyword* k : c->keywords)
            ST_TRY(expr(k->value));
        ST_TRY(exprs(c->decorator_list));
        int32_t line = c->decorator_list.empty() ? s->span.line : c->decorator_list[0]->span.line;
        enter(BlockKind::Class, c->name, c, line);
        m_cur->private_name = c->name;
        ST_TRY(stmts(c->body));
        leave();
        return true;
    }
    case K::Return:
        return ast::cast<ast::Return>(s)->value == nullptr || expr(ast::cast<ast::Return>(s)->value);
    case K::Delete:
        return exprs(ast::cast<ast::Delete>(s)->targets);
    case K::Assign: {
        auto* a = ast::cast<ast::Assign>(s);
        ST_TRY(exprs(a->targets));
        return expr(a->value);
    }
    case K::AugAssign: {
        auto* a = ast::cast<ast::AugAssign>(s);
        ST_TRY(expr(a->target));
        return expr(a->value);
    }
    case K::AnnAssign: {
        auto* a = ast::cast<ast::AnnAssign>(s);
        if (auto* n = ast::as<ast::Name>(a->target)) {
            uint32_t cur = m_cur->flags_of(mangle(m_cur->private_name, n->id));
            if ((cur & (kDefGlobal | kDefNonlocal)) && m_cur->kind != BlockKind::Module && a->simple)
                return error("annotated name '" + n->id + "' can't be " +
                                 ((cur & kDefGlobal) ? "global" : "nonlocal"),
                             s->span);
            if (a->simple)
                ST_TRY(add_def(n->id, kDefAnnot | kDefLocal, n->span));
            else if (a->value)
                ST_TRY(add_def(n->id, kDefLocal, n->span));
        } else {
            ST_TRY(expr(a->target));
        }
        ST_TRY(expr(a->annotation));
        return a->value == nullptr || expr(a->value);
    }
    case K::For:
    case K::AsyncFor: {
        auto* f = ast::cast<ast::For>(s);
        ST_TRY(expr(f->target));
        ST_TRY(expr(f->iter));
        ST_TRY(stmts(f->body));
        return stmts(f->orelse);
    }
    case K::While: {
        auto* w = ast::cast<ast::While>(s);
        ST_TRY(expr(w->test));
        ST_TRY(stmts(w->body));
        return stmts(w->orelse);
    }
    case K::If: {
        auto* i = ast::cast<ast::If>(s);
        ST_TRY(expr(i->test));
        ST_TRY(stmts(i->body));
        return stmts(i->orelse);
    }
    case K::With:
    case K::AsyncWith: {
        auto* w = ast::cast<ast::With>(s);
        for (const ast::WithItem* item : w->items) {
            ST_TRY(expr(item->context_expr));
            if (item->optional_vars)
                ST_TRY(expr(item->optional_vars));
        }
        return stmts(w->body);
    }
    case K::Match: {
        auto* m = ast::cast<ast::Match>(s);
        ST_TRY(expr(m->subject));
        for (const ast::MatchCase* c : m->cases) {
            ST_TRY(pattern(c->pattern));
            if (c->guard)
                ST_TRY(expr(c->guard));
            ST_TRY(stmts(c->body));
        }
        return true;
    }
    case K::Raise: {
        auto* r = ast::cast<ast::Raise>(s);
        if (r->exc)
            ST_TRY(expr(r->exc));
        return r->cause == nullptr || expr(r->cause);
    }
    case K::Try:
    case K::TryStar: {
        const std::vector<ast::Stmt*>* body;
        const std::vector<ast::ExceptHandler*>* handlers;
        const std::vector<ast::Stmt*>* orelse;
        const std::vector<ast::Stmt*>* finalbody;
        if (auto* t = ast::as<ast::Try>(s)) {
            body = &t->body, handlers = &t->handlers, orelse = &t->orelse, finalbody = &t->finalbody;
        } else {
            auto* t2 = ast::cast<ast::TryStar>(s);
            body = &t2->body, handlers = &t2->handlers, orelse = &t2->orelse, finalbody = &t2->finalbody;
        }
        ST_TRY(stmts(*body));
        ST_TRY(stmts(*orelse));
        for (const ast::ExceptHandler* h : *handlers) {
            if (h->type)
                ST_TRY(expr(h->type));
            if (h->name)
                ST_TRY(add_def(*h->name, kDefLocal, h->span));
            ST_TRY(stmts(h->body));
        }
        return stmts(*finalbody);
    }
    case K::Assert: {
        auto* a = ast::cast<ast::Assert>(s);
        ST_TRY(expr(a->test));
        return a->msg == nullptr || expr(a->msg);
    }
    case K::Import:
    case K::ImportFrom: {
        const std::vector<ast::Alias*>& names =
            s->kind == K::Import ? ast::cast<ast::Import>(s)->names : ast::cast<ast::ImportFrom>(s)->names;
        for (const ast::Alias* a : names) {
            if (a->name == "*") {
                if (m_cur->kind != BlockKind::Module)
                    return error("import * only allowed at module level", s->span);
                continue;
            }
            std::string store = a->asname ? *a->asname : a->name.substr(0, a->name.find('.'));
            ST_TRY(add_def(store, kDefImport, a->span));
        }
        return true;
    }
    case K::Global:
        return directive(s, ast::cast<ast::Global>(s)->names, true);
    case K::Nonlocal:
        return directive(s, ast::cast<ast::Nonlocal>(s)->names, false);
    case K::Expr:
        return expr(ast::cast<ast::ExprStmt>(s)->value);
    case K::Pass:
    case K::Break:
    case K::Continue:
        return true;
    }
    return true;
}

bool SymtableBuilder::pattern(const ast::Pattern* p) {
    using K = ast::PatternKind;
    switch (p->kind) {
    case K::MatchValue:
        return expr(ast::cast<ast::MatchValue>(p)->value);
    case K::MatchSingleton:
        return true;
    case K::MatchSequence:
        for (const ast::Pattern* q : ast::cast<ast::MatchSequence>(p)->patterns)
            ST_TRY(pattern(q));
        return true;
    case K::MatchStar: {
        auto* m = ast::cast<ast::MatchStar>(p);
        return !m->name || add_def(*m->name, kDefLocal, p->span);
    }
    case K::MatchMapping: {
        auto* m = ast::cast<ast::MatchMapping>(p);
        ST_TRY(exprs(m->keys));
        for (const ast::Pattern* q : m->patterns)
            ST_TRY(pattern(q));
        return !m->rest || add_def(*m->rest, kDefLocal, p->span);
    }
    case K::MatchClass: {
        auto* m = ast::cast<ast::MatchClass>(p);
        ST_TRY(expr(m->cls));
        for (const ast::Pattern* q : m->patterns)
            ST_TRY(pattern(q));
        for (const ast::Pattern* q : m->kwd_patterns)
            ST_TRY(pattern(q));
        return true;
    }
    case K::MatchAs: {
        auto* m = ast::cast<ast::MatchAs>(p);
        if (m->pattern)
            ST_TRY(pattern(m->pattern));
        return !m->name || add_def(*m->name, kDefLocal, p->span);
    }
    case K::MatchOr:
        for (const ast::Pattern* q : ast::cast<ast::MatchOr>(p)->patterns)
            ST_TRY(pattern(q));
        return true;
    }
    return true;
}

bool SymtableBuilder::comprehension(const ast::Expr* e, const std::vector<ast::Comprehension*>& gens,
                                    const ast::Expr* elt, const ast::Expr* value, const char* name, bool generator) {
    const ast::Comprehension* outer = gens[0];
    m_cur->comp_iter_expr++;
    bool ok = expr(outer->iter);
    m_cur->comp_iter_expr--;
    ST_TRY(ok);
    enter(BlockKind::Function, name, e, e->span.line);
    m_cur->comprehension = true;
    m_cur->generator = generator;
    // An `async for` or an await (below) makes the comprehension a coroutine: an async
    // generator for a generator expression (CPython's symtable_handle_comprehension).
    for (const ast::Comprehension* g : gens)
        if (g->is_async)
            m_cur->coroutine = true;
    ST_TRY(add_def(".0", kDefParam, e->span));
    for (size_t i = 0; i < gens.size(); ++i) {
        const ast::Comprehension* g = gens[i];
        m_cur->comp_iter_target = true;
        ok = expr(g->target);
        m_cur->comp_iter_target = false;
        ST_TRY(ok);
        if (i != 0) {
            m_cur->comp_iter_expr++;
            ok = expr(g->iter);
            m_cur->comp_iter_expr--;
            ST_TRY(ok);
        }
        ST_TRY(exprs(g->ifs));
    }
    if (value)
        ST_TRY(expr(value));
    ST_TRY(expr(elt));
    // An async list/set/dict comprehension is awaited where it is called, so an enclosing
    // comprehension becomes a coroutine too (an enclosing function's kind is its `def`'s:
    // the code generator refuses the comprehension outside an async function).
    bool awaited_here = m_cur->coroutine && !generator;
    leave();
    if (awaited_here && m_cur->comprehension)
        m_cur->coroutine = true;
    return true;
}

bool SymtableBuilder::named_expr(const ast::NamedExpr* e) {
    if (m_cur->comp_iter_expr > 0)
        return error("assignment expression cannot be used in a comprehension iterable expression", e->span);
    auto* target = ast::cast<ast::Name>(e->target);
    if (m_cur->comprehension) {
        // CPython: symtable_extend_namedexpr_scope — bind in the nearest enclosing
        // non-comprehension block.
        for (Block* b = m_cur; b != nullptr; b = b->parent) {
            if (b->comprehension) {
                if (b->flags_of(mangle(b->private_name, target->id)) & kDefCompIter)
                    return error("assignment expression cannot rebind comprehension iteration variable '" +
                                     target->id + "'",
                                 e->span);
                continue;
            }
            if (b->kind == BlockKind::Function) {
                uint32_t in_scope = b->flags_of(mangle(b->private_name, target->id));
                ST_TRY(add_def(target->id, (in_scope & kDefGlobal) ? kDefGlobal : kDefNonlocal, e->span));
                m_cur->directives.try_emplace(mangle(m_cur->private_name, target->id), e->span);
                ST_TRY(add_def_in(b, target->id, kDefLocal, e->span));
                break;
            }
            if (b->kind == BlockKind::Module) {
                ST_TRY(add_def(target->id, kDefGlobal, e->span));
                m_cur->directives.try_emplace(mangle(m_cur->private_name, target->id), e->span);
                ST_TRY(add_def_in(b, target->id, kDefGlobal, e->span));
                break;
            }
            return error("assignment expression within a comprehension cannot be used in a class body", e->span);
        }
    }
    ST_TRY(expr(e->value));
    return expr(e->target);
}

bool SymtableBuilder::expr(const ast::Expr* e) {
    using K = ast::ExprKind;
    switch (e->kind) {
    case K::BoolOp:
        return exprs(ast::cast<ast::BoolOp>(e)->values);
    case K::NamedExpr:
        return named_expr(ast::cast<ast::NamedExpr>(e));
    case K::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        ST_TRY(expr(b->left));
        return expr(b->right);
    }
    case K::UnaryOp:
        return expr(ast::cast<ast::UnaryOp>(e)->operand);
    case K::Lambda: {
        auto* l = ast::cast<ast::Lambda>(e);
        ST_TRY(arguments_defaults(l->args));
        enter(BlockKind::Function, "lambda", l, e->span.line);
        ST_TRY(params(l->args));
        ST_TRY(expr(l->body));
        leave();
        return true;
    }
    case K::IfExp: {
        auto* i = ast::cast<ast::IfExp>(e);
        ST_TRY(expr(i->test));
        ST_TRY(expr(i->body));
        return expr(i->orelse);
    }
    case K::Dict: {
        auto* d = ast::cast<ast::Dict>(e);
        ST_TRY(exprs(d->keys));
        return exprs(d->values);
    }
    case K::Set:
        return exprs(ast::cast<ast::Set>(e)->elts);
    case K::ListComp: {
        auto* c = ast::cast<ast::ListComp>(e);
        return comprehension(e, c->generators, c->elt, nullptr, "<listcomp>", false);
    }
    case K::SetComp: {
        auto* c = ast::cast<ast::SetComp>(e);
        return comprehension(e, c->generators, c->elt, nullptr, "<setcomp>", false);
    }
    case K::DictComp: {
        auto* c = ast::cast<ast::DictComp>(e);
        return comprehension(e, c->generators, c->key, c->value, "<dictcomp>", false);
    }
    case K::GeneratorExp: {
        auto* c = ast::cast<ast::GeneratorExp>(e);
        return comprehension(e, c->generators, c->elt, nullptr, "<genexpr>", true);
    }
    case K::Await:
        if (m_cur->comprehension)
            m_cur->coroutine = true; // an await inside a comprehension makes it a coroutine
        return expr(ast::cast<ast::Await>(e)->value);
    case K::Yield: {
        auto* y = ast::cast<ast::Yield>(e);
        if (y->value)
            ST_TRY(expr(y->value));
        ST_TRY(check_yield_in_comprehension(e));
        m_cur->generator = true;
        return true;
    }
    case K::YieldFrom: {
        ST_TRY(expr(ast::cast<ast::YieldFrom>(e)->value));
        ST_TRY(check_yield_in_comprehension(e));
        m_cur->generator = true;
        return true;
    }
    case K::Compare: {
        auto* c = ast::cast<ast::Compare>(e);
        ST_TRY(expr(c->left));
        return exprs(c->comparators);
    }
    case K::Call: {
        auto* c = ast::cast<ast::Call>(e);
        ST_TRY(expr(c->func));
        ST_TRY(exprs(c->args));
        for (const ast::Keyword* k : c->keywords)
            ST_TRY(expr(k->value));
        return true;
    }
    case K::FormattedValue: {
        auto* f = ast::cast<ast::FormattedValue>(e);
        ST_TRY(expr(f->value));
        return f->format_spec == nullptr || expr(f->format_spec);
    }
    case K::JoinedStr:
        return exprs(ast::cast<ast::JoinedStr>(e)->values);
    case K::Constant:
        return true;
    case K::Attribute:
        return expr(ast::cast<ast::Attribute>(e)->value);
    case K::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        ST_TRY(expr(s->value));
        return expr(s->slice);
    }
    case K::Starred:
        return expr(ast::cast<ast::Starred>(e)->value);
    case K::Name: {
        auto* n = ast::cast<ast::Name>(e);
        ST_TRY(add_def(n->id, n->ctx == ast::ExprContext::Load ? kUse : kDefLocal, e->span));
        // super() needs __class__ (CPython: symtable_visit_expr, Name_kind).
        if (n->ctx == ast::ExprContext::Load && m_cur->kind == BlockKind::Function && n->id == "super")
            ST_TRY(add_def("__class__", kUse, e->span));
        return true;
    }
    case K::List:
        return exprs(ast::cast<ast::List>(e)->elts);
    case K::Tuple:
        return exprs(ast::cast<ast::Tuple>(e)->elts);
    case K::Slice: {
        auto* s = ast::cast<ast::Slice>(e);
        if (s->lower)
            ST_TRY(expr(s->lower));
        if (s->upper)
            ST_TRY(expr(s->upper));
        return s->step == nullptr || expr(s->step);
    }
    }
    return true;
}

// --- analysis (CPython: analyze_block / analyze_name / update_symbols) ----------------

namespace {

using NameSet = std::set<std::string>;

class Analyzer {
public:
    std::optional<Diagnostic> m_error;

    bool error_at(const Block& b, const std::string& name, std::string message) {
        auto it = b.directives.find(name);
        SourceSpan span = it != b.directives.end() ? it->second : SourceSpan{b.line, 0, b.line, 0};
        m_error = Diagnostic{parse::DiagKind::SyntaxError, std::move(message), span};
        return false;
    }

    bool analyze_name(Block& b, const std::string& name, Symbol& sym, const NameSet* bound, NameSet& local,
                      NameSet& free, NameSet& global) {
        uint32_t flags = sym.flags;
        if (flags & kDefGlobal) {
            if (flags & kDefNonlocal)
                return error_at(b, name, "name '" + name + "' is nonlocal and global");
            sym.scope = SymScope::GlobalExplicit;
            global.insert(name);
            return true;
        }
        if (flags & kDefNonlocal) {
            if (bound == nullptr)
                return error_at(b, name, "nonlocal declaration not allowed at module level");
            if (!bound->count(name))
                return error_at(b, name, "no binding for nonlocal '" + name + "' found");
            sym.scope = SymScope::Free;
            b.has_free = true;
            free.insert(name);
            return true;
        }
        if (flags & kDefBound) {
            sym.scope = SymScope::Local;
            local.insert(name);
            global.erase(name);
            return true;
        }
        if (bound && bound->count(name)) {
            sym.scope = SymScope::Free;
            b.has_free = true;
            free.insert(name);
            return true;
        }
        sym.scope = SymScope::GlobalImplicit;
        return true;
    }

    // `bound` is nullptr for the module block.
    bool analyze_block(Block& b, const NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newglobal, newfree, newbound;
        if (b.kind == BlockKind::Class) {
            newglobal = global;
            if (bound)
                newbound = *bound;
        }
        for (const std::string& name : b.order)
            if (!analyze_name(b, name, b.symbols[name], bound, local, free, global))
                return false;
        if (b.kind != BlockKind::Class) {
            if (b.kind == BlockKind::Function)
                newbound.insert(local.begin(), local.end());
            if (bound)
                newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (auto& child : b.children) {
            NameSet tb = newbound, tf = newfree, tg = newglobal;
            if (!analyze_block(*child, &tb, tf, tg))
                return false;
            allfree.insert(tf.begin(), tf.end());
            if (child->has_free || child->child_free)
                b.child_free = true;
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (b.kind == BlockKind::Function) {
            for (const std::string& name : local) {
                if (newfree.count(name)) {
                    b.symbols[name].scope = SymScope::Cell;
                    newfree.erase(name);
                }
            }
        } else if (b.kind == BlockKind::Class && newfree.count("__class__")) {
            b.needs_class_closure = true;
            newfree.erase("__class__");
        }
        update_symbols(b, bound, newfree);
        free.insert(newfree.begin(), newfree.end());
        return true;
    }

    void update_symbols(Block& b, const NameSet* bound, const NameSet& free) {
        for (const std::string& name : free) {
            auto it = b.symbols.find(name);
            if (it != b.symbols.end()) {
                if (b.kind == BlockKind::Class && (it->second.flags & (kDefBound | kDefGlobal)))
                    it->second.flags |= kDefFreeClass;
                continue;
            }
            if (bound && !bound->count(name))
                continue;
            Symbol s;
            s.scope = SymScope::Free;
            b.symbols.emplace(name, s);
            b.order.push_back(name);
        }
    }
};

} // namespace

static Result<std::unique_ptr<SymbolTable>, Diagnostic> finish(std::unique_ptr<SymbolTable> table) {
    Analyzer an;
    NameSet free, global;
    if (!an.analyze_block(*table->top(), nullptr, free, global))
        return *an.m_error;
    return table;
}

Result<std::unique_ptr<SymbolTable>, Diagnostic> SymbolTable::build_module(const std::vector<ast::Stmt*>& body) {
    auto table = std::make_unique<SymbolTable>();
    SymtableBuilder b(*table);
    b.open_top();
    if (!b.stmts(body))
        return *b.m_error;
    return finish(std::move(table));
}

Result<std::unique_ptr<SymbolTable>, Diagnostic> SymbolTable::build_expression(const ast::Expr* body) {
    auto table = std::make_unique<SymbolTable>();
    SymtableBuilder b(*table);
    b.open_top();
    if (!b.expr(body))
        return *b.m_error;
    return finish(std::move(table));
}

} // namespace bastion::compile
