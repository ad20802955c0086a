// mutation_test.cpp: random instruction streams, operands and exception tables straight into
// the verifier (never a crash). The 100,000 seeded byte mutations of serialized images, which
// also RUN what verifies, are tests/unit/runtime/verify_mutation_run_test.cpp (they need the
// runtime).
#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "samples.h"
#include "verify/verifier.h"

namespace bastion::test {
namespace {

// Random instruction streams, operands and exception tables, straight into the verifier.
TEST(Mutation, RandomInstructionStreams) {
    std::mt19937_64 rng(42);
    size_t accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        bc::CodeImage img = *sample_module()->consts[0].code;
        img.stacksize = static_cast<uint32_t>(rng() % 8);
        size_t n = 1 + rng() % 24;
        img.code.clear();
        for (size_t k = 0; k < n; ++k) {
            // One stream in eight draws from stack-neutral opcodes only, so that some streams
            // verify whatever the table's size makes of the random draws.
            uint32_t op = i % 8 == 0 ? static_cast<uint32_t>(bc::Op::NOP)
                                     : static_cast<uint32_t>(rng() % (bc::kNumOps + 1));
            uint32_t arg = (rng() % 4 == 0) ? static_cast<uint32_t>(rng() % n) : static_cast<uint32_t>(rng() % 3);
            if (i % 8 == 0)
                arg = 0;
            img.code.push_back(op | (arg << 8));
        }
        // Half the streams end in a well-formed return, so that some short random prefixes
        // verify (the acceptance count must not hinge on one seed's luck as opcodes are added).
        if (rng() % 2) {
            img.code.push_back(static_cast<uint32_t>(bc::Op::LOAD_CONST));
            img.code.push_back(static_cast<uint32_t>(bc::Op::RETURN_VALUE));
        }
        img.exception_table.clear();
        for (uint64_t e = rng() % 3; e > 0; --e) {
            uint32_t s = static_cast<uint32_t>(rng() % n);
            img.exception_table.push_back({s, s + 1 + static_cast<uint32_t>(rng() % 4),
                                           static_cast<uint32_t>(rng() % n), static_cast<uint32_t>(rng() % 3)});
        }
        if (rng() % 2)
            img.flags |= bc::kCoGenerator;
        if (verify::verify(std::make_shared<const bc::CodeImage>(img)).ok())
            ++accepted;
    }
    EXPECT_GT(accepted, 0u);
    std::printf("accepted %zu of 20000\n", accepted);
}

} // namespace
} // namespace bastion::test
