// tokenizer_test.cpp: unit tests for prepare_source() and the Tokenizer: token kinds and
// spans, INDENT/DEDENT, string prefixes, numbers, continuation lines and tokenizer errors.
#include <gtest/gtest.h>

#include "parse/tokenizer.h"

namespace bastion::parse {
namespace {

// Tokenizes `src` and returns "KIND:text" items joined by spaces, or "ERROR: msg".
std::string tokens(std::string_view src) {
    auto prepared = prepare_source(src);
    if (!prepared.ok())
        return "ERROR: " + prepared.error().message;
    std::string text = prepared.value();
    Tokenizer tok(text);
    std::string out;
    for (int guard = 0; guard < 10000; ++guard) {
        auto t = tok.next();
        if (!t.ok())
            return out + "ERROR: " + t.error().message;
        const Token& k = t.value();
        if (!out.empty())
            out += ' ';
        switch (k.kind) {
        case TokenKind::Name: out += "NAME:" + std::string(k.text); break;
        case TokenKind::Number: out += "NUM:" + std::string(k.text); break;
        case TokenKind::String: out += "STR:" + std::string(k.text); break;
        case TokenKind::Newline: out += "NL"; break;
        case TokenKind::Indent: out += "IN"; break;
        case TokenKind::Dedent: out += "DE"; break;
        case TokenKind::EndMarker: out += "END"; return out;
        default: out += std::string(token_spelling(k.kind)); break;
        }
    }
    return out;
}

Diagnostic first_error(std::string_view src) {
    auto prepared = prepare_source(src);
    if (!prepared.ok())
        return prepared.error();
    std::string text = prepared.value();
    Tokenizer tok(text);
    for (int guard = 0; guard < 100000; ++guard) {
        auto t = tok.next();
        if (!t.ok())
            return t.error();
        if (t.value().kind == TokenKind::EndMarker)
            break;
    }
    return Diagnostic{DiagKind::SyntaxError, "no error", {}};
}

TEST(Tokenizer, SimpleLine) {
    EXPECT_EQ(tokens("x = 1\n"), "NAME:x = NUM:1 NL END");
    EXPECT_EQ(tokens("x=1"), "NAME:x = NUM:1 NL END"); // implicit trailing newline
}

TEST(Tokenizer, KeywordsAndSoftKeywords) {
    EXPECT_EQ(tokens("if not x: pass\n"), "if not NAME:x : pass NL END");
    EXPECT_EQ(tokens("match case _\n"), "NAME:match NAME:case NAME:_ NL END");
}

TEST(Tokenizer, Operators) {
    EXPECT_EQ(tokens("a **= b //= c >>= d <<= e -> f := g ... h != i @= j\n"),
              "NAME:a **= NAME:b //= NAME:c >>= NAME:d <<= NAME:e -> NAME:f := NAME:g ... NAME:h != NAME:i @= "
              "NAME:j NL END");
    EXPECT_EQ(tokens("a.b\n"), "NAME:a . NAME:b NL END");
}

TEST(Tokenizer, IndentDedent) {
    EXPECT_EQ(tokens("if x:\n    y\n    if z:\n        w\nv\n"),
              "if NAME:x : NL IN NAME:y NL if NAME:z : NL IN NAME:w NL DE DE NAME:v NL END");
    // Blank and comment-only lines do not affect indentation.
    EXPECT_EQ(tokens("if x:\n\n    # c\n    y\n"), "if NAME:x : NL IN NAME:y NL DE END");
    // Dedents at EOF.
    EXPECT_EQ(tokens("if x:\n  if y:\n    z"), "if NAME:x : NL IN if NAME:y : NL IN NAME:z NL DE DE END");
}

TEST(Tokenizer, ImplicitJoiningAndContinuation) {
    EXPECT_EQ(tokens("x = (1,\n  2)\n"), "NAME:x = ( NUM:1 , NUM:2 ) NL END");
    EXPECT_EQ(tokens("x = 1 + \\\n  2\n"), "NAME:x = NUM:1 + NUM:2 NL END");
    EXPECT_EQ(tokens("x = [\n\n# c\n]\n"), "NAME:x = [ ] NL END");
}

TEST(Tokenizer, StringPrefixes) {
    for (const char* p : {"", "r", "u", "R", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB", "f", "F",
                          "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"}) {
        std::string src = std::string(p) + "'x'\n";
        EXPECT_EQ(tokens(src), "STR:" + std::string(p) + "'x' NL END") << p;
    }
    // Not prefixes: `ur` and `bu` are names followed by strings.
    EXPECT_EQ(tokens("ur'x'\n"), "NAME:ur STR:'x' NL END");
}

TEST(Tokenizer, TripleQuotedAndEscapes) {
    EXPECT_EQ(tokens("'''a\nb'''\n"), "STR:'''a\nb''' NL END");
    EXPECT_EQ(tokens("\"a\\\"b\"\n"), "STR:\"a\\\"b\" NL END");
    EXPECT_EQ(tokens("'a\\\nb'\n"), "STR:'a\\\nb' NL END");
    EXPECT_EQ(tokens("''\n"), "STR:'' NL END");
}

TEST(Tokenizer, Numbers) {
    EXPECT_EQ(tokens("1_000 0x_FF 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 1j 1.5J 0 00 0.0 1_0.0_1e1_0\n"),
              "NUM:1_000 NUM:0x_FF NUM:0o17 NUM:0b1_0 NUM:1.5 NUM:.5 NUM:5. NUM:1e10 NUM:1E-5 NUM:1j NUM:1.5J NUM:0 "
              "NUM:00 NUM:0.0 NUM:1_0.0_1e1_0 NL END");
    EXPECT_EQ(tokens("1if x else 2\n"), "NUM:1 if NAME:x else NUM:2 NL END");
}

TEST(Tokenizer, NumberErrors) {
    EXPECT_EQ(first_error("1_\n").message, "invalid decimal literal");
    EXPECT_EQ(first_error("1__0\n").message, "invalid decimal literal");
    EXPECT_EQ(first_error("0x\n").message, "invalid hexadecimal literal");
    EXPECT_EQ(first_error("0o8\n").message, "invalid digit '8' in octal literal");
    EXPECT_EQ(first_error("0b2\n").message, "invalid digit '2' in binary literal");
    EXPECT_EQ(first_error("012\n").message,
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    EXPECT_EQ(first_error("1abc\n").message, "invalid decimal literal");
    EXPECT_EQ(first_error("1e\n").message, "invalid decimal literal");
}

TEST(Tokenizer, Spans) {
    auto text = prepare_source("if x:\n    yy = 'a\\\nb'\n").value();
    Tokenizer tok(text);
    std::vector<Token> all;
    for (;;) {
        auto t = tok.next();
        ASSERT_TRUE(t.ok());
        all.push_back(t.value());
        if (all.back().kind == TokenKind::EndMarker)
            break;
    }
    // if x : NL INDENT yy = STRING NL DEDENT END
    ASSERT_GE(all.size(), 9u);
    EXPECT_EQ(all[5].text, "yy");
    EXPECT_EQ(all[5].span.line, 2);
    EXPECT_EQ(all[5].span.col, 4);
    EXPECT_EQ(all[5].span.end_col, 6);
    EXPECT_EQ(all[7].kind, TokenKind::String);
    EXPECT_EQ(all[7].span.line, 2);
    EXPECT_EQ(all[7].span.col, 9);
    EXPECT_EQ(all[7].span.end_line, 3);
    EXPECT_EQ(all[7].span.end_col, 2);
}

TEST(Tokenizer, OperatorAtEndOfLineBeforeBlankLines) {
    auto text = prepare_source("x = [1]\n\n\ny\n").value();
    Tokenizer tok(text);
    Token rsqb;
    for (;;) {
        auto t = tok.next();
        ASSERT_TRUE(t.ok());
        if (t.value().kind == TokenKind::RSqb)
            rsqb = t.value();
        if (t.value().kind == TokenKind::EndMarker)
            break;
    }
    EXPECT_EQ(rsqb.span.line, 1);
    EXPECT_EQ(rsqb.span.col, 6);
    EXPECT_EQ(rsqb.span.end_line, 1);
    EXPECT_EQ(rsqb.span.end_col, 7);
}

TEST(Tokenizer, IndentationErrors) {
    Diagnostic tab = first_error("if x:\n\ta\n        b\n");
    EXPECT_EQ(tab.kind, DiagKind::TabError);
    EXPECT_EQ(tab.message, "inconsistent use of tabs and spaces in indentation");
    EXPECT_EQ(tab.span.line, 3);
    Diagnostic dedent = first_error("if x:\n    a\n  b\n");
    EXPECT_EQ(dedent.kind, DiagKind::IndentationError);
    EXPECT_EQ(dedent.message, "unindent does not match any outer indentation level");
    EXPECT_EQ(dedent.span.line, 3);
}

TEST(Tokenizer, BracketErrors) {
    EXPECT_EQ(first_error("x = )\n").message, "unmatched ')'");
    EXPECT_EQ(first_error("x = (]\n").message, "closing parenthesis ']' does not match opening parenthesis '('");
    EXPECT_EQ(first_error("x = (\n]\n").message,
              "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    Diagnostic open = first_error("x = (1,\n");
    EXPECT_EQ(open.message, "'(' was never closed");
    EXPECT_EQ(open.span.line, 1);
    EXPECT_EQ(open.span.col, 4);
}

TEST(Tokenizer, StringErrors) {
    Diagnostic d = first_error("x = \"abc\n");
    EXPECT_EQ(d.message, "unterminated string literal (detected at line 1)");
    EXPECT_EQ(d.span.line, 1);
    EXPECT_EQ(d.span.col, 4);
    Diagnostic t = first_error("x = '''abc\n\n");
    EXPECT_EQ(t.message, "unterminated triple-quoted string literal (detected at line 2)");
    EXPECT_EQ(t.span.line, 1);
}

TEST(Tokenizer, ContinuationErrors) {
    EXPECT_EQ(first_error("x = \\ 1\n").message, "unexpected character after line continuation character");
    EXPECT_EQ(first_error("x = 1 \\").message, "unexpected EOF while parsing");
}

TEST(Tokenizer, NonPrintable) { EXPECT_EQ(first_error("\x01\n").message, "invalid non-printable character U+0001"); }

TEST(PrepareSource, BomCookieNewlines) {
    EXPECT_EQ(prepare_source("\xEF\xBB\xBFx=1").value(), "x=1\n");
    EXPECT_EQ(prepare_source("a\r\nb\rc").value(), "a\nb\nc\n");
    EXPECT_EQ(prepare_source("# -*- coding: utf-8 -*-\nx\n").value(), "# -*- coding: utf-8 -*-\nx\n");
    // latin-1 is transcoded to UTF-8.
    EXPECT_EQ(prepare_source("# coding: latin-1\nx='\xE9'\n").value(), "# coding: latin-1\nx='\xC3\xA9'\n");
    EXPECT_EQ(prepare_source("# coding: foo\nx=1\n").take_error().message, "unknown encoding: foo");
    EXPECT_EQ(prepare_source("\xEF\xBB\xBF# coding: latin-1\n").take_error().message,
              "encoding problem: iso-8859-1 with BOM");
}

TEST(PrepareSource, RejectsBadBytes) {
    EXPECT_EQ(prepare_source(std::string_view("x = 1\0\n", 7)).take_error().message,
              "source code cannot contain null bytes");
    Diagnostic d = prepare_source("x = 1\ny = '\xff'\n").take_error();
    EXPECT_EQ(d.message, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
    EXPECT_EQ(d.span.line, 2);
    EXPECT_EQ(prepare_source("\xED\xA0\x80").take_error().message,
              "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    EXPECT_EQ(prepare_source("\xC3").take_error().message,
              "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data");
}

} // namespace
} // namespace bastion::parse
