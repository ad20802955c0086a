// fuzz_utf8.cpp: libFuzzer target for the strict UTF-8 scanner/decoder (support/utf8.h).
// A reference decoder written from the Unicode standard's table of well-formed byte
// sequences (Table 3-7) must agree on validity, on the decoded code points, and on the
// error position and reason CPython reports (maximal valid prefix, "unexpected end of
// data" when the input ends inside it). Valid input must re-encode to the same bytes.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "support/utf8.h"

namespace {

void require(bool ok) {
    if (!ok)
        __builtin_trap();
}

struct RefError {
    std::size_t start = 0, end = 0;
    std::string_view reason;
};

// Table 3-7: the allowed range of each byte of a sequence, by lead byte.
bool second_range(uint8_t lead, uint8_t* lo, uint8_t* hi) {
    *lo = 0x80;
    *hi = 0xBF;
    if (lead == 0xE0)
        *lo = 0xA0;
    else if (lead == 0xED)
        *hi = 0x9F;
    else if (lead == 0xF0)
        *lo = 0x90;
    else if (lead == 0xF4)
        *hi = 0x8F;
    return true;
}

int sequence_length(uint8_t lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool reference_decode(std::string_view s, std::vector<uint32_t>* out, RefError* err) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto b = [&](std::size_t k) { return static_cast<uint8_t>(s[i + k]); };
        int n = sequence_length(b(0));
        if (n == 0) {
            *err = {i, i + 1, "invalid start byte"};
            return false;
        }
        uint32_t cp = n == 1 ? b(0) : n == 2 ? (b(0) & 0x1Fu) : n == 3 ? (b(0) & 0x0Fu) : (b(0) & 0x07u);
        for (int k = 1; k < n; ++k) {
            if (i + k >= s.size()) {
                *err = {i, s.size(), "unexpected end of data"};
                return false;
            }
            uint8_t lo, hi;
            second_range(b(0), &lo, &hi);
            if (k > 1) {
                lo = 0x80;
                hi = 0xBF;
            }
            if (b(k) < lo || b(k) > hi) {
                *err = {i, i + k, "invalid continuation byte"};
                return false;
            }
            cp = (cp << 6) | (b(k) & 0x3Fu);
        }
        out->push_back(cp);
        i += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    using namespace bastion;
    std::string_view s(reinterpret_cast<const char*>(data), size);
    std::vector<uint32_t> ref;
    RefError err;
    bool ok = reference_decode(s, &ref, &err);
    Utf8Scan scan = utf8_scan(s, false);
    require(scan.ok == ok);
    if (!ok) {
        require(scan.error_start == err.start);
        require(scan.error_end == err.end);
        require(scan.reason != nullptr && err.reason == scan.reason);
        return 0;
    }
    require(scan.length == static_cast<int64_t>(ref.size()));
    uint32_t max = 0;
    for (uint32_t c : ref)
        max = c > max ? c : max;
    require(scan.max_code_point == max);
    std::vector<uint32_t> decoded(ref.size() + 1);
    utf8_decode_into(s, decoded.data());
    require(ref.empty() || std::memcmp(decoded.data(), ref.data(), ref.size() * sizeof(uint32_t)) == 0);
    std::string again;
    for (uint32_t c : ref)
        utf8_append(again, c);
    require(again == s);
    // The surrogate-accepting variant accepts a superset.
    require(utf8_scan(s, true).ok);
    return 0;
}
