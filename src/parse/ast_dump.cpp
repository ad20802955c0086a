// ast_dump.cpp: dump(), text identical to CPython 3.11's ast.dump() (single line; with
// include_attributes=True when with_spans), including Python's repr() of constants, so
// golden files can be produced by CPython itself. Recursion is safe: the parser never
// hands out a tree deeper than kMaxAstDepth.
#include <charconv>
#include <cmath>
#include <cstdio>

#include "parse/ast.h"
#include "support/utf8.h"

namespace bastion::parse::ast {
namespace {


// Python's repr(str). Printability of non-ASCII is approximated (no Unicode database):
// C1 controls, U+00A0, U+00AD, surrogates and a few format characters are escaped.
std::string repr_str(const std::u32string& s) {
    bool has_single = s.find(U'\'') != std::u32string::npos;
    bool has_double = s.find(U'"') != std::u32string::npos;
    char32_t q = has_single && !has_double ? U'"' : U'\'';
    std::string out;
    out += static_cast<char>(q);
    char buf[16];
    for (char32_t c : s) {
        if (c == q || c == U'\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == U'\t') {
            out += "\\t";
        } else if (c == U'\n') {
            out += "\\n";
        } else if (c == U'\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0xAD) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            out += buf;
        } else if ((c >= 0xD800 && c <= 0xDFFF) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x200B && c <= 0x200F) ||
                   (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || (c >= 0xE000 && c <= 0xF8FF)) {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        } else if (c >= 0xF0000 || (c >= 0xE0000 && c <= 0xE0FFF)) {
            std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
            out += buf;
        } else {
            utf8_append(out, c);
        }
    }
    out += static_cast<char>(q);
    return out;
}

std::string repr_bytes(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char q = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += q;
    char buf[8];
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    out += q;
    return out;
}

std::string repr_ident(std::string_view utf8) {
    // Identifiers are valid UTF-8; only ASCII matters for quoting.
    std::u32string tmp;
    for (size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + static_cast<size_t>(k) < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]) & 0x3F);
        tmp += cp;
        i += static_cast<size_t>(n);
    }
    return repr_str(tmp);
}

// Python's repr(float) ('r' format, repr style): shortest round-trip digits; scientific
// when the decimal exponent is < -4 or >= 16.
std::string repr_float(double d, bool add_dot_zero) {
    if (std::isnan(d))
        return "nan";
    if (std::isinf(d))
        return d < 0 ? "-inf" : "inf";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    bool neg = sci[0] == '-';
    if (neg)
        sci.erase(0, 1);
    size_t e = sci.find('e');
    std::string mant = sci.substr(0, e);
    int exp10 = std::stoi(sci.substr(e + 1));
    std::string digits;
    for (char c : mant)
        if (c != '.')
            digits += c;
    std::string out = neg ? "-" : "";
    if (exp10 < -4 || exp10 >= 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out += digits.substr(1);
        }
        std::snprintf(buf, sizeof buf, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
        out += buf;
        return out;
    }
    if (exp10 < 0) {
        out += "0.";
        out += std::string(static_cast<size_t>(-exp10 - 1), '0');
        out += digits;
        return out;
    }
    size_t int_len = static_cast<size_t>(exp10) + 1;
    if (digits.size() <= int_len) {
        out += digits + std::string(int_len - digits.size(), '0');
        if (add_dot_zero)
            out += ".0";
    } else {
        out += digits.substr(0, int_len) + "." + digits.substr(int_len);
    }
    return out;
}

