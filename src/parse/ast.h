// ast.h: the abstract syntax tree the parser builds and the compiler walks. Node kinds and
// field names mirror CPython 3.11's Parser/Python.asdl one for one (the only renaming: the
// expression *statement* `Expr` is `ExprStmt`, because `Expr` is the expression base class).
// Nodes live in an Arena owned by the parse result and point at each other with raw
// pointers. Not for semantics: scoping, constant folding and validity of `return` etc. are
// the compiler's job.
// AST-STABLE
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "parse/diagnostics.h"
#include "support/assert.h"

namespace bastion::parse::ast {

// The deepest AST the parser hands out. Depth counts Expr, Stmt and Pattern nodes on a
// path from a top-level statement down (helper records such as arguments, keyword or
// comprehension do not count; each adds at most one level between two counted nodes).
// Input that would be deeper fails with DiagKind::RecursionError ("maximum recursion depth
// exceeded during compilation"), so a compiler may recurse over the tree with at most
// about 2 * kMaxAstDepth frames. CPython's own limit is ~3000 (3 x the recursion limit).
inline constexpr int kMaxAstDepth = 1000;

// ---------------------------------------------------------------------------------------
// Arena: bump allocation in chunks; destructors of non-trivial nodes (those holding
// std::vector / std::string) run in reverse order when the arena dies. Movable: moving
// keeps every node at its address, so pointers stay valid.
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    Arena(Arena&& other) noexcept;
    Arena& operator=(Arena&& other) noexcept;
    ~Arena();

    template <typename T, typename... Args>
    T* make(Args&&... args) {
        void* mem = allocate(sizeof(T), alignof(T));
        T* obj = new (mem) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>)
            m_dtors.push_back({[](void* p) { static_cast<T*>(p)->~T(); }, obj});
        return obj;
    }

    std::size_t bytes_allocated() const { return m_bytes; }

private:
    void* allocate(std::size_t size, std::size_t align);
    void release();

    struct Dtor {
        void (*fn)(void*);
        void* obj;
    };
    std::vector<std::unique_ptr<std::byte[]>> m_chunks;
    std::byte* m_cur = nullptr;
    std::byte* m_end = nullptr;
    std::size_t m_bytes = 0;
    std::vector<Dtor> m_dtors;
};

// ---------------------------------------------------------------------------------------
// Small enums (asdl sum types without fields).

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

std::string_view name_of(ExprContext v);   // "Load", ...
std::string_view name_of(BoolOpKind v);    // "And", "Or"
std::string_view name_of(Operator v);      // "Add", ...
std::string_view name_of(UnaryOpKind v);   // "Invert", ...
std::string_view name_of(CmpOp v);         // "Eq", ...

// ---------------------------------------------------------------------------------------
// Constants. One flat struct; `kind` says which fields mean something.
//  - None, Ellipsis: no payload.
//  - Bool: bool_value.
//  - Int: `text` holds the literal's digits without prefix or underscores, lower-case
//    (e.g. 0xFF_FF -> text "ffff", int_base 16); int_value is set when the value fits
//    in int64_t. Always non-negative (a minus sign is a UnaryOp).
//  - Float, Imaginary: float_value (Imaginary: the imaginary part, real part 0).
//  - Str: `str` holds Unicode code points (char32_t), lone surrogates allowed ("\ud800").
//  - Bytes: `text` holds the raw bytes.
enum class ConstantKind : uint8_t { None, Bool, Ellipsis, Int, Float, Imaginary, Str, Bytes };

struct ConstantValue {
    ConstantKind kind = ConstantKind::None;
    bool bool_value = false;
    uint8_t int_base = 10;
    std::optional<int64_t> int_value;
    double float_value = 0.0;
    std::string text;
    std::u32string str;
};

// ---------------------------------------------------------------------------------------
// Kinds. Order is the asdl order.

enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

enum class StmtKind : uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
    Global, Nonlocal, Expr, Pass, Break, Continue
};

