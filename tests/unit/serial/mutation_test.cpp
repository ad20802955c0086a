// mutation_test.cpp: seeded mutations of valid serialized images (bit flips, byte swaps,
// splices, edited length fields, truncations) through read -> verify. The property: never a
// crash or sanitizer report, and whatever is read back writes to the same bytes (the format
// is canonical). Also random instruction streams straight into the verifier.
#include <gtest/gtest.h>

#include <random>

#include "samples.h"
#include "verify/verifier.h"

namespace bastion::test {
namespace {

class Mutator {
public:
    explicit Mutator(uint64_t seed) : m_rng(seed) {}

    uint64_t below(uint64_t n) { return n == 0 ? 0 : m_rng() % n; }

    std::string mutate(std::string s, const std::vector<std::string>& pool) {
        int rounds = 1 + static_cast<int>(below(4));
        for (int r = 0; r < rounds && !s.empty(); ++r) {
            size_t at = below(s.size());
            switch (below(8)) {
            case 0: // bit flip
                s[at] = static_cast<char>(s[at] ^ (1 << below(8)));
                break;
            case 1: { // interesting byte
                static constexpr uint8_t kBytes[] = {0, 1, 2, 0x7F, 0x80, 0xFE, 0xFF, 'c', '(', 'l', 'u', 'N'};
                s[at] = static_cast<char>(kBytes[below(sizeof kBytes)]);
                break;
            }
            case 2: // swap two bytes
                std::swap(s[at], s[below(s.size())]);
                break;
            case 3: { // splice a chunk of another sample over this one
                const std::string& other = pool[below(pool.size())];
                size_t from = below(other.size());
                size_t len = std::min<size_t>(below(64) + 1, other.size() - from);
                s.replace(at, std::min(len, s.size() - at), other, from, len);
                break;
            }
            case 4: { // edit a (possible) u32 length field
                if (s.size() < at + 4)
                    break;
                static constexpr uint32_t kValues[] = {0, 1, 2, 3, 7, 255, 0x10000, 0x7FFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE};
                uint32_t v = below(2) ? kValues[below(sizeof kValues / 4)] : static_cast<uint32_t>(m_rng());
                if (below(2)) { // nudge the existing value instead
                    uint32_t old = 0;
                    for (int i = 0; i < 4; ++i)
                        old |= uint32_t{static_cast<uint8_t>(s[at + static_cast<size_t>(i)])} << (8 * i);
                    v = old + static_cast<uint32_t>(below(5)) - 2;
                }
                for (int i = 0; i < 4; ++i)
                    s[at + static_cast<size_t>(i)] = static_cast<char>(v >> (8 * i));
                break;
            }
            case 5: // truncate
                s.resize(at);
                break;
            case 6: // duplicate a chunk
                s.insert(at, s.substr(below(s.size()), below(32) + 1));
                break;
            case 7: // delete a chunk
                s.erase(at, below(16) + 1);
                break;
            }
        }
        return s;
    }

private:
    std::mt19937_64 m_rng;
};

// Reads with each reader; verifies what loads; checks the canonical round trip.
void exercise(const std::string& bytes, size_t* loaded, size_t* verified) {
    auto span = serial::as_bytes(bytes);
    if (auto code = serial::read_code(span); code.ok()) {
        ++*loaded;
        ASSERT_EQ(serial::write_code(*code.value()), bytes);
        if (verify::verify(code.value()).ok())
            ++*verified;
    }
    if (auto file = serial::read_bbc(span); file.ok()) {
        ++*loaded;
        ASSERT_EQ(serial::write_bbc(*file.value()), bytes);
        if (verify::verify(file.value()).ok())
            ++*verified;
    }
    if (auto value = serial::read_value(span); value.ok()) {
        ++*loaded;
        ASSERT_EQ(serial::write_value(value.value()), bytes);
        if (value.value().code)
            (void)verify::verify(value.value().code);
    }
}

TEST(Mutation, HundredThousandMutationsNeverCrash) {
    auto module = sample_module();
    std::vector<std::string> pool = {serial::write_code(*module), serial::write_bbc(*module),
                                     serial::write_value(sample_value(module)),
                                     serial::write_code(*module->consts[0].code)};
    Mutator m(0x5EEDB457);
    size_t loaded = 0;
    size_t verified = 0;
    for (int i = 0; i < 100000; ++i) {
        const std::string& seed = pool[static_cast<size_t>(i) % pool.size()];
        std::string bytes = m.mutate(seed, pool);
        exercise(bytes, &loaded, &verified);
        if (HasFatalFailure())
            return;
    }
    // The mutations reach the verifier, not just the reader.
    EXPECT_GT(loaded, 1000u);
    EXPECT_GT(verified, 100u);
    std::printf("loaded %zu, verified %zu of 100000 mutants\n", loaded, verified);
}

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
            uint32_t op = static_cast<uint32_t>(rng() % (bc::kNumOps + 1));
            uint32_t arg = (rng() % 4 == 0) ? static_cast<uint32_t>(rng() % n) : static_cast<uint32_t>(rng() % 3);
            img.code.push_back(op | (arg << 8));
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
}

} // namespace
} // namespace bastion::test
