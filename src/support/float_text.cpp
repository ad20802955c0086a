// float_text.cpp: CPython's float formatting rules over std::to_chars digits, and the
// float() text grammar over std::from_chars. The digit strings are the ones David Gay's
// dtoa would give (both are exact, correctly rounded conversions), so the layout code
// below can follow format_float_short step by step.
#include "support/float_text.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "support/bigint.h"

namespace bastion {

namespace {

// dtoa's view of a finite non-negative value: significant digits without trailing zeros
// (possibly empty when rounding gave zero) and the position of the decimal point.
struct DigitString {
    std::string digits;
    int decpt = 0;
};

// From to_chars scientific output "d[.ddd]e±XX".
void parse_scientific(const char* first, const char* last, DigitString* out) {
    out->digits.clear();
    const char* p = first;
    for (; p < last && *p != 'e'; ++p) {
        if (*p != '.')
            out->digits.push_back(*p);
    }
    int exp = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), last, exp);
    out->decpt = exp + 1;
}

void strip_trailing_zeros(DigitString* d) {
    std::size_t keep = d->digits.find_last_not_of('0');
    d->digits.resize(keep == std::string::npos ? 0 : keep + 1);
}

// A double's exact decimal expansion has at most 767 significant digits and ends at most
// 1074 places after the point: asking for more digits only adds zeros, which the caller
// pads anyway. So the digit buffers stay small for any precision ('.999999999f').
constexpr int kMaxSignificantDigits = 800;
constexpr int kMaxFractionDigits = 1100;

// mode 0: shortest round trip; mode 2: `ndigits` significant digits; mode 3: `ndigits`
// digits after the point. `a` is finite and >= 0.
DigitString dtoa_digits(double a, int mode, int ndigits) {
    DigitString d;
    if (a == 0.0) {
        d.digits = "0";
        d.decpt = 1;
        return d;
    }
    if (mode == 0) {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
        parse_scientific(buf, r.ptr, &d);
    } else if (mode == 2) {
        ndigits = std::min(ndigits, kMaxSignificantDigits);
        std::string buf(static_cast<std::size_t>(ndigits) + 32, '\0');
        auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific, ndigits - 1);
        parse_scientific(buf.data(), r.ptr, &d);
    } else {
        // Capped, a nonzero value always leaves a digit, so "rounded to zero" below sees
        // only requests under the cap.
        ndigits = std::min(ndigits, kMaxFractionDigits);
        std::string buf(static_cast<std::size_t>(ndigits) + 340, '\0');
        auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, ndigits);
        int int_digits = 0;
        bool seen_point = false;
        for (const char* p = buf.data(); p < r.ptr; ++p) {
            if (*p == '.') {
                seen_point = true;
                continue;
            }
            if (!seen_point)
                ++int_digits;
            d.digits.push_back(*p);
        }
        // Drop leading zeros, moving the point left with them.
        std::size_t lead = 0;
        while (lead < d.digits.size() && d.digits[lead] == '0')
            ++lead;
        d.digits.erase(0, lead);
        d.decpt = int_digits - static_cast<int>(lead);
        if (d.digits.empty())
            d.decpt = -ndigits; // rounded to zero, as dtoa reports it
    }
    strip_trailing_zeros(&d);
    return d;
}

void append_zeros(std::string& s, long n) {
    if (n > 0)
        s.append(static_cast<std::size_t>(n), '0');
}

} // namespace

