// unicode_db.cpp: lookups over the generated tables of unicode_db_tables.h: names decoded
// from word indexes, binary searches for name -> code point, the algorithmic CJK and Hangul
// names, and the two-level property tables.
#include "support/unicode_db.h"

#include <algorithm>
#include <cstdio>

#include "support/unicode_db_tables.h"

namespace bastion::unicode {

namespace {

using namespace db;

constexpr std::string_view kCategoryNames[] = {"Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No",
                                               "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc",
                                               "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"};
constexpr std::string_view kBidiNames[] = {"",   "L",  "LRE", "LRO", "R",  "AL", "RLE", "RLO",
                                           "PDF", "EN", "ES",  "ET",  "AN", "CS", "NSM", "BN",
                                           "B",  "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};
constexpr std::string_view kEastAsianNames[] = {"F", "H", "W", "Na", "A", "N"};

constexpr uint32_t kHangulBase = 0xAC00;
constexpr uint32_t kHangulCount = 11172;
constexpr std::string_view kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                       "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr std::string_view kJamoV[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                       "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr std::string_view kJamoT[] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L", "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                       "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";

bool is_cjk(uint32_t cp) {
    for (size_t i = 0; i < kCjkRangeCount; ++i)
        if (cp >= kCjkRanges[i].first && cp <= kCjkRanges[i].last)
            return true;
    return false;
}

void append_hex(std::string& out, uint32_t cp) {
    char buf[16];
    int n = std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
    out.append(buf, static_cast<size_t>(n));
}

// The code point whose name has index `index` (the inverse of name_index).
uint32_t code_of_index(uint32_t index) {
    const NameRun* end = kNameRuns + kNameRunCount;
    const NameRun* r = std::upper_bound(kNameRuns, end, index, [](uint32_t i, const NameRun& run) { return i < run.index; });
    --r; // kNameRuns[0].index == 0
    return r->cp + (index - r->index);
}

// The name index of cp, or -1 when cp has no explicit name.
int64_t name_index(uint32_t cp) {
    const NameRun* end = kNameRuns + kNameRunCount;
    const NameRun* r = std::upper_bound(kNameRuns, end, cp, [](uint32_t c, const NameRun& run) { return c < run.cp; });
    if (r == kNameRuns)
        return -1;
    uint32_t next_index = r == end ? static_cast<uint32_t>(kNameCount) : r->index;
    --r;
    uint64_t index = uint64_t(r->index) + (cp - r->cp);
    return index < next_index ? static_cast<int64_t>(index) : -1;
}

void append_word(std::string& out, size_t word, uint32_t cp) {
    if (word == 0) { // the "-XXXX" marker
        out += '-';
        append_hex(out, cp);
        return;
    }
    if (!out.empty() && word < kLexiconSize)
        out += ' ';
    if (word < kLexiconSize)
        out.append(kLexicon + kLexiconOffsets[word], kLexiconOffsets[word + 1] - kLexiconOffsets[word]);
}

void decode_name(uint32_t index, std::string& out) {
    uint32_t cp = code_of_index(index);
    size_t pos = kNameBlockOffsets[index / kNameBlock];
    for (uint32_t k = index % kNameBlock; k > 0; --k)
        pos += 1 + size_t(kNameBytes[pos]);
    size_t end = pos + 1 + size_t(kNameBytes[pos]);
    std::string name;
    for (++pos; pos < end;) {
        size_t b = kNameBytes[pos++];
        if (b >= 0xC0 && pos < end)
            b = 192 + ((b - 0xC0) << 8) + kNameBytes[pos++];
        append_word(name, b, cp);
    }
    out += name;
}

// Greedy longest match of one jamo table at the front of s; returns its index or -1.
int match_jamo(std::string_view& s, std::span<const std::string_view> table) {
    int best = -1;
    size_t best_len = 0;
    for (size_t i = 0; i < table.size(); ++i) {
        std::string_view j = table[i];
        if (s.starts_with(j) && (best < 0 || j.size() > best_len)) {
            best = static_cast<int>(i);
            best_len = j.size();
        }
    }
    if (best >= 0)
        s.remove_prefix(best_len);
    return best;
}

int32_t algorithmic_code(std::string_view name) {
    if (name.starts_with(kHangulPrefix)) {
        std::string_view s = name.substr(kHangulPrefix.size());
        int l = match_jamo(s, kJamoL);
        int v = match_jamo(s, kJamoV);
        int t = match_jamo(s, kJamoT);
        if (l < 0 || v < 0 || t < 0 || !s.empty())
            return -1;
        return static_cast<int32_t>(kHangulBase + (uint32_t(l) * 21 + uint32_t(v)) * 28 + uint32_t(t));
    }
    if (name.starts_with(kCjkPrefix)) {
        std::string_view hex = name.substr(kCjkPrefix.size());
        if (hex.size() != 4 && hex.size() != 5)
            return -1;
        uint32_t v = 0;
        for (char c : hex) {
            if (c >= '0' && c <= '9')
                v = v * 16 + uint32_t(c - '0');
            else if (c >= 'A' && c <= 'F')
                v = v * 16 + uint32_t(c - 'A' + 10);
            else
                return -1;
        }
        return is_cjk(v) ? static_cast<int32_t>(v) : -1;
    }
    return -2; // not an algorithmic prefix
}

std::string upper_ascii(std::string_view s) {
    std::string u(s);
    for (char& c : u)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return u;
}

} // namespace

bool char_name(uint32_t cp, std::string& out) {
    if (cp >= kHangulBase && cp < kHangulBase + kHangulCount) {
        uint32_t s = cp - kHangulBase;
        out += kHangulPrefix;
        out += kJamoL[s / (21 * 28)];
        out += kJamoV[(s % (21 * 28)) / 28];
        out += kJamoT[s % 28];
        return true;
    }
    if (is_cjk(cp)) {
        out += kCjkPrefix;
        append_hex(out, cp);
        return true;
    }
    int64_t index = name_index(cp);
    if (index < 0)
        return false;
    decode_name(static_cast<uint32_t>(index), out);
    return true;
}

int32_t lookup_char(std::string_view raw, bool with_aliases) {
    // The algorithmic names match case-sensitively (as CPython's _getcode); table names,
    // aliases and named sequences ignore ASCII case.
    int32_t algo = algorithmic_code(raw);
    std::string name = upper_ascii(raw);
    if (algo != -2)
        return algo;
    // Binary search over the names in sorted order, decoding each probe.
    size_t lo = 0, hi = kNameCount;
    std::string probe;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        probe.clear();
        decode_name(kNamesSorted[mid], probe);
        int c = probe.compare(name);
        if (c == 0)
            return static_cast<int32_t>(code_of_index(kNamesSorted[mid]));
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (with_aliases) {
        const AliasEntry* end = kAliases + kAliasCount;
        const AliasEntry* a = std::lower_bound(kAliases, end, name, [](const AliasEntry& e, const std::string& n) {
            return std::string_view(e.name) < n;
        });
        if (a != end && name == a->name)
            return static_cast<int32_t>(a->cp);
    }
    return -1;
}

std::span<const uint32_t> lookup_sequence(std::string_view raw) {
    std::string name = upper_ascii(raw);
    const SequenceEntry* end = kSequences + kSequenceCount;
    const SequenceEntry* s = std::lower_bound(kSequences, end, name, [](const SequenceEntry& e, const std::string& n) {
        return std::string_view(e.name) < n;
    });
    if (s == end || name != s->name)
        return {};
    return {kSequenceCodes + s->first, s->count};
}

CharProps char_props(uint32_t cp) {
    const CharRecord* r = &kRecords[0];
    if (cp <= 0x10FFFF) {
        uint32_t mask = (1u << kPropShift) - 1;
        r = &kRecords[kPropIndex2[(uint32_t(kPropIndex1[cp >> kPropShift]) << kPropShift) + (cp & mask)]];
    }
    CharProps p;
    p.category = kCategoryNames[r->category];
    p.bidirectional = kBidiNames[r->bidi];
    p.east_asian_width = kEastAsianNames[r->east_asian];
    p.numeric = kNumerics[r->numeric];
    p.combining = r->combining;
    p.mirrored = r->mirrored != 0;
    p.decimal = r->decimal;
    p.digit = r->digit;
    return p;
}

std::string_view decomposition(uint32_t cp) {
    if (cp > 0x10FFFF)
        return {};
    uint32_t mask = (1u << kDecompShift) - 1;
    uint16_t d = kDecompIndex2[(uint32_t(kDecompIndex1[cp >> kDecompShift]) << kDecompShift) + (cp & mask)];
    return std::string_view(kDecompText + kDecompOffsets[d], kDecompOffsets[d + 1] - kDecompOffsets[d]);
}

std::string_view database_version() { return kVersion; }

} // namespace bastion::unicode
