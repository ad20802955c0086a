// codegen_try.cpp: the compile-time block stack and everything that unwinds it — try /
// except / finally, with, return, break, continue — with CPython 3.11's exception-table
// shapes (compiler_try_except, compiler_try_finally, compiler_with, compiler_unwind_fblock)
// adapted to our ops (no lasti slot: a cleanup handler is `SWAP 2; POP_EXCEPT; RERAISE`).
// Handler depth = stack depth where the handler opens (found by the flow pass).
#include "compile/codegen.h"

namespace bastion::compile {

using bc::Op;
using parse::SourceSpan;

Emit Codegen::push_fblock(FBlock fb, SourceSpan span) {
    if (u().fblocks.size() >= kMaxBlocks)
        return error("too many statically nested blocks", span);
    u().fblocks.push_back(fb);
    return {};
}

void Codegen::repush(std::vector<int32_t>& popped) {
    for (size_t i = popped.size(); i-- > 0;)
        u().em.repush_handler(popped[i]);
    popped.clear();
}

// (prev, new_exc): restore the previously handled exception and re-raise the new one.
void Codegen::pop_except_and_reraise() {
    op(Op::SWAP, 2);
    op(Op::POP_EXCEPT);
    op(Op::RERAISE);
}

// exit(None, None, None) with (exit) on top; leaves the result.
void Codegen::call_exit_with_nones() {
    op(Op::PUSH_NULL);
    op(Op::SWAP, 2);
    load_const(bc::Constant::none());
    load_const(bc::Constant::none());
    load_const(bc::Constant::none());
    op(Op::CALL, 3);
}

// Emits what leaving `fb` early needs. `preserve_tos`: a return value sits on top and
// must stay there.
Emit Codegen::unwind_fblock(const FBlock& fb, bool preserve_tos, std::vector<int32_t>& popped) {
    Emitter& em = u().em;
    switch (fb.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
        return {};
    case FBlockKind::ForLoop:
        if (preserve_tos)
            op(Op::SWAP, 2);
        op(Op::POP_TOP); // the iterator
        return {};
    case FBlockKind::TryExcept:
        popped.push_back(em.pop_handler());
        return {};
    case FBlockKind::FinallyTry: {
        popped.push_back(em.pop_handler());
        if (preserve_tos)
            CG_TRY(push_fblock(FBlock{FBlockKind::PopValue, {}, {}}, {}));
        CG_TRY(stmts(*fb.finalbody));
        if (preserve_tos)
            pop_fblock();
        return {};
    }
    case FBlockKind::FinallyEnd:
        // (prev, exc[, value])
        if (preserve_tos)
            op(Op::SWAP, 2);
        op(Op::POP_TOP);
        if (preserve_tos)
            op(Op::SWAP, 2);
        popped.push_back(em.pop_handler());
        op(Op::POP_EXCEPT);
        return {};
    case FBlockKind::With:
    case FBlockKind::AsyncWith: {
        parse::SourceSpan saved = em.location();
        em.set_line(fb.line);
        popped.push_back(em.pop_handler());
        if (preserve_tos)
            op(Op::SWAP, 2);
        call_exit_with_nones();
        if (fb.kind == FBlockKind::AsyncWith)
            CG_TRY(await_top(2));
        op(Op::POP_TOP);
        em.set_location(saved);
        return {};
    }
    case FBlockKind::HandlerCleanup:
        // (prev[, value])
        if (fb.name)
            popped.push_back(em.pop_handler()); // the `as name` cleanup
        if (preserve_tos)
            op(Op::SWAP, 2);
        popped.push_back(em.pop_handler()); // the handler-body cleanup
        op(Op::POP_EXCEPT);
        if (fb.name) {
            load_const(bc::Constant::none());
            CG_TRY(name_op(*fb.name, ast::ExprContext::Store, {}));
            CG_TRY(name_op(*fb.name, ast::ExprContext::Del, {}));
        }
        return {};
    case FBlockKind::PopValue:
        if (preserve_tos)
            op(Op::SWAP, 2);
        op(Op::POP_TOP);
        return {};
    }
    return {};
}

// Unwinds from the innermost block outwards; stops at the innermost loop when `loop` is
// given (break/continue). While a block is unwound, it and the blocks inside it are off
// the stack, so a return inside an unwound finally body sees only the outer blocks.
Emit Codegen::unwind_fblock_stack(bool preserve_tos, const FBlock** loop, std::vector<int32_t>& popped) {
    std::vector<FBlock>& fbs = u().fblocks;
    std::vector<FBlock> saved;
    Emit result;
    while (!fbs.empty()) {
        FBlock top = fbs.back();
        if (loop != nullptr && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
            *loop = &fbs.back();
            break;
        }
        fbs.pop_back();
        saved.push_back(top);
        auto r = unwind_fblock(top, preserve_tos, popped);
        if (!r.ok()) {
            result = r.take_error();
            break;
        }
    }
    std::vector<FBlock>& again = u().fblocks;
    for (size_t i = saved.size(); i-- > 0;)
        again.push_back(saved[i]);
    if (loop != nullptr && *loop != nullptr)
        *loop = nullptr; // pointer may dangle after push_back; callers re-find it
    return result;
}

Emit Codegen::return_stmt(const ast::Return* r) {
    if (u().ste->kind != BlockKind::Function || u().kind == UnitKind::Comprehension)
        return error("'return' outside function", r->span);
    if (r->value != nullptr && u().ste->coroutine && u().ste->generator)
        return error("'return' with value in async generator", r->span);
    CG_TRY(check_except_star_exit(false, r->span));
    bool preserve_tos = r->value != nullptr && r->value->kind != ast::ExprKind::Constant;
    if (preserve_tos)
        CG_TRY(expr(r->value));
    std::vector<int32_t> popped;
    CG_TRY(unwind_fblock_stack(preserve_tos, nullptr, popped));
    u().em.set_span(r->span);
    if (r->value == nullptr)
        load_const(bc::Constant::none());
    else if (!preserve_tos)
        CG_TRY(expr(r->value));
    op(Op::RETURN_VALUE);
    repush(popped);
    return {};
}

namespace {
// Index of the innermost loop block, or -1.
int64_t innermost_loop(const std::vector<FBlock>& fbs) {
    for (size_t i = fbs.size(); i-- > 0;)
        if (fbs[i].kind == FBlockKind::WhileLoop || fbs[i].kind == FBlockKind::ForLoop)
            return static_cast<int64_t>(i);
    return -1;
}
} // namespace

Emit Codegen::break_stmt(const ast::Stmt* s) {
    if (innermost_loop(u().fblocks) < 0)
        return error("'break' outside loop", s->span);
    CG_TRY(check_except_star_exit(true, s->span));
    std::vector<int32_t> popped;
    const FBlock* loop = nullptr;
    CG_TRY(unwind_fblock_stack(false, &loop, popped));
    FBlock fb = u().fblocks[static_cast<size_t>(innermost_loop(u().fblocks))];
    u().em.set_span(s->span);
    CG_TRY(unwind_fblock(fb, false, popped));
    jump(Op::JUMP, fb.exit);
    repush(popped);
    return {};
}

Emit Codegen::continue_stmt(const ast::Stmt* s) {
    if (innermost_loop(u().fblocks) < 0)
        return error("'continue' not properly in loop", s->span);
    CG_TRY(check_except_star_exit(true, s->span));
    std::vector<int32_t> popped;
    const FBlock* loop = nullptr;
    CG_TRY(unwind_fblock_stack(false, &loop, popped));
    FBlock fb = u().fblocks[static_cast<size_t>(innermost_loop(u().fblocks))];
    u().em.set_span(s->span);
    jump(Op::JUMP, fb.block);
    repush(popped);
    return {};
}

Emit Codegen::try_stmt(const ast::Try* t) {
    if (!t->finalbody.empty())
        return try_finally(t);
    return try_except(t);
}

//   <push handler F>  body  <pop>  finalbody  JUMP exit
//   F: (exc) PUSH_EXC_INFO <push handler C, depth - 1>  finalbody  RERAISE  <pop>
//   C: (prev, exc2) SWAP 2; POP_EXCEPT; RERAISE
//   exit:
Emit Codegen::try_finally(const ast::Try* t) {
    return try_finally_with(&t->finalbody, t->span, [&]() -> Emit {
        if (!t->handlers.empty())
            return try_except(t);
        return stmts(t->body);
    });
}

Emit Codegen::try_finally_with(const std::vector<ast::Stmt*>* finalbody, SourceSpan span,
                               const std::function<Emit()>& body) {
    Label end = label(), exit = label(), cleanup = label();
    u().em.push_handler(end);
    CG_TRY(push_fblock(FBlock{FBlockKind::FinallyTry, {}, {}, finalbody}, span));
    CG_TRY(body());
    pop_fblock();
    u().em.pop_handler();
    CG_TRY(stmts(*finalbody));
    jump(Op::JUMP, exit);
    bind(end);
    op(Op::PUSH_EXC_INFO);
    u().em.push_handler(cleanup, -1); // (prev, exc): the cleanup keeps prev
    CG_TRY(push_fblock(FBlock{FBlockKind::FinallyEnd, end, {}}, span));
    CG_TRY(stmts(*finalbody));
    pop_fblock();
    op(Op::RERAISE);
    u().em.pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
    return {};
}

//   <push handler X>  body  <pop>  orelse  JUMP end
//   X: (exc) PUSH_EXC_INFO <push handler C, depth - 1>          (prev, exc)
//      for each handler:  [type; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next]
//         as name:  STORE name; <push handler N> body <pop N, C> POP_EXCEPT; name = None; del name; JUMP end
//                   N: (prev, exc2) name = None; del name; RERAISE
//         no name:  POP_TOP; body <pop C> POP_EXCEPT; JUMP end
//      next: ...
//      RERAISE  <pop C>
//   C: (prev, exc2) SWAP 2; POP_EXCEPT; RERAISE
//   end:
Emit Codegen::try_except(const ast::Try* t) {
    Emitter& em = u().em;
    Label except = label(), end = label(), cleanup = label();
    em.push_handler(except);
    CG_TRY(push_fblock(FBlock{FBlockKind::TryExcept, {}, {}}, t->span));
    CG_TRY(stmts(t->body));
    pop_fblock();
    em.pop_handler();
    CG_TRY(stmts(t->orelse));
    jump(Op::JUMP, end);
    bind(except);
    op(Op::PUSH_EXC_INFO);
    em.push_handler(cleanup, -1); // (prev, exc): the cleanup keeps prev
    CG_TRY(push_fblock(FBlock{FBlockKind::ExceptionHandler, {}, {}}, t->span));
    for (size_t i = 0; i < t->handlers.size(); ++i) {
        const ast::ExceptHandler* h = t->handlers[i];
        em.set_span(h->span);
        if (h->type == nullptr && i + 1 < t->handlers.size())
            return error("default 'except:' must be last", h->span);
        Label next = label();
        if (h->type) {
            CG_TRY(expr(h->type));
            em.set_span(h->span);
            op(Op::CHECK_EXC_MATCH);
            jump(Op::POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            Label cleanup_end = label();
            CG_TRY(name_op(*h->name, ast::ExprContext::Store, h->span));
            em.push_handler(cleanup_end);
            CG_TRY(push_fblock(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, &*h->name}, h->span));
            CG_TRY(stmts(h->body));
            pop_fblock();
            em.pop_handler();
            int32_t c = em.pop_handler();
            op(Op::POP_EXCEPT);
            load_const(bc::Constant::none());
            CG_TRY(name_op(*h->name, ast::ExprContext::Store, h->span));
            CG_TRY(name_op(*h->name, ast::ExprContext::Del, h->span));
            jump(Op::JUMP, end);
            em.repush_handler(c);
            bind(cleanup_end);
            load_const(bc::Constant::none());
            CG_TRY(name_op(*h->name, ast::ExprContext::Store, h->span));
            CG_TRY(name_op(*h->name, ast::ExprContext::Del, h->span));
            op(Op::RERAISE);
        } else {
            op(Op::POP_TOP);
            CG_TRY(push_fblock(FBlock{FBlockKind::HandlerCleanup, {}, {}}, h->span));
            CG_TRY(stmts(h->body));
            pop_fblock();
            int32_t c = em.pop_handler();
            op(Op::POP_EXCEPT);
            jump(Op::JUMP, end);
            em.repush_handler(c);
        }
        bind(next);
    }
    pop_fblock();
    op(Op::RERAISE);
    em.pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
    return {};
}

//   mgr; BEFORE_WITH                              (exit, enter_result)
//   <push handler F, depth - 1>  store or POP_TOP; body  <pop>
//   exit(None, None, None); POP_TOP; JUMP after
//   F: (exit, exc) PUSH_EXC_INFO; COPY 2; SWAP 4; SWAP 3; SWAP 2       (prev, exit, prev, exc)
//      <push handler C at (prev)> WITH_EXCEPT_START                     (prev, exit, prev, exc, res)
//      POP_JUMP_IF_TRUE suppress; RERAISE
//      suppress: POP_TOP <pop C> POP_EXCEPT; POP_TOP; POP_TOP; JUMP after
//   C: (prev, exc2) SWAP 2; POP_EXCEPT; RERAISE
//   after:
Emit Codegen::with_stmt(const ast::With* w, size_t index) {
    Emitter& em = u().em;
    const ast::WithItem* item = w->items[index];
    const bool is_async = w->is_async();
    Label final_ = label(), after = label(), cleanup = label(), suppress = label();
    CG_TRY(expr(item->context_expr));
    em.set_span(w->span);
    if (is_async) {
        op(Op::BEFORE_ASYNC_WITH);
        CG_TRY(await_top(1));
    } else {
        op(Op::BEFORE_WITH);
    }
    em.push_handler(final_, -1);
    FBlockKind kind = is_async ? FBlockKind::AsyncWith : FBlockKind::With;
    CG_TRY(push_fblock(FBlock{kind, {}, {}, nullptr, nullptr, w->span.line}, w->span));
    if (item->optional_vars)
        CG_TRY(store_target(item->optional_vars));
    else
        op(Op::POP_TOP);
    if (index + 1 < w->items.size())
        CG_TRY(with_stmt(w, index + 1));
    else
        CG_TRY(stmts(w->body));
    pop_fblock();
    em.pop_handler();
    em.set_span(w->span);
    call_exit_with_nones();
    if (is_async)
        CG_TRY(await_top(2));
    op(Op::POP_TOP);
    jump(Op::JUMP, after);
    bind(final_);
    op(Op::PUSH_EXC_INFO);
    // WITH_EXCEPT_START's row pops its three inputs, so the cleanup handler must sit below
    // them: keep a second copy of prev underneath, (prev, exit, prev, exc).
    op(Op::COPY, 2);
    op(Op::SWAP, 4);
    op(Op::SWAP, 3);
    op(Op::SWAP, 2);
    em.push_handler(cleanup, -3); // the cleanup keeps only the copy of prev
    op(Op::WITH_EXCEPT_START);
    if (is_async)
        CG_TRY(await_top(2));
    jump(Op::POP_JUMP_IF_TRUE, suppress);
    op(Op::RERAISE);
    bind(suppress);
    op(Op::POP_TOP);
    em.pop_handler();
    op(Op::POP_EXCEPT);
    op(Op::POP_TOP);
    op(Op::POP_TOP);
    jump(Op::JUMP, after);
    bind(cleanup);
    pop_except_and_reraise();
    bind(after);
    return {};
}

// return, break and continue may not leave an except* clause (CPython 3.11 checks this
// while unwinding: a loop inside the clause is fine).
Emit Codegen::check_except_star_exit(bool to_loop, SourceSpan span) {
    const std::vector<FBlock>& fbs = u().fblocks;
    for (size_t i = fbs.size(); i-- > 0;) {
        FBlockKind k = fbs[i].kind;
        if (to_loop && (k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop))
            return {};
        if (k == FBlockKind::ExceptionGroupHandler)
            return error("'break', 'continue' and 'return' cannot appear in an except* block", span);
    }
    return {};
}

Emit Codegen::try_star(const ast::TryStar* t) {
    if (t->finalbody.empty())
        return try_star_except(t);
    return try_finally_with(&t->finalbody, t->span, [&]() -> Emit { return try_star_except(t); });
}

//   <push handler X>  body  <pop>  orelse  JUMP end
//   X: (exc) PUSH_EXC_INFO <push handler C, depth - 1>       (prev, exc)
//      COPY 1; BUILD_LIST 0; SWAP 2                          (prev, orig, raised, exc)
//      for each clause:
//         type; CHECK_EG_MATCH; COPY 1; POP_JUMP_IF_NONE no_match   (prev, orig, raised, rest, match)
//         STORE name | POP_TOP; <push handler B> body <pop B>; [name = None; del name]; JUMP next
//         B: (..., rest, exc2) [name = None; del name]; LIST_APPEND 2; JUMP next
//         no_match: POP_TOP
//         next:
//      LIST_APPEND 1                                         (prev, orig, raised + [rest])
//      PREP_RERAISE_STAR; COPY 1; POP_JUMP_IF_NOT_NONE reraise  (prev, exc_or_None)
//      POP_TOP <pop C> POP_EXCEPT; JUMP end
//      reraise: SWAP 2; POP_EXCEPT; RERAISE
//   C: (prev, exc2) SWAP 2; POP_EXCEPT; RERAISE
//   end:
Emit Codegen::try_star_except(const ast::TryStar* t) {
    Emitter& em = u().em;
    Label except = label(), end = label(), cleanup = label(), reraise = label();
    em.push_handler(except);
    CG_TRY(push_fblock(FBlock{FBlockKind::TryExcept, {}, {}}, t->span));
    CG_TRY(stmts(t->body));
    pop_fblock();
    em.pop_handler();
    CG_TRY(stmts(t->orelse));
    jump(Op::JUMP, end);
    bind(except);
    op(Op::PUSH_EXC_INFO);
    em.push_handler(cleanup, -1);
    CG_TRY(push_fblock(FBlock{FBlockKind::ExceptionGroupHandler, {}, {}}, t->span));
    for (size_t i = 0; i < t->handlers.size(); ++i) {
        const ast::ExceptHandler* h = t->handlers[i];
        em.set_span(h->span);
        if (h->type == nullptr)
            return error("expected one or more exception types", h->span);
        Label no_match = label(), next = label(), body_error = label();
        if (i == 0) {
            op(Op::COPY, 1);
            op(Op::BUILD_LIST, 0);
            op(Op::SWAP, 2);
        }
        CG_TRY(expr(h->type));
        em.set_span(h->span);
        op(Op::CHECK_EG_MATCH);
        op(Op::COPY, 1);
        jump(Op::POP_JUMP_IF_NONE, no_match);
        if (h->name)
            CG_TRY(name_op(*h->name, ast::ExprContext::Store, h->span));
        else
            op(Op::POP_TOP);
        em.push_handler(body_error);
        const std::string* name = h->name ? &*h->name : nullptr;
        CG_TRY(push_fblock(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, name}, h->span));
        CG_TRY(stmts(h->body));
        pop_fblock();
        em.pop_handler();
        if (h->name) {
            load_const(bc::Constant::none());
            CG_TRY(name_op(*h->name, ast::ExprContext::Store, h->span));
            CG_TRY(name_op(*h->name, ast::ExprContext::Del, h->span));
        }
        jump(Op::JUMP, next);
        bind(body_error);
        if (h->name) {
            load_const(bc::Constant::none());
            CG_TRY(name_op(*h->name, ast::ExprContext::Store, h->span));
            CG_TRY(name_op(*h->name, ast::ExprContext::Del, h->span));
        }
        op(Op::LIST_APPEND, 2); // what the clause raised joins the list
        jump(Op::JUMP, next);
        bind(no_match);
        op(Op::POP_TOP);
        bind(next);
    }
    pop_fblock();
    op(Op::LIST_APPEND, 1); // the unhandled rest (or None)
    op(Op::PREP_RERAISE_STAR);
    op(Op::COPY, 1);
    jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
    op(Op::POP_TOP);
    em.pop_handler();
    op(Op::POP_EXCEPT);
    jump(Op::JUMP, end);
    bind(reraise);
    op(Op::SWAP, 2);
    op(Op::POP_EXCEPT);
    op(Op::RERAISE);
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
    return {};
}

} // namespace bastion::compile