// CPython: Python/pystrtod.c PyOS_double_to_string + format_float_short.
std::string double_to_string(double v, char code, int precision, unsigned flags) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char lc = upper ? static_cast<char>(code + ('a' - 'A')) : code;
    int mode = 0;
    switch (lc) {
    case 'r':
        mode = 0;
        precision = 0;
        break;
    case 'e':
        mode = 2;
        precision++;
        break;
    case 'f':
        mode = 3;
        break;
    case 'g':
        mode = 2;
        if (precision == 0)
            precision = 1;
        break;
    default:
        return {};
    }
    bool always_sign = (flags & kFloatSign) != 0;
    bool add_dot_0 = (flags & kFloatAddDot0) != 0;
    bool alt = (flags & kFloatAlt) != 0;
    bool negative = std::signbit(v);

    std::string out;
    if (std::isnan(v)) {
        if (always_sign)
            out.push_back('+');
        out += upper ? "NAN" : "nan";
        return out;
    }
    if (std::isinf(v)) {
        if (negative)
            out.push_back('-');
        else if (always_sign)
            out.push_back('+');
        out += upper ? "INF" : "inf";
        return out;
    }

    DigitString ds = dtoa_digits(std::fabs(v), mode, precision);
    const std::string& digits = ds.digits;
    long digits_len = static_cast<long>(digits.size());
    long decpt = ds.decpt;
    if ((flags & kFloatNoNegZero) && negative && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
        negative = false;

    bool use_exp = false;
    long vdigits_end = digits_len;
    switch (lc) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vdigits_end = precision;
        break;
    default: // 'r'
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    long exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = std::max(vdigits_end, decpt + 1);
    else
        vdigits_end = std::max(vdigits_end, decpt);

    if (negative)
        out.push_back('-');
    else if (always_sign)
        out.push_back('+');
    if (decpt <= 0) {
        append_zeros(out, decpt - vdigits_start);
        out.push_back('.');
        append_zeros(out, -decpt);
    } else {
        append_zeros(out, -vdigits_start);
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(decpt));
    } else {
        out += digits;
    }
    if (digits_len < decpt) {
        append_zeros(out, decpt - digits_len);
        out.push_back('.');
        append_zeros(out, vdigits_end - decpt);
    } else {
        append_zeros(out, vdigits_end - digits_len);
    }
    if (out.back() == '.' && !alt)
        out.pop_back();
    if (use_exp) {
        out.push_back(upper ? 'E' : 'e');
        out.push_back(exp < 0 ? '-' : '+');
        long a = exp < 0 ? -exp : exp;
        if (a < 10)
            out.push_back('0');
        out += std::to_string(a);
    }
    return out;
}

std::string float_repr(double v) {
    return double_to_string(v, 'r', 0, kFloatAddDot0);
}

bool strip_numeric_underscores(std::string_view text, std::string* out) {
    out->clear();
    out->reserve(text.size());
    char prev = '\0';
    for (char c : text) {
        bool digit = c >= '0' && c <= '9';
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9'))
                return false;
        } else {
            if (prev == '_' && !digit)
                return false;
            out->push_back(c);
        }
        prev = c;
    }
    return prev != '_';
}

namespace {

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool iequals(std::string_view a, std::string_view lower) {
    if (a.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if ((a[i] | 0x20) != lower[i])
            return false;
    }
    return true;
}

} // namespace

bool parse_float_text(std::string_view text, double* out) {
    std::string cleaned;
    if (text.find('_') != std::string_view::npos) {
        if (!strip_numeric_underscores(text, &cleaned))
            return false;
        text = cleaned;
    }
    while (!text.empty() && is_ascii_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_ascii_space(text.back()))
        text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    double v = 0.0;
    if (iequals(text, "inf") || iequals(text, "infinity")) {
        v = HUGE_VAL;
    } else if (iequals(text, "nan")) {
        v = std::nan("");
    } else {
        // digits [. digits] [e [sign] digits], at least one mantissa digit.
        std::size_t i = 0, n = text.size();
        std::size_t mantissa_digits = 0;
        long leading_int_digits = 0, leading_frac_zeros = 0;
        bool nonzero_seen = false;
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i, ++mantissa_digits) {
            nonzero_seen = nonzero_seen || text[i] != '0';
            if (nonzero_seen)
                ++leading_int_digits;
        }
        if (i < n && text[i] == '.') {
            for (++i; i < n && text[i] >= '0' && text[i] <= '9'; ++i, ++mantissa_digits) {
                if (!nonzero_seen && text[i] == '0')
                    ++leading_frac_zeros;
                nonzero_seen = nonzero_seen || text[i] != '0';
            }
        }
        if (mantissa_digits == 0)
            return false;
        long exp10 = 0;
        if (i < n && (text[i] == 'e' || text[i] == 'E')) {
            ++i;
            bool exp_negative = false;
            if (i < n && (text[i] == '+' || text[i] == '-'))
                exp_negative = text[i++] == '-';
            std::size_t exp_start = i;
            for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
                if (exp10 < 100000000)
                    exp10 = exp10 * 10 + (text[i] - '0');
            }
            if (i == exp_start)
                return false;
            if (exp_negative)
                exp10 = -exp10;
        }
        if (i != n)
            return false;
        auto r = std::from_chars(text.data(), text.data() + n, v, std::chars_format::general);
        if (r.ec == std::errc::result_out_of_range) {
            // Decide overflow vs underflow from the decimal magnitude.
            long magnitude = exp10 + (leading_int_digits > 0 ? leading_int_digits : -leading_frac_zeros);
            v = magnitude > 0 ? HUGE_VAL : 0.0;
        } else if (r.ec != std::errc() || r.ptr != text.data() + n) {
            return false;
        }
    }
    *out = negative ? -v : v;
    return true;
}

