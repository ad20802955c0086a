// int_literal.h: integer literal text (digits of any base 2..36, no prefix, no underscores)
// to the sign-magnitude limbs of bc::Constant. Pure; no runtime big ints needed.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bastion::compile {

// Little-endian 64-bit limbs, no leading zero limbs (0 -> empty). nullopt on a bad digit.
std::optional<std::vector<uint64_t>> int_literal_limbs(std::string_view digits, unsigned base);

} // namespace bastion::compile
