// static_checks_test.cpp: one accepted and one rejected image per static rule (sizes,
// opcodes, operand kinds), asserting the rule id.
#include "test_images.h"

namespace bastion::test {
namespace {

using verify::Rule;

TEST(StaticRules, NullImage) {
    auto r = verify::verify(nullptr);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rule, Rule::NullImage);
    EXPECT_TRUE(verifies(base_image()));
}

TEST(StaticRules, EmptyCode) {
    EXPECT_TRUE(rejects(with_code({}), Rule::EmptyCode));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, CodeTooLarge) {
    bc::CodeImage img = base_image();
    img.code.assign(verify::kMaxCodeUnits, I(Op::NOP));
    img.code[img.code.size() - 2] = I(Op::LOAD_CONST, 0);
    img.code[img.code.size() - 1] = I(Op::RETURN_VALUE);
    EXPECT_TRUE(verifies(img)); // exactly at the limit, and verified in linear time
    img.code.insert(img.code.begin(), I(Op::NOP));
    EXPECT_TRUE(rejects(img, Rule::CodeTooLarge));
}

TEST(StaticRules, BadOpcode) {
    EXPECT_TRUE(rejects(with_code({bc::kNumOps, I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}), Rule::BadOpcode));
    EXPECT_TRUE(rejects(with_code({0xFF, I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}), Rule::BadOpcode));
    // The last valid opcode, used correctly.
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::COPY_DICT_WITHOUT_KEYS),
                                    I(Op::POP_TOP), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, UnreachableUnitsAreCheckedToo) {
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE), I(Op::LOAD_CONST, 200)}),
                        Rule::ConstIndex));
}

TEST(StaticRules, NonzeroOperand) {
    EXPECT_TRUE(rejects(with_code({I(Op::NOP, 1), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}), Rule::NonzeroOperand));
    EXPECT_TRUE(verifies(with_code({I(Op::NOP, 0), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, BadStackIndex) {
    auto two = [](uint32_t unit) {
        return with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 1), unit, I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(two(I(Op::COPY, 0)), Rule::BadStackIndex));
    EXPECT_TRUE(rejects(two(I(Op::SWAP, 1)), Rule::BadStackIndex));
    EXPECT_TRUE(rejects(two(I(Op::SWAP, 0)), Rule::BadStackIndex));
    EXPECT_TRUE(rejects(two(I(Op::LIST_APPEND, 0)), Rule::BadStackIndex));
    EXPECT_TRUE(verifies(two(I(Op::SWAP, 2))));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::COPY, 1), I(Op::POP_TOP), I(Op::RETURN_VALUE)})));
    EXPECT_TRUE(verifies(with_code({I(Op::BUILD_LIST, 0), I(Op::LOAD_CONST, 1), I(Op::LIST_APPEND, 1),
                                    I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, ConstIndex) {
    // SPEC: CPython segfaults on this; Bastion refuses it.
    bc::CodeImage img = with_code({I(Op::LOAD_CONST, 200), I(Op::RETURN_VALUE)});
    img.consts = {bc::Constant::none()};
    EXPECT_TRUE(rejects(img, Rule::ConstIndex));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 3), I(Op::RETURN_VALUE)}), Rule::ConstIndex));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 2), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, NameIndex) {
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_GLOBAL, 2), I(Op::RETURN_VALUE)}), Rule::NameIndex));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_ATTR, 9), I(Op::RETURN_VALUE)}), Rule::NameIndex));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_GLOBAL, 1), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, LocalIndex) {
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_FAST, 2), I(Op::RETURN_VALUE)}), Rule::LocalIndex));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::STORE_FAST, 5), I(Op::LOAD_CONST, 0),
                                   I(Op::RETURN_VALUE)}),
                        Rule::LocalIndex));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_FAST, 1), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, DerefIndex) {
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_DEREF, 2), I(Op::RETURN_VALUE)}), Rule::DerefIndex));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_DEREF, 1), I(Op::RETURN_VALUE)}))); // the free variable
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CLOSURE, 0), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, JumpOutOfRange) {
    EXPECT_TRUE(rejects(with_code({I(Op::JUMP, 2), I(Op::RETURN_VALUE)}), Rule::JumpOutOfRange));
    EXPECT_TRUE(rejects(with_code({I(Op::JUMP, bc::kMaxArg), I(Op::RETURN_VALUE)}), Rule::JumpOutOfRange));
    EXPECT_TRUE(verifies(with_code({I(Op::JUMP, 2), I(Op::NOP), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, BadBinaryOp) {
    auto bin = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 1), I(Op::LOAD_CONST, 1), I(Op::BINARY_OP, k), I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(bin(bc::kNumBinaryOps), Rule::BadBinaryOp));
    EXPECT_TRUE(verifies(bin(bc::kNumBinaryOps - 1)));
}

TEST(StaticRules, BadCompareOp) {
    auto cmp = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 1), I(Op::LOAD_CONST, 1), I(Op::COMPARE_OP, k), I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(cmp(bc::kNumCompareOps), Rule::BadCompareOp));
    EXPECT_TRUE(verifies(cmp(bc::kNumCompareOps - 1)));
}

