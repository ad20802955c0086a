// compiler.cpp: the compiler driver — public entry points, compilation units (one per
// code object), constant/name/variable tables, name resolution to LOAD_FAST / LOAD_DEREF /
// LOAD_GLOBAL / LOAD_NAME (CPython: compiler_nameop), closures, qualnames and co_flags.
#include "compile/compiler.h"

#include <algorithm>
#include <cstring>

#include "compile/codegen.h"
#include "compile/int_literal.h"
#include "parse/parser.h"
#include "support/utf8.h"

namespace bastion::compile {

using parse::Diagnostic;
using parse::SourceSpan;

Emit Codegen::error(std::string message, SourceSpan span) {
    return Diagnostic{parse::DiagKind::SyntaxError, std::move(message), span};
}

// --- constants ----------------------------------------------------------------------

namespace {


// A hash key for constants that compare by value; empty for tuples, frozensets and code
// (those are shared by a linear same_as() scan, they are rare).
std::string const_key(const bc::Constant& c) {
    using K = bc::Constant::Kind;
    auto bits = [](double d) {
        uint64_t b;
        std::memcpy(&b, &d, sizeof b);
        return std::to_string(b);
    };
    switch (c.kind) {
    case K::None:
        return "N";
    case K::Ellipsis:
        return "E";
    case K::Bool:
        return c.bool_value ? "T" : "F";
    case K::Int: {
        std::string k = c.negative ? "I-" : "I+";
        for (uint64_t l : c.limbs)
            k += std::to_string(l) + ",";
        return k;
    }
    case K::Float:
        return "f" + bits(c.real);
    case K::Complex:
        return "c" + bits(c.real) + "," + bits(c.imag);
    case K::Str:
        return "s" + c.text;
    case K::Bytes:
        return "b" + c.text;
    case K::Tuple:
    case K::FrozenSet:
    case K::Code:
        return "";
    }
    return "";
}

} // namespace

bc::Constant Codegen::constant_of(const ast::ConstantValue& v) {
    using K = ast::ConstantKind;
    switch (v.kind) {
    case K::None:
        return bc::Constant::none();
    case K::Bool:
        return bc::Constant::boolean(v.bool_value);
    case K::Ellipsis:
        return bc::Constant::ellipsis();
    case K::Int: {
        if (v.int_value)
            return bc::Constant::integer(*v.int_value);
        bc::Constant c = bc::Constant::integer(0);
        if (auto limbs = int_literal_limbs(v.text, v.int_base))
            c.limbs = std::move(*limbs);
        return c;
    }
    case K::Float:
        return bc::Constant::floating(v.float_value);
    case K::Imaginary:
        return bc::Constant::complex(0.0, v.float_value);
    case K::Str: {
        std::string s;
        s.reserve(v.str.size());
        for (char32_t cp : v.str)
            utf8_append(s, cp);
        return bc::Constant::str(std::move(s));
    }
    case K::Bytes:
        return bc::Constant::bytes(v.text);
    }
    return bc::Constant::none();
}

uint32_t Codegen::add_const(bc::Constant c) {
    Unit& unit = u();
    std::string key = const_key(c);
    if (!key.empty()) {
        auto [it, inserted] = unit.const_index.try_emplace(key, static_cast<uint32_t>(unit.consts.size()));
        if (inserted)
            unit.consts.push_back(std::move(c));
        return it->second;
    }
    for (size_t i = 0; i < unit.consts.size(); ++i)
        if (unit.consts[i].same_as(c))
            return static_cast<uint32_t>(i);
    unit.consts.push_back(std::move(c));
    return static_cast<uint32_t>(unit.consts.size() - 1);
}

uint32_t Codegen::add_name(const std::string& name) {
    Unit& unit = u();
    auto [it, inserted] = unit.name_index.try_emplace(name, static_cast<uint32_t>(unit.names.size()));
    if (inserted)
        unit.names.push_back(name);
    return it->second;
}

// --- units --------------------------------------------------------------------------

void Codegen::enter_unit(UnitKind kind, std::string name, Block* ste, int32_t firstlineno) {
    auto unit = std::make_unique<Unit>();
    unit->kind = kind;
    unit->ste = ste;
    unit->name = std::move(name);
    unit->firstlineno = firstlineno;
    if (!m_units.empty())
        unit->private_name = m_units.back()->private_name;
    for (const std::string& p : ste->params) {
        unit->var_index.emplace(p, static_cast<uint32_t>(unit->varnames.size()));
        unit->varnames.push_back(p);
    }
    // Cells and frees, sorted by name like CPython's dictbytype().
    std::vector<std::string> cells, frees;
    for (const auto& [n, sym] : ste->symbols) {
        if (sym.scope == SymScope::Cell)
            cells.push_back(n);
        if (sym.scope == SymScope::Free || (sym.flags & kDefFreeClass))
            frees.push_back(n);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    if (ste->needs_class_closure)
        cells.insert(cells.begin(), "__class__");
    for (const std::string& n : cells) {
        unit->cell_index.emplace(n, static_cast<uint32_t>(unit->cellvars.size()));
        unit->cellvars.push_back(n);
    }
    for (const std::string& n : frees) {
        unit->free_index.emplace(n, static_cast<uint32_t>(unit->freevars.size()));
        unit->freevars.push_back(n);
    }
    // Qualified name (CPython: compiler_set_qualname).
    if (kind != UnitKind::Module && m_units.size() > 1) {
        const Unit& parent = *m_units.back();
        bool force_global = false;
        if (kind == UnitKind::Function || kind == UnitKind::Class)
            force_global = parent.ste->scope_of(mangle(parent.private_name, unit->name)) == SymScope::GlobalExplicit;
        if (force_global)
            unit->qualname = unit->name;
        else if (parent.kind == UnitKind::Function || parent.kind == UnitKind::Lambda ||
                 parent.kind == UnitKind::Comprehension)
            unit->qualname = parent.qualname + ".<locals>." + unit->name;
        else
            unit->qualname = parent.qualname + "." + unit->name;
    } else {
        unit->qualname = unit->name;
    }
    unit->em.set_line(firstlineno);
    m_units.push_back(std::move(unit));
}

Result<std::shared_ptr<const bc::CodeImage>, Diagnostic> Codegen::leave_unit(bool add_return_none) {
    Unit& unit = u();
    if (add_return_none) {
        load_const(bc::Constant::none());
        op(bc::Op::RETURN_VALUE);
    }
    auto img = std::make_shared<bc::CodeImage>();
    if (auto r = unit.em.assemble(*img); !r.ok())
        return Diagnostic{parse::DiagKind::SyntaxError, r.take_error(), SourceSpan{unit.firstlineno, 0, 0, 0}};
    img->consts = std::move(unit.consts);
    img->names = std::move(unit.names);
    img->varnames = std::move(unit.varnames);
    img->cellvars = std::move(unit.cellvars);
    img->freevars = std::move(unit.freevars);
    img->argcount = unit.argcount;
    img->posonlyargcount = unit.posonlyargcount;
    img->kwonlyargcount = unit.kwonlyargcount;
    img->firstlineno = static_cast<uint32_t>(std::max(unit.firstlineno, 1));
    img->name = unit.name;
    img->qualname = unit.qualname;
    img->filename = m_filename;
    uint32_t flags = 0;
    const Block& ste = *unit.ste;
    if (ste.kind == BlockKind::Function) {
        flags |= bc::kCoOptimized | bc::kCoNewLocals;
        if (ste.nested)
            flags |= bc::kCoNested;
        if (ste.coroutine && ste.generator)
            flags |= bc::kCoAsyncGenerator;
        else if (ste.coroutine)
            flags |= bc::kCoCoroutine;
        else if (ste.generator)
            flags |= bc::kCoGenerator;
        if (ste.varargs)
            flags |= bc::kCoVarargs;
        if (ste.varkeywords)
            flags |= bc::kCoVarkeywords;
    }
    if (img->cellvars.empty() && img->freevars.empty())
        flags |= bc::kCoNoFree;
    img->flags = flags;
    if (img->consts.size() > bc::kMaxArg || img->names.size() > bc::kMaxArg || img->varnames.size() > bc::kMaxArg)
        return Diagnostic{parse::DiagKind::SyntaxError, "too many constants or names in one code object",
                          SourceSpan{unit.firstlineno, 0, 0, 0}};
    m_units.pop_back();
    return std::shared_ptr<const bc::CodeImage>(std::move(img));
}

// --- names --------------------------------------------------------------------------

Emit Codegen::name_op(const std::string& name, ast::ExprContext ctx, SourceSpan span) {
    using bc::Op;
    if (name == "__debug__") {
        if (ctx == ast::ExprContext::Store)
            return error("cannot assign to __debug__", span);
        if (ctx == ast::ExprContext::Del)
            return error("cannot delete __debug__", span);
        load_const(bc::Constant::boolean(true)); // CPython folds __debug__ (ast_opt.c)
        return {};
    }
    Unit& unit = u();
    std::string m = mangled(name);
    SymScope scope = unit.ste->scope_of(m);
    bool function = unit.ste->kind == BlockKind::Function;
    enum { Fast, Global, Deref, Name } kind = Name;
    uint32_t arg = 0;
    switch (scope) {
    case SymScope::Free: {
        auto it = unit.free_index.find(m);
        if (it == unit.free_index.end())
            return error("internal compiler error: free variable '" + name + "' has no slot", span);
        kind = Deref;
        arg = static_cast<uint32_t>(unit.cellvars.size()) + it->second;
        break;
    }
    case SymScope::Cell: {
        auto it = unit.cell_index.find(m);
        if (it == unit.cell_index.end())
            return error("internal compiler error: cell variable '" + name + "' has no slot", span);
        kind = Deref;
        arg = it->second;
        break;
    }
    case SymScope::Local:
        if (function)
            kind = Fast;
        break;
    case SymScope::GlobalImplicit:
        if (function)
            kind = Global;
        break;
    case SymScope::GlobalExplicit:
        kind = Global;
        break;
    case SymScope::Unknown:
        break;
    }
    int c = ctx == ast::ExprContext::Load ? 0 : ctx == ast::ExprContext::Store ? 1 : 2;
    switch (kind) {
    case Fast: {
        auto [it, inserted] = unit.var_index.try_emplace(m, static_cast<uint32_t>(unit.varnames.size()));
        if (inserted)
            unit.varnames.push_back(m);
        static constexpr Op kOps[] = {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST};
        op(kOps[c], it->second);
        return {};
    }
    case Deref: {
        Op load = unit.ste->kind == BlockKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF;
        op(c == 0 ? load : c == 1 ? Op::STORE_DEREF : Op::DELETE_DEREF, arg);
        return {};
    }
    case Global: {
        static constexpr Op kOps[] = {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL};
        op(kOps[c], add_name(m));
        return {};
    }
    case Name: {
        static constexpr Op kOps[] = {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME};
        op(kOps[c], add_name(m));
        return {};
    }
    }
    return {};
}

// CPython: compiler_make_closure. Free variables of `code` are loaded from this unit's
// cells (CELL scope, or the class's own __class__) or passed through its frees.
Emit Codegen::make_closure(std::shared_ptr<const bc::CodeImage> code, uint32_t flags) {
    Unit& unit = u();
    if (!code->freevars.empty()) {
        for (const std::string& name : code->freevars) {
            bool cell = (unit.ste->kind == BlockKind::Class && name == "__class__") ||
                        unit.ste->scope_of(name) == SymScope::Cell;
            uint32_t arg;
            if (cell) {
                auto it = unit.cell_index.find(name);
                if (it == unit.cell_index.end())
                    return error("internal compiler error: no cell for free variable '" + name + "'", {});
                arg = it->second;
            } else {
                auto it = unit.free_index.find(name);
                if (it == unit.free_index.end())
                    return error("internal compiler error: no free variable '" + name + "'", {});
                arg = static_cast<uint32_t>(unit.cellvars.size()) + it->second;
            }
            op(bc::Op::LOAD_CLOSURE, arg);
        }
        op(bc::Op::BUILD_TUPLE, code->freevars.size());
        flags |= bc::kFnClosure;
    }
    load_const(bc::Constant::code_object(std::move(code)));
    op(bc::Op::MAKE_FUNCTION, flags);
    return {};
}

// --- module / expression ------------------------------------------------------------

CompileResult Codegen::module(const std::vector<ast::Stmt*>& body, bool interactive) {
    enter_unit(UnitKind::Module, "<module>", m_table.top(), 1);
    if (interactive) {
        m_interactive = true;
        if (auto r = body_with_docstring(body, false); !r.ok())
            return r.take_error();
    } else if (auto r = body_with_docstring(body, true); !r.ok()) {
        return r.take_error();
    }
    return leave_unit(true);
}

CompileResult Codegen::expression(const ast::Expr* body) {
    enter_unit(UnitKind::Module, "<module>", m_table.top(), 1);
    if (auto r = expr(body); !r.ok())
        return r.take_error();
    op(bc::Op::RETURN_VALUE);
    return leave_unit(false);
}

// --- public entry points ------------------------------------------------------------

CompileResult compile_module(const parse::ast::Module& module, std::string_view filename, CompileMode mode,
                             CompileWarnings* warnings) {
    if (mode == CompileMode::Eval) {
        const ast::ExprStmt* only = module.body.size() == 1 ? ast::as<ast::ExprStmt>(module.body[0]) : nullptr;
        if (only == nullptr) {
            SourceSpan span = module.body.empty() ? SourceSpan{1, 0, 1, 0} : module.body[0]->span;
            return Diagnostic{parse::DiagKind::SyntaxError, "invalid syntax", span};
        }
        auto table = SymbolTable::build_expression(only->value);
        if (!table.ok())
            return table.take_error();
        return Codegen(*table.value(), filename, false, warnings).expression(only->value);
    }
    auto table = SymbolTable::build_module(module.body);
    if (!table.ok())
        return table.take_error();
    bool interactive = mode == CompileMode::Single;
    return Codegen(*table.value(), filename, interactive, warnings).module(module.body, interactive);
}

CompileResult compile_expression(const parse::ast::Expression& expr, std::string_view filename,
                                 CompileWarnings* warnings) {
    auto table = SymbolTable::build_expression(expr.body);
    if (!table.ok())
        return table.take_error();
    return Codegen(*table.value(), filename, false, warnings).expression(expr.body);
}

CompileResult compile_interactive(const parse::ast::Interactive& input, std::string_view filename,
                                  CompileWarnings* warnings) {
    auto table = SymbolTable::build_module(input.body);
    if (!table.ok())
        return table.take_error();
    return Codegen(*table.value(), filename, true, warnings).module(input.body, true);
}

CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode,
                             CompileWarnings* warnings) {
    switch (mode) {
    case CompileMode::Exec: {
        auto parsed = parse::parse_module(source, filename);
        if (!parsed.ok())
            return parsed.take_error();
        return compile_module(*parsed.value().root, filename, mode, warnings);
    }
    case CompileMode::Eval: {
        auto parsed = parse::parse_expression(source, filename);
        if (!parsed.ok())
            return parsed.take_error();
        return compile_expression(*parsed.value().root, filename, warnings);
    }
    case CompileMode::Single: {
        auto parsed = parse::parse_interactive(source, filename);
        if (!parsed.ok())
            return parsed.take_error();
        return compile_interactive(*parsed.value().root, filename, warnings);
    }
    }
    return Diagnostic{parse::DiagKind::SyntaxError, "invalid compile mode", {}};
}

} // namespace bastion::compile
