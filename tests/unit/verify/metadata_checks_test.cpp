// metadata_checks_test.cpp: one accepted and one rejected image per metadata rule (sizes,
// counts, names, flags, constants, nesting, line table), asserting the rule id.
#include "test_images.h"

namespace bastion::test {
namespace {

using verify::Rule;

TEST(MetadataRules, StacksizeTooLarge) {
    bc::CodeImage img = base_image();
    img.stacksize = verify::kMaxStackSize;
    EXPECT_TRUE(verifies(img));
    img.stacksize = verify::kMaxStackSize + 1;
    EXPECT_TRUE(rejects(img, Rule::StacksizeTooLarge));
}

TEST(MetadataRules, BadArgCounts) {
    bc::CodeImage img = base_image(); // two locals
    img.argcount = 1;
    img.kwonlyargcount = 1;
    EXPECT_TRUE(verifies(img));
    img.flags |= bc::kCoVarargs;
    EXPECT_TRUE(rejects(img, Rule::BadArgCounts));
    img = base_image();
    img.argcount = 3;
    EXPECT_TRUE(rejects(img, Rule::BadArgCounts));
    img = base_image();
    img.argcount = 1;
    img.posonlyargcount = 2;
    EXPECT_TRUE(rejects(img, Rule::BadArgCounts));
    img.posonlyargcount = 1;
    img.flags |= bc::kCoVarkeywords;
    EXPECT_TRUE(verifies(img));
    img.argcount = UINT32_MAX;
    img.kwonlyargcount = UINT32_MAX; // the sum must not wrap
    EXPECT_TRUE(rejects(img, Rule::BadArgCounts));
}

TEST(MetadataRules, BadIdentifier) {
    bc::CodeImage img = base_image();
    img.varnames = {"a", ".0", "_x1", "\xc3\xa9t\xc3\xa9"}; // synthetic and non-ASCII names
    img.names = {"", "os.path", "x"};                      // from . import, import a.b
    EXPECT_TRUE(verifies(img));
    for (const char* bad : {"1a", "", "a b", "a-b", "\xff", ".", "..0"}) {
        bc::CodeImage v = base_image();
        v.varnames = {bad};
        EXPECT_TRUE(rejects(v, Rule::BadIdentifier)) << bad;
    }
    for (const char* bad : {"a..b", ".a", "a.", "a\n"}) {
        bc::CodeImage v = base_image();
        v.names = {bad};
        EXPECT_TRUE(rejects(v, Rule::BadIdentifier)) << bad;
    }
    img = base_image();
    img.freevars = {"\xed\xa0\x80"}; // a surrogate is not allowed in a name
    EXPECT_TRUE(rejects(img, Rule::BadIdentifier));
}

TEST(MetadataRules, DuplicateName) {
    bc::CodeImage img = base_image();
    img.varnames = {"a", "a"};
    EXPECT_TRUE(rejects(img, Rule::DuplicateName));
    img = base_image();
    img.freevars = {"c"}; // also a cell variable
    EXPECT_TRUE(rejects(img, Rule::DuplicateName));
    img = base_image();
    img.cellvars = {"a"}; // an argument captured by an inner function: in varnames and cellvars
    EXPECT_TRUE(verifies(img));
}

TEST(MetadataRules, BadCodeName) {
    bc::CodeImage img = base_image();
    img.name = "<module>";
    img.qualname = "f.<locals>.g";
    EXPECT_TRUE(verifies(img));
    img.name = "";
    EXPECT_TRUE(rejects(img, Rule::BadCodeName));
    img = base_image();
    img.qualname = "\xc0\x80";
    EXPECT_TRUE(rejects(img, Rule::BadCodeName));
    img = base_image();
    img.filename = "a\xff";
    EXPECT_TRUE(rejects(img, Rule::BadCodeName));
}

TEST(MetadataRules, BadConstant) {
    auto with_const = [](bc::Constant c) {
        bc::CodeImage img = base_image();
        img.consts.push_back(std::move(c));
        return img;
    };
    bc::Constant big = bc::Constant::integer(5);
    big.limbs = {1, 2, 3};
    EXPECT_TRUE(verifies(with_const(big)));
    big.limbs.push_back(0);
    EXPECT_TRUE(rejects(with_const(big), Rule::BadConstant)); // zero top limb
    bc::Constant negzero = bc::Constant::integer(0);
    negzero.negative = true;
    EXPECT_TRUE(rejects(with_const(negzero), Rule::BadConstant));
    EXPECT_TRUE(verifies(with_const(bc::Constant::str("\xed\xa0\x80")))); // a lone surrogate
    EXPECT_TRUE(rejects(with_const(bc::Constant::str("\xff")), Rule::BadConstant));
    EXPECT_TRUE(verifies(with_const(bc::Constant::bytes("\xff\x00"))));
    EXPECT_TRUE(rejects(with_const(bc::Constant::code_object(nullptr)), Rule::BadConstant));
    auto inner = share(base_image());
    EXPECT_TRUE(verifies(with_const(bc::Constant::code_object(inner))));
    EXPECT_TRUE(rejects(with_const(bc::Constant::tuple({bc::Constant::code_object(inner)})), Rule::BadConstant));
    EXPECT_TRUE(verifies(with_const(bc::Constant::frozenset({bc::Constant::integer(1), bc::Constant::str("a")}))));
    bc::Constant weird;
    weird.kind = static_cast<bc::Constant::Kind>(77);
    EXPECT_TRUE(rejects(with_const(weird), Rule::BadConstant));
}

TEST(MetadataRules, NestedCodeIsVerified) {
    bc::CodeImage bad_inner = with_code({I(Op::POP_TOP), I(Op::RETURN_VALUE)});
    bad_inner.name = "inner";
    bc::CodeImage outer = base_image();
    outer.consts.push_back(bc::Constant::code_object(share(bad_inner)));
    auto r = verify::verify(share(outer));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rule, Rule::StackUnderflow);
    EXPECT_EQ(r.error().code_name, "inner");
}

TEST(MetadataRules, NestingTooDeep) {
    auto tuple_depth = [](uint32_t depth) {
        bc::Constant c = bc::Constant::none();
        for (uint32_t i = 0; i < depth; ++i)
            c = bc::Constant::tuple({std::move(c)});
        bc::CodeImage img = base_image();
        img.consts.push_back(std::move(c));
        return img;
    };
    // The image is depth 0, its constants 1, so a None under 199 tuples sits at depth 200.
    EXPECT_TRUE(verifies(tuple_depth(verify::kMaxNesting - 1)));
    EXPECT_TRUE(rejects(tuple_depth(verify::kMaxNesting), Rule::NestingTooDeep));
    auto code_depth = [](uint32_t depth) {
        auto img = share(base_image());
        for (uint32_t i = 0; i < depth; ++i) {
            bc::CodeImage outer = base_image();
            outer.consts.push_back(bc::Constant::code_object(img));
            img = share(outer);
        }
        return img;
    };
    // The innermost image has constants, one level below it.
    EXPECT_TRUE(verify::verify(code_depth(verify::kMaxNesting - 1)).ok());
    auto r = verify::verify(code_depth(verify::kMaxNesting));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rule, Rule::NestingTooDeep);
}

