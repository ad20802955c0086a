// verifier_test.cpp: the public API: rule catalogue, messages, VerifiedCode, shared nested
// images; and, when the compiler is present, every compiled snippet must verify.
#include <set>

#include "test_images.h"

namespace bastion::test {
namespace {

using verify::Rule;

TEST(Verifier, RuleIdsAreUniqueSnakeCase) {
    std::set<std::string_view> seen;
    std::vector<Rule> all = {
#define RULE(id, name, doc) Rule::id,
#include "verify/rules.def"
#undef RULE
    };
    for (Rule r : all) {
        std::string_view id = verify::rule_id(r);
        EXPECT_TRUE(seen.insert(id).second) << id;
        EXPECT_FALSE(id.empty());
        for (char c : id)
            EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << id;
        EXPECT_FALSE(verify::rule_doc(r).empty());
    }
    EXPECT_EQ(verify::rule_id(Rule::StackUnderflow), "stack_underflow");
    EXPECT_EQ(verify::rule_id(Rule::JumpOutOfRange), "jump_out_of_range");
    EXPECT_EQ(verify::rule_id(Rule::ConstIndex), "const_index");
}

TEST(Verifier, MessageFormat) {
    verify::VerifyError e{Rule::StackUnderflow, 12, "g", "POP_TOP 0 pops 1 of a stack holding 0"};
    EXPECT_EQ(e.message(), "verification failed in g at offset 12: stack_underflow: POP_TOP 0 pops 1 of a stack holding 0");
}

TEST(Verifier, InvalidNamesAreEscapedInMessages) {
    bc::CodeImage img = base_image();
    img.name = "bad\xff\n";
    auto r = verify::verify(share(img));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rule, Rule::BadCodeName);
    EXPECT_EQ(r.error().code_name, "'bad\\xff\\x0a'");
}

TEST(Verifier, VerifiedCodeGivesNestedImages) {
    auto inner = share(base_image());
    bc::CodeImage outer = base_image();
    outer.consts.push_back(bc::Constant::code_object(inner));
    outer.consts.push_back(bc::Constant::code_object(inner)); // shared: verified once
    auto r = verify::verify(share(outer));
    ASSERT_TRUE(r.ok());
    verify::VerifiedCode code = r.value();
    EXPECT_EQ(code.image().consts.size(), 5u);
    EXPECT_EQ(code.nested(3).shared_image(), inner);
    EXPECT_EQ(&code.nested(4).image(), inner.get());
}

TEST(Verifier, WideDagOfSharedImagesIsLinear) {
    // 40 levels, each with two references to the level below: 2^40 paths, 40 images.
    auto img = share(base_image());
    for (int i = 0; i < 40; ++i) {
        bc::CodeImage outer = base_image();
        outer.consts.push_back(bc::Constant::code_object(img));
        outer.consts.push_back(bc::Constant::code_object(img));
        img = share(outer);
    }
    EXPECT_TRUE(verify::verify(img).ok());
}

} // namespace
} // namespace bastion::test
