# range with bounds and lengths past int64 (CPython's longrange): len overflow, O(1) `in`,
# index/count, indexing, slicing, reversed, iteration, ==, hash, repr and the attributes.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


big = 2 ** 70
r = range(big)
print(r, r.start, r.stop, r.step, bool(r), bool(range(big, big)))
attempt('len', lambda: len(r))
attempt('len small', lambda: len(range(big, big + 5)))
print(big - 1 in r, big in r, -1 in r, 0 in r, 2 ** 69 in r, 1.0 in range(3), 3 in range(big, 0, -3))
print(r[0], r[-1], r[2 ** 69], r.index(2 ** 69), r.count(5), r.count(big))
attempt('index missing', lambda: r.index(big))
attempt('idx range', lambda: r[big])
attempt('idx neg range', lambda: r[-big - 1])
attempt('idx str', lambda: r['a'])
s = range(-big, big, 3)
print(s, s[1], s[-1], s.index(-big + 3 * 7), (-big + 1) in s, -big in s)
attempt('slice', lambda: s[::2])
attempt('slice neg', lambda: s[10:-10:-5])
attempt('slice small', lambda: r[5:10])
print(list(range(big, big + 3)), list(range(big + 3, big, -1)), list(reversed(range(big, big + 9, 4))))
it = iter(range(big, big + 3))
print(next(it), it.__length_hint__(), list(it))
print(range(big) == range(big), range(big) == range(0, big, 1), range(big, big) == range(0), range(big, big + 1) == range(big, big + 2, 7))
print(range(big) != range(big + 1), hash(range(big)) == hash(range(0, big)), hash(range(big, big)) == hash(range(0)))
print(range(0, big, big), range(big, 0, -1), range(-big), len(range(-big)), list(range(1 - big, -big, -1)))
attempt('zero step', lambda: range(0, big, 0))
attempt('float', lambda: range(0, 1e30))
print(sum(1 for _ in zip(range(big), range(5))), next(reversed(range(big))) == big - 1)
rr = reversed(range(0, big, 2))
print(next(rr), next(rr), rr.__length_hint__() == big // 2 - 2)
print(range(2 ** 63 - 5, 2 ** 63 + 5)[3:7], list(range(2 ** 63 - 2, 2 ** 63 + 2)))
attempt('slice step 0', lambda: r[::0])
attempt('slice str', lambda: r['a':])
attempt('slice big bounds', lambda: r[-2 ** 80:2 ** 80:-2 ** 75])
print(range(big)[::-1][:3], r[big - 2:])