TEST(MetadataRules, BadFlags) {
    bc::CodeImage img = base_image();
    img.flags = 0x3FF & ~(bc::kCoCoroutine | bc::kCoAsyncGenerator | bc::kCoNoFree);
    EXPECT_TRUE(verifies(img));
    img.flags = 0x400;
    EXPECT_TRUE(rejects(img, Rule::BadFlags));
    img.flags = 0x80000000u;
    EXPECT_TRUE(rejects(img, Rule::BadFlags));
}

TEST(MetadataRules, FlagsConflict) {
    bc::CodeImage img = base_image();
    img.flags = bc::kCoGenerator | bc::kCoCoroutine;
    EXPECT_TRUE(rejects(img, Rule::FlagsConflict));
    img.flags = bc::kCoIterableCoroutine;
    EXPECT_TRUE(rejects(img, Rule::FlagsConflict));
    img.flags = bc::kCoNoFree; // but base_image has a cell and a free variable
    EXPECT_TRUE(rejects(img, Rule::FlagsConflict));
    img.cellvars.clear();
    img.freevars.clear();
    img.code = {I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)};
    EXPECT_TRUE(verifies(img));
    img.flags = bc::kCoGenerator | bc::kCoIterableCoroutine;
    EXPECT_TRUE(verifies(img));
}

TEST(MetadataRules, BadLineTable) {
    bc::CodeImage img = base_image(); // two units
    img.line_table = {{0, 1}, {1, 3}, {1, 4}};
    EXPECT_TRUE(verifies(img));
    img.line_table = {{0, 1}, {2, 3}};
    EXPECT_TRUE(rejects(img, Rule::BadLineTable));
    img.line_table = {{1, 1}, {0, 3}};
    EXPECT_TRUE(rejects(img, Rule::BadLineTable));
}

} // namespace
} // namespace bastion::test
