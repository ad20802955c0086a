// codegen_expr.cpp: expressions, assignment targets and conditional jumps (CPython:
// compiler_visit_expr1, compiler_jump_if, compiler_call_helper, starunpack_helper,
// compiler_comprehension). Each level of recursion follows one AST level.
#include "compile/codegen.h"

#include <algorithm>
#include <set>

namespace bastion::compile {

using bc::Op;
using parse::SourceSpan;

namespace {

// Truthiness of a literal, for folding `while True:` / `if 0:` jumps.
bool constant_truth(const ast::ConstantValue& v) {
    using K = ast::ConstantKind;
    switch (v.kind) {
    case K::None:
        return false;
    case K::Bool:
        return v.bool_value;
    case K::Ellipsis:
        return true;
    case K::Int:
        if (v.int_value)
            return *v.int_value != 0;
        return v.text.find_first_not_of('0') != std::string::npos;
    case K::Float:
    case K::Imaginary:
        return v.float_value != 0.0;
    case K::Str:
        return !v.str.empty();
    case K::Bytes:
        return !v.text.empty();
    }
    return true;
}

// The position of LOAD_ATTR / LOAD_METHOD for attribute `a` when the current location is
// `loc` (CPython 3.11's update_start_location_to_match_attr): an attribute name on a later
// line than the location starts moves the start there, to the name's first column.
parse::SourceSpan attribute_location(parse::SourceSpan loc, const ast::Attribute* a) {
    if (loc.line == a->span.end_line)
        return loc;
    loc.line = a->span.end_line;
    int32_t len = 0; // the name's length in code points (CPython compares it with bytes)
    for (unsigned char ch : a->attr)
        len += (ch & 0xC0) != 0x80 ? 1 : 0;
    if (len <= a->span.end_col) {
        loc.col = a->span.end_col - len;
    } else {
        loc.col = -1;
        loc.end_col = -1;
    }
    loc.end_line = std::max(loc.line, loc.end_line);
    if (loc.line == loc.end_line && loc.col >= 0)
        loc.end_col = std::max(loc.col, loc.end_col);
    return loc;
}

bool has_starred(const std::vector<ast::Expr*>& v) {
    for (const ast::Expr* e : v)
        if (e->kind == ast::ExprKind::Starred)
            return true;
    return false;
}

} // namespace

Emit Codegen::exprs(const std::vector<ast::Expr*>& v) {
    for (const ast::Expr* e : v)
        CG_TRY(expr(e));
    return {};
}

Emit Codegen::expr(const ast::Expr* e) {
    Emitter& em = u().em;
    parse::SourceSpan saved = em.location();
    em.set_span(e->span);
    CG_TRY(expr_inner(e));
    u().em.set_location(saved);
    return {};
}

// The delegation loop of `yield from` and `await` (CPython's compiler_add_yield_from), with
// the receiver and the first value to send on the stack:
//   start: SEND exit; YIELD_VALUE; JUMP start; exit: (result)
void Codegen::yield_from_loop() {
    Label start = label(), exit = label();
    bind(start);
    jump(Op::SEND, exit);
    op(Op::YIELD_VALUE);
    jump(Op::JUMP, start);
    bind(exit);
}

// `yield` of the value on top (CPython's compiler_add_yield): an async generator wraps it
// first, so that its asend()/__anext__ tell its own yields from those of what it awaits.
void Codegen::yield_top() {
    if (u().ste->coroutine && u().ste->generator)
        op(Op::ASYNC_GEN_WRAP);
    op(Op::YIELD_VALUE);
}

// `await` of the value on top: GET_AWAITABLE where; LOAD_CONST None; the delegation loop.
// `where` 1/2: the value came from __aenter__/__aexit__ (for GET_AWAITABLE's error).
Emit Codegen::await_top(uint32_t where) {
    op(Op::GET_AWAITABLE, where);
    load_const(bc::Constant::none());
    yield_from_loop();
    return {};
}

// Whether the innermost function around the current unit (past comprehensions) is async.
bool Codegen::in_async_function() const {
    for (std::size_t i = m_units.size(); i-- > 0;) {
        const Block* ste = m_units[i]->ste;
        if (!ste->comprehension)
            return ste->kind == BlockKind::Function && ste->coroutine;
    }
    return false;
}

// Constant folding: literals, negated numeric literals and tuples of constants.
bool Codegen::fold_constant(const ast::Expr* e, bc::Constant& out) {
    if (auto* c = ast::as<ast::Constant>(e)) {
        out = constant_of(c->value);
        return true;
    }
    if (auto* un = ast::as<ast::UnaryOp>(e)) {
        auto* c = ast::as<ast::Constant>(un->operand);
        if (un->op != ast::UnaryOpKind::USub || c == nullptr)
            return false;
        using K = ast::ConstantKind;
        if (c->value.kind != K::Int && c->value.kind != K::Float && c->value.kind != K::Imaginary)
            return false;
        out = constant_of(c->value);
        if (out.kind == bc::Constant::Kind::Int)
            out.negative = !out.limbs.empty();
        else if (out.kind == bc::Constant::Kind::Float)
            out.real = -out.real;
        else {
            out.real = -out.real;
            out.imag = -out.imag;
        }
        return true;
    }
    if (auto* t = ast::as<ast::Tuple>(e)) {
        if (t->ctx != ast::ExprContext::Load)
            return false;
        std::vector<bc::Constant> items;
        items.reserve(t->elts.size());
        for (const ast::Expr* x : t->elts) {
            bc::Constant c;
            if (!fold_constant(x, c))
                return false;
            items.push_back(std::move(c));
        }
        out = bc::Constant::tuple(std::move(items));
        return true;
    }
    return false;
}

Emit Codegen::expr_inner(const ast::Expr* e) {
    using K = ast::ExprKind;
    switch (e->kind) {
    case K::BoolOp:
        return bool_op(ast::cast<ast::BoolOp>(e));
    case K::NamedExpr: {
        auto* n = ast::cast<ast::NamedExpr>(e);
        CG_TRY(expr(n->value));
        op(Op::COPY, 1);
        return store_target(n->target);
    }
    case K::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        CG_TRY(expr(b->left));
        CG_TRY(expr(b->right));
        op(Op::BINARY_OP, binary_op_arg(b->op, false));
        return {};
    }
    case K::UnaryOp: {
        bc::Constant folded;
        if (fold_constant(e, folded)) {
            load_const(std::move(folded));
            return {};
        }
        auto* un = ast::cast<ast::UnaryOp>(e);
        CG_TRY(expr(un->operand));
        static constexpr Op kOps[] = {Op::UNARY_INVERT, Op::UNARY_NOT, Op::UNARY_POSITIVE, Op::UNARY_NEGATIVE};
        op(kOps[static_cast<size_t>(un->op)]);
        return {};
    }
    case K::Lambda:
        return lambda(ast::cast<ast::Lambda>(e));
    case K::IfExp: {
        auto* i = ast::cast<ast::IfExp>(e);
        Label end = label(), next = label();
        CG_TRY(jump_if(i->test, next, false));
        CG_TRY(expr(i->body));
        jump(Op::JUMP, end);
        bind(next);
        CG_TRY(expr(i->orelse));
        bind(end);
        return {};
    }
    case K::Dict:
        return dict(ast::cast<ast::Dict>(e));
    case K::Set:
        return starunpack(ast::cast<ast::Set>(e)->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
    case K::ListComp: {
        auto* c = ast::cast<ast::ListComp>(e);
        return comprehension(e, ComprehensionKind::List, c->generators, c->elt, nullptr);
    }
    case K::SetComp: {
        auto* c = ast::cast<ast::SetComp>(e);
        return comprehension(e, ComprehensionKind::Set, c->generators, c->elt, nullptr);
    }
    case K::DictComp: {
        auto* c = ast::cast<ast::DictComp>(e);
        return comprehension(e, ComprehensionKind::Dict, c->generators, c->key, c->value);
    }
    case K::GeneratorExp: {
        auto* c = ast::cast<ast::GeneratorExp>(e);
        return comprehension(e, ComprehensionKind::Generator, c->generators, c->elt, nullptr);
    }
    case K::Await: {
        if (u().ste->kind != BlockKind::Function)
            return error("'await' outside function", e->span);
        // A comprehension with an await is a coroutine (symtable), refused by comprehension()
        // outside an async function.
        if (!u().ste->coroutine)
            return error("'await' outside async function", e->span);
        CG_TRY(expr(ast::cast<ast::Await>(e)->value));
        return await_top(0);
    }
    case K::Yield: {
        if (u().ste->kind != BlockKind::Function)
            return error("'yield' outside function", e->span);
        auto* y = ast::cast<ast::Yield>(e);
        if (y->value)
            CG_TRY(expr(y->value));
        else
            load_const(bc::Constant::none());
        yield_top();
        return {};
    }
    case K::YieldFrom: {
        if (u().ste->kind != BlockKind::Function)
            return error("'yield' outside function", e->span);
        if (u().ste->coroutine)
            return error("'yield from' inside async function", e->span);
        CG_TRY(expr(ast::cast<ast::YieldFrom>(e)->value));
        op(Op::GET_YIELD_FROM_ITER);
        load_const(bc::Constant::none());
        yield_from_loop();
        return {};
    }
    case K::Compare:
        return compare(ast::cast<ast::Compare>(e));
    case K::Call:
        return call(ast::cast<ast::Call>(e));
    case K::FormattedValue:
        return formatted_value(ast::cast<ast::FormattedValue>(e));
    case K::JoinedStr:
        return joined_str(ast::cast<ast::JoinedStr>(e));
    case K::Constant:
        load_const(constant_of(ast::cast<ast::Constant>(e)->value));
        return {};
    case K::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        if (a->ctx != ast::ExprContext::Load)
            return store_target(e);
        CG_TRY(expr(a->value));
        u().em.set_location(attribute_location(u().em.location(), a));
        op(Op::LOAD_ATTR, add_name(mangled(a->attr)));
        return {};
    }
    case K::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        if (s->ctx != ast::ExprContext::Load)
            return store_target(e);
        check_subscript(s);
        CG_TRY(expr(s->value));
        CG_TRY(slice_or_expr(s->slice));
        op(Op::BINARY_SUBSCR);
        return {};
    }
    case K::Starred:
        if (ast::cast<ast::Starred>(e)->ctx == ast::ExprContext::Store)
            return error("starred assignment target must be in a list or tuple", e->span);
        return error("can't use starred expression here", e->span);
    case K::Name: {
        auto* n = ast::cast<ast::Name>(e);
        return name_op(n->id, n->ctx, e->span);
    }
    case K::List: {
        auto* l = ast::cast<ast::List>(e);
        if (l->ctx == ast::ExprContext::Store)
            return unpack(l->elts, e->span);
        return starunpack(l->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
    }
    case K::Tuple: {
        auto* t = ast::cast<ast::Tuple>(e);
        if (t->ctx == ast::ExprContext::Store)
            return unpack(t->elts, e->span);
        bc::Constant folded;
        if (fold_constant(e, folded)) {
            load_const(std::move(folded));
            return {};
        }
        return starunpack(t->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    }
    case K::Slice:
        return slice_or_expr(e);
    }
    return {};
}

Emit Codegen::slice_or_expr(const ast::Expr* e) {
    auto* s = ast::as<ast::Slice>(e);
    if (s == nullptr)
        return expr(e);
    uint32_t n = 2;
    if (s->lower)
        CG_TRY(expr(s->lower));
    else
        load_const(bc::Constant::none());
    if (s->upper)
        CG_TRY(expr(s->upper));
    else
        load_const(bc::Constant::none());
    if (s->step) {
        CG_TRY(expr(s->step));
        n = 3;
    }
    op(Op::BUILD_SLICE, n);
    return {};
}

// --- assignment targets -------------------------------------------------------------

Emit Codegen::store_target(const ast::Expr* e) {
    u().em.set_span(e->span);
    switch (e->kind) {
    case ast::ExprKind::Name:
        return name_op(ast::cast<ast::Name>(e)->id, ast::ExprContext::Store, e->span);
    case ast::ExprKind::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        CG_TRY(expr(a->value));
        op(Op::STORE_ATTR, add_name(mangled(a->attr)));
        return {};
    }
    case ast::ExprKind::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        CG_TRY(expr(s->value));
        CG_TRY(slice_or_expr(s->slice));
        op(Op::STORE_SUBSCR);
        return {};
    }
    case ast::ExprKind::Tuple:
        return unpack(ast::cast<ast::Tuple>(e)->elts, e->span);
    case ast::ExprKind::List:
        return unpack(ast::cast<ast::List>(e)->elts, e->span);
    case ast::ExprKind::Starred:
        return error("starred assignment target must be in a list or tuple", e->span);
    default:
        return error("cannot assign to expression", e->span);
    }
}

