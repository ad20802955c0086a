// codegen.h: the code generator's internal interface, shared by compiler.cpp (units,
// names, constants, closures), codegen_stmt.cpp, codegen_expr.cpp, codegen_try.cpp
// (try/with/unwinding) and codegen_pattern.cpp (match). Follows CPython 3.11's
// compile.c shapes, adapted to our opcode set. Not a public header.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/compiler.h"
#include "compile/emitter.h"
#include "compile/symtable.h"

namespace bastion::compile {

using Emit = Result<void, parse::Diagnostic>;

#define CG_TRY(expr) BASTION_TRY(expr)

enum class UnitKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// Compile-time block stack (CPython: fblockinfo), unwound by return/break/continue.
enum class FBlockKind : uint8_t {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue, ExceptionHandler,
    ExceptionGroupHandler // except* clauses: return/break/continue may not leave them
};

struct FBlock {
    FBlockKind kind;
    Label block; // loops: continue target
    Label exit;  // loops: break target
    const std::vector<ast::Stmt*>* finalbody = nullptr; // FinallyTry
    const std::string* name = nullptr;                  // HandlerCleanup: `except E as name`
    int32_t line = 0;                                   // With: line of the with statement
};

// CPython 3.11's limit on statically nested blocks (CO_MAXBLOCKS).
inline constexpr size_t kMaxBlocks = 20;
// CPython's STACK_USE_GUIDELINE: longer displays and calls are built incrementally.
inline constexpr size_t kStackUseGuideline = 30;

struct Unit {
    UnitKind kind = UnitKind::Module;
    Block* ste = nullptr;
    Emitter em;
    std::vector<bc::Constant> consts;
    std::unordered_map<std::string, uint32_t> const_index; // key of simple constants
    std::vector<std::string> names, varnames, cellvars, freevars;
    std::unordered_map<std::string, uint32_t> name_index, var_index, cell_index, free_index;
    std::string name, qualname, private_name;
    int32_t firstlineno = 1;
    uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    std::vector<FBlock> fblocks;
};

uint32_t binary_op_arg(ast::Operator o, bool inplace);

// The state of one pattern being compiled (CPython: pattern_context).
struct PatternContext {
    std::vector<std::string> stores; // captured names, in the order they sit on the stack (first on top)
    bool allow_irrefutable = false;
    std::vector<Label> fail_pop;     // fail_pop[n]: pops n items, then fails
    int64_t on_top = 0;              // items above the captures that the pattern still needs
};

enum class ComprehensionKind : uint8_t { List, Set, Dict, Generator };

class Codegen {
public:
    Codegen(SymbolTable& table, std::string_view filename, bool interactive, CompileWarnings* warnings = nullptr)
        : m_table(table), m_filename(filename), m_interactive(interactive), m_warnings(warnings) {}

    CompileResult module(const std::vector<ast::Stmt*>& body, bool interactive);
    CompileResult expression(const ast::Expr* body);

    // --- compiler.cpp: units, tables, names ---
    Unit& u() { return *m_units.back(); }
    Emit error(std::string message, parse::SourceSpan span);
    void enter_unit(UnitKind kind, std::string name, Block* ste, int32_t firstlineno);
    Result<std::shared_ptr<const bc::CodeImage>, parse::Diagnostic> leave_unit(bool add_return_none);
    void op(bc::Op op, uint64_t arg = 0) { u().em.emit(op, arg); }
    void jump(bc::Op op, Label target) { u().em.emit_jump(op, target); }
    Label label() { return u().em.new_label(); }
    void bind(Label l) { u().em.bind(l); }
    uint32_t add_const(bc::Constant c);
    void load_const(bc::Constant c) { op(bc::Op::LOAD_CONST, add_const(std::move(c))); }
    uint32_t add_name(const std::string& name);
    std::string mangled(const std::string& name) { return mangle(u().private_name, name); }
    Emit name_op(const std::string& name, ast::ExprContext ctx, parse::SourceSpan span);
    Emit make_closure(std::shared_ptr<const bc::CodeImage> code, uint32_t flags);
    static bc::Constant constant_of(const ast::ConstantValue& v);
    bool is_function_unit() const { return m_units.back()->ste->kind == BlockKind::Function; }

    // --- codegen_stmt.cpp ---
    Emit stmts(const std::vector<ast::Stmt*>& body);
    Emit stmt(const ast::Stmt* s);
    Emit body_with_docstring(const std::vector<ast::Stmt*>& body, bool is_module_or_class);
    Emit function_def(const ast::FunctionDef* f);
    Emit class_def(const ast::ClassDef* c);
    Emit assign(const ast::Assign* a);
    Emit aug_assign(const ast::AugAssign* a);
    Emit ann_assign(const ast::AnnAssign* a);
    Emit for_stmt(const ast::For* f);
    Emit async_for_stmt(const ast::For* f);
    Emit while_stmt(const ast::While* w);
    Emit if_stmt(const ast::If* i);
    Emit import(const ast::Import* i);
    Emit import_from(const ast::ImportFrom* i);
    Emit assert_stmt(const ast::Assert* a);
    Emit delete_target(const ast::Expr* e);
    Emit default_arguments(const ast::Arguments* args, uint32_t& flags);
    Emit annotations(const ast::Arguments* args, const ast::Expr* returns, uint32_t& flags);
    void set_args(const ast::Arguments* args);
    Emit decorators(const std::vector<ast::Expr*>& list);
    void apply_decorators(const std::vector<ast::Expr*>& list);

