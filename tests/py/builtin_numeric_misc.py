# pow with modulus, round, divmod, abs, bin/oct/hex, int() bases, bool arithmetic.
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7), pow(0, 0))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 1.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(15, -1), round(25, -1))
print(round(2.675, 2), round(1e300, -300), type(round(2.5)), type(round(2.5, 0)))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), abs(-3), abs(-2.5), abs(3 + 4j))
print(bin(10), oct(-8), hex(255), bin(0), hex(-1), oct(2 ** 70))
print(int('ff', 16), int('0x1f', 0), int('0b101', 0), int('  12  '), int('1_000'), int('z', 36), int(3.9), int(-3.9))
for args in [('12', 1), ('12', 37), ('0x', 16), ('1__0',), ('',), ('abc',), ('0o8', 0)]:
    try:
        int(*args)
    except ValueError as e:
        print('ValueError:', e)
print(True + True, True * 3, -True, ~False, True / 2, True // 1, 3 - False)
print(max(1, 2.5, key=lambda v: -v), min('b', 'a', 'c'), max([], default='none'), min([3, 1, 2]))
for call in (lambda: max(), lambda: min([]), lambda: max(1), lambda: max([1], [2], default=0)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print(float('inf') > 10 ** 400, float('-nan') != float('nan'), 10 ** 20 == 1e20, 0.1 + 0.2 == 0.3)
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'), (-1).to_bytes(1, 'big', signed=True))
print((255).bit_length(), (7).bit_count(), (10).as_integer_ratio(), (0.75).as_integer_ratio(), (2.0).is_integer())