Emit Codegen::unpack(const std::vector<ast::Expr*>& elts, SourceSpan span) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i) {
        if (elts[i]->kind != ast::ExprKind::Starred)
            continue;
        if (star != elts.size())
            return error("multiple starred expressions in assignment", span);
        star = i;
    }
    if (star != elts.size()) {
        size_t before = star, after = elts.size() - star - 1;
        if (before > 0xFFF || after > 0xFFF)
            return error("too many expressions in star-unpacking assignment", span);
        op(Op::UNPACK_EX, before | (after << 12));
    } else {
        op(Op::UNPACK_SEQUENCE, elts.size());
    }
    for (const ast::Expr* x : elts) {
        if (auto* st = ast::as<ast::Starred>(x))
            CG_TRY(store_target(st->value));
        else
            CG_TRY(store_target(x));
    }
    return {};
}

// --- comparisons and boolean operators ------------------------------------------------

void Codegen::compare_op(ast::CmpOp o) {
    using C = ast::CmpOp;
    using K = bc::CompareOpKind;
    switch (o) {
    case C::Eq: op(Op::COMPARE_OP, uint32_t(K::Eq)); return;
    case C::NotEq: op(Op::COMPARE_OP, uint32_t(K::Ne)); return;
    case C::Lt: op(Op::COMPARE_OP, uint32_t(K::Lt)); return;
    case C::LtE: op(Op::COMPARE_OP, uint32_t(K::Le)); return;
    case C::Gt: op(Op::COMPARE_OP, uint32_t(K::Gt)); return;
    case C::GtE: op(Op::COMPARE_OP, uint32_t(K::Ge)); return;
    case C::Is: op(Op::IS_OP, 0); return;
    case C::IsNot: op(Op::IS_OP, 1); return;
    case C::In: op(Op::CONTAINS_OP, 0); return;
    case C::NotIn: op(Op::CONTAINS_OP, 1); return;
    }
}

