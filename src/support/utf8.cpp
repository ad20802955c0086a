// utf8.cpp: strict UTF-8 with CPython's error positions (Objects/stringlib/codecs.h).
#include "support/utf8.h"

namespace bastion {

namespace {

bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// One sequence at s[i]; returns its byte length, or 0 with *scan filled on error.
std::size_t scan_one(std::string_view b, std::size_t i, bool allow_surrogates, uint32_t* cp, Utf8Scan* scan) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(b[i + k]); };
    std::size_t avail = b.size() - i;
    unsigned char c = at(0);
    auto fail = [&](std::size_t end, const char* reason) -> std::size_t {
        scan->ok = false;
        scan->error_start = i;
        scan->error_end = end;
        scan->reason = reason;
        return 0;
    };
    auto truncated = [&]() { return fail(b.size(), "unexpected end of data"); };
    auto bad_cont = [&](std::size_t k) { return fail(i + k, "invalid continuation byte"); };
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2)
        return fail(i + 1, "invalid start byte");
    if (c < 0xE0) {
        if (avail < 2)
            return truncated();
        if (!is_cont(at(1)))
            return bad_cont(1);
        *cp = (uint32_t{c} & 0x1F) << 6 | (at(1) & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        auto bad_second = [&](unsigned char c2) {
            if (!is_cont(c2))
                return true;
            if (c == 0xE0)
                return c2 < 0xA0;
            return c == 0xED && c2 >= 0xA0 && !allow_surrogates;
        };
        if (avail < 3) {
            if (avail >= 2 && bad_second(at(1)))
                return bad_cont(1);
            return truncated();
        }
        if (bad_second(at(1)))
            return bad_cont(1);
        if (!is_cont(at(2)))
            return bad_cont(2);
        *cp = (uint32_t{c} & 0x0F) << 12 | (uint32_t{at(1)} & 0x3F) << 6 | (at(2) & 0x3F);
        return 3;
    }
    if (c < 0xF5) {
        auto bad_second = [&](unsigned char c2) {
            return !is_cont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4);
        };
        if (avail < 4) {
            if (avail >= 2 && bad_second(at(1)))
                return bad_cont(1);
            if (avail >= 3 && !is_cont(at(2)))
                return bad_cont(2);
            return truncated();
        }
        if (bad_second(at(1)))
            return bad_cont(1);
        if (!is_cont(at(2)))
            return bad_cont(2);
        if (!is_cont(at(3)))
            return bad_cont(3);
        *cp = (uint32_t{c} & 0x07) << 18 | (uint32_t{at(1)} & 0x3F) << 12 | (uint32_t{at(2)} & 0x3F) << 6 |
              (at(3) & 0x3F);
        return 4;
    }
    return fail(i + 1, "invalid start byte");
}

template <typename T>
void decode_into(std::string_view b, T* out) {
    std::size_t i = 0, k = 0;
    Utf8Scan dummy;
    while (i < b.size()) {
        uint32_t cp = 0;
        std::size_t n = scan_one(b, i, true, &cp, &dummy);
        if (n == 0) // callers pass scanned text; stop rather than read past a bad sequence
            return;
        out[k++] = static_cast<T>(cp);
        i += n;
    }
}

} // namespace

Utf8Scan utf8_scan(std::string_view bytes, bool allow_surrogates) {
    Utf8Scan scan;
    std::size_t i = 0;
    while (i < bytes.size()) {
        // ASCII run fast path.
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            ++scan.length;
            if (c > scan.max_code_point)
                scan.max_code_point = c;
            continue;
        }
        uint32_t cp = 0;
        std::size_t n = scan_one(bytes, i, allow_surrogates, &cp, &scan);
        if (n == 0)
            return scan;
        i += n;
        ++scan.length;
        if (cp > scan.max_code_point)
            scan.max_code_point = cp;
    }
    return scan;
}

void utf8_decode_into(std::string_view bytes, uint8_t* out) { decode_into(bytes, out); }
void utf8_decode_into(std::string_view bytes, uint16_t* out) { decode_into(bytes, out); }
void utf8_decode_into(std::string_view bytes, uint32_t* out) { decode_into(bytes, out); }

void utf8_append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace bastion
