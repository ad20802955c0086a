// serial_test.cpp: round trips of code images, constants and values; .bbc framing; and
// the reader's refusals (truncation at every length, bad tags, non-canonical ints, bad
// UTF-8, nesting, trailing bytes, counts larger than the input).
#include <gtest/gtest.h>

#include <cstring>

#include "samples.h"
#include "verify/verifier.h"

namespace bastion::test {
namespace {

using serial::LoadError;

std::span<const uint8_t> bytes_of(const std::string& s) { return serial::as_bytes(s); }

TEST(Serial, NestingLimitMatchesVerifier) { EXPECT_EQ(serial::kMaxNesting, verify::kMaxNesting); }

TEST(Serial, SampleVerifies) {
    auto r = verify::verify(sample_module());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
}

TEST(Serial, CodeRoundTripIsByteIdentical) {
    auto module = sample_module();
    std::string bytes = serial::write_code(*module);
    auto back = serial::read_code(bytes_of(bytes));
    ASSERT_TRUE(back.ok()) << back.error().message();
    EXPECT_EQ(serial::write_code(*back.value()), bytes);
    const bc::CodeImage& m = *back.value();
    EXPECT_EQ(m.code, module->code);
    EXPECT_EQ(m.names, module->names);
    EXPECT_EQ(m.name, "<module>");
    EXPECT_EQ(m.stacksize, 3u);
    ASSERT_EQ(m.consts.size(), module->consts.size());
    for (size_t i = 1; i < m.consts.size(); ++i)
        EXPECT_TRUE(m.consts[i].same_as(module->consts[i])) << i;
    const bc::CodeImage& f = *m.consts[0].code;
    EXPECT_EQ(f.argcount, 2u);
    EXPECT_EQ(f.varnames, module->consts[0].code->varnames);
    ASSERT_EQ(f.exception_table.size(), 1u);
    EXPECT_EQ(f.exception_table[0].handler, 4u);
    EXPECT_EQ(f.line_table.size(), 2u);
    EXPECT_EQ(f.consts[1].code->qualname, "f.<locals>.inner");
    EXPECT_TRUE(verify::verify(back.value()).ok());
}

TEST(Serial, ConstantRoundTrip) {
    auto module = sample_module();
    for (const bc::Constant& c : module->consts) {
        std::string bytes = serial::write_constant(c);
        auto back = serial::read_constant(bytes_of(bytes));
        ASSERT_TRUE(back.ok()) << back.error().message();
        EXPECT_EQ(serial::write_constant(back.value()), bytes);
        if (c.kind != bc::Constant::Kind::Code) {
            EXPECT_TRUE(back.value().same_as(c));
        }
    }
}

TEST(Serial, IntForms) {
    // Small ints use 'i' + 8 bytes; others 'l'.
    EXPECT_EQ(serial::write_constant(bc::Constant::integer(-1)), std::string("i\xff\xff\xff\xff\xff\xff\xff\xff", 9));
    EXPECT_EQ(serial::write_constant(bc::Constant::integer(0)).size(), 9u);
    bc::Constant big = bc::Constant::integer(0);
    big.limbs = {0x8000000000000000ull};
    EXPECT_EQ(serial::write_constant(big)[0], 'l');
    big.negative = true; // -2^63 fits int64
    EXPECT_EQ(serial::write_constant(big)[0], 'i');
    auto back = serial::read_constant(bytes_of(serial::write_constant(big)));
    ASSERT_TRUE(back.ok());
    int64_t v = 0;
    EXPECT_TRUE(back.value().int_fits_i64(&v));
    EXPECT_EQ(v, INT64_MIN);
}

TEST(Serial, ValueRoundTrip) {
    serial::Value v = sample_value(sample_module());
    std::string bytes = serial::write_value(v);
    auto back = serial::read_value(bytes_of(bytes));
    ASSERT_TRUE(back.ok()) << back.error().message();
    EXPECT_EQ(serial::write_value(back.value()), bytes);
    const serial::Value& top = back.value();
    ASSERT_EQ(top.items.size(), 4u);
    EXPECT_EQ(top.items[0].kind, serial::Value::Kind::Dict);
    EXPECT_EQ(top.items[0].items.size(), 4u);
    EXPECT_EQ(top.items[1].kind, serial::Value::Kind::Set);
    EXPECT_EQ(top.items[2].kind, serial::Value::Kind::Code);
    bc::Constant c;
    EXPECT_FALSE(top.to_constant(&c)); // holds a list
    EXPECT_TRUE(top.items[3].to_constant(&c));
    EXPECT_EQ(c.kind, bc::Constant::Kind::Complex);
    // A list cannot be a constant.
    EXPECT_EQ(serial::read_constant(bytes_of(serial::write_value(top.items[0]))).take_error().kind, LoadError::Kind::BadTag);
}

TEST(Serial, ReadValuePrefix) {
    std::string bytes = serial::write_constant(bc::Constant::integer(7)) + "tail";
    size_t used = 0;
    auto v = serial::read_value_prefix(bytes_of(bytes), &used);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(used, 9u);
    EXPECT_EQ(serial::read_value(bytes_of(bytes)).take_error().kind, LoadError::Kind::Trailing);
}

TEST(Serial, BbcRoundTripAndHeader) {
    std::string file = serial::write_bbc(*sample_module());
    ASSERT_GE(file.size(), 9u);
    EXPECT_EQ(file.substr(0, 4), "BSTN");
    EXPECT_EQ(file[4], 2); // format version 2: code records carry columns
    EXPECT_EQ(file[5], 0);
    EXPECT_EQ(file[6], 0);
    EXPECT_EQ(file[8], 'C');
    EXPECT_TRUE(serial::has_bbc_magic(bytes_of(file)));
    EXPECT_FALSE(serial::has_bbc_magic(bytes_of("print(1)\n")));
    auto back = serial::read_bbc(bytes_of(file));
    ASSERT_TRUE(back.ok()) << back.error().message();
    EXPECT_EQ(serial::write_bbc(*back.value()), file);

    std::string bad = file;
    bad[0] = 'X';
    EXPECT_EQ(serial::read_bbc(bytes_of(bad)).take_error().kind, LoadError::Kind::BadMagic);
    bad = file;
    bad[4] = 1; // version 1 (no columns) is no longer read
    EXPECT_EQ(serial::read_bbc(bytes_of(bad)).take_error().kind, LoadError::Kind::BadVersion);
    bad[4] = 3;
    EXPECT_EQ(serial::read_bbc(bytes_of(bad)).take_error().kind, LoadError::Kind::BadVersion);
    bad = file;
    bad[6] = 1;
    EXPECT_EQ(serial::read_bbc(bytes_of(bad)).take_error().kind, LoadError::Kind::BadFlags);
    EXPECT_EQ(serial::read_bbc(bytes_of(file + "x")).take_error().kind, LoadError::Kind::Trailing);
    EXPECT_EQ(serial::read_bbc({}).take_error().kind, LoadError::Kind::Truncated);
    EXPECT_EQ(serial::read_bbc(bytes_of("xy")).take_error().kind, LoadError::Kind::BadMagic);
}

TEST(Serial, EveryTruncationIsEof) {
    auto module = sample_module();
    std::string code = serial::write_code(*module);
    for (size_t n = 0; n < code.size(); ++n) {
        auto r = serial::read_code(bytes_of(code.substr(0, n)));
        ASSERT_FALSE(r.ok()) << n;
        EXPECT_EQ(r.error().kind, LoadError::Kind::Truncated) << n << ": " << r.error().detail;
        EXPECT_TRUE(r.error().is_eof());
        EXPECT_EQ(r.error().message(), "marshal data too short");
    }
    std::string file = serial::write_bbc(*module);
    for (size_t n = 0; n < file.size(); ++n) {
        auto r = serial::read_bbc(bytes_of(file.substr(0, n)));
        ASSERT_FALSE(r.ok()) << n;
        EXPECT_EQ(r.error().kind, LoadError::Kind::Truncated) << n;
    }
    std::string value = serial::write_value(sample_value(module));
    for (size_t n = 0; n < value.size(); ++n) {
        auto r = serial::read_value(bytes_of(value.substr(0, n)));
        ASSERT_FALSE(r.ok()) << n;
        EXPECT_EQ(r.error().kind, LoadError::Kind::Truncated) << n;
    }
}

TEST(Serial, BadData) {
    auto kind_of = [](const std::string& bytes) { return serial::read_value(bytes_of(bytes)).take_error().kind; };
    EXPECT_EQ(kind_of("?"), LoadError::Kind::BadTag);
    EXPECT_EQ(kind_of(std::string("l\x02\x01\x00\x00\x00", 6) + std::string(8, '\x01')), LoadError::Kind::BadValue);
    // 'l' with a zero top limb, with no limbs, and with a value that fits 'i'.
    EXPECT_EQ(kind_of(std::string("l\x00\x01\x00\x00\x00", 6) + std::string(8, '\0')), LoadError::Kind::BadValue);
    EXPECT_EQ(kind_of(std::string("l\x00\x00\x00\x00\x00", 6)), LoadError::Kind::BadValue);
    EXPECT_EQ(kind_of(std::string("l\x00\x01\x00\x00\x00\x05\0\0\0\0\0\0\0", 14)), LoadError::Kind::BadValue);
    // Invalid UTF-8 in a str; the same bytes are fine as bytes; a lone surrogate is fine in a str.
    EXPECT_EQ(kind_of(std::string("u\x01\x00\x00\x00\xff", 6)), LoadError::Kind::BadValue);
    EXPECT_TRUE(serial::read_value(bytes_of(std::string("b\x01\x00\x00\x00\xff", 6))).ok());
    EXPECT_TRUE(serial::read_value(bytes_of(std::string("u\x03\x00\x00\x00\xed\xa0\x80", 8))).ok());
    // A count far beyond the input fails before allocating.
    EXPECT_EQ(kind_of(std::string("(\xff\xff\xff\xff", 5)), LoadError::Kind::Truncated);
    EXPECT_EQ(kind_of(std::string("{\xff\xff\xff\x7f", 5) + "NN"), LoadError::Kind::Truncated);
    EXPECT_EQ(kind_of(std::string("u\xff\xff\xff\xff", 5)), LoadError::Kind::Truncated);
}

TEST(Serial, NamesMustBeStrictUtf8) {
    bc::CodeImage img = *sample_module();
    img.names.push_back("\xed\xa0\x80"); // a surrogate: fine in a str constant, not in a name
    auto r = serial::read_code(bytes_of(serial::write_code(img)));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LoadError::Kind::BadValue);
}

TEST(Serial, UnknownOpcodeRejectedEarly) {
    bc::CodeImage img = *sample_module();
    img.code.push_back(0xFF);
    auto r = serial::read_code(bytes_of(serial::write_code(img)));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LoadError::Kind::BadValue);
    EXPECT_NE(r.error().message().find("bad marshal data (unknown opcode 255"), std::string::npos);
}

