// codegen_warn.cpp: the compiler's SyntaxWarnings, as CPython 3.11's compile.c issues them
// (check_compare, check_caller, check_subscripter, check_index and compiler_assert's tuple
// test). CPython runs these checks on the AST after its constant folding (ast_opt.c), so a
// negated number, a tuple of constants or `1 + 1` count as literals here too: folded_type
// says what such an expression folds to. The warnings are only collected here; the caller
// issues them through the warnings module (vm/source_code.cpp), which may turn one into a
// SyntaxError.
#include <initializer_list>
#include <string>
#include <string_view>

#include "compile/codegen.h"

namespace bastion::compile {

namespace ast = parse::ast;

namespace {

std::string_view constant_type(const ast::ConstantValue& v) {
    switch (v.kind) {
    case ast::ConstantKind::None:
        return "NoneType";
    case ast::ConstantKind::Bool:
        return "bool";
    case ast::ConstantKind::Ellipsis:
        return "ellipsis";
    case ast::ConstantKind::Int:
        return "int";
    case ast::ConstantKind::Float:
        return "float";
    case ast::ConstantKind::Imaginary:
        return "complex";
    case ast::ConstantKind::Str:
        return "str";
    case ast::ConstantKind::Bytes:
        return "bytes";
    }
    return {};
}

std::string concat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts)
        out.append(p);
    return out;
}

bool is_number(std::string_view t) { return t == "int" || t == "bool" || t == "float" || t == "complex"; }

// A literal zero (int or float), which CPython's folding of `/`, `//` and `%` gives up on.
bool is_zero_literal(const ast::Expr* e) {
    auto* c = ast::as<ast::Constant>(e);
    if (c == nullptr)
        return false;
    if (c->value.kind == ast::ConstantKind::Int)
        return c->value.int_value && *c->value.int_value == 0;
    if (c->value.kind == ast::ConstantKind::Bool)
        return !c->value.bool_value;
    return c->value.kind == ast::ConstantKind::Float && c->value.float_value == 0.0;
}

// The type name of the constant `e` folds to (CPython's ast_opt.c: literals, unary
// operators on numbers, tuples of constants, arithmetic on numbers, concatenation and
// repetition of str/bytes/tuples), or empty when it is not folded.
std::string_view folded_type(const ast::Expr* e, int depth = 0) {
    if (depth > 64) // folding is bounded like every native recursion
        return {};
    switch (e->kind) {
    case ast::ExprKind::Constant:
        return constant_type(ast::cast<ast::Constant>(e)->value);
    case ast::ExprKind::UnaryOp: {
        auto* u = ast::cast<ast::UnaryOp>(e);
        std::string_view t = folded_type(u->operand, depth + 1);
        if (t.empty())
            return {};
        if (u->op == ast::UnaryOpKind::Not)
            return "bool";
        if (u->op == ast::UnaryOpKind::Invert)
            return t == "int" || t == "bool" ? "int" : std::string_view{};
        return !is_number(t) ? std::string_view{} : t == "bool" ? "int" : t;
    }
    case ast::ExprKind::Tuple: {
        auto* t = ast::cast<ast::Tuple>(e);
        if (t->ctx != ast::ExprContext::Load)
            return {};
        for (const ast::Expr* x : t->elts)
            if (folded_type(x, depth + 1).empty())
                return {};
        return "tuple";
    }
    case ast::ExprKind::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        std::string_view l = folded_type(b->left, depth + 1), r = folded_type(b->right, depth + 1);
        if (l.empty() || r.empty())
            return {};
        using O = ast::Operator;
        if (is_number(l) && is_number(r)) {
            if (b->op == O::MatMult)
                return {};
            if ((b->op == O::Div || b->op == O::FloorDiv || b->op == O::Mod) && is_zero_literal(b->right))
                return {};
            if (l == "complex" || r == "complex")
                return "complex";
            if (l == "float" || r == "float" || b->op == O::Div)
                return "float";
            return "int";
        }
        bool sequence = l == "str" || l == "bytes" || l == "tuple";
        if (b->op == O::Add && sequence && l == r)
            return l;
        if (b->op == O::Mult && sequence && (r == "int" || r == "bool"))
            return l;
        if (b->op == O::Mult && (l == "int" || l == "bool") && (r == "str" || r == "bytes" || r == "tuple"))
            return r;
        return {};
    }
    default:
        return {};
    }
}

