// codegen_pattern.cpp: the match statement (PEP 634), compiled with CPython 3.11's shapes
// (compile.c: compiler_match, compiler_pattern_*): the subject is copied per case, each
// pattern pushes its captures under the items it still needs (pc.on_top), failure jumps to
// a label that pops exactly what is on the stack, and a match stores the captures in order.
#include <algorithm>

#include "bytecode/disassemble.h"
#include "compile/codegen.h"

namespace bastion::compile {

using bc::Op;
using parse::SourceSpan;

namespace {

bool is_wildcard(const ast::Pattern* p) {
    auto* as = ast::as<ast::MatchAs>(p);
    return as != nullptr && as->pattern == nullptr && !as->name;
}

bool is_star_wildcard(const ast::Pattern* p) {
    auto* st = ast::as<ast::MatchStar>(p);
    return st != nullptr && !st->name;
}

std::string quoted(const std::string& name) { return "'" + name + "'"; }

} // namespace

// Jumps (with `jump_op`, a conditional pop-jump or JUMP) to the label that pops what the
// pattern has on the stack now: its working items and the captures so far.
void Codegen::pattern_fail(PatternContext& pc, Op jump_op) {
    size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
    while (pc.fail_pop.size() <= pops)
        pc.fail_pop.push_back(label());
    jump(jump_op, pc.fail_pop[pops]);
}

// Binds the failure labels: fail_pop[n] pops n items and falls into fail_pop[n - 1].
void Codegen::pattern_emit_fail_pop(PatternContext& pc) {
    if (pc.fail_pop.empty())
        return;
    for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
        bind(pc.fail_pop[n]);
        op(Op::POP_TOP);
    }
    bind(pc.fail_pop[0]);
    pc.fail_pop.clear();
}

// Moves TOS down by count - 1 places (CPython: pattern_helper_rotate).
void Codegen::pattern_rotate(size_t count) {
    while (count > 1)
        op(Op::SWAP, count--);
}

Emit Codegen::pattern_store_name(const std::optional<std::string>& name, PatternContext& pc, SourceSpan span) {
    if (!name) {
        op(Op::POP_TOP);
        return {};
    }
    if (*name == "__debug__")
        return error("cannot assign to __debug__", span);
    if (std::find(pc.stores.begin(), pc.stores.end(), *name) != pc.stores.end())
        return error("multiple assignments to name " + quoted(*name) + " in pattern", span);
    pattern_rotate(static_cast<size_t>(pc.on_top) + pc.stores.size() + 1);
    pc.stores.push_back(*name);
    return {};
}

Emit Codegen::pattern_subpattern(const ast::Pattern* p, PatternContext& pc) {
    bool allow = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    CG_TRY(pattern(p, pc));
    pc.allow_irrefutable = allow;
    return {};
}

Emit Codegen::pattern(const ast::Pattern* p, PatternContext& pc) {
    using K = ast::PatternKind;
    u().em.set_span(p->span);
    switch (p->kind) {
    case K::MatchValue: {
        auto* m = ast::cast<ast::MatchValue>(p);
        using EK = ast::ExprKind;
        EK k = m->value->kind;
        if (k != EK::Constant && k != EK::Attribute && k != EK::UnaryOp && k != EK::BinOp)
            return error("patterns may only match literals and attribute lookups", p->span);
        CG_TRY(expr(m->value));
        op(Op::COMPARE_OP, uint32_t(bc::CompareOpKind::Eq));
        pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
        return {};
    }
    case K::MatchSingleton: {
        load_const(constant_of(ast::cast<ast::MatchSingleton>(p)->value));
        op(Op::IS_OP, 0);
        pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
        return {};
    }
    case K::MatchSequence:
        return pattern_sequence(ast::cast<ast::MatchSequence>(p), pc);
    case K::MatchMapping:
        return pattern_mapping(ast::cast<ast::MatchMapping>(p), pc);
    case K::MatchClass:
        return pattern_class(ast::cast<ast::MatchClass>(p), pc);
    case K::MatchStar:
        return pattern_store_name(ast::cast<ast::MatchStar>(p)->name, pc, p->span);
    case K::MatchAs: {
        auto* m = ast::cast<ast::MatchAs>(p);
        if (m->pattern == nullptr) {
            if (!pc.allow_irrefutable) {
                if (m->name)
                    return error("name capture " + quoted(*m->name) + " makes remaining patterns unreachable",
                                 p->span);
                return error("wildcard makes remaining patterns unreachable", p->span);
            }
            return pattern_store_name(m->name, pc, p->span);
        }
        ++pc.on_top;
        op(Op::COPY, 1);
        CG_TRY(pattern(m->pattern, pc));
        --pc.on_top;
        return pattern_store_name(m->name, pc, p->span);
    }
    case K::MatchOr:
        return pattern_or(ast::cast<ast::MatchOr>(p), pc);
    }
    return error("internal compiler error: unknown pattern", p->span);
}