// CPython: Objects/floatobject.c float_hex (13 hex digits after the point).
std::string float_to_hex(double v) {
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (v == 0.0)
        return std::signbit(v) ? "-0x0.0p+0" : "0x0.0p+0";
    static constexpr char kHex[] = "0123456789abcdef";
    int e = 0;
    double m = std::frexp(std::fabs(v), &e);
    int shift = 1 - std::max(-1021 - e, 0); // DBL_MIN_EXP == -1021
    m = std::ldexp(m, shift);
    e -= shift;
    std::string out = v < 0 ? "-0x" : "0x";
    int lead = static_cast<int>(m);
    out.push_back(kHex[lead]);
    m -= lead;
    out.push_back('.');
    for (int i = 0; i < 13; ++i) {
        m *= 16.0;
        int d = static_cast<int>(m);
        out.push_back(kHex[d]);
        m -= d;
    }
    out.push_back('p');
    out.push_back(e < 0 ? '-' : '+');
    out += std::to_string(e < 0 ? -e : e);
    return out;
}

bool float_from_hex(std::string_view text, double* out, bool* overflow) {
    *overflow = false;
    while (!text.empty() && is_ascii_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_ascii_space(text.back()))
        text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    if (iequals(text, "inf") || iequals(text, "infinity")) {
        *out = negative ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (iequals(text, "nan")) {
        *out = negative ? -std::nan("") : std::nan("");
        return true;
    }
    if (text.size() >= 2 && text[0] == '0' && (text[1] | 0x20) == 'x')
        text.remove_prefix(2);
    auto hexval = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        c = static_cast<char>(c | 0x20);
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    // Collect the first 16 significant hex digits into `top`; the rest only set `sticky`.
    uint64_t top = 0;
    int top_digits = 0;
    bool sticky = false;
    int64_t exp2 = 0; // value = (top . rest) * 2^exp2
    std::size_t i = 0, ndigits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        int d = hexval(c);
        if (d < 0)
            break;
        ++ndigits;
        if (top == 0 && d == 0) {
            if (point)
                exp2 -= 4;
            continue;
        }
        if (top_digits < 16) {
            top = top << 4 | static_cast<uint64_t>(d);
            ++top_digits;
            if (point)
                exp2 -= 4;
        } else {
            sticky = sticky || d != 0;
            if (!point)
                exp2 += 4;
        }
    }
    if (ndigits == 0)
        return false;
    if (i < text.size() && (text[i] | 0x20) == 'p') {
        ++i;
        bool eneg = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            eneg = text[i++] == '-';
        std::size_t start = i;
        int64_t e = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (e < (int64_t{1} << 40))
                e = e * 10 + (text[i] - '0');
        }
        if (i == start)
            return false;
        exp2 += eneg ? -e : e;
    }
    if (i != text.size())
        return false;
    double r = 0.0;
    if (top != 0) {
        // Normalise to a full 64-bit top so rounding sees every guard bit.
        int lz = std::countl_zero(top);
        top <<= lz;
        exp2 -= lz;
        if (exp2 > 2000) {
            *overflow = true;
            return true;
        }
        if (exp2 < -3000)
            exp2 = -3000;
        if (!bigint::round_to_double(top, sticky, exp2, &r)) {
            *overflow = true;
            return true;
        }
    }
    *out = negative ? -r : r;
    return true;
}

} // namespace bastion
