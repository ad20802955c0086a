# repr() of every code point 0..0x10FFFF, compared to CPython 3.11: prints the runs of
# printable / escaped code points, and checks each escape's exact form.
# Code points assigned after Unicode 14.0 (CPython 3.11's version) are printable in
# Bastion's Unicode 15 tables; they are skipped here (docs/differences.md).
UNICODE15_NEW = [(0x0CF3, 0x0CF3), (0x0ECE, 0x0ECE), (0x10EFD, 0x10EFF), (0x1123F, 0x11241), (0x11B00, 0x11B09),
                 (0x11F00, 0x11F10), (0x11F12, 0x11F3A), (0x11F3E, 0x11F59), (0x1342F, 0x1342F), (0x13439, 0x13455),
                 (0x1B132, 0x1B132), (0x1B155, 0x1B155), (0x1D2C0, 0x1D2D3), (0x1DF25, 0x1DF2A), (0x1E030, 0x1E06D),
                 (0x1E08F, 0x1E08F), (0x1E4D0, 0x1E4F9), (0x1F6DC, 0x1F6DC), (0x1F774, 0x1F776), (0x1F77B, 0x1F77F),
                 (0x1F7D9, 0x1F7D9), (0x1FA75, 0x1FA77), (0x1FA87, 0x1FA88), (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABD),
                 (0x1FABF, 0x1FABF), (0x1FACE, 0x1FACF), (0x1FADA, 0x1FADB), (0x1FAE8, 0x1FAE8), (0x1FAF7, 0x1FAF8),
                 (0x2B739, 0x2B739), (0x31350, 0x323AF)]

skip = bytearray(0x110000)
for a, b in UNICODE15_NEW:
    skip[a:b + 1] = b'\x01' * (b + 1 - a)

def expected_escape(cp):
    if cp == 9:
        return '\\t'
    if cp == 10:
        return '\\n'
    if cp == 13:
        return '\\r'
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp

runs = []
bad = 0
prev = None
start = 0
for cp in range(0x110000):
    if skip[cp]:
        continue
    c = chr(cp)
    r = repr(c)
    if r == "'" + c + "'" or (cp == 39 and r == '"\'"') or (cp == 92 and r == "'\\\\'"):
        kind = 'P'
    elif r == "'" + expected_escape(cp) + "'":
        kind = 'E'
    else:
        kind = '?'
        bad += 1
        if bad < 10:
            print('unexpected repr', hex(cp), ascii(r))
    if kind != prev:
        if prev is not None:
            runs.append((start, cp - 1, prev))
        prev = kind
        start = cp
runs.append((start, 0x10FFFF, prev))
print(len(runs), 'runs;', bad, 'unexpected')
for a, b, k in runs:
    print('%06X-%06X %s' % (a, b, k))
s = ''.join([chr(cp) for cp in range(0x20, 0x3000, 7) if not skip[cp]])
print(ascii(repr(s)) == ascii(repr(s)), len(repr(s)), ascii(repr('\'"')), ascii(repr("'")), ascii(repr('\ud800\udfff\x00\x7f\xa0\xad')))