// a < b < c:  a b SWAP 2; COPY 2; < ; COPY 1; POP_JUMP_IF_FALSE cleanup; POP_TOP; c < ; JUMP end
//             cleanup: SWAP 2; POP_TOP   end:
Emit Codegen::compare(const ast::Compare* c) {
    check_compare(c);
    CG_TRY(expr(c->left));
    size_t n = c->ops.size();
    if (n == 1) {
        CG_TRY(expr(c->comparators[0]));
        compare_op(c->ops[0]);
        return {};
    }
    Label cleanup = label(), end = label();
    for (size_t i = 0; i + 1 < n; ++i) {
        CG_TRY(expr(c->comparators[i]));
        op(Op::SWAP, 2);
        op(Op::COPY, 2);
        compare_op(c->ops[i]);
        jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    CG_TRY(expr(c->comparators[n - 1]));
    compare_op(c->ops[n - 1]);
    jump(Op::JUMP, end);
    bind(cleanup);
    op(Op::SWAP, 2);
    op(Op::POP_TOP);
    bind(end);
    return {};
}

// `a and b and c` as a value: each operand but the last either decides the result (it
// stays on the stack: the jump to the end) or is dropped (JUMP_IF_FALSE_OR_POP /
// JUMP_IF_TRUE_OR_POP, CPython 3.11's sequence).
Emit Codegen::bool_op(const ast::BoolOp* b) {
    Op jump_op = b->op == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    Label end = label();
    for (size_t i = 0; i + 1 < b->values.size(); ++i) {
        CG_TRY(expr(b->values[i]));
        jump(jump_op, end);
    }
    CG_TRY(expr(b->values.back()));
    bind(end);
    return {};
}

// Jumps to `target` when the truth of `e` equals `cond` (CPython: compiler_jump_if).
// Source positions as CPython 3.11's: a comparison's span becomes the current location and
// stays so after it (the jump, and an assert's raise, point at the comparison); the other
// forms leave the location as they found it.
Emit Codegen::jump_if(const ast::Expr* e, Label target, bool cond) {
    Emitter& em = u().em;
    switch (e->kind) {
    case ast::ExprKind::UnaryOp: {
        auto* un = ast::cast<ast::UnaryOp>(e);
        if (un->op == ast::UnaryOpKind::Not) {
            CG_TRY(jump_if(un->operand, target, !cond));
            return {};
        }
        break;
    }
    case ast::ExprKind::BoolOp: {
        auto* b = ast::cast<ast::BoolOp>(e);
        bool cond2 = b->op == ast::BoolOpKind::Or;
        Label next2 = target;
        if (cond != cond2)
            next2 = label();
        for (size_t i = 0; i + 1 < b->values.size(); ++i)
            CG_TRY(jump_if(b->values[i], next2, cond2));
        CG_TRY(jump_if(b->values.back(), target, cond));
        if (next2.id != target.id)
            bind(next2);
        return {};
    }
    case ast::ExprKind::IfExp: {
        auto* i = ast::cast<ast::IfExp>(e);
        Label end = label(), next2 = label();
        CG_TRY(jump_if(i->test, next2, false));
        CG_TRY(jump_if(i->body, target, cond));
        jump(Op::JUMP, end);
        bind(next2);
        CG_TRY(jump_if(i->orelse, target, cond));
        bind(end);
        return {};
    }
    case ast::ExprKind::Compare: {
        auto* c = ast::cast<ast::Compare>(e);
        size_t n = c->ops.size();
        em.set_span(e->span);
        if (n == 1 && (c->ops[0] == ast::CmpOp::Is || c->ops[0] == ast::CmpOp::IsNot) &&
            c->comparators[0]->kind == ast::ExprKind::Constant &&
            ast::cast<ast::Constant>(c->comparators[0])->value.kind == ast::ConstantKind::None) {
            // `x is None` / `x is not None` as a test: one jump on None instead of
            // LOAD_CONST None; IS_OP; POP_JUMP_IF_x (CPython 3.11's peephole pass does the same).
            check_compare(c);
            CG_TRY(expr(c->left));
            bool jump_on_none = (c->ops[0] == ast::CmpOp::Is) == cond;
            jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target);
            return {};
        }
        if (n < 2)
            break;
        check_compare(c);
        CG_TRY(expr(c->left));
        Label cleanup = label(), end = label();
        for (size_t i = 0; i + 1 < n; ++i) {
            CG_TRY(expr(c->comparators[i]));
            op(Op::SWAP, 2);
            op(Op::COPY, 2);
            compare_op(c->ops[i]);
            jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        CG_TRY(expr(c->comparators[n - 1]));
        compare_op(c->ops[n - 1]);
        jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
        jump(Op::JUMP, end);
        bind(cleanup);
        op(Op::POP_TOP);
        if (!cond)
            jump(Op::JUMP, target);
        bind(end);
        return {};
    }
    case ast::ExprKind::Constant:
        if (constant_truth(ast::cast<ast::Constant>(e)->value) == cond)
            jump(Op::JUMP, target);
        return {};
    default:
        break;
    }
    CG_TRY(expr(e));
    jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
    return {};
}

// --- calls --------------------------------------------------------------------------

namespace {
Result<void, parse::Diagnostic> check_keywords(const std::vector<ast::Keyword*>& kws) {
    std::set<std::string> seen;
    for (const ast::Keyword* k : kws) {
        if (!k->arg)
            continue;
        if (!seen.insert(*k->arg).second)
            return parse::Diagnostic{parse::DiagKind::SyntaxError, "keyword argument repeated: " + *k->arg, k->span};
    }
    return {};
}
} // namespace

Emit Codegen::call(const ast::Call* c) {
    check_caller(c->func);
    CG_TRY(check_keywords(c->keywords));
    auto* attr = ast::as<ast::Attribute>(c->func);
    bool simple_kw = true;
    for (const ast::Keyword* k : c->keywords)
        simple_kw = simple_kw && k->arg.has_value();
    if (attr && attr->ctx == ast::ExprContext::Load && !has_starred(c->args) && simple_kw &&
        c->args.size() + c->keywords.size() < kStackUseGuideline) {
        CG_TRY(expr(attr->value));
        u().em.set_location(attribute_location(attr->span, attr)); // 3.11's LOAD_METHOD position
        op(Op::LOAD_METHOD, add_name(mangled(attr->attr)));
        CG_TRY(exprs(c->args));
        std::vector<bc::Constant> names;
        for (const ast::Keyword* k : c->keywords) {
            CG_TRY(expr(k->value));
            names.push_back(bc::Constant::str(*k->arg));
        }
        u().em.set_location(attribute_location(c->span, attr));
        size_t n = c->args.size() + c->keywords.size();
        if (!names.empty()) {
            load_const(bc::Constant::tuple(std::move(names)));
            op(Op::CALL_KW, n);
        } else {
            op(Op::CALL, n);
        }
        return {};
    }
    op(Op::PUSH_NULL);
    CG_TRY(expr(c->func));
    return call_helper(0, c->args, c->keywords, c->span);
}

// `pushed` positional arguments are already on the stack (the class body function and
// name for __build_class__).
Emit Codegen::call_helper(size_t pushed, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& kws,
                          SourceSpan span) {
    CG_TRY(check_keywords(kws));
    bool simple_kw = true;
    for (const ast::Keyword* k : kws)
        simple_kw = simple_kw && k->arg.has_value();
    if (!has_starred(args) && simple_kw && pushed + args.size() + kws.size() < kStackUseGuideline) {
        CG_TRY(exprs(args));
        std::vector<bc::Constant> names;
        for (const ast::Keyword* k : kws) {
            CG_TRY(expr(k->value));
            names.push_back(bc::Constant::str(*k->arg));
        }
        u().em.set_span(span);
        size_t n = pushed + args.size() + kws.size();
        if (!names.empty()) {
            load_const(bc::Constant::tuple(std::move(names)));
            op(Op::CALL_KW, n);
        } else {
            op(Op::CALL, n);
        }
        return {};
    }
    if (pushed == 0 && args.size() == 1 && args[0]->kind == ast::ExprKind::Starred) {
        // f(*x): x itself is the argument sequence (CALL_FUNCTION_EX converts it, with the
        // "f() argument after * must be an iterable" message).
        CG_TRY(expr(ast::cast<ast::Starred>(args[0])->value));
    } else {
        CG_TRY(starunpack(args, pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true));
    }
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < kws.size(); ++i) {
        if (kws[i]->arg) {
            ++nseen;
            continue;
        }
        if (nseen != 0) {
            CG_TRY(subkwargs(kws, i - nseen, i));
            if (have_dict)
                op(Op::DICT_MERGE, 1);
            have_dict = true;
            nseen = 0;
        }
        if (!have_dict) {
            op(Op::BUILD_MAP, 0);
            have_dict = true;
        }
        CG_TRY(expr(kws[i]->value));
        op(Op::DICT_MERGE, 1);
    }
    if (nseen != 0) {
        CG_TRY(subkwargs(kws, kws.size() - nseen, kws.size()));
        if (have_dict)
            op(Op::DICT_MERGE, 1);
        have_dict = true;
    }
    u().em.set_span(span);
    op(Op::CALL_FUNCTION_EX, have_dict ? 1 : 0);
    return {};
}

