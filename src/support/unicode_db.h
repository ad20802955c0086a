// unicode_db.h: the Unicode character database behind \N{...}, the namereplace error
// handler and the unicodedata module: character names (explicit, CJK/Hangul algorithmic,
// aliases, named sequences) and UnicodeData.txt's per-character properties. The tables are
// generated at build time from Debian's unicode-data (cmake/gen_unicode_db.py) and are
// constant data: nothing is loaded or built at startup.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace bastion::unicode {

// Appends cp's name (as unicodedata.name gives it) to out; false if cp has none.
bool char_name(uint32_t cp, std::string& out);

// The code point named `name` (ASCII case-insensitive, as CPython); with_aliases also
// accepts NameAliases.txt's formal aliases. -1 if there is none.
int32_t lookup_char(std::string_view name, bool with_aliases);

// The code points of a named sequence (NamedSequences.txt); empty if there is none.
std::span<const uint32_t> lookup_sequence(std::string_view name);

struct CharProps {
    std::string_view category;         // "Cn" for unassigned code points
    std::string_view bidirectional;    // "" for unassigned
    std::string_view east_asian_width; // "F" for unassigned (as CPython 3.11)
    std::string_view numeric;          // UnicodeData's field 8 ("1/2"), "" if none
    int combining;
    bool mirrored;
    int decimal; // -1 if none
    int digit;   // -1 if none
};
CharProps char_props(uint32_t cp);

// UnicodeData's decomposition field ("<compat> 0020 0308"), "" if none.
std::string_view decomposition(uint32_t cp);

// The Unicode version of the database ("15.0.0").
std::string_view database_version();

} // namespace bastion::unicode
