// digest.h: message digests written for Bastion from their standards — MD5 (RFC 1321),
// SHA-1 and SHA-2 (FIPS 180-4), SHA-3 and SHAKE (FIPS 202), BLAKE2b/BLAKE2s (RFC 7693, with
// key, salt, personalization and the tree parameters). No approved Debian package provides
// hashes, so these are original implementations; the constants that the standards define by
// a formula (SHA-2's roots of primes, MD5's sines, Keccak's round constants and rotation
// offsets) are computed by that formula once, not typed in. Pure; no runtime.
// tests/unit/support/digest_test.cpp checks every algorithm against the standards' vectors.
// Hashing parses nothing: any byte string is valid input, so there is no fuzz target.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>

namespace bastion::digest {

enum class Algorithm : uint8_t {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
};

// The hashlib name ("md5", "sha3_256", "blake2b" ...) of an algorithm, and back (exact,
// lower-case names; nullopt for any other).
std::string_view algorithm_name(Algorithm);
std::optional<Algorithm> algorithm_from_name(std::string_view);
inline bool is_xof(Algorithm a) { return a == Algorithm::Shake128 || a == Algorithm::Shake256; }
inline bool is_blake2(Algorithm a) { return a == Algorithm::Blake2b || a == Algorithm::Blake2s; }

// BLAKE2's parameter block (RFC 7693 section 2.5 and the BLAKE2 paper's tree fields).
// Limits (checked by make_blake2, which returns nullopt past them): digest_size 1..64 (b) or
// 1..32 (s); key up to 64/32 bytes; salt and person up to 16/8 bytes; node_offset below 2^48
// for BLAKE2s; inner_size up to the maximum digest size.
struct Blake2Params {
    std::size_t digest_size = 0; // 0: the maximum (64 or 32)
    std::span<const uint8_t> key;
    std::span<const uint8_t> salt;
    std::span<const uint8_t> person;
    uint8_t fanout = 1;
    uint8_t depth = 1;
    uint32_t leaf_size = 0;
    uint64_t node_offset = 0;
    uint8_t node_depth = 0;
    uint8_t inner_size = 0;
    bool last_node = false;
};

namespace detail {
struct Md5State {
    std::array<uint32_t, 4> h{};
    std::array<uint8_t, 64> buf{};
    std::size_t used = 0;
    uint64_t length = 0; // bytes
};
struct Sha1State {
    std::array<uint32_t, 5> h{};
    std::array<uint8_t, 64> buf{};
    std::size_t used = 0;
    uint64_t length = 0;
};
struct Sha256State {
    std::array<uint32_t, 8> h{};
    std::array<uint8_t, 64> buf{};
    std::size_t used = 0;
    uint64_t length = 0;
};
struct Sha512State {
    std::array<uint64_t, 8> h{};
    std::array<uint8_t, 128> buf{};
    std::size_t used = 0;
    uint64_t length_lo = 0; // a 128-bit byte count
    uint64_t length_hi = 0;
};
struct KeccakState {
    std::array<uint64_t, 25> lanes{};
    std::size_t rate = 0; // bytes
    std::size_t used = 0; // bytes absorbed into the current block
    uint8_t domain = 0;   // 0x06 SHA-3, 0x1f SHAKE
};
struct Blake2bState {
    std::array<uint64_t, 8> h{};
    std::array<uint8_t, 128> buf{};
    std::size_t used = 0;
    uint64_t t0 = 0, t1 = 0;
    bool last_node = false;
};
struct Blake2sState {
    std::array<uint32_t, 8> h{};
    std::array<uint8_t, 64> buf{};
    std::size_t used = 0;
    uint32_t t0 = 0, t1 = 0;
    bool last_node = false;
};
} // namespace detail

// One running hash. Copyable (hashlib's copy()); finish() leaves the state as it was, so a
// digest may be taken any number of times between updates.
class Hasher {
public:
    explicit Hasher(Algorithm a); // BLAKE2 with the default parameters
    // BLAKE2b/BLAKE2s with parameters; nullopt when one is out of range.
    static std::optional<Hasher> make_blake2(Algorithm a, const Blake2Params& p);

    Algorithm algorithm() const { return m_algorithm; }
    std::size_t digest_size() const { return m_digest_size; } // 0 for SHAKE
    std::size_t block_size() const;
    void update(std::span<const uint8_t> data);
    // Writes the digest into `out`: exactly digest_size() bytes, or any length for SHAKE.
    void finish(std::span<uint8_t> out) const;

private:
    Hasher() = default;
    Algorithm m_algorithm = Algorithm::Md5;
    std::size_t m_digest_size = 0;
    std::variant<detail::Md5State, detail::Sha1State, detail::Sha256State, detail::Sha512State, detail::KeccakState,
                 detail::Blake2bState, detail::Blake2sState>
        m_state;
};

// SHA-256 runs on the x86 SHA extensions (SHA-NI) where CPUID reports them. The tests turn
// them off to check the portable code too (process-wide; on by default).
bool cpu_extensions_available();
void allow_cpu_extensions(bool allow);

// Words of the constants that FIPS 180-4 defines from the primes (exposed for the tests):
// the first 64 bits of the fractional parts of the square roots (k = 2) or cube roots
// (k = 3) of the first `count` primes (count <= 80).
uint64_t prime_root_fraction(int prime_index, int k);

} // namespace bastion::digest
