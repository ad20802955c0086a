// ast.cpp: the Arena and the enum -> name tables of ast.h. Not for dumping (ast_dump.cpp).
#include "parse/ast.h"

#include <array>

namespace bastion::parse::ast {

Arena::Arena(Arena&& other) noexcept
    : m_chunks(std::move(other.m_chunks)), m_cur(other.m_cur), m_end(other.m_end), m_bytes(other.m_bytes),
      m_dtors(std::move(other.m_dtors)) {
    other.m_cur = other.m_end = nullptr;
    other.m_bytes = 0;
    other.m_chunks.clear();
    other.m_dtors.clear();
}

Arena& Arena::operator=(Arena&& other) noexcept {
    if (this != &other) {
        release();
        m_chunks = std::move(other.m_chunks);
        m_dtors = std::move(other.m_dtors);
        m_cur = other.m_cur;
        m_end = other.m_end;
        m_bytes = other.m_bytes;
        other.m_cur = other.m_end = nullptr;
        other.m_bytes = 0;
        other.m_chunks.clear();
        other.m_dtors.clear();
    }
    return *this;
}

Arena::~Arena() { release(); }

void Arena::release() {
    for (size_t i = m_dtors.size(); i-- > 0;)
        m_dtors[i].fn(m_dtors[i].obj);
    m_dtors.clear();
    m_chunks.clear();
    m_cur = m_end = nullptr;
}

void* Arena::allocate(std::size_t size, std::size_t align) {
    constexpr std::size_t kChunk = 64 * 1024;
    auto fits = [&]() {
        if (m_cur == nullptr)
            return false;
        auto addr = reinterpret_cast<std::uintptr_t>(m_cur);
        std::size_t pad = (align - addr % align) % align;
        return static_cast<std::size_t>(m_end - m_cur) >= pad + size;
    };
    if (!fits()) {
        std::size_t want = size + align > kChunk ? size + align : kChunk;
        m_chunks.push_back(std::make_unique<std::byte[]>(want));
        m_cur = m_chunks.back().get();
        m_end = m_cur + want;
    }
    auto addr = reinterpret_cast<std::uintptr_t>(m_cur);
    std::size_t pad = (align - addr % align) % align;
    std::byte* p = m_cur + pad;
    m_cur = p + size;
    m_bytes += size + pad;
    return p;
}

namespace {
template <typename E, size_t N>
std::string_view lookup(const std::array<std::string_view, N>& names, E v) {
    auto i = static_cast<size_t>(v);
    BASTION_CHECK(i < N);
    return names[i];
}
} // namespace

std::string_view name_of(ExprContext v) {
    static constexpr std::array<std::string_view, 3> kNames = {"Load", "Store", "Del"};
    return lookup(kNames, v);
}
std::string_view name_of(BoolOpKind v) {
    static constexpr std::array<std::string_view, 2> kNames = {"And", "Or"};
    return lookup(kNames, v);
}
std::string_view name_of(Operator v) {
    static constexpr std::array<std::string_view, 13> kNames = {"Add",    "Sub",    "Mult",  "MatMult", "Div",
                                                                "Mod",    "Pow",    "LShift", "RShift", "BitOr",
                                                                "BitXor", "BitAnd", "FloorDiv"};
    return lookup(kNames, v);
}
std::string_view name_of(UnaryOpKind v) {
    static constexpr std::array<std::string_view, 4> kNames = {"Invert", "Not", "UAdd", "USub"};
    return lookup(kNames, v);
}
std::string_view name_of(CmpOp v) {
    static constexpr std::array<std::string_view, 10> kNames = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                                                "GtE", "Is", "IsNot", "In", "NotIn"};
    return lookup(kNames, v);
}
std::string_view name_of(ExprKind k) {
    static constexpr std::array<std::string_view, 27> kNames = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
        "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
        "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List",
        "Tuple", "Slice"};
    return lookup(kNames, k);
}
std::string_view name_of(StmtKind k) {
    static constexpr std::array<std::string_view, 27> kNames = {
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
        "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try",
        "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
        "Continue"};
    return lookup(kNames, k);
}
std::string_view name_of(PatternKind k) {
    static constexpr std::array<std::string_view, 8> kNames = {"MatchValue", "MatchSingleton", "MatchSequence",
                                                                "MatchMapping", "MatchClass", "MatchStar",
                                                                "MatchAs", "MatchOr"};
    return lookup(kNames, k);
}

} // namespace bastion::parse::ast