Emit Codegen::subkwargs(const std::vector<ast::Keyword*>& kws, size_t begin, size_t end) {
    bool big = (end - begin) * 2 > kStackUseGuideline;
    if (big)
        op(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        load_const(bc::Constant::str(*kws[i]->arg));
        CG_TRY(expr(kws[i]->value));
        if (big)
            op(Op::MAP_ADD, 1);
    }
    if (!big)
        op(Op::BUILD_MAP, end - begin);
    return {};
}

// Displays and starred argument lists (CPython: starunpack_helper).
Emit Codegen::starunpack(const std::vector<ast::Expr*>& elts, size_t pushed, Op build, Op add, Op extend,
                         bool tuple) {
    size_t n = elts.size();
    bool seen_star = has_starred(elts);
    bool big = n + pushed > kStackUseGuideline;
    if (!seen_star && n > 2) { // constant displays fold at any size, as CPython's do
        std::vector<bc::Constant> items;
        bool all_const = true;
        for (const ast::Expr* x : elts) {
            bc::Constant c;
            if (!fold_constant(x, c)) {
                all_const = false;
                break;
            }
            items.push_back(std::move(c));
        }
        if (all_const) {
            if (tuple && pushed == 0) {
                load_const(bc::Constant::tuple(std::move(items)));
            } else {
                op(build, pushed);
                load_const(add == Op::SET_ADD ? bc::Constant::frozenset(std::move(items))
                                              : bc::Constant::tuple(std::move(items)));
                op(extend, 1);
                if (tuple)
                    op(Op::LIST_TO_TUPLE);
            }
            return {};
        }
    }
    if (!seen_star && !big) {
        CG_TRY(exprs(elts));
        op(tuple ? Op::BUILD_TUPLE : build, n + pushed);
        return {};
    }
    bool built = false;
    if (big) {
        op(build, pushed);
        built = true;
    }
    for (size_t i = 0; i < n; ++i) {
        if (auto* st = ast::as<ast::Starred>(elts[i])) {
            if (!built) {
                op(build, i + pushed);
                built = true;
            }
            CG_TRY(expr(st->value));
            op(extend, 1);
        } else {
            CG_TRY(expr(elts[i]));
            if (built)
                op(add, 1);
        }
    }
    if (tuple)
        op(Op::LIST_TO_TUPLE);
    return {};
}

