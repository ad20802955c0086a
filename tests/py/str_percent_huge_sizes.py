# %-formatting with widths and precisions too large to allocate or to represent: a clean
# MemoryError / ValueError / OverflowError, never a crash (fuzz_format_spec found the width case).
cases = [
    lambda: b'r\xa3~%f~%66666666666fd' % (1.0, 2.0),
    lambda: b'%66666666666s' % b'x',
    lambda: b'%.3000000000d' % 1,
    lambda: b'%.66666666666s' % b'x',
    lambda: '%66666666666f' % 1.0,
    lambda: '%066666666666d' % 1,
    lambda: '%.3000000000f' % 1.0,
    lambda: '%.66666666666s' % 'x',
    lambda: '%*d' % (66666666666, 1),
    lambda: '%.*f' % (3000000000, 1.0),
    lambda: '%99999999999999999999d' % 1,
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, 'ok', len(r))
    except (MemoryError, ValueError, OverflowError) as e:
        print(i, type(e).__name__, e)
print(b'%5s|%-4d|%.2f' % (b'a', 3, 1.5), '%5s|%-4d|%.2f' % ('a', 3, 1.5))
