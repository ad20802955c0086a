// code_image.h: CodeImage, the plain-data form of a code object. The compiler produces it,
// serial/ reads and writes it, verify/ proves it safe, and vm/ materializes verified images
// into code objects. No runtime objects here, so every stage can be tested and fuzzed alone.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bytecode/opcodes.h"

namespace bastion::bc {

struct CodeImage;

// A constant of co_consts: only immutable constant types and nested code.
struct Constant {
    enum class Kind : uint8_t { None, Ellipsis, Bool, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code };
    Kind kind = Kind::None;
    bool bool_value = false;
    // Int: sign and magnitude as little-endian 64-bit limbs (empty = 0). Small values keep
    // one limb, so no constant needs a runtime big-int type to be described.
    bool negative = false;
    std::vector<uint64_t> limbs;
    double real = 0.0; // Float, and Complex's real part
    double imag = 0.0; // Complex
    // Str: UTF-8, where lone surrogates (legal in Python str) use their 3-byte encoding.
    // Bytes: the raw bytes.
    std::string text;
    std::vector<Constant> items;      // Tuple, FrozenSet
    std::shared_ptr<const CodeImage> code; // Code (immutable once built, so sharing is safe)

    static Constant none() { return Constant{}; }
    static Constant ellipsis();
    static Constant boolean(bool v);
    static Constant integer(int64_t v);
    static Constant floating(double v);
    static Constant complex(double re, double im);
    static Constant str(std::string utf8);
    static Constant bytes(std::string raw);
    static Constant tuple(std::vector<Constant> items);
    static Constant frozenset(std::vector<Constant> items);
    static Constant code_object(std::shared_ptr<const CodeImage> image);

    // Int constants: true when the value fits int64_t (then *out receives it).
    bool int_fits_i64(int64_t* out) const;
    // Structural equality (kind, value, and for floats the bit pattern so 0.0 != -0.0),
    // used by the compiler to share constants.
    bool same_as(const Constant& other) const;
};

// One protected range of the exception table (zero-cost try): if an instruction in
// [start, end) raises, the value stack is cut to `depth` items, the exception is pushed,
// and execution continues at `handler`. Units, not bytes.
struct ExceptionEntry {
    uint32_t start = 0;
    uint32_t end = 0;
    uint32_t handler = 0;
    uint32_t depth = 0;
};

// Source positions, run-length: instruction `start` and those after it up to the next
// entry come from source line `line` (0 = no line, for synthetic code) — the line
// tracebacks and co_lines report — and span the source from (line, col) to (end_line,
// end_col), CPython's co_positions (columns are 0-based UTF-8 byte offsets). end_line 0 or
// a column of kNoColumn: not known (no column markers). Sorted by start. Nothing here is
// trusted: a reader of positions bounds-checks them against the source it has.
inline constexpr uint32_t kNoColumn = UINT32_MAX;
struct LineEntry {
    uint32_t start = 0;
    uint32_t line = 0;
    uint32_t end_line = 0;
    uint32_t col = kNoColumn;
    uint32_t end_col = kNoColumn;

    bool same_position(const LineEntry& o) const {
        return line == o.line && end_line == o.end_line && col == o.col && end_col == o.end_col;
    }
};

struct CodeImage {
    std::vector<uint32_t> code; // instruction units
    std::vector<Constant> consts;
    std::vector<std::string> names;    // co_names: globals, attributes, imports
    std::vector<std::string> varnames; // co_varnames: arguments first, then other locals
    std::vector<std::string> cellvars; // locals captured by inner functions
    std::vector<std::string> freevars; // variables captured from enclosing functions
    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t stacksize = 0;
    uint32_t flags = 0; // CodeFlag bits
    uint32_t firstlineno = 1;
    std::string name;
    std::string qualname;
    std::string filename;
    std::vector<ExceptionEntry> exception_table;
    std::vector<LineEntry> line_table;

    uint32_t nlocals() const { return static_cast<uint32_t>(varnames.size()); }
    // Line of instruction `pc` (0 when the table has none).
    uint32_t line_for(uint32_t pc) const;
    // The entry covering instruction `pc`, or null when none does.
    const LineEntry* position_for(uint32_t pc) const;
};

} // namespace bastion::bc
