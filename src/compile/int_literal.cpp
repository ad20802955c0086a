// int_literal.cpp: literal digits -> limbs. Power-of-two bases pack bits (linear); other
// bases multiply-add in chunks of as many digits as fit one limb (quadratic in the limb
// count, fine for source literals).
// TODO(compile): subquadratic base-10 conversion for megabyte literals.
#include "compile/int_literal.h"

namespace bastion::compile {

namespace {

int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

void trim(std::vector<uint64_t>& limbs) {
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
}

// limbs = limbs * mul + add
void mul_add(std::vector<uint64_t>& limbs, uint64_t mul, uint64_t add) {
    unsigned __int128 carry = add;
    for (uint64_t& l : limbs) {
        unsigned __int128 v = static_cast<unsigned __int128>(l) * mul + carry;
        l = static_cast<uint64_t>(v);
        carry = v >> 64;
    }
    if (carry != 0)
        limbs.push_back(static_cast<uint64_t>(carry));
}

} // namespace

std::optional<std::vector<uint64_t>> int_literal_limbs(std::string_view digits, unsigned base) {
    if (base < 2 || base > 36)
        return std::nullopt;
    std::vector<uint64_t> limbs;
    unsigned bits = 0;
    if ((base & (base - 1)) == 0)
        for (unsigned b = base; b > 1; b >>= 1)
            ++bits;
    if (bits != 0) {
        size_t bitpos = 0;
        for (size_t i = digits.size(); i-- > 0;) {
            int d = digit_value(digits[i]);
            if (d >= static_cast<int>(base))
                return std::nullopt;
            for (unsigned b = 0; b < bits; ++b, ++bitpos) {
                if (bitpos / 64 >= limbs.size())
                    limbs.push_back(0);
                if ((d >> b) & 1)
                    limbs[bitpos / 64] |= uint64_t{1} << (bitpos % 64);
            }
        }
        trim(limbs);
        return limbs;
    }
    // Largest chunk of digits whose value fits 64 bits.
    unsigned chunk = 0;
    uint64_t chunk_mul = 1;
    while (chunk_mul <= UINT64_MAX / base) {
        chunk_mul *= base;
        ++chunk;
    }
    size_t i = 0;
    while (i < digits.size()) {
        uint64_t value = 0, mul = 1;
        for (unsigned k = 0; k < chunk && i < digits.size(); ++k, ++i) {
            int d = digit_value(digits[i]);
            if (d >= static_cast<int>(base))
                return std::nullopt;
            value = value * base + static_cast<uint64_t>(d);
            mul *= base;
        }
        mul_add(limbs, mul, value);
    }
    trim(limbs);
    return limbs;
}

} // namespace bastion::compile