enum class PatternKind : uint8_t {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

std::string_view name_of(ExprKind k);     // "BinOp", ...
std::string_view name_of(StmtKind k);     // "FunctionDef", ..., "Expr"
std::string_view name_of(PatternKind k);  // "MatchValue", ...

// ---------------------------------------------------------------------------------------
// Base classes. Downcast with as<T>(p) (nullptr on mismatch) or cast<T>(p) (checked).

struct Expr {
    ExprKind kind;
    SourceSpan span;

protected:
    Expr(ExprKind k, SourceSpan s) : kind(k), span(s) {}
};

struct Stmt {
    StmtKind kind;
    SourceSpan span;

protected:
    Stmt(StmtKind k, SourceSpan s) : kind(k), span(s) {}
};

struct Pattern {
    PatternKind kind;
    SourceSpan span;

protected:
    Pattern(PatternKind k, SourceSpan s) : kind(k), span(s) {}
};

template <ExprKind K>
struct ExprNode : Expr {
    static constexpr ExprKind kKind = K;
    static bool is(ExprKind k) { return k == K; }
    explicit ExprNode(SourceSpan s) : Expr(K, s) {}
};

template <StmtKind K>
struct StmtNode : Stmt {
    static constexpr StmtKind kKind = K;
    static bool is(StmtKind k) { return k == K; }
    explicit StmtNode(SourceSpan s) : Stmt(K, s) {}
};

template <PatternKind K>
struct PatternNode : Pattern {
    static constexpr PatternKind kKind = K;
    static bool is(PatternKind k) { return k == K; }
    explicit PatternNode(SourceSpan s) : Pattern(K, s) {}
};

template <typename T, typename B>
T* as(B* node) {
    return node != nullptr && T::is(node->kind) ? static_cast<T*>(node) : nullptr;
}
template <typename T, typename B>
const T* as(const B* node) {
    return node != nullptr && T::is(node->kind) ? static_cast<const T*>(node) : nullptr;
}
template <typename T, typename B>
T* cast(B* node) {
    BASTION_CHECK(node != nullptr && T::is(node->kind));
    return static_cast<T*>(node);
}
template <typename T, typename B>
const T* cast(const B* node) {
    BASTION_CHECK(node != nullptr && T::is(node->kind));
    return static_cast<const T*>(node);
}

// ---------------------------------------------------------------------------------------
// Helper records (asdl product types). `Optional` fields are nullptr / std::nullopt when
// absent.

struct Arg { // asdl `arg`
    std::string arg;
    Expr* annotation = nullptr;
    SourceSpan span;
};

struct Arguments { // asdl `arguments`
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults; // same length as kwonlyargs; nullptr = no default
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;    // for the last defaults.size() of posonlyargs + args
};

struct Keyword { // asdl `keyword`; arg is nullopt for `**value`
    std::optional<std::string> arg;
    Expr* value = nullptr;
    SourceSpan span;
};

struct Alias { // asdl `alias`; name may be dotted ("a.b.c") or "*"
    std::string name;
    std::optional<std::string> asname;
    SourceSpan span;
};

struct WithItem { // asdl `withitem`
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};

struct Comprehension { // asdl `comprehension`
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    bool is_async = false;
};

struct ExceptHandler { // asdl `excepthandler` (its only constructor)
    Expr* type = nullptr;
    std::optional<std::string> name;
    std::vector<Stmt*> body;
    SourceSpan span;
};

struct MatchCase { // asdl `match_case`
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;
    std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------------------
// Expressions.

struct BoolOp : ExprNode<ExprKind::BoolOp> {
    using ExprNode::ExprNode;
    BoolOpKind op = BoolOpKind::And;
    std::vector<Expr*> values; // at least 2
};

struct NamedExpr : ExprNode<ExprKind::NamedExpr> {
    using ExprNode::ExprNode;
    Expr* target = nullptr; // always a Name with Store
    Expr* value = nullptr;
};

struct BinOp : ExprNode<ExprKind::BinOp> {
    using ExprNode::ExprNode;
    Expr* left = nullptr;
    Operator op = Operator::Add;
    Expr* right = nullptr;
};

struct UnaryOp : ExprNode<ExprKind::UnaryOp> {
    using ExprNode::ExprNode;
    UnaryOpKind op = UnaryOpKind::Not;
    Expr* operand = nullptr;
};

struct Lambda : ExprNode<ExprKind::Lambda> {
    using ExprNode::ExprNode;
    Arguments* args = nullptr; // never nullptr
    Expr* body = nullptr;
};

struct IfExp : ExprNode<ExprKind::IfExp> {
    using ExprNode::ExprNode;
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

struct Dict : ExprNode<ExprKind::Dict> {
    using ExprNode::ExprNode;
    std::vector<Expr*> keys; // nullptr key = `**values[i]`
    std::vector<Expr*> values;
};

struct Set : ExprNode<ExprKind::Set> {
    using ExprNode::ExprNode;
    std::vector<Expr*> elts;
};

struct ListComp : ExprNode<ExprKind::ListComp> {
    using ExprNode::ExprNode;
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct SetComp : ExprNode<ExprKind::SetComp> {
    using ExprNode::ExprNode;
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct DictComp : ExprNode<ExprKind::DictComp> {
    using ExprNode::ExprNode;
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
};

struct GeneratorExp : ExprNode<ExprKind::GeneratorExp> {
    using ExprNode::ExprNode;
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct Await : ExprNode<ExprKind::Await> {
    using ExprNode::ExprNode;
    Expr* value = nullptr;
};

struct Yield : ExprNode<ExprKind::Yield> {
    using ExprNode::ExprNode;
    Expr* value = nullptr; // optional
};

struct YieldFrom : ExprNode<ExprKind::YieldFrom> {
    using ExprNode::ExprNode;
    Expr* value = nullptr;
};

struct Compare : ExprNode<ExprKind::Compare> {
    using ExprNode::ExprNode;
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    std::vector<Expr*> comparators; // same length as ops
};

struct Call : ExprNode<ExprKind::Call> {
    using ExprNode::ExprNode;
    Expr* func = nullptr;
    std::vector<Expr*> args; // may contain Starred
    std::vector<Keyword*> keywords;
};

// conversion: -1 none, else 's', 'r' or 'a' (the character code, as in CPython).
struct FormattedValue : ExprNode<ExprKind::FormattedValue> {
    using ExprNode::ExprNode;
    Expr* value = nullptr;
    int conversion = -1;
    Expr* format_spec = nullptr; // optional; a JoinedStr when present
};

struct JoinedStr : ExprNode<ExprKind::JoinedStr> {
    using ExprNode::ExprNode;
    std::vector<Expr*> values; // Constant (Str) and FormattedValue pieces
};

struct Constant : ExprNode<ExprKind::Constant> {
    using ExprNode::ExprNode;
    ConstantValue value;
    bool kind_u = false; // asdl `kind`: true when the first string piece had a u prefix
};

struct Attribute : ExprNode<ExprKind::Attribute> {
    using ExprNode::ExprNode;
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};

struct Subscript : ExprNode<ExprKind::Subscript> {
    using ExprNode::ExprNode;
    Expr* value = nullptr;
    Expr* slice = nullptr; // a Slice, a Tuple (possibly of Slices), or any expression
    ExprContext ctx = ExprContext::Load;
};

struct Starred : ExprNode<ExprKind::Starred> {
    using ExprNode::ExprNode;
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Name : ExprNode<ExprKind::Name> {
    using ExprNode::ExprNode;
    std::string id; // UTF-8, NFKC-normalised by the tokenizer (PEP 3131)
    ExprContext ctx = ExprContext::Load;
};

struct List : ExprNode<ExprKind::List> {
    using ExprNode::ExprNode;
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};

struct Tuple : ExprNode<ExprKind::Tuple> {
    using ExprNode::ExprNode;
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};

struct Slice : ExprNode<ExprKind::Slice> {
    using ExprNode::ExprNode;
    Expr* lower = nullptr; // each optional
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------
// Statements. FunctionDef/For/With structs serve both the plain and the Async kind; check
// `kind` (or is_async()) to tell them apart.

struct FunctionDef : Stmt {
    static bool is(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
    FunctionDef(SourceSpan s, bool async) : Stmt(async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef, s) {}
    bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
    std::string name;
    Arguments* args = nullptr; // never nullptr
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr; // optional
};

struct ClassDef : StmtNode<StmtKind::ClassDef> {
    using StmtNode::StmtNode;
    std::string name;
    std::vector<Expr*> bases;
    std::vector<Keyword*> keywords;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
};

struct Return : StmtNode<StmtKind::Return> {
    using StmtNode::StmtNode;
    Expr* value = nullptr; // optional
};

struct Delete : StmtNode<StmtKind::Delete> {
    using StmtNode::StmtNode;
    std::vector<Expr*> targets; // ctx Del
};

struct Assign : StmtNode<StmtKind::Assign> {
    using StmtNode::StmtNode;
    std::vector<Expr*> targets; // `a = b = v` has two; ctx Store
    Expr* value = nullptr;
};

struct AugAssign : StmtNode<StmtKind::AugAssign> {
    using StmtNode::StmtNode;
    Expr* target = nullptr; // Name, Attribute or Subscript with Store
    Operator op = Operator::Add;
    Expr* value = nullptr;
};

struct AnnAssign : StmtNode<StmtKind::AnnAssign> {
    using StmtNode::StmtNode;
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr; // optional
    bool simple = false;   // target is a bare (unparenthesized) Name
};

struct For : Stmt {
    static bool is(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
    For(SourceSpan s, bool async) : Stmt(async ? StmtKind::AsyncFor : StmtKind::For, s) {}
    bool is_async() const { return kind == StmtKind::AsyncFor; }
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

struct While : StmtNode<StmtKind::While> {
    using StmtNode::StmtNode;
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

struct If : StmtNode<StmtKind::If> {
    using StmtNode::StmtNode;
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse; // `elif` is a nested If here
};

struct With : Stmt {
    static bool is(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
    With(SourceSpan s, bool async) : Stmt(async ? StmtKind::AsyncWith : StmtKind::With, s) {}
    bool is_async() const { return kind == StmtKind::AsyncWith; }
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};

struct Match : StmtNode<StmtKind::Match> {
    using StmtNode::StmtNode;
    Expr* subject = nullptr;
    std::vector<MatchCase*> cases;
};

struct Raise : StmtNode<StmtKind::Raise> {
    using StmtNode::StmtNode;
    Expr* exc = nullptr;   // optional
    Expr* cause = nullptr; // optional
};

struct Try : StmtNode<StmtKind::Try> {
    using StmtNode::StmtNode;
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};

struct TryStar : StmtNode<StmtKind::TryStar> {
    using StmtNode::StmtNode;
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};

struct Assert : StmtNode<StmtKind::Assert> {
    using StmtNode::StmtNode;
    Expr* test = nullptr;
    Expr* msg = nullptr; // optional
};

struct Import : StmtNode<StmtKind::Import> {
    using StmtNode::StmtNode;
    std::vector<Alias*> names;
};

struct ImportFrom : StmtNode<StmtKind::ImportFrom> {
    using StmtNode::StmtNode;
    std::optional<std::string> module; // nullopt for `from . import x`
    std::vector<Alias*> names;
    int level = 0; // number of leading dots
};

struct Global : StmtNode<StmtKind::Global> {
    using StmtNode::StmtNode;
    std::vector<std::string> names;
};

struct Nonlocal : StmtNode<StmtKind::Nonlocal> {
    using StmtNode::StmtNode;
    std::vector<std::string> names;
};

struct ExprStmt : StmtNode<StmtKind::Expr> { // asdl `Expr` statement
    using StmtNode::StmtNode;
    Expr* value = nullptr;
};

struct Pass : StmtNode<StmtKind::Pass> {
    using StmtNode::StmtNode;
};

struct Break : StmtNode<StmtKind::Break> {
    using StmtNode::StmtNode;
};

struct Continue : StmtNode<StmtKind::Continue> {
    using StmtNode::StmtNode;
};

// ---------------------------------------------------------------------------------------
// Patterns (match statement).

struct MatchValue : PatternNode<PatternKind::MatchValue> {
    using PatternNode::PatternNode;
    Expr* value = nullptr; // Constant, UnaryOp(USub) of one, complex BinOp, or dotted Attribute
};

struct MatchSingleton : PatternNode<PatternKind::MatchSingleton> {
    using PatternNode::PatternNode;
    ConstantValue value; // None, or Bool
};

struct MatchSequence : PatternNode<PatternKind::MatchSequence> {
    using PatternNode::PatternNode;
    std::vector<Pattern*> patterns;
};

struct MatchMapping : PatternNode<PatternKind::MatchMapping> {
    using PatternNode::PatternNode;
    std::vector<Expr*> keys;
    std::vector<Pattern*> patterns;
    std::optional<std::string> rest;
};

struct MatchClass : PatternNode<PatternKind::MatchClass> {
    using PatternNode::PatternNode;
    Expr* cls = nullptr;
    std::vector<Pattern*> patterns;
    std::vector<std::string> kwd_attrs;
    std::vector<Pattern*> kwd_patterns;
};

struct MatchStar : PatternNode<PatternKind::MatchStar> {
    using PatternNode::PatternNode;
    std::optional<std::string> name; // nullopt for `*_`
};

struct MatchAs : PatternNode<PatternKind::MatchAs> {
    using PatternNode::PatternNode;
    Pattern* pattern = nullptr;       // optional
    std::optional<std::string> name;  // nullopt for `_`
};

struct MatchOr : PatternNode<PatternKind::MatchOr> {
    using PatternNode::PatternNode;
    std::vector<Pattern*> patterns;
};

// ---------------------------------------------------------------------------------------
// Roots (asdl `mod`).

struct Module {
    std::vector<Stmt*> body;
};

struct Expression {
    Expr* body = nullptr;
};

struct Interactive {
    std::vector<Stmt*> body;
};

// ---------------------------------------------------------------------------------------
// Text forms, identical to CPython 3.11's ast.dump(node) (single-line, annotate_fields),
// or with include_attributes=True when `with_spans`. Used by golden tests.
std::string dump(const Module& node, bool with_spans = false);
std::string dump(const Expression& node, bool with_spans = false);
std::string dump(const Interactive& node, bool with_spans = false);
std::string dump(const Expr& node, bool with_spans = false);
std::string dump(const Stmt& node, bool with_spans = false);

} // namespace bastion::parse::ast