std::string repr_int(const ConstantValue& v) {
    if (v.int_value)
        return std::to_string(*v.int_value);
    // Base conversion of a big literal, limbs of 10^9, little-endian. Quadratic, but only
    // used for dumps.
    std::vector<uint32_t> limbs{0};
    for (char c : v.text) {
        uint64_t carry = static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        for (uint32_t& limb : limbs) {
            uint64_t x = static_cast<uint64_t>(limb) * v.int_base + carry;
            limb = static_cast<uint32_t>(x % 1000000000u);
            carry = x / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
        out += buf;
    }
    return out;
}

std::string repr_constant(const ConstantValue& v) {
    switch (v.kind) {
    case ConstantKind::None: return "None";
    case ConstantKind::Bool: return v.bool_value ? "True" : "False";
    case ConstantKind::Ellipsis: return "Ellipsis";
    case ConstantKind::Int: return repr_int(v);
    case ConstantKind::Float: return repr_float(v.float_value, true);
    case ConstantKind::Imaginary: return repr_float(v.float_value, false) + "j";
    case ConstantKind::Str: return repr_str(v.str);
    case ConstantKind::Bytes: return repr_bytes(v.text);
    }
    return "None";
}

class Dumper {
public:
    explicit Dumper(bool spans) : m_spans(spans) {}

    // One node: Name(field=value, ...[, lineno=..]).
    struct Fields {
        std::string s;
        void add(std::string_view name, const std::string& value) {
            if (!s.empty())
                s += ", ";
            s += name;
            s += '=';
            s += value;
        }
    };

    std::string finish(std::string_view cls, Fields& f, const SourceSpan* span) const {
        if (span && m_spans) {
            f.add("lineno", std::to_string(span->line));
            f.add("col_offset", std::to_string(span->col));
            f.add("end_lineno", std::to_string(span->end_line));
            f.add("end_col_offset", std::to_string(span->end_col));
        }
        return std::string(cls) + "(" + f.s + ")";
    }

    template <typename T, typename Fn>
    std::string list(const std::vector<T>& v, Fn fn) {
        std::string out = "[";
        for (size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ", ";
            out += fn(v[i]);
        }
        return out + "]";
    }

    std::string exprs(const std::vector<Expr*>& v) {
        return list(v, [&](const Expr* e) { return e ? expr(*e) : std::string("None"); });
    }
    std::string stmts(const std::vector<Stmt*>& v) {
        return list(v, [&](const Stmt* s) { return stmt(*s); });
    }
    std::string patterns(const std::vector<Pattern*>& v) {
        return list(v, [&](const Pattern* p) { return pattern(*p); });
    }
    std::string names(const std::vector<std::string>& v) {
        return list(v, [&](const std::string& s) { return repr_ident(s); });
    }
    static std::string unit(std::string_view name) { return std::string(name) + "()"; }
    void opt(Fields& f, std::string_view name, const Expr* e) {
        if (e)
            f.add(name, expr(*e));
    }
    void opt(Fields& f, std::string_view name, const std::optional<std::string>& s) {
        if (s)
            f.add(name, repr_ident(*s));
    }

    std::string arg(const Arg& a) {
        Fields f;
        f.add("arg", repr_ident(a.arg));
        opt(f, "annotation", a.annotation);
        return finish("arg", f, &a.span);
    }

    std::string arguments(const Arguments& a) {
        Fields f;
        auto args = [&](const std::vector<Arg*>& v) { return list(v, [&](const Arg* x) { return arg(*x); }); };
        f.add("posonlyargs", args(a.posonlyargs));
        f.add("args", args(a.args));
        if (a.vararg)
            f.add("vararg", arg(*a.vararg));
        f.add("kwonlyargs", args(a.kwonlyargs));
        f.add("kw_defaults", exprs(a.kw_defaults));
        if (a.kwarg)
            f.add("kwarg", arg(*a.kwarg));
        f.add("defaults", exprs(a.defaults));
        return finish("arguments", f, nullptr);
    }

    std::string keywords(const std::vector<Keyword*>& v) {
        return list(v, [&](const Keyword* k) {
            Fields f;
            opt(f, "arg", k->arg);
            f.add("value", expr(*k->value));
            return finish("keyword", f, &k->span);
        });
    }

    std::string generators(const std::vector<Comprehension*>& v) {
        return list(v, [&](const Comprehension* c) {
            Fields f;
            f.add("target", expr(*c->target));
            f.add("iter", expr(*c->iter));
            f.add("ifs", exprs(c->ifs));
            f.add("is_async", c->is_async ? "1" : "0");
            return finish("comprehension", f, nullptr);
        });
    }

    std::string handlers(const std::vector<ExceptHandler*>& v) {
        return list(v, [&](const ExceptHandler* h) {
            Fields f;
            opt(f, "type", h->type);
            opt(f, "name", h->name);
            f.add("body", stmts(h->body));
            return finish("ExceptHandler", f, &h->span);
        });
    }

    std::string aliases(const std::vector<Alias*>& v) {
        return list(v, [&](const Alias* a) {
            Fields f;
            f.add("name", repr_ident(a->name));
            opt(f, "asname", a->asname);
            return finish("alias", f, &a->span);
        });
    }

    std::string expr(const Expr& e);
    std::string stmt(const Stmt& s);
    std::string pattern(const Pattern& p);

private:
    bool m_spans;
};

std::string Dumper::expr(const Expr& e) {
    Fields f;
    switch (e.kind) {
    case ExprKind::BoolOp: {
        auto* n = cast<BoolOp>(&e);
        f.add("op", unit(name_of(n->op)));
        f.add("values", exprs(n->values));
        break;
    }
    case ExprKind::NamedExpr: {
        auto* n = cast<NamedExpr>(&e);
        f.add("target", expr(*n->target));
        f.add("value", expr(*n->value));
        break;
    }
    case ExprKind::BinOp: {
        auto* n = cast<BinOp>(&e);
        f.add("left", expr(*n->left));
        f.add("op", unit(name_of(n->op)));
        f.add("right", expr(*n->right));
        break;
    }
    case ExprKind::UnaryOp: {
        auto* n = cast<UnaryOp>(&e);
        f.add("op", unit(name_of(n->op)));
        f.add("operand", expr(*n->operand));
        break;
    }
    case ExprKind::Lambda: {
        auto* n = cast<Lambda>(&e);
        f.add("args", arguments(*n->args));
        f.add("body", expr(*n->body));
        break;
    }
    case ExprKind::IfExp: {
        auto* n = cast<IfExp>(&e);
        f.add("test", expr(*n->test));
        f.add("body", expr(*n->body));
        f.add("orelse", expr(*n->orelse));
        break;
    }
    case ExprKind::Dict: {
        auto* n = cast<Dict>(&e);
        f.add("keys", exprs(n->keys));
        f.add("values", exprs(n->values));
        break;
    }
    case ExprKind::Set: f.add("elts", exprs(cast<Set>(&e)->elts)); break;
    case ExprKind::ListComp: {
        auto* n = cast<ListComp>(&e);
        f.add("elt", expr(*n->elt));
        f.add("generators", generators(n->generators));
        break;
    }
    case ExprKind::SetComp: {
        auto* n = cast<SetComp>(&e);
        f.add("elt", expr(*n->elt));
        f.add("generators", generators(n->generators));
        break;
    }
    case ExprKind::DictComp: {
        auto* n = cast<DictComp>(&e);
        f.add("key", expr(*n->key));
        f.add("value", expr(*n->value));
        f.add("generators", generators(n->generators));
        break;
    }
    case ExprKind::GeneratorExp: {
        auto* n = cast<GeneratorExp>(&e);
        f.add("elt", expr(*n->elt));
        f.add("generators", generators(n->generators));
        break;
    }
    case ExprKind::Await: f.add("value", expr(*cast<Await>(&e)->value)); break;
    case ExprKind::Yield: opt(f, "value", cast<Yield>(&e)->value); break;
    case ExprKind::YieldFrom: f.add("value", expr(*cast<YieldFrom>(&e)->value)); break;
    case ExprKind::Compare: {
        auto* n = cast<Compare>(&e);
        f.add("left", expr(*n->left));
        f.add("ops", list(n->ops, [](CmpOp op) { return unit(name_of(op)); }));
        f.add("comparators", exprs(n->comparators));
        break;
    }
    case ExprKind::Call: {
        auto* n = cast<Call>(&e);
        f.add("func", expr(*n->func));
        f.add("args", exprs(n->args));
        f.add("keywords", keywords(n->keywords));
        break;
    }
    case ExprKind::FormattedValue: {
        auto* n = cast<FormattedValue>(&e);
        f.add("value", expr(*n->value));
        f.add("conversion", std::to_string(n->conversion));
        opt(f, "format_spec", n->format_spec);
        break;
    }
    case ExprKind::JoinedStr: f.add("values", exprs(cast<JoinedStr>(&e)->values)); break;
    case ExprKind::Constant: {
        auto* n = cast<Constant>(&e);
        f.add("value", repr_constant(n->value));
        if (n->kind_u)
            f.add("kind", "'u'");
        break;
    }
    case ExprKind::Attribute: {
        auto* n = cast<Attribute>(&e);
        f.add("value", expr(*n->value));
        f.add("attr", repr_ident(n->attr));
        f.add("ctx", unit(name_of(n->ctx)));
        break;
    }
    case ExprKind::Subscript: {
        auto* n = cast<Subscript>(&e);
        f.add("value", expr(*n->value));
        f.add("slice", expr(*n->slice));
        f.add("ctx", unit(name_of(n->ctx)));
        break;
    }
    case ExprKind::Starred: {
        auto* n = cast<Starred>(&e);
        f.add("value", expr(*n->value));
        f.add("ctx", unit(name_of(n->ctx)));
        break;
    }
    case ExprKind::Name: {
        auto* n = cast<Name>(&e);
        f.add("id", repr_ident(n->id));
        f.add("ctx", unit(name_of(n->ctx)));
        break;
    }
    case ExprKind::List: {
        auto* n = cast<List>(&e);
        f.add("elts", exprs(n->elts));
        f.add("ctx", unit(name_of(n->ctx)));
        break;
    }
    case ExprKind::Tuple: {
        auto* n = cast<Tuple>(&e);
        f.add("elts", exprs(n->elts));
        f.add("ctx", unit(name_of(n->ctx)));
        break;
    }
    case ExprKind::Slice: {
        auto* n = cast<Slice>(&e);
        opt(f, "lower", n->lower);
        opt(f, "upper", n->upper);
        opt(f, "step", n->step);
        break;
    }
    }
    return finish(name_of(e.kind), f, &e.span);
}

std::string Dumper::stmt(const Stmt& s) {
    Fields f;
    switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
        auto* n = cast<FunctionDef>(&s);
        f.add("name", repr_ident(n->name));
        f.add("args", arguments(*n->args));
        f.add("body", stmts(n->body));
        f.add("decorator_list", exprs(n->decorator_list));
        opt(f, "returns", n->returns);
        break;
    }
    case StmtKind::ClassDef: {
        auto* n = cast<ClassDef>(&s);
        f.add("name", repr_ident(n->name));
        f.add("bases", exprs(n->bases));
        f.add("keywords", keywords(n->keywords));
        f.add("body", stmts(n->body));
        f.add("decorator_list", exprs(n->decorator_list));
        break;
    }
    case StmtKind::Return: opt(f, "value", cast<Return>(&s)->value); break;
    case StmtKind::Delete: f.add("targets", exprs(cast<Delete>(&s)->targets)); break;
    case StmtKind::Assign: {
        auto* n = cast<Assign>(&s);
        f.add("targets", exprs(n->targets));
        f.add("value", expr(*n->value));
        break;
    }
    case StmtKind::AugAssign: {
        auto* n = cast<AugAssign>(&s);
        f.add("target", expr(*n->target));
        f.add("op", unit(name_of(n->op)));
        f.add("value", expr(*n->value));
        break;
    }
    case StmtKind::AnnAssign: {
        auto* n = cast<AnnAssign>(&s);
        f.add("target", expr(*n->target));
        f.add("annotation", expr(*n->annotation));
        opt(f, "value", n->value);
        f.add("simple", n->simple ? "1" : "0");
        break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
        auto* n = cast<For>(&s);
        f.add("target", expr(*n->target));
        f.add("iter", expr(*n->iter));
        f.add("body", stmts(n->body));
        f.add("orelse", stmts(n->orelse));
        break;
    }
    case StmtKind::While: {
        auto* n = cast<While>(&s);
        f.add("test", expr(*n->test));
        f.add("body", stmts(n->body));
        f.add("orelse", stmts(n->orelse));
        break;
    }
    case StmtKind::If: {
        auto* n = cast<If>(&s);
        f.add("test", expr(*n->test));
        f.add("body", stmts(n->body));
        f.add("orelse", stmts(n->orelse));
        break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
        auto* n = cast<With>(&s);
        f.add("items", list(n->items, [&](const WithItem* w) {
                  Fields g;
                  g.add("context_expr", expr(*w->context_expr));
                  opt(g, "optional_vars", w->optional_vars);
                  return finish("withitem", g, nullptr);
              }));
        f.add("body", stmts(n->body));
        break;
    }
    case StmtKind::Match: {
        auto* n = cast<Match>(&s);
        f.add("subject", expr(*n->subject));
        f.add("cases", list(n->cases, [&](const MatchCase* c) {
                  Fields g;
                  g.add("pattern", pattern(*c->pattern));
                  opt(g, "guard", c->guard);
                  g.add("body", stmts(c->body));
                  return finish("match_case", g, nullptr);
              }));
        break;
    }
    case StmtKind::Raise: {
        auto* n = cast<Raise>(&s);
        opt(f, "exc", n->exc);
        opt(f, "cause", n->cause);
        break;
    }
    case StmtKind::Try: {
        auto* n = cast<Try>(&s);
        f.add("body", stmts(n->body));
        f.add("handlers", handlers(n->handlers));
        f.add("orelse", stmts(n->orelse));
        f.add("finalbody", stmts(n->finalbody));
        break;
    }
    case StmtKind::TryStar: {
        auto* n = cast<TryStar>(&s);
        f.add("body", stmts(n->body));
        f.add("handlers", handlers(n->handlers));
        f.add("orelse", stmts(n->orelse));
        f.add("finalbody", stmts(n->finalbody));
        break;
    }
    case StmtKind::Assert: {
        auto* n = cast<Assert>(&s);
        f.add("test", expr(*n->test));
        opt(f, "msg", n->msg);
        break;
    }
    case StmtKind::Import: f.add("names", aliases(cast<Import>(&s)->names)); break;
    case StmtKind::ImportFrom: {
        auto* n = cast<ImportFrom>(&s);
        opt(f, "module", n->module);
        f.add("names", aliases(n->names));
        f.add("level", std::to_string(n->level));
        break;
    }
    case StmtKind::Global: f.add("names", names(cast<Global>(&s)->names)); break;
    case StmtKind::Nonlocal: f.add("names", names(cast<Nonlocal>(&s)->names)); break;
    case StmtKind::Expr: f.add("value", expr(*cast<ExprStmt>(&s)->value)); break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
    }
    return finish(name_of(s.kind), f, &s.span);
}

