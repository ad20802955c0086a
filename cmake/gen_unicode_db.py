#!/usr/bin/env python3
# gen_unicode_db.py: writes the Unicode character database that support/unicode_db.h reads
# (names, aliases, named sequences, and unicodedata's per-character properties) from
# Debian's unicode-data files. Run at build time by CMakeLists.txt:
#   python3 gen_unicode_db.py UCD_DIR OUT.cpp
# Names are stored as sequences of word indexes into a frequency-sorted lexicon (1 byte for
# the 192 commonest words, 2 bytes otherwise); properties as two-level lookup tables.
import os
import sys

ucd, out_path = sys.argv[1], sys.argv[2]


def read_lines(name):
    with open(os.path.join(ucd, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield line


CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
              "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN",
        "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]

# --- UnicodeData.txt --------------------------------------------------------------------------
records = {}      # cp -> fields
names = {}        # cp -> name (explicit names only)
ranges = []       # (first, last, kind) for <..., First>/<..., Last> pairs
pending = None
for line in read_lines("UnicodeData.txt"):
    f = line.split(";")
    cp = int(f[0], 16)
    name = f[1]
    if name.endswith(", First>"):
        pending = (cp, f)
        continue
    if name.endswith(", Last>"):
        first, ff = pending
        kind = ff[1][1:-len(", First>")]
        ranges.append((first, cp, kind))
        for c in range(first, cp + 1):
            records[c] = ff
        pending = None
        continue
    records[cp] = f
    if not name.startswith("<"):
        names[cp] = name

eaw = {}
for line in read_lines("EastAsianWidth.txt"):
    rng, val = [x.strip() for x in line.split(";")]
    lo, _, hi = rng.partition("..")
    for c in range(int(lo, 16), int(hi or lo, 16) + 1):
        eaw[c] = val

# CJK numerals: Unihan's numeric values fill the numeric field where UnicodeData has none
# (as CPython's unicodedata.numeric does).
unihan = os.path.join(ucd, "Unihan_NumericValues.txt.bz2")
if os.path.exists(unihan):
    import bz2
    with bz2.open(unihan, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t")
            cp = int(code[2:], 16)
            if field in ("kPrimaryNumeric", "kAccountingNumeric", "kOtherNumeric") and cp in records:
                if not records[cp][8]:
                    records[cp] = records[cp][:8] + [value] + records[cp][9:]

# --- property records -----------------------------------------------------------------------------
numerics = [""]
decomps = [""]
record_list = [(0, 0, 0, 0, 0, -1, -1, 0)]  # unassigned: Cn, '', combining 0, 'F' (as CPython)
record_index = {record_list[0]: 0}
prop_of = [0] * 0x110000
decomp_of = [0] * 0x110000
decomp_index = {"": 0}
numeric_index = {"": 0}
for cp, f in records.items():
    num = f[8]
    if num not in numeric_index:
        numeric_index[num] = len(numerics)
        numerics.append(num)
    rec = (CATEGORIES.index(f[2]), BIDI.index(f[4]), int(f[3]), EAW.index(eaw.get(cp, "N")),
           1 if f[9] == "Y" else 0, int(f[6]) if f[6] else -1, int(f[7]) if f[7] else -1, numeric_index[num])
    if rec not in record_index:
        record_index[rec] = len(record_list)
        record_list.append(rec)
    prop_of[cp] = record_index[rec]
    d = f[5]
    if d not in decomp_index:
        decomp_index[d] = len(decomps)
        decomps.append(d)
    decomp_of[cp] = decomp_index[d]


def two_level(values):
    """Smallest (shift, index1, index2) splitting values into deduplicated blocks."""
    best = None
    for shift in range(4, 10):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, len(values), size):
            block = tuple(values[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        cost = len(index1) * 2 + len(index2) * 2
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


# --- names ----------------------------------------------------------------------------------------
HEX_MARK = 0   # word index 0: "-XXXX", the code point in hex (CJK COMPATIBILITY IDEOGRAPH-F900)
codes = sorted(names)
words_of = {}
freq = {}
for cp in codes:
    ws = names[cp].split(" ")
    suffix = "-%04X" % cp
    tail = None
    if ws[-1].endswith(suffix) and len(ws[-1]) > len(suffix):
        ws[-1] = ws[-1][:-len(suffix)]
        tail = HEX_MARK
    words_of[cp] = (ws, tail)
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
lexicon = [""] + sorted(freq, key=lambda w: (-freq[w], w))
word_id = {w: i for i, w in enumerate(lexicon)}
assert len(lexicon) < 192 + 64 * 256


def encode_word(i):
    if i < 192:
        return [i]
    i -= 192
    return [0xC0 + (i >> 8), i & 0xFF]


name_bytes = bytearray()
block_offsets = []
BLOCK = 32
for n, cp in enumerate(codes):
    if n % BLOCK == 0:
        block_offsets.append(len(name_bytes))
    ws, tail = words_of[cp]
    enc = []
    for w in ws:
        enc += encode_word(word_id[w])
    if tail is not None:
        enc += encode_word(tail)
    assert len(enc) < 256
    name_bytes.append(len(enc))
    name_bytes.extend(enc)
assert len(codes) < 65536
by_name = sorted(range(len(codes)), key=lambda n: names[codes[n]])

aliases = []
for line in read_lines("NameAliases.txt"):
    cp, alias, _kind = line.split(";")
    aliases.append((alias, int(cp, 16)))
aliases.sort()
sequences = []
for line in read_lines("NamedSequences.txt"):
    name, seq = line.split(";")
    sequences.append((name.strip(), [int(x, 16) for x in seq.split()]))
sequences.sort()

# Algorithmic CJK ranges (CPython 3.11 names CJK unified ideographs and Hangul syllables
# algorithmically, not Tangut).
cjk = [(a, b) for a, b, kind in ranges if kind.startswith("CJK Ideograph")]
hangul = [(a, b) for a, b, kind in ranges if kind.startswith("Hangul Syllable")]
assert hangul == [(0xAC00, 0xD7A3)]

# --- output ---------------------------------------------------------------------------------------
out = []
w = out.append


def array(ctype, name, values, per_line=24):
    w("const %s %s[] = {\n" % (ctype, name))
    vals = list(values)
    for i in range(0, len(vals), per_line):
        w("    " + ",".join(str(v) for v in vals[i:i + per_line]) + ",\n")
    if not vals:
        w("    0,\n")
    w("};\n")


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


w("// Generated by cmake/gen_unicode_db.py from Debian's unicode-data. Do not edit.\n")
w('#include "support/unicode_db_tables.h"\n\nnamespace bastion::unicode::db {\n\n')
version = "15.0.0"
readme = os.path.join(ucd, "ReadMe.txt")
if os.path.exists(readme):
    import re
    m = re.search(r"Version (\d+\.\d+\.\d+)", open(readme, encoding="utf-8").read())
    if m:
        version = m.group(1)
w("const char kVersion[] = %s;\n" % cstr(version))
lex = "".join(lexicon)
w("const char kLexicon[] = %s;\n" % cstr(lex))
offs, pos = [], 0
for word in lexicon:
    offs.append(pos)
    pos += len(word)
offs.append(pos)
array("uint32_t", "kLexiconOffsets", offs)
w("const size_t kLexiconSize = %d;\n" % len(lexicon))
array("uint8_t", "kNameBytes", name_bytes, 40)
array("uint32_t", "kNameBlockOffsets", block_offsets)
w("const size_t kNameBlock = %d;\n" % BLOCK)
# Named code points as runs of consecutive values: (first code point, index of its name).
runs = []
for n, cp in enumerate(codes):
    if runs and runs[-1][0] + (n - runs[-1][1]) == cp:
        continue
    runs.append((cp, n))
w("const NameRun kNameRuns[] = {\n")
for cp, n in runs:
    w("    {%d, %d},\n" % (cp, n))
w("};\nconst size_t kNameRunCount = %d;\n" % len(runs))
w("const size_t kNameCount = %d;\n" % len(codes))
array("uint16_t", "kNamesSorted", by_name)
w("const AliasEntry kAliases[] = {\n")
for alias, cp in aliases:
    w("    {%s, %d},\n" % (cstr(alias), cp))
w("};\nconst size_t kAliasCount = %d;\n" % len(aliases))
seq_cps = []
w("const SequenceEntry kSequences[] = {\n")
for name, cps in sequences:
    w("    {%s, %d, %d},\n" % (cstr(name), len(seq_cps), len(cps)))
    seq_cps += cps
w("};\nconst size_t kSequenceCount = %d;\n" % len(sequences))
array("uint32_t", "kSequenceCodes", seq_cps)
w("const CodeRange kCjkRanges[] = {\n")
for a, b in cjk:
    w("    {%d, %d},\n" % (a, b))
w("};\nconst size_t kCjkRangeCount = %d;\n" % len(cjk))
w("const CharRecord kRecords[] = {\n")
for rec in record_list:
    w("    {%d, %d, %d, %d, %d, %d, %d, %d},\n" % rec)
w("};\nconst size_t kRecordCount = %d;\n" % len(record_list))
w("const char* const kNumerics[] = {%s};\n" % ", ".join(cstr(s) for s in numerics))
w("const size_t kNumericCount = %d;\n" % len(numerics))
shift, i1, i2 = two_level(prop_of)
w("const unsigned kPropShift = %d;\n" % shift)
array("uint16_t", "kPropIndex1", i1)
array("uint16_t", "kPropIndex2", i2)
dtext = "".join(decomps)
doffs, pos = [], 0
for d in decomps:
    doffs.append(pos)
    pos += len(d)
doffs.append(pos)
w("const char kDecompText[] = %s;\n" % cstr(dtext))
array("uint32_t", "kDecompOffsets", doffs)
w("const size_t kDecompCount = %d;\n" % len(decomps))
shift, i1, i2 = two_level(decomp_of)
w("const unsigned kDecompShift = %d;\n" % shift)
array("uint16_t", "kDecompIndex1", i1)
array("uint16_t", "kDecompIndex2", i2)
w("\n} // namespace bastion::unicode::db\n")

text = "".join(out)
os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
tmp = out_path + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    f.write(text)
if os.path.exists(out_path) and open(out_path, encoding="utf-8").read() == text:
    os.remove(tmp)
else:
    os.replace(tmp, out_path)
