// int_literal.cpp: literal digits -> limbs. The digits are validated here; the conversion
// itself is support/bigint's from_digits (GMP mpn_set_str: linear for power-of-two bases,
// subquadratic divide and conquer otherwise), so a million-digit decimal literal compiles
// in milliseconds instead of the minutes a limb-by-limb multiply-add would take.
#include "compile/int_literal.h"

#include "support/bigint.h"

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

} // namespace

std::optional<std::vector<uint64_t>> int_literal_limbs(std::string_view digits, unsigned base) {
    if (base < 2 || base > 36)
        return std::nullopt;
    for (char c : digits) {
        if (digit_value(c) >= static_cast<int>(base))
            return std::nullopt;
    }
    bigint::BigInt value = bigint::from_digits(digits, static_cast<int>(base), false);
    return std::move(value.mag);
}

} // namespace bastion::compile
