// codegen_stmt.cpp: statements other than try/with/return/break/continue (codegen_try.cpp)
// and match (codegen_pattern.cpp): definitions, assignments, loops, if, imports, assert,
// del. CPython: compiler_visit_stmt and friends in compile.c.
#include "compile/codegen.h"
#include "compile/unparse.h"

namespace bastion::compile {

using bc::Op;
using parse::SourceSpan;

namespace {

bool find_ann(const std::vector<ast::Stmt*>& body);

bool find_ann_stmt(const ast::Stmt* s) {
    using K = ast::StmtKind;
    switch (s->kind) {
    case K::AnnAssign:
        return true;
    case K::For:
    case K::AsyncFor: {
        auto* f = ast::cast<ast::For>(s);
        return find_ann(f->body) || find_ann(f->orelse);
    }
    case K::While: {
        auto* w = ast::cast<ast::While>(s);
        return find_ann(w->body) || find_ann(w->orelse);
    }
    case K::If: {
        auto* i = ast::cast<ast::If>(s);
        return find_ann(i->body) || find_ann(i->orelse);
    }
    case K::With:
    case K::AsyncWith:
        return find_ann(ast::cast<ast::With>(s)->body);
    case K::Try: {
        auto* t = ast::cast<ast::Try>(s);
        for (const ast::ExceptHandler* h : t->handlers)
            if (find_ann(h->body))
                return true;
        return find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
    }
    case K::TryStar: {
        auto* t = ast::cast<ast::TryStar>(s);
        for (const ast::ExceptHandler* h : t->handlers)
            if (find_ann(h->body))
                return true;
        return find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
    }
    case K::Match:
        for (const ast::MatchCase* c : ast::cast<ast::Match>(s)->cases)
            if (find_ann(c->body))
                return true;
        return false;
    default:
        return false;
    }
}

bool find_ann(const std::vector<ast::Stmt*>& body) {
    for (const ast::Stmt* s : body)
        if (find_ann_stmt(s))
            return true;
    return false;
}

// CPython: _PyAST_GetDocString.
const ast::Constant* docstring_of(const std::vector<ast::Stmt*>& body) {
    if (body.empty())
        return nullptr;
    auto* e = ast::as<ast::ExprStmt>(body[0]);
    if (e == nullptr)
        return nullptr;
    auto* c = ast::as<ast::Constant>(e->value);
    return c != nullptr && c->value.kind == ast::ConstantKind::Str ? c : nullptr;
}

bool is_future_import(const ast::Stmt* s) {
    auto* f = ast::as<ast::ImportFrom>(s);
    return f != nullptr && f->module && *f->module == "__future__" && f->level == 0;
}

} // namespace

Emit Codegen::stmts(const std::vector<ast::Stmt*>& body) {
    for (const ast::Stmt* s : body)
        CG_TRY(stmt(s));
    return {};
}

// Module and class bodies (CPython: compiler_body); interactive input passes false.
Emit Codegen::body_with_docstring(const std::vector<ast::Stmt*>& body, bool is_module_or_class) {
    if (find_ann(body))
        op(Op::SETUP_ANNOTATIONS);
    size_t start = 0;
    if (is_module_or_class) {
        if (const ast::Constant* doc = docstring_of(body)) {
            u().em.set_span(body[0]->span);
            CG_TRY(expr(doc));
            CG_TRY(name_op("__doc__", ast::ExprContext::Store, body[0]->span));
            start = 1;
        }
    }
    bool top = m_units.size() == 1;
    for (size_t i = start; i < body.size(); ++i) {
        if (top && !is_future_import(body[i]))
            m_future_allowed = false;
        CG_TRY(stmt(body[i]));
    }
    if (top)
        m_future_allowed = false;
    return {};
}

Emit Codegen::stmt(const ast::Stmt* s) {
    using K = ast::StmtKind;
    u().em.set_span(s->span);
    switch (s->kind) {
    case K::FunctionDef:
        return function_def(ast::cast<ast::FunctionDef>(s));
    case K::AsyncFunctionDef:
        return function_def(ast::cast<ast::FunctionDef>(s));
    case K::ClassDef:
        return class_def(ast::cast<ast::ClassDef>(s));
    case K::Return:
        return return_stmt(ast::cast<ast::Return>(s));
    case K::Delete:
        for (const ast::Expr* t : ast::cast<ast::Delete>(s)->targets)
            CG_TRY(delete_target(t));
        return {};
    case K::Assign:
        return assign(ast::cast<ast::Assign>(s));
    case K::AugAssign:
        return aug_assign(ast::cast<ast::AugAssign>(s));
    case K::AnnAssign:
        return ann_assign(ast::cast<ast::AnnAssign>(s));
    case K::For:
        return for_stmt(ast::cast<ast::For>(s));
    case K::AsyncFor:
        return async_for_stmt(ast::cast<ast::For>(s));
    case K::While:
        return while_stmt(ast::cast<ast::While>(s));
    case K::If:
        return if_stmt(ast::cast<ast::If>(s));
    case K::With:
        return with_stmt(ast::cast<ast::With>(s), 0);
    case K::AsyncWith:
        if (!in_async_function() || u().ste->comprehension)
            return error("'async with' outside async function", s->span);
        return with_stmt(ast::cast<ast::With>(s), 0);
    case K::Match:
        return match_stmt(ast::cast<ast::Match>(s));
    case K::Raise: {
        auto* r = ast::cast<ast::Raise>(s);
        uint32_t n = 0;
        if (r->exc) {
            CG_TRY(expr(r->exc));
            ++n;
            if (r->cause) {
                CG_TRY(expr(r->cause));
                ++n;
            }
        }
        op(Op::RAISE_VARARGS, n);
        return {};
    }
    case K::Try:
        return try_stmt(ast::cast<ast::Try>(s));
    case K::TryStar:
        return try_star(ast::cast<ast::TryStar>(s));
    case K::Assert:
        return assert_stmt(ast::cast<ast::Assert>(s));
    case K::Import:
        return import(ast::cast<ast::Import>(s));
    case K::ImportFrom:
        return import_from(ast::cast<ast::ImportFrom>(s));
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
        return {};
    case K::Expr: {
        const ast::Expr* value = ast::cast<ast::ExprStmt>(s)->value;
        if (m_interactive && m_units.size() == 1) {
            CG_TRY(expr(value));
            op(Op::PRINT_EXPR);
            return {};
        }
        if (value->kind == ast::ExprKind::Constant)
            return {}; // a constant statement has no effect
        CG_TRY(expr(value));
        op(Op::POP_TOP);
        return {};
    }
    case K::Break:
        return break_stmt(s);
    case K::Continue:
        return continue_stmt(s);
    }
    return {};
}

// --- functions and classes ----------------------------------------------------------

Emit Codegen::decorators(const std::vector<ast::Expr*>& list) {
    for (const ast::Expr* d : list) {
        op(Op::PUSH_NULL);
        CG_TRY(expr(d));
    }
    return {};
}

void Codegen::apply_decorators(const std::vector<ast::Expr*>& list) {
    for (size_t i = list.size(); i-- > 0;) {
        u().em.set_span(list[i]->span);
        op(Op::CALL, 1);
    }
}

Emit Codegen::default_arguments(const ast::Arguments* args, uint32_t& flags) {
    if (!args->defaults.empty()) {
        CG_TRY(exprs(args->defaults));
        op(Op::BUILD_TUPLE, args->defaults.size());
        flags |= bc::kFnDefaults;
    }
    size_t n = 0;
    for (size_t i = 0; i < args->kwonlyargs.size() && i < args->kw_defaults.size(); ++i) {
        if (args->kw_defaults[i] == nullptr)
            continue;
        load_const(bc::Constant::str(mangled(args->kwonlyargs[i]->arg)));
        CG_TRY(expr(args->kw_defaults[i]));
        ++n;
    }
    if (n != 0) {
        op(Op::BUILD_MAP, n);
        flags |= bc::kFnKwDefaults;
    }
    return {};
}

// CPython: compiler_visit_annotations — (name, value) pairs, flattened, 'return' last.
Emit Codegen::annotations(const ast::Arguments* args, const ast::Expr* returns, uint32_t& flags) {
    size_t n = 0;
    auto one = [&](const std::string& name, const ast::Expr* ann) -> Emit {
        if (ann == nullptr)
            return {};
        load_const(bc::Constant::str(mangled(name)));
        if (m_future_annotations) {
            load_const(bc::Constant::str(unparse_annotation(ann)));
        } else if (auto* st = ast::as<ast::Starred>(ann)) { // `*args: *Ts`
            CG_TRY(expr(st->value));
            op(Op::UNPACK_SEQUENCE, 1);
        } else {
            CG_TRY(expr(ann));
        }
        n += 2;
        return {};
    };
    for (const ast::Arg* a : args->args)
        CG_TRY(one(a->arg, a->annotation));
    for (const ast::Arg* a : args->posonlyargs)
        CG_TRY(one(a->arg, a->annotation));
    if (args->vararg)
        CG_TRY(one(args->vararg->arg, args->vararg->annotation));
    for (const ast::Arg* a : args->kwonlyargs)
        CG_TRY(one(a->arg, a->annotation));
    if (args->kwarg)
        CG_TRY(one(args->kwarg->arg, args->kwarg->annotation));
    CG_TRY(one("return", returns));
    if (n != 0) {
        op(Op::BUILD_TUPLE, n);
        flags |= bc::kFnAnnotations;
    }
    return {};
}

void Codegen::set_args(const ast::Arguments* args) {
    Unit& unit = u();
    unit.posonlyargcount = static_cast<uint32_t>(args->posonlyargs.size());
    unit.argcount = static_cast<uint32_t>(args->posonlyargs.size() + args->args.size());
    unit.kwonlyargcount = static_cast<uint32_t>(args->kwonlyargs.size());
}

Emit Codegen::function_def(const ast::FunctionDef* f) {
    CG_TRY(decorators(f->decorator_list));
    int32_t firstlineno = f->decorator_list.empty() ? f->span.line : f->decorator_list[0]->span.line;
    u().em.set_span(f->span);
    uint32_t flags = 0;
    CG_TRY(default_arguments(f->args, flags));
    CG_TRY(annotations(f->args, f->returns, flags));
    Block* ste = m_table.block_for(f);
    if (ste == nullptr)
        return error("internal compiler error: no scope for function", f->span);
    enter_unit(UnitKind::Function, f->name, ste, firstlineno);
    const ast::Constant* doc = docstring_of(f->body);
    add_const(doc ? constant_of(doc->value) : bc::Constant::none());
    set_args(f->args);
    for (size_t i = doc ? 1 : 0; i < f->body.size(); ++i)
        CG_TRY(stmt(f->body[i]));
    auto code = leave_unit(true);
    if (!code.ok())
        return code.take_error();
    u().em.set_span(f->span);
    CG_TRY(make_closure(std::move(code).value(), flags));
    apply_decorators(f->decorator_list);
    u().em.set_span(f->span);
    return name_op(f->name, ast::ExprContext::Store, f->span);
}

Emit Codegen::class_def(const ast::ClassDef* c) {
    CG_TRY(decorators(c->decorator_list));
    int32_t firstlineno = c->decorator_list.empty() ? c->span.line : c->decorator_list[0]->span.line;
    Block* ste = m_table.block_for(c);
    if (ste == nullptr)
        return error("internal compiler error: no scope for class", c->span);
    enter_unit(UnitKind::Class, c->name, ste, firstlineno);
    u().private_name = c->name;
    u().em.set_span(c->span);
    CG_TRY(name_op("__name__", ast::ExprContext::Load, c->span));
    CG_TRY(name_op("__module__", ast::ExprContext::Store, c->span));
    load_const(bc::Constant::str(u().qualname));
    CG_TRY(name_op("__qualname__", ast::ExprContext::Store, c->span));
    CG_TRY(body_with_docstring(c->body, true));
    if (ste->needs_class_closure) {
        op(Op::LOAD_CLOSURE, 0); // __class__ is cell 0
        op(Op::COPY, 1);
        op(Op::STORE_NAME, add_name("__classcell__"));
    } else {
        load_const(bc::Constant::none());
    }
    op(Op::RETURN_VALUE);
    auto code = leave_unit(false);
    if (!code.ok())
        return code.take_error();
    u().em.set_span(c->span);
    op(Op::PUSH_NULL);
    op(Op::LOAD_BUILD_CLASS);
    CG_TRY(make_closure(std::move(code).value(), 0));
    load_const(bc::Constant::str(c->name));
    CG_TRY(call_helper(2, c->bases, c->keywords, c->span));
    apply_decorators(c->decorator_list);
    u().em.set_span(c->span);
    return name_op(c->name, ast::ExprContext::Store, c->span);
}

// --- assignment ---------------------------------------------------------------------

Emit Codegen::assign(const ast::Assign* a) {
    CG_TRY(expr(a->value));
    for (size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size())
            op(Op::COPY, 1);
        CG_TRY(store_target(a->targets[i]));
    }
    return {};
}