Emit Codegen::dict(const ast::Dict* d) {
    size_t n = d->values.size(), elements = 0;
    bool have_dict = false;
    auto subdict = [&](size_t begin, size_t end) -> Emit {
        for (size_t i = begin; i < end; ++i) {
            CG_TRY(expr(d->keys[i]));
            CG_TRY(expr(d->values[i]));
        }
        op(Op::BUILD_MAP, end - begin);
        return {};
    };
    for (size_t i = 0; i < n; ++i) {
        if (d->keys[i] == nullptr) {
            if (elements != 0) {
                CG_TRY(subdict(i - elements, i));
                if (have_dict)
                    op(Op::DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                op(Op::BUILD_MAP, 0);
                have_dict = true;
            }
            CG_TRY(expr(d->values[i]));
            op(Op::DICT_UPDATE, 1);
        } else if (elements * 2 > kStackUseGuideline) {
            CG_TRY(subdict(i - elements, i + 1));
            if (have_dict)
                op(Op::DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            ++elements;
        }
    }
    if (elements != 0) {
        CG_TRY(subdict(n - elements, n));
        if (have_dict)
            op(Op::DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        op(Op::BUILD_MAP, 0);
    return {};
}

// --- nested code: lambda and comprehensions -------------------------------------------

Emit Codegen::lambda(const ast::Lambda* l) {
    uint32_t flags = 0;
    CG_TRY(default_arguments(l->args, flags));
    Block* ste = m_table.block_for(l);
    if (ste == nullptr)
        return error("internal compiler error: no scope for lambda", l->span);
    enter_unit(UnitKind::Lambda, "<lambda>", ste, l->span.line);
    add_const(bc::Constant::none()); // a lambda has no docstring
    set_args(l->args);
    CG_TRY(expr(l->body));
    bool generator = ste->generator;
    if (generator)
        op(Op::POP_TOP);
    else
        op(Op::RETURN_VALUE);
    auto code = leave_unit(generator);
    if (!code.ok())
        return code.take_error();
    return make_closure(std::move(code).value(), flags);
}

Emit Codegen::comprehension(const ast::Expr* e, ComprehensionKind kind, const std::vector<ast::Comprehension*>& gens,
                            const ast::Expr* elt, const ast::Expr* value) {
    Block* ste = m_table.block_for(e);
    if (ste == nullptr)
        return error("internal compiler error: no scope for comprehension", e->span);
    // CPython's compiler_comprehension: a comprehension with `async for` or await is a
    // coroutine, awaited where it is made (a generator expression becomes an async
    // generator instead), so only an async function or another comprehension may hold it.
    const bool is_async = ste->coroutine;
    if (is_async && kind != ComprehensionKind::Generator && !u().ste->comprehension &&
        !(u().ste->kind == BlockKind::Function && u().ste->coroutine))
        return error("asynchronous comprehension outside of an asynchronous function", e->span);
    enter_unit(UnitKind::Comprehension, ste->name, ste, e->span.line);
    u().argcount = 1;
    if (kind == ComprehensionKind::List)
        op(Op::BUILD_LIST, 0);
    else if (kind == ComprehensionKind::Set)
        op(Op::BUILD_SET, 0);
    else if (kind == ComprehensionKind::Dict)
        op(Op::BUILD_MAP, 0);
    // A level's loop: `for` (FOR_ITER to `anchor` when exhausted), or `async for` (the
    // __anext__ await guarded by a handler at `anchor` whose END_ASYNC_FOR ends the loop,
    // as async_for_stmt).
    struct Level {
        Label start, if_cleanup, anchor;
        bool is_async;
    };
    std::vector<Level> levels;
    for (size_t gi = 0; gi < gens.size(); ++gi) {
        const ast::Comprehension* g = gens[gi];
        Level lv{label(), label(), label(), g->is_async};
        if (gi == 0) {
            op(Op::LOAD_FAST, 0); // .0, the iterator argument
        } else {
            CG_TRY(expr(g->iter));
            op(g->is_async ? Op::GET_AITER : Op::GET_ITER);
        }
        bind(lv.start);
        if (g->is_async) {
            u().em.push_handler(lv.anchor);
            op(Op::GET_ANEXT);
            load_const(bc::Constant::none());
            yield_from_loop();
            u().em.pop_handler();
        } else {
            jump(Op::FOR_ITER, lv.anchor);
        }
        CG_TRY(store_target(g->target));
        for (const ast::Expr* cond : g->ifs)
            CG_TRY(jump_if(cond, lv.if_cleanup, false));
        levels.push_back(lv);
    }
    uint32_t depth = static_cast<uint32_t>(gens.size()) + 1;
    switch (kind) {
    case ComprehensionKind::Generator:
        CG_TRY(expr(elt));
        yield_top();
        op(Op::POP_TOP);
        break;
    case ComprehensionKind::List:
        CG_TRY(expr(elt));
        op(Op::LIST_APPEND, depth);
        break;
    case ComprehensionKind::Set:
        CG_TRY(expr(elt));
        op(Op::SET_ADD, depth);
        break;
    case ComprehensionKind::Dict:
        CG_TRY(expr(elt));
        CG_TRY(expr(value));
        op(Op::MAP_ADD, depth);
        break;
    }
    for (size_t i = levels.size(); i-- > 0;) {
        bind(levels[i].if_cleanup);
        jump(Op::JUMP, levels[i].start);
        bind(levels[i].anchor);
        if (levels[i].is_async) {
            u().em.set_span(gens[i]->iter->span);
            op(Op::END_ASYNC_FOR);
        }
    }
    bool generator = kind == ComprehensionKind::Generator;
    if (!generator)
        op(Op::RETURN_VALUE);
    auto code = leave_unit(generator);
    if (!code.ok())
        return code.take_error();
    op(Op::PUSH_NULL);
    CG_TRY(make_closure(std::move(code).value(), 0));
    CG_TRY(expr(gens[0]->iter));
    op(gens[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
    op(Op::CALL, 1);
    if (is_async && !generator)
        return await_top(0);
    return {};
}

// --- f-strings ----------------------------------------------------------------------

Emit Codegen::joined_str(const ast::JoinedStr* j) {
    if (j->values.size() > kStackUseGuideline) {
        load_const(bc::Constant::str(""));
        op(Op::LOAD_METHOD, add_name("join"));
        op(Op::BUILD_LIST, 0);
        for (const ast::Expr* v : j->values) {
            CG_TRY(expr(v));
            op(Op::LIST_APPEND, 1);
        }
        op(Op::CALL, 1);
        return {};
    }
    CG_TRY(exprs(j->values));
    if (j->values.size() != 1)
        op(Op::BUILD_STRING, j->values.size());
    return {};
}

Emit Codegen::formatted_value(const ast::FormattedValue* f) {
    CG_TRY(expr(f->value));
    uint32_t flags = bc::kFmtNone;
    switch (f->conversion) {
    case 's':
        flags = bc::kFmtStr;
        break;
    case 'r':
        flags = bc::kFmtRepr;
        break;
    case 'a':
        flags = bc::kFmtAscii;
        break;
    default:
        break;
    }
    if (f->format_spec) {
        CG_TRY(expr(f->format_spec));
        flags |= bc::kFmtHasSpec;
    }
    op(Op::FORMAT_VALUE, flags);
    return {};
}

} // namespace bastion::compile