Emit Codegen::pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
    const std::vector<ast::Pattern*>& pats = p->patterns;
    size_t size = pats.size();
    int64_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; ++i) {
        if (pats[i]->kind == ast::PatternKind::MatchStar) {
            if (star >= 0)
                return error("multiple starred names in sequence pattern", pats[i]->span);
            star_wildcard = is_star_wildcard(pats[i]);
            only_wildcard = only_wildcard && star_wildcard;
            star = static_cast<int64_t>(i);
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(pats[i]);
    }
    ++pc.on_top; // the subject stays on top for the checks
    op(Op::MATCH_SEQUENCE);
    pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    if (star < 0) {
        op(Op::GET_LEN);
        load_const(bc::Constant::integer(static_cast<int64_t>(size)));
        op(Op::COMPARE_OP, uint32_t(bc::CompareOpKind::Eq));
        pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    } else if (size > 1) {
        op(Op::GET_LEN);
        load_const(bc::Constant::integer(static_cast<int64_t>(size - 1)));
        op(Op::COMPARE_OP, uint32_t(bc::CompareOpKind::Ge));
        pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    }
    --pc.on_top; // what follows consumes the subject
    if (only_wildcard) {
        op(Op::POP_TOP);
        return {};
    }
    if (star_wildcard) {
        // Index instead of unpacking: [first, *_, last] needs no copy of the middle.
        ++pc.on_top;
        for (size_t i = 0; i < size; ++i) {
            const ast::Pattern* q = pats[i];
            if (is_wildcard(q) || static_cast<int64_t>(i) == star)
                continue;
            op(Op::COPY, 1);
            if (static_cast<int64_t>(i) < star) {
                load_const(bc::Constant::integer(static_cast<int64_t>(i)));
            } else {
                op(Op::GET_LEN);
                load_const(bc::Constant::integer(static_cast<int64_t>(size - i)));
                op(Op::BINARY_OP, binary_op_arg(ast::Operator::Sub, false));
                // GET_LEN left (copy, len - k): index the copy
            }
            op(Op::BINARY_SUBSCR);
            CG_TRY(pattern_subpattern(q, pc));
        }
        --pc.on_top;
        op(Op::POP_TOP);
        return {};
    }
    if (star >= 0) {
        size_t before = static_cast<size_t>(star), after = size - before - 1;
        if (before > 0xFFF || after > 0xFFF)
            return error("too many expressions in star-unpacking sequence pattern", p->span);
        op(Op::UNPACK_EX, before | (after << 12));
    } else {
        op(Op::UNPACK_SEQUENCE, size);
    }
    pc.on_top += static_cast<int64_t>(size);
    for (size_t i = 0; i < size; ++i) {
        --pc.on_top;
        CG_TRY(pattern_subpattern(pats[i], pc));
    }
    return {};
}