namespace {
uint32_t binary_kind(ast::Operator o) {
    using B = bc::BinaryOpKind;
    switch (o) {
    case ast::Operator::Add: return uint32_t(B::Add);
    case ast::Operator::Sub: return uint32_t(B::Subtract);
    case ast::Operator::Mult: return uint32_t(B::Multiply);
    case ast::Operator::MatMult: return uint32_t(B::MatMul);
    case ast::Operator::Div: return uint32_t(B::TrueDivide);
    case ast::Operator::Mod: return uint32_t(B::Remainder);
    case ast::Operator::Pow: return uint32_t(B::Power);
    case ast::Operator::LShift: return uint32_t(B::LShift);
    case ast::Operator::RShift: return uint32_t(B::RShift);
    case ast::Operator::BitOr: return uint32_t(B::Or);
    case ast::Operator::BitXor: return uint32_t(B::Xor);
    case ast::Operator::BitAnd: return uint32_t(B::And);
    case ast::Operator::FloorDiv: return uint32_t(B::FloorDivide);
    }
    return 0;
}
} // namespace

uint32_t binary_op_arg(ast::Operator o, bool inplace) {
    return binary_kind(o) + (inplace ? bc::kInplaceOffset : 0);
}

Emit Codegen::aug_assign(const ast::AugAssign* a) {
    const ast::Expr* t = a->target;
    switch (t->kind) {
    case ast::ExprKind::Attribute: {
        auto* at = ast::cast<ast::Attribute>(t);
        CG_TRY(expr(at->value));
        op(Op::COPY, 1);
        op(Op::LOAD_ATTR, add_name(mangled(at->attr)));
        break;
    }
    case ast::ExprKind::Subscript: {
        auto* sub = ast::cast<ast::Subscript>(t);
        CG_TRY(expr(sub->value));
        CG_TRY(slice_or_expr(sub->slice));
        op(Op::COPY, 2);
        op(Op::COPY, 2);
        op(Op::BINARY_SUBSCR);
        break;
    }
    case ast::ExprKind::Name:
        CG_TRY(name_op(ast::cast<ast::Name>(t)->id, ast::ExprContext::Load, t->span));
        break;
    default:
        return error("illegal expression for augmented assignment", t->span);
    }
    CG_TRY(expr(a->value));
    u().em.set_span(a->span);
    op(Op::BINARY_OP, binary_op_arg(a->op, true));
    switch (t->kind) {
    case ast::ExprKind::Attribute:
        op(Op::SWAP, 2);
        op(Op::STORE_ATTR, add_name(mangled(ast::cast<ast::Attribute>(t)->attr)));
        return {};
    case ast::ExprKind::Subscript:
        op(Op::SWAP, 3);
        op(Op::SWAP, 2);
        op(Op::STORE_SUBSCR);
        return {};
    default:
        return name_op(ast::cast<ast::Name>(t)->id, ast::ExprContext::Store, t->span);
    }
}

