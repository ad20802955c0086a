// literals.cpp: NUMBER and STRING tokens -> Constant nodes: number normalisation, string
// prefixes, escape decoding for str and bytes, and implicit concatenation of adjacent
// literals (CPython: Parser/string_parser.c, Parser/action_helpers.c). The inside of
// f-strings is fstring.cpp's job.
#include <charconv>
#include <cstdio>

#include "parse/parser_impl.h"
#include "support/unicode_db.h"

namespace bastion::parse {

using namespace ast;

namespace {

// Decodes one code point of already-validated UTF-8 at s[i]; returns its length.
size_t utf8_decode(std::string_view s, size_t i, char32_t& cp) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if (c < 0xE0 && i + 1 < s.size()) {
        cp = (char32_t(c & 0x1F) << 6) | (b(i + 1) & 0x3F);
        return 2;
    }
    if (c < 0xF0 && i + 2 < s.size()) {
        cp = (char32_t(c & 0x0F) << 12) | (char32_t(b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
        return 3;
    }
    if (i + 3 < s.size()) {
        cp = (char32_t(c & 0x07) << 18) | (char32_t(b(i + 1) & 0x3F) << 12) | (char32_t(b(i + 2) & 0x3F) << 6) |
             (b(i + 3) & 0x3F);
        return 4;
    }
    cp = 0xFFFD;
    return 1;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

PResult<Expr*> Parser::number(const Token& t) {
    std::string clean;
    clean.reserve(t.text.size());
    for (char c : t.text)
        if (c != '_')
            clean += c;
    auto* c = make<Constant>(t.span);
    ConstantValue& v = c->value;
    auto lower = [](char ch) { return static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch); };
    bool radix = clean.size() > 1 && clean[0] == '0' &&
                 (lower(clean[1]) == 'x' || lower(clean[1]) == 'o' || lower(clean[1]) == 'b');
    char last = lower(clean.back());
    if (!radix && (last == 'j' || clean.find_first_of(".eE") != std::string::npos)) {
        std::string_view digits(clean);
        if (last == 'j') {
            digits.remove_suffix(1);
            v.kind = ConstantKind::Imaginary;
        } else {
            v.kind = ConstantKind::Float;
        }
        double d = 0;
        auto r = std::from_chars(digits.data(), digits.data() + digits.size(), d);
        if (r.ec == std::errc::result_out_of_range) {
            // Overflow gives inf like float('1e999'); underflow gives 0.0.
            size_t e = digits.find_first_of("eE");
            bool neg_exp = e != std::string_view::npos && e + 1 < digits.size() && digits[e + 1] == '-';
            bool zero_mantissa = digits.substr(0, e).find_first_of("123456789") == std::string_view::npos;
            d = (neg_exp || zero_mantissa) ? 0.0 : __builtin_inf();
        }
        v.float_value = d;
        return c;
    }
    v.kind = ConstantKind::Int;
    std::string digits;
    if (radix) {
        char b = lower(clean[1]);
        v.int_base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        digits = clean.substr(2);
    } else {
        v.int_base = 10;
        digits = clean;
    }
    for (char& ch : digits)
        ch = lower(ch);
    size_t nz = digits.find_first_not_of('0');
    digits = nz == std::string::npos ? "0" : digits.substr(nz);
    uint64_t acc = 0;
    bool fits = true;
    for (char ch : digits) {
        int d = hex_value(ch);
        if (acc > (static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(d)) / v.int_base) {
            fits = false;
            break;
        }
        acc = acc * v.int_base + static_cast<uint64_t>(d);
    }
    if (fits)
        v.int_value = static_cast<int64_t>(acc);
    v.text = std::move(digits);
    return c;
}

// Escape decoding for str literals (CPython: _PyUnicode_DecodeUnicodeEscapeInternal).
PResult<bool> Parser::decode_str(const StrPiece& p, std::string_view body, int32_t body_start, std::u32string& out) {
    (void)body_start;
    auto uerr = [&](size_t from, size_t to, const char* what) {
        char buf[200];
        std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                      from, to, what);
        return error(buf, p.token->span);
    };
    for (size_t i = 0; i < body.size();) {
        char c = body[i];
        if (c != '\\' || p.raw) {
            char32_t cp;
            i += utf8_decode(body, i, cp);
            out += cp;
            continue;
        }
        size_t esc = i;
        if (i + 1 >= body.size()) { // a lone trailing backslash cannot occur (the quote follows)
            out += U'\\';
            ++i;
            continue;
        }
        char e = body[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += U'\\'; break;
        case '\'': out += U'\''; break;
        case '"': out += U'"'; break;
        case 'a': out += U'\a'; break;
        case 'b': out += U'\b'; break;
        case 'f': out += U'\f'; break;
        case 'n': out += U'\n'; break;
        case 'r': out += U'\r'; break;
        case 't': out += U'\t'; break;
        case 'v': out += U'\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            char32_t v = static_cast<char32_t>(e - '0');
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
                v = v * 8 + static_cast<char32_t>(body[i++] - '0');
            out += v;
            break;
        }
        case 'x': case 'u': case 'U': {
            int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char32_t v = 0;
            int k = 0;
            for (; k < n && i < body.size() && hex_value(body[i]) >= 0; ++k)
                v = v * 16 + static_cast<char32_t>(hex_value(body[i++]));
            if (k < n)
                return uerr(esc, i - 1,
                            e == 'x' ? "truncated \\xXX escape"
                                     : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            if (v > 0x10FFFF)
                return uerr(esc, i - 1, "illegal Unicode character");
            out += v;
            break;
        }
        case 'N': {
            if (i >= body.size() || body[i] != '{')
                return uerr(esc, i - 1, "malformed \\N character escape");
            size_t close = body.find('}', i);
            if (close == i + 1) // CPython reports "\\N{" for an empty name
                return uerr(esc, i, "malformed \\N character escape");
            if (close == std::string_view::npos)
                return uerr(esc, body.size() - 1, "malformed \\N character escape");
            int32_t named = unicode::lookup_char(body.substr(i + 1, close - i - 1), true);
            i = close + 1;
            if (named < 0)
                return uerr(esc, i - 1, "unknown Unicode character name");
            out += static_cast<char32_t>(named);
            break;
        }
        default: // invalid escapes are kept (CPython only warns)
            out += U'\\';
            i -= 1;
            break;
        }
    }
    return true;
}

PResult<bool> Parser::decode_bytes(const StrPiece& p, std::string& out) {
    std::string_view body = p.body;
    for (char c : body)
        if (static_cast<unsigned char>(c) >= 0x80)
            return error("bytes can only contain ASCII literal characters", p.token->span);
    for (size_t i = 0; i < body.size();) {
        char c = body[i];
        if (c != '\\' || p.raw || i + 1 >= body.size()) {
            out += c;
            ++i;
            continue;
        }
        size_t esc = i;
        char e = body[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = static_cast<unsigned>(e - '0');
            for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
                v = v * 8 + static_cast<unsigned>(body[i++] - '0');
            out += static_cast<char>(v & 0xFF);
            break;
        }
        case 'x': {
            if (i + 1 >= body.size() + 0 || hex_value(body[i]) < 0 || i + 1 >= body.size() ||
                hex_value(body[i + 1]) < 0) {
                char buf[80];
                std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", esc);
                return error(buf, p.token->span);
            }
            out += static_cast<char>(hex_value(body[i]) * 16 + hex_value(body[i + 1]));
            i += 2;
            break;
        }
        default:
            out += '\\';
            i -= 1;
            break;
        }
    }
    return true;
}

// atom: STRING+ with implicit concatenation.
PResult<Expr*> Parser::strings() {
    std::vector<Token> toks;
    while (at(TokenKind::String))
        toks.push_back(m_ts.advance());
    std::vector<StrPiece> pieces;
    pieces.reserve(toks.size());
    bool any_bytes = false, any_str = false, any_f = false;
    for (const Token& t : toks) {
        StrPiece p{&t, false, false, false, false, {}, 0};
        size_t q = 0;
        while (t.text[q] != '\'' && t.text[q] != '"') {
            char c = static_cast<char>(t.text[q] | 0x20);
            p.bytes |= c == 'b';
            p.raw |= c == 'r';
            p.fmt |= c == 'f';
            p.u |= c == 'u';
            ++q;
        }
        size_t quote = (t.text.size() - q >= 6 && t.text[q + 1] == t.text[q] && t.text[q + 2] == t.text[q]) ? 3 : 1;
        p.body = t.text.substr(q + quote, t.text.size() - q - 2 * quote);
        p.body_start = t.start + static_cast<int32_t>(q + quote);
        any_bytes |= p.bytes;
        any_str |= !p.bytes;
        any_f |= p.fmt;
        pieces.push_back(p);
    }
    SourceSpan whole{toks.front().span.line, toks.front().span.col, toks.back().span.end_line,
                     toks.back().span.end_col};
    if (any_bytes && any_str)
        return error("cannot mix bytes and nonbytes literals", peek().span);
    if (any_bytes) {
        auto* c = make<Constant>(whole);
        c->value.kind = ConstantKind::Bytes;
        for (const StrPiece& p : pieces)
            BASTION_TRY(decode_bytes(p, c->value.text));
        return c;
    }
    if (!any_f) {
        auto* c = make<Constant>(whole);
        c->value.kind = ConstantKind::Str;
        c->kind_u = pieces.front().u;
        for (const StrPiece& p : pieces)
            BASTION_TRY(decode_str(p, p.body, p.body_start, c->value.str));
        return c;
    }
    auto* j = make<JoinedStr>(whole);
    std::u32string pending;
    for (const StrPiece& p : pieces) {
        if (p.fmt) {
            BASTION_TRY(fstring(p, j->values, pending, whole));
        } else {
            BASTION_TRY(decode_str(p, p.body, p.body_start, pending));
        }
    }
    if (!pending.empty()) {
        auto* c = make<Constant>(whole);
        c->value.kind = ConstantKind::Str;
        c->value.str = std::move(pending);
        j->values.push_back(c);
    }
    return j;
}

} // namespace bastion::parse
