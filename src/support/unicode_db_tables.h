// unicode_db_tables.h: the shapes of the generated Unicode database (cmake/gen_unicode_db.py
// writes the definitions into the build tree). Only unicode_db.cpp reads these; everyone
// else uses the functions of unicode_db.h.
#pragma once

#include <cstddef>
#include <cstdint>

namespace bastion::unicode::db {

struct AliasEntry {
    const char* name;
    uint32_t cp;
};
struct SequenceEntry {
    const char* name;
    uint32_t first; // index into kSequenceCodes
    uint32_t count;
};
struct CodeRange {
    uint32_t first, last;
};
struct NameRun {
    uint32_t cp;    // first code point of a run of consecutive named code points
    uint32_t index; // name index of cp; the run continues up to the next run's index
};
// One distinct combination of unicodedata's per-character properties; index 0 is the
// record of unassigned code points.
struct CharRecord {
    uint8_t category;   // index into kCategoryNames (unicode_db.cpp)
    uint8_t bidi;       // index into kBidiNames
    uint8_t combining;  // canonical combining class
    uint8_t east_asian; // index into kEastAsianNames
    uint8_t mirrored;
    int8_t decimal;     // -1: none
    int8_t digit;       // -1: none
    uint16_t numeric;   // index into kNumerics ("" = none)
};

extern const char kVersion[];
extern const char kLexicon[];
extern const uint32_t kLexiconOffsets[];
extern const size_t kLexiconSize;
extern const uint8_t kNameBytes[];
extern const uint32_t kNameBlockOffsets[];
extern const size_t kNameBlock;
extern const NameRun kNameRuns[];
extern const size_t kNameRunCount;
extern const size_t kNameCount;
extern const uint16_t kNamesSorted[];
extern const AliasEntry kAliases[];
extern const size_t kAliasCount;
extern const SequenceEntry kSequences[];
extern const size_t kSequenceCount;
extern const uint32_t kSequenceCodes[];
extern const CodeRange kCjkRanges[];
extern const size_t kCjkRangeCount;
extern const CharRecord kRecords[];
extern const size_t kRecordCount;
extern const char* const kNumerics[];
extern const size_t kNumericCount;
extern const unsigned kPropShift;
extern const uint16_t kPropIndex1[];
extern const uint16_t kPropIndex2[];
extern const char kDecompText[];
extern const uint32_t kDecompOffsets[];
extern const size_t kDecompCount;
extern const unsigned kDecompShift;
extern const uint16_t kDecompIndex1[];
extern const uint16_t kDecompIndex2[];

} // namespace bastion::unicode::db