Emit Codegen::annotation_value(const ast::Expr* e) {
    if (!m_future_annotations)
        return expr(e);
    load_const(bc::Constant::str(unparse_annotation(e)));
    return {};
}

Emit Codegen::ann_assign(const ast::AnnAssign* a) {
    if (a->value) {
        CG_TRY(expr(a->value));
        CG_TRY(store_target(a->target));
    }
    bool module_or_class = u().kind == UnitKind::Module || u().kind == UnitKind::Class;
    switch (a->target->kind) {
    case ast::ExprKind::Name: {
        auto* n = ast::cast<ast::Name>(a->target);
        if (n->id == "__debug__")
            return error("cannot assign to __debug__", n->span);
        if (a->simple && module_or_class) {
            CG_TRY(annotation_value(a->annotation));
            op(Op::LOAD_NAME, add_name("__annotations__"));
            load_const(bc::Constant::str(mangled(n->id)));
            op(Op::STORE_SUBSCR);
        }
        break;
    }
    case ast::ExprKind::Attribute:
        if (!a->value) {
            CG_TRY(expr(ast::cast<ast::Attribute>(a->target)->value));
            op(Op::POP_TOP);
        }
        break;
    case ast::ExprKind::Subscript:
        if (!a->value) {
            auto* sub = ast::cast<ast::Subscript>(a->target);
            CG_TRY(expr(sub->value));
            op(Op::POP_TOP);
            CG_TRY(slice_or_expr(sub->slice));
            op(Op::POP_TOP);
        }
        break;
    default:
        return error("invalid node type for annotated assignment", a->target->span);
    }
    // Non-simple targets in a module or class evaluate the annotation (CPython: check_annotation).
    if (!a->simple && module_or_class && !m_future_annotations) {
        CG_TRY(expr(a->annotation));
        op(Op::POP_TOP);
    }
    return {};
}

