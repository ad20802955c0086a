// symtable.h: the symbol table pass (CPython: Python/symtable.c). Walks the AST once,
// records every name's uses and definitions per block (module, class, function, lambda,
// comprehension), then resolves each to local / global / free / cell. Reports the
// scoping SyntaxErrors with CPython 3.11's messages. Emits no code.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/ast.h"
#include "parse/diagnostics.h"
#include "support/result.h"

namespace bastion::compile {

namespace ast = parse::ast;

enum class BlockKind : uint8_t { Module, Class, Function };
enum class SymScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum SymFlag : uint32_t {
    kDefGlobal = 1u << 0,
    kDefLocal = 1u << 1,
    kDefParam = 1u << 2,
    kDefNonlocal = 1u << 3,
    kUse = 1u << 4,
    kDefFreeClass = 1u << 5, // class-local name that a method also uses as a free variable
    kDefImport = 1u << 6,
    kDefAnnot = 1u << 7,
    kDefCompIter = 1u << 8,
};
inline constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

struct Symbol {
    uint32_t flags = 0;
    SymScope scope = SymScope::Unknown;
};

struct Block {
    BlockKind kind = BlockKind::Module;
    std::string name;
    int32_t line = 0;
    Block* parent = nullptr;
    std::vector<std::unique_ptr<Block>> children;
    std::unordered_map<std::string, Symbol> symbols;
    std::vector<std::string> order;  // symbols in first-seen order
    std::vector<std::string> params; // parameter names (mangled), in order
    std::unordered_map<std::string, parse::SourceSpan> directives; // first global/nonlocal per name
    std::string private_name; // enclosing class name, for __name mangling
    bool nested = false;
    bool generator = false;
    bool coroutine = false; // an `async def` body, or a comprehension with `async for` / await
    bool varargs = false;
    bool varkeywords = false;
    bool comprehension = false;
    bool has_free = false;
    bool child_free = false;
    bool needs_class_closure = false;
    int comp_iter_expr = 0;
    bool comp_iter_target = false;

    SymScope scope_of(const std::string& mangled) const;
    uint32_t flags_of(const std::string& mangled) const;
};

// CPython's _Py_Mangle: `__x` inside class C becomes `_C__x`.
std::string mangle(const std::string& private_name, const std::string& name);

class SymbolTable {
public:
    static Result<std::unique_ptr<SymbolTable>, parse::Diagnostic> build_module(const std::vector<ast::Stmt*>& body);
    static Result<std::unique_ptr<SymbolTable>, parse::Diagnostic> build_expression(const ast::Expr* body);

    Block* top() const { return m_top.get(); }
    // The block opened by a FunctionDef, ClassDef, Lambda or comprehension node.
    Block* block_for(const void* node) const;

private:
    friend class SymtableBuilder;
    std::unique_ptr<Block> m_top;
    std::unordered_map<const void*, Block*> m_blocks;
};

} // namespace bastion::compile
