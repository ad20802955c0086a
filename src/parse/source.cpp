// source.cpp: prepare_source(), the step from raw bytes to the text the tokenizer reads:
// BOM, PEP 263 coding cookie, NUL bytes, strict UTF-8 validation and newline
// normalisation. CPython: Parser/tokenizer.c (check_coding_spec, decode_str).
#include <cstdio>
#include <string>

#include "parse/tokenizer.h"

namespace bastion::parse {
namespace {

Diagnostic syntax_error(std::string message, int32_t line, int32_t col) {
    return Diagnostic{DiagKind::SyntaxError, std::move(message), SourceSpan{line, col, line, col}};
}

// Length of the valid UTF-8 sequence at s[i], or 0 with `reason` set (Python's wording).
size_t utf8_sequence(std::string_view s, size_t i, const char*& reason) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F; // no encoded surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < n; ++k) {
        if (i + k >= s.size()) {
            reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = byte(i + k);
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            reason = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

// PEP 263: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
std::optional<std::string> coding_cookie(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        ++i;
    if (i >= line.size() || line[i] != '#')
        return std::nullopt;
    size_t at = line.find("coding", i);
    while (at != std::string_view::npos) {
        size_t j = at + 6;
        if (j < line.size() && (line[j] == ':' || line[j] == '=')) {
            ++j;
            while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
                ++j;
            size_t b = j;
            while (j < line.size() && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '-' ||
                                       line[j] == '_' || line[j] == '.'))
                ++j;
            if (j > b)
                return std::string(line.substr(b, j - b));
        }
        at = line.find("coding", at + 1);
    }
    return std::nullopt;
}

// CPython get_normal_name(): "utf-8", "iso-8859-1" or the name unchanged.
std::string normal_encoding_name(std::string name) {
    std::string low;
    for (char c : name)
        low += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto starts = [&](std::string_view p) { return low == p || low.rfind(std::string(p) + "-", 0) == 0; };
    if (starts("utf-8") || low == "utf8")
        return "utf-8";
    if (starts("latin-1") || starts("iso-8859-1") || starts("iso-latin-1") || low == "latin1")
        return "iso-8859-1";
    return name;
}

bool is_blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#')
            return true;
        if (c != ' ' && c != '\t' && c != '\f')
            return false;
    }
    return true;
}

} // namespace

Result<std::string, Diagnostic> prepare_source(std::string_view bytes) {
    bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (bom)
        bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos)
        return syntax_error("source code cannot contain null bytes", 0, 0);

    // The cookie may sit on line 1, or on line 2 when line 1 is blank or a comment.
    std::string encoding = "utf-8";
    size_t nl = bytes.find_first_of("\r\n");
    std::string_view line1 = bytes.substr(0, nl);
    std::optional<std::string> cookie = coding_cookie(line1);
    if (!cookie && nl != std::string_view::npos && is_blank_or_comment(line1)) {
        size_t start2 = nl + 1;
        if (bytes[nl] == '\r' && start2 < bytes.size() && bytes[start2] == '\n')
            ++start2;
        std::string_view rest = bytes.substr(start2);
        cookie = coding_cookie(rest.substr(0, rest.find_first_of("\r\n")));
    }
    if (cookie) {
        encoding = normal_encoding_name(*cookie);
        if (encoding != "utf-8" && encoding != "iso-8859-1")
            return syntax_error("unknown encoding: " + *cookie, 0, -1);
        if (bom && encoding != "utf-8")
            return syntax_error("encoding problem: " + encoding + " with BOM", 0, -1);
    }

    std::string out;
    out.reserve(bytes.size() + 1);
    int32_t line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < bytes.size();) {
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
            ++line;
            line_start = i;
            continue;
        }
        if (c == '\n') {
            out += '\n';
            ++i;
            ++line;
            line_start = i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        if (encoding == "iso-8859-1") {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
            ++i;
            continue;
        }
        const char* reason = nullptr;
        size_t n = utf8_sequence(bytes, i, reason);
        if (n == 0) {
            char buf[160];
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c,
                          i - line_start, reason);
            return syntax_error(buf, line, static_cast<int32_t>(i - line_start));
        }
        out.append(bytes.substr(i, n));
        i += n;
    }
    if (out.empty() || out.back() != '\n')
        out += '\n';
    return out;
}

} // namespace bastion::parse
