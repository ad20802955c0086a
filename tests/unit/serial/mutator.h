// mutator.h: the seeded byte-string mutator of the loader mutation test (bit flips,
// interesting bytes, byte swaps, splices from other samples, edited u32 length fields,
// truncations, duplicated and deleted chunks). Deterministic for a given seed.
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace bastion::test {

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

} // namespace bastion::test
