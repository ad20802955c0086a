// text.cpp: UTF-8 and identifier predicates used by the verifier's metadata pass, and the
// escaping used to put untrusted names into messages. No Unicode tables: see is_identifier.
#include <cstdio>

#include "verify/checks.h"
#include "support/utf8.h"

namespace bastion::verify::detail {

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if none starts there.
size_t utf8_sequence(std::string_view s, size_t i, bool allow_surrogates) {
    auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
    uint8_t b0 = byte(i);
    if (b0 < 0x80)
        return 1;
    size_t len;
    uint32_t cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0Fu;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
    } else {
        return 0; // continuation byte, overlong 2-byte lead, or > U+13FFFF lead
    }
    if (s.size() - i < len)
        return 0;
    for (size_t k = 1; k < len; ++k) {
        uint8_t b = byte(i + k);
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (len == 3 && cp < 0x800)
        return 0; // overlong
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        return 0;
    if (cp >= 0xD800 && cp <= 0xDFFF && !allow_surrogates)
        return 0;
    return len;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

} // namespace

bool valid_utf8(std::string_view s, bool allow_surrogates) { return utf8_scan(s, allow_surrogates).ok; }

bool is_identifier(std::string_view s) {
    if (s.empty() || !valid_utf8(s, false))
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (static_cast<uint8_t>(c) >= 0x80)
            continue; // part of a non-ASCII code point: accepted as a letter
        if (is_ascii_letter(c))
            continue;
        if (i > 0 && is_ascii_digit(c))
            continue;
        return false;
    }
    return true;
}

bool is_synthetic_name(std::string_view s) {
    if (s.size() < 2 || s[0] != '.')
        return false;
    for (size_t i = 1; i < s.size(); ++i)
        if (!is_ascii_letter(s[i]) && !is_ascii_digit(s[i]))
            return false;
    return true;
}

bool is_name_entry(std::string_view s) {
    if (s.empty())
        return true;
    size_t begin = 0;
    while (true) {
        size_t dot = s.find('.', begin);
        std::string_view part = s.substr(begin, dot == std::string_view::npos ? std::string_view::npos : dot - begin);
        if (!is_identifier(part))
            return false;
        if (dot == std::string_view::npos)
            return true;
        begin = dot + 1;
    }
}

std::string quoted(std::string_view s) {
    constexpr size_t kMaxShown = 80;
    std::string out = "'";
    size_t i = 0;
    while (i < s.size() && i < kMaxShown) {
        size_t n = utf8_sequence(s, i, false);
        uint8_t b = static_cast<uint8_t>(s[i]);
        if (n == 0 || b < 0x20 || b == 0x7F || b == '\\' || b == '\'') {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", b);
            out += buf;
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    if (i < s.size())
        out += "...";
    out += "'";
    return out;
}

} // namespace bastion::verify::detail
