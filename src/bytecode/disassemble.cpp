// disassemble.cpp: dis-style listings and Python reprs of constants. Every table index is
// checked, so any image (verified or not) can be printed. Nesting of constant tuples is
// bounded by kMaxReprDepth so a hostile image cannot exhaust the C stack.
#include "bytecode/disassemble.h"
#include "support/utf8.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace bastion::bc {

namespace {

constexpr int kMaxReprDepth = 200;

std::string decimal(std::vector<uint64_t> limbs) {
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    if (limbs.empty())
        return "0";
    constexpr uint64_t kChunk = 10000000000000000000ull; // 10^19
    std::vector<uint64_t> parts;
    while (!limbs.empty()) {
        unsigned __int128 rem = 0;
        for (size_t i = limbs.size(); i-- > 0;) {
            unsigned __int128 cur = (rem << 64) | limbs[i];
            limbs[i] = static_cast<uint64_t>(cur / kChunk);
            rem = cur % kChunk;
        }
        parts.push_back(static_cast<uint64_t>(rem));
        while (!limbs.empty() && limbs.back() == 0)
            limbs.pop_back();
    }
    std::string out = std::to_string(parts.back());
    for (size_t i = parts.size() - 1; i-- > 0;) {
        std::string p = std::to_string(parts[i]);
        out.append(19 - p.size(), '0');
        out += p;
    }
    return out;
}

// Python's float repr ('r' format): shortest round-trip digits, scientific when the
// exponent is < -4 or >= 16. `force_point` adds ".0" to integral values (float, not complex).
std::string float_repr(double v, bool force_point) {
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v < 0 ? "-inf" : "inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    // sci: [-]d[.ddd]e[+-]xx
    bool neg = sci[0] == '-';
    if (neg)
        sci.erase(0, 1);
    size_t e = sci.find('e');
    std::string mant = sci.substr(0, e);
    int exp = std::stoi(sci.substr(e + 1));
    std::string digits;
    for (char c : mant)
        if (c != '.')
            digits += c;
    std::string out;
    if (exp < -4 || exp >= 16) {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += eb;
    } else if (exp < 0) {
        out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
    } else {
        size_t intlen = static_cast<size_t>(exp) + 1;
        if (digits.size() <= intlen) {
            out = digits + std::string(intlen - digits.size(), '0');
            if (force_point)
                out += ".0";
        } else {
            out = digits.substr(0, intlen) + "." + digits.substr(intlen);
        }
    }
    return neg ? "-" + out : out;
}


// Decodes one (generalized, surrogates allowed) UTF-8 sequence; bad bytes decode as
// themselves (cp = byte | 0x80000000 marker) so they print as \x escapes.
uint32_t next_cp(const std::string& s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + static_cast<size_t>(n) >= s.size() + (n == 0 ? 1 : 0)) {
        ++i;
        return 0x80000000u | c;
    }
    if (n == 0) {
        ++i;
        return c;
    }
    uint32_t cp = c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0x80000000u | c;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += static_cast<size_t>(n) + 1;
    return cp;
}

void hex_escape(std::string& out, const char* prefix, uint32_t v, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, width, v);
    out += buf;
}

// Python's str repr: single quotes unless the text has ' and no ".
std::string str_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char q = has_single && !has_double ? '"' : '\'';
    std::string out(1, q);
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = next_cp(s, i);
        if (cp & 0x80000000u) {
            hex_escape(out, "\\x", cp & 0xFF, 2);
        } else if (cp == static_cast<uint32_t>(q) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD) {
            hex_escape(out, "\\x", cp, 2);
        } else if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
                   (cp >= 0x200B && cp <= 0x200F)) {
            hex_escape(out, "\\u", cp, 4);
        } else if (cp > 0x10FFFF) {
            hex_escape(out, "\\U", cp, 8);
        } else {
            utf8_append(out, cp);
        }
    }
    out += q;
    return out;
}

std::string bytes_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char q = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += q;
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c >= 0x7F) {
            hex_escape(out, "\\x", c, 2);
        } else {
            out += ch;
        }
    }
    out += q;
    return out;
}

std::string code_header(const CodeImage& img) {
    return "<code object " + img.name + ", file \"" + img.filename + "\", line " + std::to_string(img.firstlineno) +
           ">";
}

std::string repr(const Constant& c, int depth) {
    if (depth > kMaxReprDepth)
        return "...";
    switch (c.kind) {
    case Constant::Kind::None:
        return "None";
    case Constant::Kind::Ellipsis:
        return "Ellipsis";
    case Constant::Kind::Bool:
        return c.bool_value ? "True" : "False";
    case Constant::Kind::Int:
        return (c.negative && !c.limbs.empty() ? "-" : "") + decimal(c.limbs);
    case Constant::Kind::Float:
        return float_repr(c.real, true);
    case Constant::Kind::Complex: {
        std::string im = float_repr(c.imag, false) + "j";
        if (c.real == 0.0 && !std::signbit(c.real))
            return im;
        std::string re = float_repr(c.real, false);
        if (im[0] != '-' && im[0] != '+')
            im = "+" + im;
        return "(" + re + im + ")";
    }
    case Constant::Kind::Str:
        return str_repr(c.text);
    case Constant::Kind::Bytes:
        return bytes_repr(c.text);
    case Constant::Kind::Tuple:
    case Constant::Kind::FrozenSet: {
        bool tuple = c.kind == Constant::Kind::Tuple;
        if (!tuple && c.items.empty())
            return "frozenset()";
        std::string out = tuple ? "(" : "frozenset({";
        for (size_t i = 0; i < c.items.size(); ++i) {
            if (i != 0)
                out += ", ";
            out += repr(c.items[i], depth + 1);
        }
        if (tuple && c.items.size() == 1)
            out += ",";
        out += tuple ? ")" : "})";
        return out;
    }
    case Constant::Kind::Code:
        if (!c.code)
            return "<code object <null>>";
        return code_header(*c.code);
    }
    return "<invalid constant>";
}

