# Comprehension scoping: own scope, first iterable evaluated outside, nested loops,
# conditions, walrus binding to the enclosing scope, class-body quirks.
x = 'outer'
print([x for x in range(3)], x)
print({k: v for k, v in zip('ab', (1, 2)) if v > 1}, {c for c in 'hello'} == set('hello'))
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([[j for j in range(i)] for i in range(4)])
gen = (i * i for i in range(4))
print(next(gen), list(gen))
print([y := 5, y ** 2], y)
print([last := n for n in range(4)], last)
total = 0
print([total := total + n for n in range(5)], total)


def f():
    [inner := i for i in range(3)]
    return inner


print(f())


class K:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        nested = [v for v in range(2) if values]
    except NameError as e:
        err = str(e)


print(K.doubled, K.err)
print(sum(i for i in range(10) if i % 3 == 0), max((len(w), w) for w in 'a bb ccc'.split()))
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row], list(zip(*matrix)), [[r[i] for r in matrix] for i in range(2)])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
try:
    eval('[i := 0 for i in range(2)]')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    eval('[j for j in range(2) if (j := 1)]')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
print({n: [m for m in range(n)] for n in range(3)})
print(list(map(lambda p: p[0] * p[1], ((a, b) for a in range(3) for b in range(2)))))