// CPython's check_is_arg: false for a literal other than None, True, False and `...`.
bool allowed_with_is(const ast::Expr* e) {
    if (auto* c = ast::as<ast::Constant>(e)) {
        auto k = c->value.kind;
        return k == ast::ConstantKind::None || k == ast::ConstantKind::Bool || k == ast::ConstantKind::Ellipsis;
    }
    std::string_view t = folded_type(e);
    return t.empty() || t == "bool"; // `not <constant>` folds to True or False
}

// CPython's infer_type: the type of a display, comprehension, lambda, f-string or
// (folded) constant; empty for anything whose type the compiler cannot know.
std::string_view inferred_type(const ast::Expr* e) {
    switch (e->kind) {
    case ast::ExprKind::Tuple:
        return "tuple";
    case ast::ExprKind::List:
    case ast::ExprKind::ListComp:
        return "list";
    case ast::ExprKind::Dict:
    case ast::ExprKind::DictComp:
        return "dict";
    case ast::ExprKind::Set:
    case ast::ExprKind::SetComp:
        return "set";
    case ast::ExprKind::GeneratorExp:
        return "generator";
    case ast::ExprKind::Lambda:
        return "function";
    case ast::ExprKind::JoinedStr:
    case ast::ExprKind::FormattedValue:
        return "str";
    default:
        return folded_type(e);
    }
}

} // namespace

void Codegen::warn(std::string message) {
    if (m_warnings != nullptr)
        m_warnings->push_back(parse::Diagnostic{parse::DiagKind::SyntaxError, std::move(message), u().em.location()});
}

void Codegen::check_compare(const ast::Compare* c) {
    bool left = allowed_with_is(c->left);
    for (std::size_t i = 0; i < c->ops.size(); ++i) {
        bool right = allowed_with_is(c->comparators[i]);
        ast::CmpOp op = c->ops[i];
        if ((op == ast::CmpOp::Is || op == ast::CmpOp::IsNot) && !(left && right)) {
            // One warning per comparison chain, as CPython's check_compare.
            warn(op == ast::CmpOp::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                      : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void Codegen::check_caller(const ast::Expr* func) {
    switch (func->kind) {
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List:
    case ast::ExprKind::ListComp:
    case ast::ExprKind::Dict:
    case ast::ExprKind::DictComp:
    case ast::ExprKind::Set:
    case ast::ExprKind::SetComp:
    case ast::ExprKind::GeneratorExp:
    case ast::ExprKind::JoinedStr:
    case ast::ExprKind::FormattedValue:
        break;
    default:
        if (folded_type(func).empty())
            return;
    }
    warn(concat({"'", inferred_type(func), "' object is not callable; perhaps you missed a comma?"}));
}

void Codegen::check_subscript(const ast::Subscript* s) {
    const ast::Expr* value = s->value;
    std::string_view folded = folded_type(value);
    // check_subscripter: objects with no __getitem__ at all.
    bool unsubscriptable = folded == "NoneType" || folded == "ellipsis" || is_number(folded);
    switch (value->kind) {
    case ast::ExprKind::Set:
    case ast::ExprKind::SetComp:
    case ast::ExprKind::GeneratorExp:
    case ast::ExprKind::Lambda:
        unsubscriptable = true;
        break;
    default:
        break;
    }
    if (unsubscriptable)
        warn(concat({"'", inferred_type(value), "' object is not subscriptable; perhaps you missed a comma?"}));
    // check_index: a sequence literal indexed by something that is surely not an index.
    std::string_view index = inferred_type(s->slice);
    if (index.empty() || index == "int" || index == "bool")
        return;
    bool sequence = folded == "str" || folded == "bytes" || folded == "tuple";
    switch (value->kind) {
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List:
    case ast::ExprKind::ListComp:
    case ast::ExprKind::JoinedStr:
    case ast::ExprKind::FormattedValue:
        sequence = true;
        break;
    default:
        break;
    }
    if (sequence)
        warn(concat({inferred_type(value), " indices must be integers or slices, not ", index,
                     "; perhaps you missed a comma?"}));
}

void Codegen::check_assert(const ast::Assert* a) {
    auto* t = ast::as<ast::Tuple>(a->test);
    if (t != nullptr && !t->elts.empty())
        warn("assertion is always true, perhaps remove parentheses?");
}

} // namespace bastion::compile