TEST(Serial, NestingIsLimited) {
    auto nested = [](uint32_t depth) {
        std::string s;
        for (uint32_t i = 0; i < depth; ++i)
            s += std::string("(\x01\x00\x00\x00", 5);
        return s + "N";
    };
    EXPECT_TRUE(serial::read_value(bytes_of(nested(serial::kMaxNesting))).ok());
    EXPECT_EQ(serial::read_value(bytes_of(nested(serial::kMaxNesting + 1))).take_error().kind, LoadError::Kind::TooDeep);
    // A million levels: an error, not a stack overflow.
    EXPECT_EQ(serial::read_value(bytes_of(nested(1000000))).take_error().kind, LoadError::Kind::TooDeep);
    // The writer is iterative: a deep value can be written (and is then refused on reading).
    serial::Value v;
    for (int i = 0; i < 100000; ++i) {
        serial::Value outer;
        outer.kind = serial::Value::Kind::List;
        outer.items.push_back(std::move(v));
        v = std::move(outer);
    }
    std::string deep = serial::write_value(v);
    EXPECT_EQ(deep.size(), 100000u * 5 + 1);
    EXPECT_EQ(serial::read_value(bytes_of(deep)).take_error().kind, LoadError::Kind::TooDeep);
    // Tear down without recursing 100000 levels deep.
    while (!v.items.empty()) {
        serial::Value child = std::move(v.items[0]);
        v = std::move(child);
    }
}

TEST(Serial, CodeMustStartWithCodeTag) {
    EXPECT_EQ(serial::read_code(bytes_of("N")).take_error().kind, LoadError::Kind::BadTag);
    EXPECT_EQ(serial::read_code({}).take_error().kind, LoadError::Kind::Truncated);
}

} // namespace
} // namespace bastion::test