    // --- codegen_try.cpp ---
    Emit push_fblock(FBlock fb, parse::SourceSpan span);
    void pop_fblock() { u().fblocks.pop_back(); }
    Emit unwind_fblock(const FBlock& fb, bool preserve_tos, std::vector<int32_t>& popped);
    Emit unwind_fblock_stack(bool preserve_tos, const FBlock** loop, std::vector<int32_t>& popped);
    void repush(std::vector<int32_t>& popped);
    Emit return_stmt(const ast::Return* r);
    Emit break_stmt(const ast::Stmt* s);
    Emit continue_stmt(const ast::Stmt* s);
    Emit try_stmt(const ast::Try* t);
    Emit try_except(const ast::Try* t);
    Emit try_finally(const ast::Try* t);
    Emit try_finally_with(const std::vector<ast::Stmt*>* finalbody, parse::SourceSpan span,
                          const std::function<Emit()>& body);
    Emit try_star(const ast::TryStar* t);
    Emit try_star_except(const ast::TryStar* t);
    Emit check_except_star_exit(bool to_loop, parse::SourceSpan span);
    Emit with_stmt(const ast::With* w, size_t item);
    void call_exit_with_nones();
    void pop_except_and_reraise();

    // --- codegen_expr.cpp ---
    Emit expr(const ast::Expr* e);
    Emit expr_inner(const ast::Expr* e);
    Emit exprs(const std::vector<ast::Expr*>& v);
    Emit store_target(const ast::Expr* e);
    Emit unpack(const std::vector<ast::Expr*>& elts, parse::SourceSpan span);
    Emit jump_if(const ast::Expr* e, Label target, bool cond);
    Emit compare(const ast::Compare* c);
    void compare_op(ast::CmpOp op);
    Emit bool_op(const ast::BoolOp* b);
    Emit call(const ast::Call* c);
    Emit call_helper(size_t pushed, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& kws,
                     parse::SourceSpan span);
    Emit starunpack(const std::vector<ast::Expr*>& elts, size_t pushed, bc::Op build, bc::Op add, bc::Op extend,
                    bool tuple);
    Emit dict(const ast::Dict* d);
    Emit subkwargs(const std::vector<ast::Keyword*>& kws, size_t begin, size_t end);
    Emit lambda(const ast::Lambda* l);
    Emit comprehension(const ast::Expr* e, ComprehensionKind kind, const std::vector<ast::Comprehension*>& gens,
                       const ast::Expr* elt, const ast::Expr* value);
    Emit joined_str(const ast::JoinedStr* j);
    Emit formatted_value(const ast::FormattedValue* f);
    Emit slice_or_expr(const ast::Expr* e);
    Emit annotation_value(const ast::Expr* e); // the value, or its text under PEP 563
    bool fold_constant(const ast::Expr* e, bc::Constant& out);
    void yield_from_loop();
    Emit await_top(uint32_t where);
    void yield_top();
    bool in_async_function() const;

    // --- codegen_warn.cpp: CPython's compile-time SyntaxWarnings ---
    void warn(std::string message);
    void check_compare(const ast::Compare* c);     // `is` / `is not` with a literal
    void check_caller(const ast::Expr* func);      // a call of a literal or display
    void check_subscript(const ast::Subscript* s); // a literal that cannot be indexed so
    void check_assert(const ast::Assert* a);       // assert of a non-empty tuple

    // --- codegen_pattern.cpp ---
    Emit match_stmt(const ast::Match* m);
    Emit pattern(const ast::Pattern* p, PatternContext& pc);
    Emit pattern_subpattern(const ast::Pattern* p, PatternContext& pc);
    Emit pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
    Emit pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
    Emit pattern_class(const ast::MatchClass* p, PatternContext& pc);
    Emit pattern_or(const ast::MatchOr* p, PatternContext& pc);
    Emit pattern_store_name(const std::optional<std::string>& name, PatternContext& pc, parse::SourceSpan span);
    void pattern_fail(PatternContext& pc, bc::Op jump_op);
    void pattern_emit_fail_pop(PatternContext& pc);
    void pattern_rotate(size_t count);

    SymbolTable& m_table;
    std::string m_filename;
    bool m_interactive = false;
    CompileWarnings* m_warnings = nullptr;
    std::vector<std::unique_ptr<Unit>> m_units;
    bool m_future_allowed = true;
    bool m_future_annotations = false; // PEP 563: annotations are stored as strings
};

} // namespace bastion::compile