template <typename V>
std::string index_name(const V& table, uint32_t arg) {
    return arg < table.size() ? std::string(table[arg]) : std::string("<out of range>");
}

std::string function_flags(uint32_t arg) {
    static constexpr const char* kNames[] = {"defaults", "kwdefaults", "annotations", "closure"};
    std::string out;
    for (uint32_t b = 0; b < 4; ++b)
        if (arg & (1u << b))
            out += (out.empty() ? "" : ", ") + std::string(kNames[b]);
    return out;
}

std::string arg_meaning(const CodeImage& img, Op op, uint32_t arg) {
    switch (info(op).operand) {
    case OperandKind::None:
    case OperandKind::Imm:
    case OperandKind::Count:
    case OperandKind::StackIndex:
    case OperandKind::Invert:
    case OperandKind::SliceArity:
    case OperandKind::RaiseForm:
    case OperandKind::UnpackEx:
        return "";
    case OperandKind::Const:
        return arg < img.consts.size() ? repr(img.consts[arg], 0) : "<out of range>";
    case OperandKind::Name:
        return index_name(img.names, arg);
    case OperandKind::Local:
        return index_name(img.varnames, arg);
    case OperandKind::Deref:
        if (arg < img.cellvars.size())
            return img.cellvars[arg];
        return index_name(img.freevars, arg - static_cast<uint32_t>(img.cellvars.size()));
    case OperandKind::Jump:
        if (arg >= img.code.size())
            return "to <out of range>";
        return "to " + std::to_string(uint64_t{arg} * 4);
    case OperandKind::BinaryOp:
        return arg < kNumBinaryOps ? std::string(binary_op_symbol(arg)) : "<out of range>";
    case OperandKind::CompareOp:
        return arg < kNumCompareOps ? std::string(compare_op_symbol(arg)) : "<out of range>";
    case OperandKind::FunctionFlags:
        return function_flags(arg);
    case OperandKind::FormatFlags: {
        static constexpr const char* kConv[] = {"", "str", "repr", "ascii"};
        std::string out = kConv[arg & 3];
        if (arg & kFmtHasSpec)
            out += out.empty() ? "with format" : ", with format";
        return out;
    }
    }
    return "";
}

void listing(const CodeImage& img, std::string& out) {
    std::vector<bool> target(img.code.size(), false);
    for (uint32_t unit : img.code)
        if (is_valid_opcode(raw_opcode(unit)) && info(decode(unit).op).operand == OperandKind::Jump &&
            raw_arg(unit) < img.code.size())
            target[raw_arg(unit)] = true;
    for (const ExceptionEntry& e : img.exception_table)
        if (e.handler < img.code.size())
            target[e.handler] = true;
    uint32_t last_line = 0;
    bool first = true;
    for (size_t pc = 0; pc < img.code.size(); ++pc) {
        uint32_t unit = img.code[pc];
        uint32_t line = img.line_for(static_cast<uint32_t>(pc));
        std::string lineno = "   ";
        if (line != last_line || first) {
            if (!first)
                out += "\n";
            char buf[16];
            std::snprintf(buf, sizeof buf, "%3u", line);
            lineno = buf;
            last_line = line;
            first = false;
        }
        char head[64];
        std::snprintf(head, sizeof head, "%s     %s %4zu ", lineno.c_str(), target[pc] ? ">>" : "  ", pc * 4);
        std::string row = head;
        uint8_t byte = raw_opcode(unit);
        uint32_t arg = raw_arg(unit);
        if (!is_valid_opcode(byte)) {
            row += "<invalid " + std::to_string(byte) + ">";
        } else {
            Op op = decode(unit).op;
            std::string name(info(op).name);
            name.resize(std::max<size_t>(name.size(), 20), ' ');
            row += name;
            if (info(op).operand != OperandKind::None || arg != 0) {
                char a[16];
                std::snprintf(a, sizeof a, " %5u", arg);
                row += a;
                std::string meaning = arg_meaning(img, op, arg);
                if (!meaning.empty())
                    row += " (" + meaning + ")";
            }
        }
        while (!row.empty() && row.back() == ' ')
            row.pop_back();
        out += row + "\n";
    }
    if (!img.exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionEntry& e : img.exception_table) {
            uint64_t last = e.end > e.start ? uint64_t{e.end - 1} * 4 : uint64_t{e.start} * 4;
            out += "  " + std::to_string(uint64_t{e.start} * 4) + " to " + std::to_string(last) + " -> " +
                   std::to_string(uint64_t{e.handler} * 4) + " [" + std::to_string(e.depth) + "]\n";
        }
    }
}

} // namespace

std::string constant_repr(const Constant& c) {
    return repr(c, 0);
}

std::string disassemble(const CodeImage& image) {
    // Depth-first pre-order over nested code constants, like dis, with an explicit stack
    // (no recursion: nesting depth comes from the input). The visit count is bounded so a
    // hostile image that shares one code object many times cannot blow up the output.
    std::string out;
    std::vector<const CodeImage*> stack{&image};
    size_t visited = 0;
    while (!stack.empty() && visited < 100000) {
        const CodeImage& img = *stack.back();
        stack.pop_back();
        if (visited++ != 0)
            out += "\nDisassembly of " + code_header(img) + ":\n";
        listing(img, out);
        for (size_t i = img.consts.size(); i-- > 0;)
            if (img.consts[i].kind == Constant::Kind::Code && img.consts[i].code)
                stack.push_back(img.consts[i].code.get());
    }
    return out;
}

} // namespace bastion::bc
