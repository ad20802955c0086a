# unicodedata over whole planes: per block of 4096 code points, a checksum of every
# property and name, compared with CPython 3.11. Code points added in Unicode 15.0 (which
# Bastion's database knows and CPython 3.11's does not; docs/differences.md) are skipped.
import unicodedata as u

NEW_IN_15 = [(0x0CF3,), (0x0ECE,), (0x10EFD,0x10EFF), (0x1123F,0x11241), (0x11B00,0x11B09), (0x11F00,0x11F10), (0x11F12,0x11F3A), (0x11F3E,0x11F59), (0x1342F,), (0x13439,0x1343F), (0x13440,0x13455), (0x1B132,), (0x1B155,), (0x1D2C0,0x1D2D3), (0x1DF25,0x1DF2A), (0x1E030,0x1E06D), (0x1E08F,), (0x1E4D0,0x1E4F9), (0x1F6DC,), (0x1F774,0x1F776), (0x1F77B,0x1F77F), (0x1F7D9,), (0x1FA75,0x1FA77), (0x1FA87,0x1FA88), (0x1FAAD,0x1FAAF), (0x1FABB,0x1FABD), (0x1FABF,), (0x1FACE,0x1FACF), (0x1FADA,0x1FADB), (0x1FAE8,), (0x1FAF7,0x1FAF8), (0x2B739,), (0x31350,0x323AF), ]
new = set()
for r in NEW_IN_15:
    lo = r[0]
    hi = r[1] if len(r) > 1 else lo
    new.update(range(lo, hi + 1))

M = (1 << 61) - 1
def block_sums(lo, hi):
    names = cats = props = nums = 0
    for cp in range(lo, hi):
        if cp in new:
            continue
        c = chr(cp)
        n = u.name(c, '')
        if n:
            names = (names * 1000003 + len(n) * 131 + ord(n[0]) + ord(n[-1]) * 7 + cp) % M
        cats = (cats * 31 + len(u.category(c) + u.bidirectional(c)) * 17
                + ord(u.category(c)[1]) + len(u.east_asian_width(c)) * 5 + ord(u.east_asian_width(c)[0])) % M
        props = (props * 37 + u.combining(c) + u.mirrored(c) * 3 + len(u.decomposition(c))) % M
        nums = (nums * 41 + u.decimal(c, -1) + 3 * u.digit(c, -1) + int(u.numeric(c, -1.0) * 1000)) % M
    return names, cats, props, nums

for start in list(range(0, 0x40000, 0x1000)) + [0xE0000]:
    print(hex(start), *block_sums(start, start + 0x1000))
