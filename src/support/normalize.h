// normalize.h: Unicode normalisation (NFC, NFD, NFKC, NFKD) over utf8proc's data, for
// unicodedata.normalize and for PEP 3131 identifiers (NFKC). Lone surrogates, which
// Python strings may hold, pass through unchanged.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bastion::unicode {

enum class NormForm { NFC, NFD, NFKC, NFKD };

// Parses "NFC"/"NFD"/"NFKC"/"NFKD"; false for anything else.
bool norm_form_of(std::string_view name, NormForm* out);

std::vector<uint32_t> normalize(std::span<const uint32_t> in, NormForm form);

// NFKC of valid UTF-8 text (identifiers); returns the input unchanged when it is ASCII.
std::string nfkc_utf8(std::string_view utf8);

} // namespace bastion::unicode
