// verify_mutation_run_test.cpp: 100,000 seeded mutations (tests/unit/serial/mutator.h) of
// valid serialized images — hand-built samples and compiled programs, as raw code, .bbc and
// marshal values — through read -> verify -> materialize -> RUN under a step budget and a
// memory limit (tests/fuzz/run_harness.h). Every mutant ends as a clean load error, a
// VerificationError, or a run that ends in a value or a Python exception; whatever is read
// back writes to the same bytes (the format is canonical). Never a crash, under ASan too.
#include <gtest/gtest.h>

#include <cstdio>

#include "../../fuzz/run_harness.h"
#include "../serial/mutator.h"
#include "../serial/samples.h"
#include "compile/compiler.h"

namespace bastion::test {
namespace {

// The same count in every build: under ASan+UBSan the test takes ~8 s of CPU (21-41 s wall on
// the loaded shared machine), against ~2.7 s in release.
constexpr int kMutants = 100000;

// Programs whose compiled images seed the pool: loops, handlers, generators, closures, classes.
constexpr const char* kPrograms[] = {
    "t = 0\nfor i in range(50):\n    if i % 3:\n        t += i\nr = t\n",
    "def f(x):\n    try:\n        return 10 // x\n    except ZeroDivisionError as e:\n        return str(e)\n    finally:\n        x = 0\nr = (f(0), f(2))\n",
    "def g(n):\n    for i in range(n):\n        yield i * i\nr = [v for v in g(5) if v]\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\nr = outer()()\n",
    "class A:\n    def __init__(self, v):\n        self.v = v\n    def m(self):\n        return self.v + 1\nr = A(3).m()\n",
    "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return True\nwith C() as c:\n    raise ValueError('x')\n",
    "def m(p):\n    match p:\n        case [1, *rest]:\n            return rest\n        case {'k': v}:\n            return v\n        case _:\n            return None\nr = m([1, 2]), m({'k': 3})\n",
    "s = 'a,b,c'.split(',')\nd = {k: len(k) for k in s}\nr = f'{d!r:>20}' + str(2 ** 70)\n",
};

std::vector<std::string> seed_pool() {
    auto module = sample_module();
    std::vector<std::string> pool = {serial::write_code(*module), serial::write_bbc(*module),
                                     serial::write_value(sample_value(module)),
                                     serial::write_code(*module->consts[0].code)};
    for (const char* src : kPrograms) {
        auto image = compile::compile_source(src, "<seed>", compile::CompileMode::Exec);
        if (!image.ok())
            continue;
        pool.push_back(serial::write_bbc(*image.value()));
        pool.push_back(serial::write_code(*image.value()));
    }
    return pool;
}

struct Counts {
    size_t loaded = 0, verified = 0, values = 0, exceptions = 0;
};

void run_one(Interpreter& interp, std::shared_ptr<const bc::CodeImage> image, Counts* c) {
    interp.steps_left = interp.limits.max_steps;
    bool verifies = verify::verify(image).ok();
    fuzz::Outcome outcome = fuzz::run_image(interp, std::move(image));
    ASSERT_NE(outcome, fuzz::Outcome::Broken);
    if (!verifies) {
        // load_code refused it: a clean VerificationError, nothing ran.
        ASSERT_EQ(outcome, fuzz::Outcome::Exception);
        return;
    }
    ++c->verified;
    ++(outcome == fuzz::Outcome::Value ? c->values : c->exceptions);
    ASSERT_TRUE(fuzz::still_usable(interp));
}

// Reads with each reader; checks the canonical round trip; runs every code image read.
void exercise(Interpreter& interp, const std::string& bytes, Counts* c) {
    auto span = serial::as_bytes(bytes);
    if (auto code = serial::read_code(span); code.ok()) {
        ++c->loaded;
        ASSERT_EQ(serial::write_code(*code.value()), bytes);
        run_one(interp, code.value(), c);
    }
    if (auto file = serial::read_bbc(span); file.ok()) {
        ++c->loaded;
        ASSERT_EQ(serial::write_bbc(*file.value()), bytes);
        run_one(interp, file.value(), c);
    }
    if (auto value = serial::read_value(span); value.ok()) {
        ++c->loaded;
        ASSERT_EQ(serial::write_value(value.value()), bytes);
        if (value.value().code)
            run_one(interp, value.value().code, c);
    }
}

TEST(MutationRun, HundredThousandMutantsLoadVerifyAndRun) {
    std::vector<std::string> pool = seed_pool();
    ASSERT_GT(pool.size(), 4u + std::size(kPrograms)); // the programs compiled
    Mutator m(0x5EEDB457);
    Counts c;
    std::unique_ptr<Interpreter> interp;
    for (int i = 0; i < kMutants; ++i) {
        // A fresh interpreter now and then bounds whatever state mutants leave behind.
        if (i % 2000 == 0)
            interp = fuzz::make_interpreter();
        const std::string& seed = pool[static_cast<size_t>(i) % pool.size()];
        exercise(*interp, m.mutate(seed, pool), &c);
        if (HasFatalFailure())
            return;
    }
    // The mutations reach the verifier and the interpreter, not just the reader.
    EXPECT_GT(c.loaded, 1000u);
    EXPECT_GT(c.verified, 100u);
    EXPECT_GT(c.values, 10u);
    EXPECT_GT(c.exceptions, 10u);
    std::printf("%d mutants: loaded %zu, verified %zu; runs ended in a value %zu, an exception %zu\n",
                kMutants, c.loaded, c.verified, c.values, c.exceptions);
}

// Each verified seed runs as it is (the pool itself is sound).
TEST(MutationRun, SeedsRunUnmutated) {
    auto interp = fuzz::make_interpreter();
    Counts c;
    for (const std::string& bytes : seed_pool())
        exercise(*interp, bytes, &c);
    EXPECT_EQ(c.verified, c.loaded - 1); // all but the plain-data marshal value
    EXPECT_GT(c.values, 0u);
}

} // namespace
} // namespace bastion::test
