// traceback_carets.cpp: the column markers under a traceback's source line — CPython 3.11's
// tb_displayline: `^^^` under the failing instruction's source span, or `~~^~~` when the
// span is one binary operation (the operator gets `^`) or one subscript (the brackets get
// `^`), found by parsing the span's text again. No markers when the span covers the whole
// stripped line, or when the position or the source is not known. Positions come from the
// code image, which a program can replace (code.replace, marshal): every offset is clamped
// to the line it is applied to, so a wrong position gives wrong markers, never a bad read.
#include <algorithm>
#include <cstdint>

#include "parse/parser.h"
#include "vm/traceback.h"

namespace bastion {

namespace {

constexpr int64_t kSourceLineIndent = 4; // CPython's _TRACEBACK_SOURCE_LINE_INDENT

// CPython's IS_WHITESPACE in traceback.c.
bool is_marker_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Code points in the first `byte_offset` bytes of `s` (CPython's
// _PyPegen_byte_offset_to_character_offset, for valid UTF-8).
int64_t char_offset(std::string_view s, std::size_t byte_offset) {
    byte_offset = std::min(byte_offset, s.size());
    int64_t n = 0;
    for (std::size_t i = 0; i < byte_offset; ++i)
        n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

// The byte offset of code point `chars` in `s` (the end when past it).
std::size_t byte_offset_of(std::string_view s, int64_t chars) {
    if (chars <= 0)
        return 0;
    int64_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (n == chars)
                return i;
            ++n;
        }
    }
    return s.size();
}

// A column of a parsed segment as a byte offset inside it.
std::size_t segment_col(std::string_view segment, int32_t col) {
    return col < 0 ? 0 : std::min(static_cast<std::size_t>(col), segment.size());
}

} // namespace

bool caret_anchors(std::string_view segment, int64_t* left, int64_t* right) {
    auto parsed = parse::parse_module(segment, "<traceback>");
    if (!parsed.ok())
        return false;
    const parse::ast::Module* module = parsed.value().root;
    if (module == nullptr || module->body.size() != 1 || module->body[0]->kind != parse::ast::StmtKind::Expr)
        return false;
    const parse::ast::Expr* e = parse::ast::cast<parse::ast::ExprStmt>(module->body[0])->value;
    std::size_t l = 0, r = 0;
    if (const auto* b = parse::ast::as<parse::ast::BinOp>(e)) {
        // The operator: the first non-space between the operands, two characters for
        // `//`, `**`, `<<`, `>>` and `@=`-like spellings.
        std::size_t from = segment_col(segment, b->left->span.end_col);
        std::size_t to = segment_col(segment, b->right->span.col);
        std::size_t i = from;
        while (i < to && is_marker_space(segment[i]))
            ++i;
        if (i >= to)
            return false; // CPython leaves the anchors unset: plain markers
        l = i;
        r = i + 1;
        if (i + 1 < to && !is_marker_space(segment[i + 1]))
            ++r;
    } else if (const auto* s = parse::ast::as<parse::ast::Subscript>(e)) {
        l = segment_col(segment, s->value->span.end_col);
        r = segment_col(segment, s->slice->span.end_col) + 1;
    } else {
        return false;
    }
    *left = char_offset(segment, l);
    *right = char_offset(segment, r);
    return true;
}

std::string traceback_caret_line(std::string_view line, const bc::LineEntry* pos) {
    if (pos == nullptr || pos->line == 0 || pos->end_line == 0 || pos->col == bc::kNoColumn ||
        pos->end_col == bc::kNoColumn)
        return {};
    int64_t len = char_offset(line, line.size());
    int64_t indent = 0; // leading spaces, tabs and form feeds (ASCII: bytes are characters)
    while (indent < len && (line[static_cast<std::size_t>(indent)] == ' ' || line[static_cast<std::size_t>(indent)] == '\t' ||
                            line[static_cast<std::size_t>(indent)] == '\f'))
        ++indent;
    int64_t start = char_offset(line, pos->col);
    int64_t end = char_offset(line, pos->end_col);
    int64_t left = -1, right = -1;
    char primary = '^', secondary = '^';
    if (pos->line == pos->end_line) {
        std::size_t from = byte_offset_of(line, start), to = byte_offset_of(line, end);
        int64_t l = 0, r = 0;
        if (from < to && caret_anchors(line.substr(from, to - from), &l, &r)) {
            left = l + start;
            right = r + start;
            primary = '~';
        }
    } else {
        // A span running onto later lines: mark to the last non-space of this one.
        int64_t i = len;
        while (--i >= 0 && is_marker_space(line[byte_offset_of(line, i)])) {
        }
        end = i + 1;
    }
    bool has_secondary = left != -1 || right != -1;
    if (end - start == len - indent && !has_secondary)
        return {};
    if (left == -1)
        left = end;
    if (right == -1)
        right = end;
    std::string out;
    // CPython counts from the stripped line's start less the 4-space indent it prints.
    for (int64_t offset = indent - kSourceLineIndent + 1; offset <= end; ++offset) {
        if (offset <= start)
            out += ' ';
        else if (left < offset && offset <= right)
            out += secondary;
        else
            out += primary;
    }
    return out;
}

} // namespace bastion
