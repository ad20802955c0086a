// test_images.h: helpers to build CodeImages by hand for the verifier and serial tests.
// Not a test itself (no *_test.cpp suffix).
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <string>

#include "bytecode/code_image.h"
#include "verify/verifier.h"

namespace bastion::test {

using bc::Op;

// One instruction unit.
inline uint32_t I(Op op, uint32_t arg = 0) { return bc::encode(op, arg); }

// A small valid function: consts [None, 1, "s"], names [x, print], locals [a, b], one cell
// [c] and one free variable [d]; code `return None`.
inline bc::CodeImage base_image() {
    bc::CodeImage img;
    img.consts = {bc::Constant::none(), bc::Constant::integer(1), bc::Constant::str("s")};
    img.names = {"x", "print"};
    img.varnames = {"a", "b"};
    img.cellvars = {"c"};
    img.freevars = {"d"};
    img.stacksize = 8;
    img.flags = bc::kCoOptimized | bc::kCoNewLocals;
    img.name = "f";
    img.qualname = "f";
    img.filename = "<test>";
    img.code = {I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)};
    return img;
}

inline bc::CodeImage with_code(std::initializer_list<uint32_t> code, uint32_t stacksize = 8) {
    bc::CodeImage img = base_image();
    img.code = code;
    img.stacksize = stacksize;
    return img;
}

inline std::shared_ptr<const bc::CodeImage> share(bc::CodeImage img) {
    return std::make_shared<const bc::CodeImage>(std::move(img));
}

inline ::testing::AssertionResult verifies(bc::CodeImage img) {
    auto r = verify::verify(share(std::move(img)));
    if (r.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << r.error().message();
}

inline ::testing::AssertionResult rejects(bc::CodeImage img, verify::Rule rule) {
    auto r = verify::verify(share(std::move(img)));
    if (r.ok())
        return ::testing::AssertionFailure() << "accepted; expected " << verify::rule_id(rule);
    if (r.error().rule != rule)
        return ::testing::AssertionFailure() << "expected " << verify::rule_id(rule) << ", got "
                                             << r.error().message();
    return ::testing::AssertionSuccess();
}

} // namespace bastion::test
