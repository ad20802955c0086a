// unparse.cpp: expression → text with CPython 3.11's Python/ast_unparse.c rules (its
// precedence levels, spacing, parentheses, constant reprs and f-string rebuilding), for
// PEP 563 annotations. Recursion is bounded by the parser's nesting limit.
#include "compile/unparse.h"

#include <cmath>

#include "support/bigint.h"
#include "support/float_text.h"
#include "support/unicode.h"
#include "support/utf8.h"

namespace bastion::compile {

namespace {

// Python/ast_unparse.c's precedence levels.
enum Prec : int {
    kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith, kTerm,
    kFactor, kPower, kAwait, kAtom
};

void hex_escape(std::string& out, char kind, uint32_t cp, int digits) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '\\';
    out += kind;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += kHex[(cp >> shift) & 0xF];
}

// repr(str) (Objects/unicodeobject.c unicode_repr).
std::string str_repr(const std::u32string& s) {
    bool has_single = false, has_double = false;
    for (char32_t c : s) {
        has_single = has_single || c == U'\'';
        has_double = has_double || c == U'"';
    }
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    for (char32_t c : s) {
        uint32_t cp = static_cast<uint32_t>(c);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < ' ' || cp == 0x7F) {
            hex_escape(out, 'x', cp, 2);
        } else if (cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (unicode::is_printable(cp)) {
            utf8_append(out, cp);
        } else if (cp <= 0xFF) {
            hex_escape(out, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            hex_escape(out, 'u', cp, 4);
        } else {
            hex_escape(out, 'U', cp, 8);
        }
    }
    out += quote;
    return out;
}

// repr(bytes) (Objects/bytesobject.c PyBytes_Repr).
std::string bytes_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            hex_escape(out, 'x', c, 2);
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

// An infinite float is written as 1e309 so the text evaluates back to it.
std::string replace_inf(std::string text) {
    for (std::size_t at = text.find("inf"); at != std::string::npos; at = text.find("inf", at + 5))
        text.replace(at, 3, "1e309");
    return text;
}

std::string constant_repr(const ast::ConstantValue& v) {
    switch (v.kind) {
    case ast::ConstantKind::None: return "None";
    case ast::ConstantKind::Bool: return v.bool_value ? "True" : "False";
    case ast::ConstantKind::Ellipsis: return "...";
    case ast::ConstantKind::Int:
        if (v.int_value)
            return std::to_string(*v.int_value);
        if (v.int_base == 10)
            return v.text;
        return bigint::to_string(bigint::from_digits(v.text, v.int_base, false), 10);
    case ast::ConstantKind::Float: return replace_inf(float_repr(v.float_value));
    case ast::ConstantKind::Imaginary: {
        // repr(complex(0, x)): the imaginary part with format 'r' (no ".0" added).
        std::string imag = double_to_string(v.float_value, 'r', 0, 0);
        return replace_inf(imag + "j");
    }
    case ast::ConstantKind::Str: return str_repr(v.str);
    case ast::ConstantKind::Bytes: return bytes_repr(v.text);
    }
    return "";
}

class Unparser {
public:
    std::string out;

    void expr(const ast::Expr* e, int level);

private:
    void open_if(bool cond) {
        if (cond)
            out += '(';
    }
    void close_if(bool cond) {
        if (cond)
            out += ')';
    }
    void args(const ast::Arguments* a);
    void arg(const ast::Arg* a) {
        out += a->arg;
        if (a->annotation != nullptr) {
            out += ": ";
            expr(a->annotation, kTest);
        }
    }
    void comprehensions(const std::vector<ast::Comprehension*>& gens);
    void call(const ast::Call* c);
    void subscript(const ast::Subscript* s);
    void tuple(const ast::Tuple* t, int level);
    void joined_str(const ast::JoinedStr* j, bool is_format_spec);
    void fstring_element(const ast::Expr* e, bool is_format_spec);
    void formatted_value(const ast::FormattedValue* f);
};

void Unparser::args(const ast::Arguments* a) {
    bool first = true;
    auto sep = [&] {
        if (!first)
            out += ", ";
        first = false;
    };
    std::size_t nposonly = a->posonlyargs.size(), nargs = a->args.size(), ndefaults = a->defaults.size();
    for (std::size_t i = 0; i < nposonly + nargs; ++i) {
        sep();
        arg(i < nposonly ? a->posonlyargs[i] : a->args[i - nposonly]);
        std::ptrdiff_t di = static_cast<std::ptrdiff_t>(i) - static_cast<std::ptrdiff_t>(nposonly + nargs) +
                            static_cast<std::ptrdiff_t>(ndefaults);
        if (di >= 0) {
            out += '=';
            expr(a->defaults[static_cast<std::size_t>(di)], kTest);
        }
        if (nposonly != 0 && i + 1 == nposonly)
            out += ", /";
    }
    if (a->vararg != nullptr || !a->kwonlyargs.empty()) {
        sep();
        out += '*';
        if (a->vararg != nullptr)
            arg(a->vararg);
    }
    for (std::size_t i = 0; i < a->kwonlyargs.size(); ++i) {
        sep();
        arg(a->kwonlyargs[i]);
        if (i < a->kw_defaults.size() && a->kw_defaults[i] != nullptr) {
            out += '=';
            expr(a->kw_defaults[i], kTest);
        }
    }
    if (a->kwarg != nullptr) {
        sep();
        out += "**";
        arg(a->kwarg);
    }
}

void Unparser::comprehensions(const std::vector<ast::Comprehension*>& gens) {
    for (const ast::Comprehension* g : gens) {
        out += g->is_async ? " async for " : " for ";
        expr(g->target, kTuple);
        out += " in ";
        expr(g->iter, kTest + 1);
        for (const ast::Expr* cond : g->ifs) {
            out += " if ";
            expr(cond, kTest + 1);
        }
    }
}

void Unparser::call(const ast::Call* c) {
    expr(c->func, kAtom);
    if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == ast::ExprKind::GeneratorExp) {
        expr(c->args[0], kTest); // a lone generator expression keeps its own parentheses
        return;
    }
    out += '(';
    bool first = true;
    for (const ast::Expr* a : c->args) {
        if (!first)
            out += ", ";
        first = false;
        expr(a, kTest);
    }
    for (const ast::Keyword* k : c->keywords) {
        if (!first)
            out += ", ";
        first = false;
        if (k->arg) {
            out += *k->arg;
            out += '=';
        } else {
            out += "**";
        }
        expr(k->value, kTest);
    }
    out += ')';
}

void Unparser::subscript(const ast::Subscript* s) {
    expr(s->value, kAtom);
    out += '[';
    // 3.11 writes `a[*Ts]` as `a[*Ts,]` (the starred-tuple special case came in 3.12).
    expr(s->slice, kTuple);
    out += ']';
}

void Unparser::tuple(const ast::Tuple* t, int level) {
    if (t->elts.empty()) {
        out += "()";
        return;
    }
    open_if(level > kTuple);
    for (std::size_t i = 0; i < t->elts.size(); ++i) {
        if (i != 0)
            out += ", ";
        expr(t->elts[i], kTest);
    }
    if (t->elts.size() == 1)
        out += ',';
    close_if(level > kTuple);
}

void Unparser::fstring_element(const ast::Expr* e, bool is_format_spec) {
    if (const auto* c = ast::as<ast::Constant>(e)) {
        std::string text;
        for (char32_t ch : c->value.str)
            utf8_append(text, static_cast<uint32_t>(ch));
        for (char ch : text) {
            out += ch;
            if (ch == '{' || ch == '}')
                out += ch;
        }
    } else if (const auto* j = ast::as<ast::JoinedStr>(e)) {
        joined_str(j, is_format_spec);
    } else if (const auto* f = ast::as<ast::FormattedValue>(e)) {
        formatted_value(f);
    }
}

void Unparser::joined_str(const ast::JoinedStr* j, bool is_format_spec) {
    Unparser body;
    for (const ast::Expr* v : j->values)
        body.fstring_element(v, is_format_spec);
    if (is_format_spec) {
        out += body.out;
        return;
    }
    std::u32string text;
    std::size_t i = 0;
    const std::string& b = body.out;
    while (i < b.size()) {
        uint32_t cp = 0;
        auto c = static_cast<unsigned char>(b[i]);
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (int k = 1; k < len && i + k < b.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(b[i + k]) & 0x3F);
        text += static_cast<char32_t>(cp);
        i += static_cast<std::size_t>(len);
    }
    out += 'f';
    out += str_repr(text);
}

void Unparser::formatted_value(const ast::FormattedValue* f) {
    Unparser inner;
    inner.expr(f->value, kTest + 1);
    out += !inner.out.empty() && inner.out[0] == '{' ? "{ " : "{";
    out += inner.out;
    if (f->conversion > 0) {
        out += '!';
        out += static_cast<char>(f->conversion);
    }
    if (f->format_spec != nullptr) {
        out += ':';
        fstring_element(f->format_spec, true);
    }
    out += '}';
}

void Unparser::expr(const ast::Expr* e, int level) {
    switch (e->kind) {
    case ast::ExprKind::BoolOp: {
        const auto* b = ast::cast<ast::BoolOp>(e);
        int pr = b->op == ast::BoolOpKind::And ? kAnd : kOr;
        open_if(level > pr);
        for (std::size_t i = 0; i < b->values.size(); ++i) {
            if (i != 0)
                out += b->op == ast::BoolOpKind::And ? " and " : " or ";
            expr(b->values[i], pr + 1);
        }
        close_if(level > pr);
        return;
    }
    case ast::ExprKind::NamedExpr: {
        const auto* n = ast::cast<ast::NamedExpr>(e);
        open_if(level > kTuple);
        expr(n->target, kAtom);
        out += " := ";
        expr(n->value, kAtom);
        close_if(level > kTuple);
        return;
    }
    case ast::ExprKind::BinOp: {
        const auto* b = ast::cast<ast::BinOp>(e);
        static constexpr struct {
            const char* text;
            int prec;
        } kOps[] = {{" + ", kArith},  {" - ", kArith},  {" * ", kTerm},  {" @ ", kTerm},   {" / ", kTerm},
                    {" % ", kTerm},   {" ** ", kPower}, {" << ", kShift}, {" >> ", kShift}, {" | ", kBor},
                    {" ^ ", kBxor},   {" & ", kBand},   {" // ", kTerm}};
        const auto& op = kOps[static_cast<int>(b->op)];
        int rassoc = b->op == ast::Operator::Pow ? 1 : 0;
        open_if(level > op.prec);
        expr(b->left, op.prec + rassoc);
        out += op.text;
        expr(b->right, op.prec + 1 - rassoc);
        close_if(level > op.prec);
        return;
    }
    case ast::ExprKind::UnaryOp: {
        const auto* u = ast::cast<ast::UnaryOp>(e);
        static constexpr const char* kText[] = {"~", "not ", "+", "-"};
        int pr = u->op == ast::UnaryOpKind::Not ? kNot : kFactor;
        open_if(level > pr);
        out += kText[static_cast<int>(u->op)];
        expr(u->operand, pr);
        close_if(level > pr);
        return;
    }
    case ast::ExprKind::Lambda: {
        const auto* l = ast::cast<ast::Lambda>(e);
        open_if(level > kTest);
        out += l->args->args.size() + l->args->posonlyargs.size() != 0 ? "lambda " : "lambda";
        args(l->args);
        out += ": ";
        expr(l->body, kTest);
        close_if(level > kTest);
        return;
    }
    case ast::ExprKind::IfExp: {
        const auto* i = ast::cast<ast::IfExp>(e);
        open_if(level > kTest);
        expr(i->body, kTest + 1);
        out += " if ";
        expr(i->test, kTest + 1);
        out += " else ";
        expr(i->orelse, kTest);
        close_if(level > kTest);
        return;
    }
    case ast::ExprKind::Dict: {
        const auto* d = ast::cast<ast::Dict>(e);
        out += '{';
        for (std::size_t i = 0; i < d->values.size(); ++i) {
            if (i != 0)
                out += ", ";
            if (d->keys[i] != nullptr) {
                expr(d->keys[i], kTest);
                out += ": ";
                expr(d->values[i], kTest);
            } else {
                out += "**";
                expr(d->values[i], kExpr);
            }
        }
        out += '}';
        return;
    }
    case ast::ExprKind::Set: {
        const auto* s = ast::cast<ast::Set>(e);
        out += '{';
        for (std::size_t i = 0; i < s->elts.size(); ++i) {
            if (i != 0)
                out += ", ";
            expr(s->elts[i], kTest);
        }
        out += '}';
        return;
    }
    case ast::ExprKind::ListComp: {
        const auto* c = ast::cast<ast::ListComp>(e);
        out += '[';
        expr(c->elt, kTest);
        comprehensions(c->generators);
        out += ']';
        return;
    }
    case ast::ExprKind::SetComp: {
        const auto* c = ast::cast<ast::SetComp>(e);
        out += '{';
        expr(c->elt, kTest);
        comprehensions(c->generators);
        out += '}';
        return;
    }
    case ast::ExprKind::DictComp: {
        const auto* c = ast::cast<ast::DictComp>(e);
        out += '{';
        expr(c->key, kTest);
        out += ": ";
        expr(c->value, kTest);
        comprehensions(c->generators);
        out += '}';
        return;
    }
    case ast::ExprKind::GeneratorExp: {
        const auto* c = ast::cast<ast::GeneratorExp>(e);
        out += '(';
        expr(c->elt, kTest);
        comprehensions(c->generators);
        out += ')';
        return;
    }
    case ast::ExprKind::Await: {
        open_if(level > kAwait);
        out += "await ";
        expr(ast::cast<ast::Await>(e)->value, kAtom);
        close_if(level > kAwait);
        return;
    }
    case ast::ExprKind::Yield: {
        const auto* y = ast::cast<ast::Yield>(e);
        if (y->value == nullptr) {
            out += "(yield)";
            return;
        }
        out += "(yield ";
        expr(y->value, kTest);
        out += ')';
        return;
    }
    case ast::ExprKind::YieldFrom:
        out += "(yield from ";
        expr(ast::cast<ast::YieldFrom>(e)->value, kTest);
        out += ')';
        return;
    case ast::ExprKind::Compare: {
        const auto* c = ast::cast<ast::Compare>(e);
        static constexpr const char* kText[] = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ",
                                                " in ", " not in "};
        open_if(level > kCmp);
        expr(c->left, kCmp + 1);
        for (std::size_t i = 0; i < c->ops.size(); ++i) {
            out += kText[static_cast<int>(c->ops[i])];
            expr(c->comparators[i], kCmp + 1);
        }
        close_if(level > kCmp);
        return;
    }
    case ast::ExprKind::Call: call(ast::cast<ast::Call>(e)); return;
    case ast::ExprKind::FormattedValue: formatted_value(ast::cast<ast::FormattedValue>(e)); return;
    case ast::ExprKind::JoinedStr: joined_str(ast::cast<ast::JoinedStr>(e), false); return;
    case ast::ExprKind::Constant: {
        const auto* c = ast::cast<ast::Constant>(e);
        if (c->kind_u)
            out += 'u';
        out += constant_repr(c->value);
        return;
    }
    case ast::ExprKind::Attribute: {
        const auto* a = ast::cast<ast::Attribute>(e);
        expr(a->value, kAtom);
        // An int needs a space before the dot (`1 .real`).
        const auto* c = ast::as<ast::Constant>(a->value);
        out += c != nullptr && c->value.kind == ast::ConstantKind::Int ? " ." : ".";
        out += a->attr;
        return;
    }
    case ast::ExprKind::Subscript: subscript(ast::cast<ast::Subscript>(e)); return;
    case ast::ExprKind::Starred:
        out += '*';
        expr(ast::cast<ast::Starred>(e)->value, kExpr);
        return;
    case ast::ExprKind::Name: out += ast::cast<ast::Name>(e)->id; return;
    case ast::ExprKind::List: {
        const auto* l = ast::cast<ast::List>(e);
        out += '[';
        for (std::size_t i = 0; i < l->elts.size(); ++i) {
            if (i != 0)
                out += ", ";
            expr(l->elts[i], kTest);
        }
        out += ']';
        return;
    }
    case ast::ExprKind::Tuple: tuple(ast::cast<ast::Tuple>(e), level); return;
    case ast::ExprKind::Slice: {
        const auto* s = ast::cast<ast::Slice>(e);
        if (s->lower != nullptr)
            expr(s->lower, kTest);
        out += ':';
        if (s->upper != nullptr)
            expr(s->upper, kTest);
        if (s->step != nullptr) {
            out += ':';
            expr(s->step, kTest);
        }
        return;
    }
    }
}

} // namespace

std::string unparse_annotation(const ast::Expr* e) {
    Unparser u;
    u.expr(e, kTest);
    return u.out;
}

} // namespace bastion::compile