std::string Dumper::pattern(const Pattern& p) {
    Fields f;
    switch (p.kind) {
    case PatternKind::MatchValue: f.add("value", expr(*cast<MatchValue>(&p)->value)); break;
    case PatternKind::MatchSingleton: f.add("value", repr_constant(cast<MatchSingleton>(&p)->value)); break;
    case PatternKind::MatchSequence: f.add("patterns", patterns(cast<MatchSequence>(&p)->patterns)); break;
    case PatternKind::MatchMapping: {
        auto* n = cast<MatchMapping>(&p);
        f.add("keys", exprs(n->keys));
        f.add("patterns", patterns(n->patterns));
        opt(f, "rest", n->rest);
        break;
    }
    case PatternKind::MatchClass: {
        auto* n = cast<MatchClass>(&p);
        f.add("cls", expr(*n->cls));
        f.add("patterns", patterns(n->patterns));
        f.add("kwd_attrs", names(n->kwd_attrs));
        f.add("kwd_patterns", patterns(n->kwd_patterns));
        break;
    }
    case PatternKind::MatchStar: opt(f, "name", cast<MatchStar>(&p)->name); break;
    case PatternKind::MatchAs: {
        auto* n = cast<MatchAs>(&p);
        if (n->pattern)
            f.add("pattern", pattern(*n->pattern));
        opt(f, "name", n->name);
        break;
    }
    case PatternKind::MatchOr: f.add("patterns", patterns(cast<MatchOr>(&p)->patterns)); break;
    }
    return finish(name_of(p.kind), f, &p.span);
}

} // namespace

std::string dump(const Module& node, bool with_spans) {
    Dumper d(with_spans);
    return "Module(body=" + d.stmts(node.body) + ", type_ignores=[])";
}

std::string dump(const Expression& node, bool with_spans) {
    Dumper d(with_spans);
    return "Expression(body=" + d.expr(*node.body) + ")";
}

std::string dump(const Interactive& node, bool with_spans) {
    Dumper d(with_spans);
    return "Interactive(body=" + d.stmts(node.body) + ")";
}

std::string dump(const Expr& node, bool with_spans) { return Dumper(with_spans).expr(node); }
std::string dump(const Stmt& node, bool with_spans) { return Dumper(with_spans).stmt(node); }

} // namespace bastion::parse::ast
