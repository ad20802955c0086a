// utf8.h: strict UTF-8 scanning, decoding and encoding (pure; no runtime). The scanner
// reports errors exactly where CPython's decoder does (start, end, reason), so
// UnicodeDecodeError messages match. The `allow_surrogates` variant accepts lone
// surrogates in their 3-byte form (code constants and str_to_utf8 round trips use it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bastion {

struct Utf8Scan {
    bool ok = true;
    int64_t length = 0;        // code points (when ok)
    uint32_t max_code_point = 0;
    std::size_t error_start = 0; // byte offsets of the offending sequence [start, end)
    std::size_t error_end = 0;
    const char* reason = nullptr; // "invalid start byte", "invalid continuation byte", "unexpected end of data"
};

Utf8Scan utf8_scan(std::string_view bytes, bool allow_surrogates);

// Decode text that utf8_scan accepted into `out` (room for scan.length code units of
// the chosen width; code points must fit it).
void utf8_decode_into(std::string_view bytes, uint8_t* out);
void utf8_decode_into(std::string_view bytes, uint16_t* out);
void utf8_decode_into(std::string_view bytes, uint32_t* out);

// Appends the encoding of cp (surrogates get their 3-byte form; cp <= 0x10FFFF).
void utf8_append(std::string& out, uint32_t cp);
// Number of UTF-8 bytes for cp.
inline int utf8_width(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

} // namespace bastion
