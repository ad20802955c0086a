// normalize.cpp: NFC/NFD/NFKC/NFKD as decomposition (utf8proc_decompose_char), canonical
// reordering by combining class (done here: utf8proc only reorders inside its UTF-8
// entry points, which reject the lone surrogates Python strings may hold), then
// composition (utf8proc_normalize_utf32).
#include "support/normalize.h"

#include <algorithm>

#include <utf8proc.h>

#include "support/utf8.h"

namespace bastion::unicode {

namespace {

int combining_class(uint32_t cp) {
    return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class;
}

} // namespace

bool norm_form_of(std::string_view name, NormForm* out) {
    if (name == "NFC")
        *out = NormForm::NFC;
    else if (name == "NFD")
        *out = NormForm::NFD;
    else if (name == "NFKC")
        *out = NormForm::NFKC;
    else if (name == "NFKD")
        *out = NormForm::NFKD;
    else
        return false;
    return true;
}

std::vector<uint32_t> normalize(std::span<const uint32_t> in, NormForm form) {
    bool compat = form == NormForm::NFKC || form == NormForm::NFKD;
    bool compose = form == NormForm::NFC || form == NormForm::NFKC;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | (compat ? UTF8PROC_COMPAT : 0));
    std::vector<utf8proc_int32_t> buf;
    buf.reserve(in.size());
    utf8proc_int32_t tmp[32];
    for (uint32_t cp : in) {
        int boundclass = 0;
        utf8proc_ssize_t n = -1;
        if (cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF))
            n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), tmp, 32, options, &boundclass);
        if (n < 0 || n > 32) {
            buf.push_back(static_cast<utf8proc_int32_t>(cp));
            continue;
        }
        buf.insert(buf.end(), tmp, tmp + n);
    }
    // Canonical ordering: stable sort of each run of non-starters by combining class.
    for (size_t i = 0; i < buf.size();) {
        if (combining_class(static_cast<uint32_t>(buf[i])) == 0) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < buf.size() && combining_class(static_cast<uint32_t>(buf[j])) != 0)
            ++j;
        std::stable_sort(buf.begin() + static_cast<std::ptrdiff_t>(i), buf.begin() + static_cast<std::ptrdiff_t>(j),
                         [](utf8proc_int32_t a, utf8proc_int32_t b) {
                             return combining_class(static_cast<uint32_t>(a)) < combining_class(static_cast<uint32_t>(b));
                         });
        i = j;
    }
    size_t len = buf.size();
    if (compose && len > 0) {
        utf8proc_ssize_t r = utf8proc_normalize_utf32(buf.data(), static_cast<utf8proc_ssize_t>(len),
                                                      static_cast<utf8proc_option_t>(options | UTF8PROC_COMPOSE));
        if (r >= 0 && static_cast<size_t>(r) <= len)
            len = static_cast<size_t>(r);
    }
    std::vector<uint32_t> out(len);
    for (size_t i = 0; i < len; ++i)
        out[i] = static_cast<uint32_t>(buf[i]);
    return out;
}

std::string nfkc_utf8(std::string_view utf8) {
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(utf8);
    Utf8Scan scan = utf8_scan(utf8, true);
    if (!scan.ok)
        return std::string(utf8);
    std::vector<uint32_t> cps(static_cast<size_t>(scan.length));
    utf8_decode_into(utf8, cps.data());
    std::string out;
    for (uint32_t cp : normalize(cps, NormForm::NFKC))
        utf8_append(out, cp);
    return out;
}

} // namespace bastion::unicode