Emit Codegen::delete_target(const ast::Expr* e) {
    u().em.set_span(e->span);
    switch (e->kind) {
    case ast::ExprKind::Name:
        return name_op(ast::cast<ast::Name>(e)->id, ast::ExprContext::Del, e->span);
    case ast::ExprKind::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        CG_TRY(expr(a->value));
        op(Op::DELETE_ATTR, add_name(mangled(a->attr)));
        return {};
    }
    case ast::ExprKind::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        CG_TRY(expr(s->value));
        CG_TRY(slice_or_expr(s->slice));
        op(Op::DELETE_SUBSCR);
        return {};
    }
    case ast::ExprKind::Tuple:
        for (const ast::Expr* x : ast::cast<ast::Tuple>(e)->elts)
            CG_TRY(delete_target(x));
        return {};
    case ast::ExprKind::List:
        for (const ast::Expr* x : ast::cast<ast::List>(e)->elts)
            CG_TRY(delete_target(x));
        return {};
    default:
        return error("cannot delete expression", e->span);
    }
}

// --- control flow -------------------------------------------------------------------

Emit Codegen::if_stmt(const ast::If* i) {
    Label end = label();
    Label next = i->orelse.empty() ? end : label();
    CG_TRY(jump_if(i->test, next, false));
    CG_TRY(stmts(i->body));
    if (!i->orelse.empty()) {
        jump(Op::JUMP, end);
        bind(next);
        CG_TRY(stmts(i->orelse));
    }
    bind(end);
    return {};
}