TEST(StaticRules, BadInvert) {
    auto is_op = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 1), I(Op::LOAD_CONST, 1), I(Op::IS_OP, k), I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(is_op(2), Rule::BadInvert));
    EXPECT_TRUE(verifies(is_op(1)));
}

TEST(StaticRules, BadSliceArity) {
    auto slice = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::BUILD_SLICE, k),
                          I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(slice(1), Rule::BadSliceArity));
    EXPECT_TRUE(rejects(slice(4), Rule::BadSliceArity));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::BUILD_SLICE, 2),
                                    I(Op::RETURN_VALUE)})));
}

TEST(StaticRules, BadRaiseForm) {
    auto raise = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::RAISE_VARARGS, k)});
    };
    EXPECT_TRUE(rejects(raise(3), Rule::BadRaiseForm));
    EXPECT_TRUE(verifies(raise(2)));
}

TEST(StaticRules, BadFunctionFlags) {
    auto make = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0),
                          I(Op::LOAD_CONST, 0), I(Op::MAKE_FUNCTION, k), I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(make(16), Rule::BadFunctionFlags));
    EXPECT_TRUE(verifies(make(15)));
}

TEST(StaticRules, BadFormatFlags) {
    auto fmt = [](uint32_t k) {
        return with_code({I(Op::LOAD_CONST, 1), I(Op::LOAD_CONST, 2), I(Op::FORMAT_VALUE, k), I(Op::RETURN_VALUE)});
    };
    EXPECT_TRUE(rejects(fmt(8), Rule::BadFormatFlags));
    EXPECT_TRUE(verifies(fmt(7)));
}

TEST(StaticRules, BadUnpackEx) {
    auto unpack = [](uint32_t before, uint32_t after, uint32_t stack) {
        bc::CodeImage img = with_code({I(Op::LOAD_CONST, 0), I(Op::UNPACK_EX, before | (after << 12)),
                                       I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)});
        img.stacksize = stack;
        return img;
    };
    EXPECT_TRUE(rejects(unpack(4095, 1, 5000), Rule::BadUnpackEx));
    EXPECT_TRUE(rejects(unpack(4095, 4095, 9000), Rule::BadUnpackEx));
    EXPECT_TRUE(verifies(unpack(2, 1, 8)));
    EXPECT_TRUE(verifies(unpack(4000, 95, 4100)));
}

TEST(StaticRules, BadImmediate) {
    auto await_ = [](uint32_t k) {
        bc::CodeImage img = with_code({I(Op::LOAD_CONST, 0), I(Op::GET_AWAITABLE, k), I(Op::RETURN_VALUE)});
        img.flags |= bc::kCoCoroutine;
        return img;
    };
    EXPECT_TRUE(rejects(await_(3), Rule::BadImmediate));
    EXPECT_TRUE(verifies(await_(2)));
}

TEST(StaticRules, YieldOutsideGenerator) {
    bc::CodeImage img = with_code({I(Op::LOAD_CONST, 0), I(Op::YIELD_VALUE), I(Op::RETURN_VALUE)});
    EXPECT_TRUE(rejects(img, Rule::YieldOutsideGenerator));
    for (uint32_t flag : {bc::kCoGenerator, bc::kCoCoroutine, bc::kCoAsyncGenerator}) {
        bc::CodeImage gen = img;
        gen.flags |= flag;
        EXPECT_TRUE(verifies(gen));
    }
}

// ASYNC_GEN_WRAP only in an async generator: its wrapped values mean something only to
// that generator's asend/athrow awaitables.
TEST(StaticRules, AsyncGenWrapOutsideAsyncGenerator) {
    bc::CodeImage img = with_code(
        {I(Op::LOAD_CONST, 0), I(Op::ASYNC_GEN_WRAP), I(Op::YIELD_VALUE), I(Op::RETURN_VALUE)});
    EXPECT_TRUE(rejects(img, Rule::YieldOutsideGenerator));
    for (uint32_t flag : {bc::kCoGenerator, bc::kCoCoroutine}) {
        bc::CodeImage other = img;
        other.flags |= flag;
        EXPECT_TRUE(rejects(other, Rule::YieldOutsideGenerator));
    }
    img.flags |= bc::kCoAsyncGenerator;
    EXPECT_TRUE(verifies(img));
}

TEST(StaticRules, OffsetsAreBytes) {
    auto r = verify::verify(share(with_code({I(Op::NOP), I(Op::NOP), I(Op::LOAD_CONST, 99), I(Op::RETURN_VALUE)})));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().offset, 8u);
    EXPECT_EQ(r.error().message(), "verification failed in f at offset 8: const_index: LOAD_CONST 99: co_consts has 3 items");
}

} // namespace
} // namespace bastion::test
