// numbers_int_mpn_test.cpp: the in-place mpn operators (objects/int_mpn.cpp) against GMP's
// mpz on seeded random operands: every sign combination, 0–12 limbs, limb patterns that
// stress carries and borrows (all ones, runs of zeros), small ints on either side.
#include <gmp.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "objects/int_mpn.h"
#include "objects/int_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {
namespace {

struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

void to_mpz(Value x, Mpz& out) {
    bigint::BigInt b = int_to_bigint(x);
    mpz_import(out.v, b.mag.size(), -1, sizeof(uint64_t), 0, 0, b.mag.data());
    if (b.negative)
        mpz_neg(out.v, out.v);
}

bool equal(Value x, const Mpz& want) {
    Mpz got;
    to_mpz(x, got);
    return mpz_cmp(got.v, want.v) == 0;
}

std::vector<uint64_t> random_limbs(std::mt19937_64& rng) {
    std::size_t n = rng() % 13;
    std::vector<uint64_t> limbs(n);
    for (auto& l : limbs) {
        switch (rng() % 4) {
        case 0: l = ~uint64_t{0}; break;
        case 1: l = 0; break;
        case 2: l = rng() % 4; break;
        default: l = rng(); break;
        }
    }
    return limbs;
}

TEST(IntMpn, MatchesMpzOnRandomOperands) {
    Interpreter interp;
    std::mt19937_64 rng(20261121);
    int checked = 0;
    for (int iter = 0; iter < 20000; ++iter) {
        std::vector<uint64_t> la = random_limbs(rng), lb = random_limbs(rng);
        auto ra = int_from_constant(interp, rng() & 1, la);
        auto rb = int_from_constant(interp, rng() & 1, lb);
        ASSERT_TRUE(ra.ok() && rb.ok());
        Value a = ra.value().get(), b = rb.value().get();
        Mpz ma, mb, want, want_r;
        to_mpz(a, ma);
        to_mpz(b, mb);

        auto sum = int_binary_op(interp, bc::BinaryOpKind::Add, a, b);
        mpz_add(want.v, ma.v, mb.v);
        ASSERT_TRUE(sum.ok() && equal(sum.value().get(), want)) << "add at " << iter;
        auto diff = int_binary_op(interp, bc::BinaryOpKind::Subtract, a, b);
        mpz_sub(want.v, ma.v, mb.v);
        ASSERT_TRUE(diff.ok() && equal(diff.value().get(), want)) << "sub at " << iter;
        auto prod = int_binary_op(interp, bc::BinaryOpKind::Multiply, a, b);
        mpz_mul(want.v, ma.v, mb.v);
        ASSERT_TRUE(prod.ok() && equal(prod.value().get(), want)) << "mul at " << iter;
        int cmp = mpz_cmp(ma.v, mb.v);
        EXPECT_EQ(int_compare(a, b), (cmp > 0) - (cmp < 0)) << "compare at " << iter;
        if (mpz_sgn(mb.v) != 0) {
            mpz_fdiv_qr(want.v, want_r.v, ma.v, mb.v);
            auto q = int_binary_op(interp, bc::BinaryOpKind::FloorDivide, a, b);
            auto r = int_binary_op(interp, bc::BinaryOpKind::Remainder, a, b);
            ASSERT_TRUE(q.ok() && equal(q.value().get(), want)) << "floordiv at " << iter;
            ASSERT_TRUE(r.ok() && equal(r.value().get(), want_r)) << "mod at " << iter;
            auto qr = int_divmod(interp, a, b);
            ASSERT_TRUE(qr.ok());
            auto* t = static_cast<TupleObject*>(qr.value().get().obj());
            ASSERT_TRUE(equal(t->at(0), want) && equal(t->at(1), want_r)) << "divmod at " << iter;
        }
        // Results are canonical: small ints are never boxed.
        int64_t small = 0;
        Value s = sum.value().get();
        if (int_to_i64(s, &small) && Value::fits_small(small)) {
            EXPECT_TRUE(s.is_small_int()) << "boxed small sum at " << iter;
        }
        ++checked;
    }
    EXPECT_EQ(checked, 20000);
}

} // namespace
} // namespace bastion