namespace {

// A loop test small enough, and free of nested scopes and side effects on the compiler's
// state (lambdas, comprehensions, walrus), to be compiled twice: names, constants,
// attributes and operators over them, at most kMaxNodes nodes (which also bounds the
// recursion).
bool repeatable_test(const ast::Expr* e, int* budget) {
    if (--*budget < 0)
        return false;
    using K = ast::ExprKind;
    switch (e->kind) {
    case K::Name:
    case K::Constant:
        return true;
    case K::Attribute:
        return repeatable_test(ast::cast<ast::Attribute>(e)->value, budget);
    case K::UnaryOp:
        return repeatable_test(ast::cast<ast::UnaryOp>(e)->operand, budget);
    case K::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        return repeatable_test(b->left, budget) && repeatable_test(b->right, budget);
    }
    case K::BoolOp:
        for (const ast::Expr* v : ast::cast<ast::BoolOp>(e)->values)
            if (!repeatable_test(v, budget))
                return false;
        return true;
    case K::Compare: {
        auto* c = ast::cast<ast::Compare>(e);
        for (const ast::Expr* v : c->comparators)
            if (!repeatable_test(v, budget))
                return false;
        return repeatable_test(c->left, budget);
    }
    default:
        return false;
    }
}

} // namespace

// Like CPython 3.11, a simple loop test is repeated at the bottom of the body (a jump back
// on true) instead of a JUMP to the test at the top: one instruction less per pass.
Emit Codegen::while_stmt(const ast::While* w) {
    constexpr int kMaxNodes = 16;
    Label loop = label(), body = label(), anchor = label(), end = label();
    bind(loop);
    CG_TRY(push_fblock(FBlock{FBlockKind::WhileLoop, loop, end}, w->span));
    CG_TRY(jump_if(w->test, anchor, false));
    bind(body);
    CG_TRY(stmts(w->body));
    u().em.set_span(w->span);
    int budget = kMaxNodes;
    if (repeatable_test(w->test, &budget))
        CG_TRY(jump_if(w->test, body, true));
    else
        jump(Op::JUMP, loop);
    pop_fblock();
    bind(anchor);
    CG_TRY(stmts(w->orelse));
    bind(end);
    return {};
}