Emit Codegen::pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
    size_t size = p->keys.size();
    if (size != p->patterns.size())
        return error("keys (" + std::to_string(size) + ") / patterns (" + std::to_string(p->patterns.size()) +
                         ") length mismatch in mapping pattern",
                     p->span);
    ++pc.on_top;
    op(Op::MATCH_MAPPING);
    pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    if (size == 0 && !p->rest) {
        --pc.on_top;
        op(Op::POP_TOP);
        return {};
    }
    if (size > 0) {
        op(Op::GET_LEN);
        load_const(bc::Constant::integer(static_cast<int64_t>(size)));
        op(Op::COMPARE_OP, uint32_t(bc::CompareOpKind::Ge));
        pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    }
    std::vector<bc::Constant> seen;
    for (size_t i = 0; i < size; ++i) {
        const ast::Expr* key = p->keys[i];
        if (key == nullptr)
            return error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)", p->patterns[i]->span);
        bc::Constant folded;
        using EK = ast::ExprKind;
        if (fold_constant(key, folded)) {
            for (const bc::Constant& s : seen)
                if (s.same_as(folded))
                    return error("mapping pattern checks duplicate key (" + bc::constant_repr(folded) + ")",
                                 key->span);
            seen.push_back(folded);
        } else if (key->kind != EK::Attribute && key->kind != EK::BinOp && key->kind != EK::UnaryOp) {
            return error("mapping pattern keys may only match literals and attribute lookups", key->span);
        }
        CG_TRY(expr(key));
    }
    op(Op::BUILD_TUPLE, size);
    op(Op::MATCH_KEYS);
    pc.on_top += 2; // (subject, keys, values)
    op(Op::COPY, 1);
    load_const(bc::Constant::none());
    op(Op::IS_OP, 1);
    pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    op(Op::UNPACK_SEQUENCE, size);
    pc.on_top += static_cast<int64_t>(size) - 1;
    for (size_t i = 0; i < size; ++i) {
        --pc.on_top;
        CG_TRY(pattern_subpattern(p->patterns[i], pc));
    }
    // (subject, keys): consumed by what follows
    pc.on_top -= 2;
    if (p->rest) {
        op(Op::COPY_DICT_WITHOUT_KEYS); // (subject, rest)
        op(Op::SWAP, 2);                // (rest, subject)
        op(Op::POP_TOP);
        CG_TRY(pattern_store_name(p->rest, pc, p->span));
    } else {
        op(Op::POP_TOP);
        op(Op::POP_TOP);
    }
    return {};
}

Emit Codegen::pattern_class(const ast::MatchClass* p, PatternContext& pc) {
    size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
    if (nattrs != p->kwd_patterns.size())
        return error("kwd_attrs (" + std::to_string(nattrs) + ") / kwd_patterns (" +
                         std::to_string(p->kwd_patterns.size()) + ") length mismatch in class pattern",
                     p->span);
    for (size_t i = 0; i < nattrs; ++i) {
        if (p->kwd_attrs[i] == "__debug__")
            return error("cannot assign to __debug__", p->kwd_patterns[i]->span);
        for (size_t j = i + 1; j < nattrs; ++j)
            if (p->kwd_attrs[i] == p->kwd_attrs[j])
                return error("attribute name repeated in class pattern: " + p->kwd_attrs[i],
                             p->kwd_patterns[j]->span);
    }
    CG_TRY(expr(p->cls));
    u().em.set_span(p->span);
    std::vector<bc::Constant> names;
    for (const std::string& a : p->kwd_attrs)
        names.push_back(bc::Constant::str(a));
    load_const(bc::Constant::tuple(std::move(names)));
    op(Op::MATCH_CLASS, nargs);
    op(Op::COPY, 1);
    load_const(bc::Constant::none());
    op(Op::IS_OP, 1);
    ++pc.on_top; // the attribute tuple (or None)
    pattern_fail(pc, Op::POP_JUMP_IF_FALSE);
    op(Op::UNPACK_SEQUENCE, nargs + nattrs);
    pc.on_top += static_cast<int64_t>(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; ++i) {
        --pc.on_top;
        const ast::Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
        if (is_wildcard(q)) {
            op(Op::POP_TOP);
            continue;
        }
        CG_TRY(pattern_subpattern(q, pc));
    }
    return {};
}