Emit Codegen::for_stmt(const ast::For* f) {
    Label start = label(), cleanup = label(), end = label();
    CG_TRY(expr(f->iter));
    u().em.set_span(f->span);
    op(Op::GET_ITER);
    bind(start);
    CG_TRY(push_fblock(FBlock{FBlockKind::ForLoop, start, end}, f->span));
    jump(Op::FOR_ITER, cleanup);
    CG_TRY(store_target(f->target));
    CG_TRY(stmts(f->body));
    u().em.set_span(f->span);
    jump(Op::JUMP, start);
    pop_fblock();
    bind(cleanup);
    CG_TRY(stmts(f->orelse));
    bind(end);
    return {};
}

// CPython 3.11's compiler_async_for: the __anext__ await is guarded by a handler whose
// END_ASYNC_FOR ends the loop on StopAsyncIteration (the body is outside it).
//   iter GET_AITER; start: <handler X> GET_ANEXT; LOAD_CONST None; <await loop> <pop X>
//   target = ...; body; JUMP start;  X: (aiter, exc) END_ASYNC_FOR; orelse; end:
Emit Codegen::async_for_stmt(const ast::For* f) {
    if (!in_async_function() || u().ste->comprehension)
        return error("'async for' outside async function", f->span);
    Emitter& em = u().em;
    Label start = label(), except = label(), end = label();
    CG_TRY(expr(f->iter));
    em.set_span(f->span);
    op(Op::GET_AITER);
    bind(start);
    CG_TRY(push_fblock(FBlock{FBlockKind::ForLoop, start, end}, f->span));
    em.push_handler(except);
    op(Op::GET_ANEXT);
    load_const(bc::Constant::none());
    yield_from_loop();
    em.pop_handler();
    CG_TRY(store_target(f->target));
    CG_TRY(stmts(f->body));
    em.set_span(f->span);
    jump(Op::JUMP, start);
    pop_fblock();
    bind(except);
    em.set_span(f->iter->span); // END_ASYNC_FOR belongs to the `for`, not the body
    op(Op::END_ASYNC_FOR);
    CG_TRY(stmts(f->orelse));
    bind(end);
    return {};
}