Emit Codegen::pattern_or(const ast::MatchOr* p, PatternContext& pc) {
    Label end = label();
    size_t size = p->patterns.size();
    PatternContext old = std::move(pc);
    std::vector<std::string> control;
    for (size_t i = 0; i < size; ++i) {
        const ast::Pattern* alt = p->patterns[i];
        u().em.set_span(alt->span);
        pc = PatternContext{};
        pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
        op(Op::COPY, 1);
        CG_TRY(pattern(alt, pc));
        size_t nstores = pc.stores.size();
        if (i == 0) {
            control = pc.stores;
        } else if (nstores != control.size()) {
            return error("alternative patterns bind different names", p->span);
        } else if (nstores > 0) {
            // Reorder the captures on the stack to the first alternative's order.
            for (size_t ic = nstores; ic-- > 0;) {
                const std::string& name = control[ic];
                auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
                if (it == pc.stores.end())
                    return error("alternative patterns bind different names", p->span);
                size_t is = static_cast<size_t>(it - pc.stores.begin());
                if (is != ic) {
                    size_t rotations = is + 1;
                    std::vector<std::string> rotated(pc.stores.begin(),
                                                     pc.stores.begin() + static_cast<std::ptrdiff_t>(rotations));
                    pc.stores.erase(pc.stores.begin(), pc.stores.begin() + static_cast<std::ptrdiff_t>(rotations));
                    pc.stores.insert(pc.stores.begin() + static_cast<std::ptrdiff_t>(ic - is), rotated.begin(),
                                     rotated.end());
                    while (rotations--)
                        pattern_rotate(ic + 1);
                }
            }
        }
        jump(Op::JUMP, end);
        pattern_emit_fail_pop(pc);
    }
    pc = std::move(old);
    // No alternative matched: pop the subject's copy and fail.
    op(Op::POP_TOP);
    pattern_fail(pc, Op::JUMP);
    bind(end);
    size_t nstores = control.size();
    size_t nrots = nstores + 1 + static_cast<size_t>(pc.on_top) + pc.stores.size();
    for (size_t i = 0; i < nstores; ++i) {
        pattern_rotate(nrots);
        const std::string& name = control[i];
        if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
            return error("multiple assignments to name " + quoted(name) + " in pattern", p->span);
        pc.stores.push_back(name);
    }
    op(Op::POP_TOP); // the subject's copy
    return {};
}

//   subject
//   for each case:  [COPY 1 unless last]  pattern  store captures  [guard]  [POP_TOP]  body  JUMP end
//                   fail_pop labels
//   [default case body]
//   end:
Emit Codegen::match_stmt(const ast::Match* m) {
    Emitter& em = u().em;
    CG_TRY(expr(m->subject));
    Label end = label();
    size_t cases = m->cases.size();
    bool has_default = cases > 1 && is_wildcard(m->cases.back()->pattern);
    PatternContext pc;
    for (size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
        const ast::MatchCase* c = m->cases[i];
        em.set_span(c->pattern->span);
        bool last = i + 1 == cases - (has_default ? 1 : 0);
        if (!last)
            op(Op::COPY, 1);
        pc = PatternContext{};
        pc.allow_irrefutable = c->guard != nullptr || i + 1 == cases;
        CG_TRY(pattern(c->pattern, pc));
        for (const std::string& name : pc.stores)
            CG_TRY(name_op(name, ast::ExprContext::Store, c->pattern->span));
        if (c->guard) {
            while (pc.fail_pop.empty())
                pc.fail_pop.push_back(label());
            CG_TRY(jump_if(c->guard, pc.fail_pop[0], false));
        }
        if (!last)
            op(Op::POP_TOP);
        CG_TRY(stmts(c->body));
        jump(Op::JUMP, end);
        em.set_span(c->pattern->span);
        pattern_emit_fail_pop(pc);
    }
    if (has_default) {
        const ast::MatchCase* c = m->cases.back();
        em.set_span(c->pattern->span);
        if (cases == 1)
            op(Op::POP_TOP);
        else
            op(Op::NOP);
        if (c->guard)
            CG_TRY(jump_if(c->guard, end, false));
        CG_TRY(stmts(c->body));
    }
    bind(end);
    return {};
}

} // namespace bastion::compile