Emit Codegen::assert_stmt(const ast::Assert* a) {
    check_assert(a);
    Label end = label();
    CG_TRY(jump_if(a->test, end, true));
    if (a->msg) {
        op(Op::PUSH_NULL);
        op(Op::LOAD_ASSERTION_ERROR);
        CG_TRY(expr(a->msg));
        op(Op::CALL, 1); // at the test's position when it is a comparison (jump_if), as CPython
    } else {
        op(Op::LOAD_ASSERTION_ERROR);
    }
    op(Op::RAISE_VARARGS, 1);
    bind(end);
    return {};
}

// --- imports ------------------------------------------------------------------------

Emit Codegen::import(const ast::Import* i) {
    for (const ast::Alias* a : i->names) {
        load_const(bc::Constant::integer(0));
        load_const(bc::Constant::none());
        op(Op::IMPORT_NAME, add_name(a->name));
        if (a->asname) {
            // `import a.b.c as d` binds the submodule: walk the attributes (CPython: compiler_import_as).
            size_t dot = a->name.find('.');
            if (dot != std::string::npos) {
                while (true) {
                    size_t pos = dot + 1;
                    dot = a->name.find('.', pos);
                    std::string attr = a->name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
                    op(Op::IMPORT_FROM, add_name(attr));
                    if (dot == std::string::npos)
                        break;
                    op(Op::SWAP, 2);
                    op(Op::POP_TOP);
                }
                CG_TRY(name_op(*a->asname, ast::ExprContext::Store, a->span));
                op(Op::POP_TOP);
            } else {
                CG_TRY(name_op(*a->asname, ast::ExprContext::Store, a->span));
            }
        } else {
            CG_TRY(name_op(a->name.substr(0, a->name.find('.')), ast::ExprContext::Store, a->span));
        }
    }
    return {};
}

Emit Codegen::import_from(const ast::ImportFrom* i) {
    if (is_future_import(i)) {
        if (!m_future_allowed)
            return error("from __future__ imports must occur at the beginning of the file", i->span);
        static constexpr const char* kFeatures[] = {
            "nested_scopes", "generators",   "division",       "absolute_import", "with_statement",
            "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
        for (const ast::Alias* a : i->names) {
            if (a->name == "braces")
                return error("not a chance", i->span);
            bool known = false;
            for (const char* f : kFeatures)
                known = known || a->name == f;
            if (!known)
                return error("future feature " + a->name + " is not defined", i->span);
            if (a->name == "annotations")
                m_future_annotations = true;
        }
    }
    std::vector<bc::Constant> names;
    for (const ast::Alias* a : i->names)
        names.push_back(bc::Constant::str(a->name));
    load_const(bc::Constant::integer(i->level));
    load_const(bc::Constant::tuple(std::move(names)));
    op(Op::IMPORT_NAME, add_name(i->module ? *i->module : std::string()));
    for (size_t k = 0; k < i->names.size(); ++k) {
        const ast::Alias* a = i->names[k];
        if (a->name == "*") {
            op(Op::IMPORT_STAR);
            return {};
        }
        op(Op::IMPORT_FROM, add_name(a->name));
        CG_TRY(name_op(a->asname ? *a->asname : a->name, ast::ExprContext::Store, a->span));
    }
    op(Op::POP_TOP);
    return {};
}

} // namespace bastion::compile
