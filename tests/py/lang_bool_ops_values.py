# and/or return operands, not bools; not returns bools; short-circuit side effects;
# conditional expressions nest right; truthiness of many built-in values.
log = []


def t(v):
    log.append(v)
    return v


print(1 and 2, 0 and 2, 1 or 2, 0 or '', '' or 0 or None, [] and 1, 'a' and 'b' or 'c')
print(t(0) and t(1), t(2) or t(3), log)
print(not 0, not [1], not None, type(not 1).__name__)
x = 5
print('big' if x > 3 else 'mid' if x > 1 else 'small', ('a' if False else 'b') + '!')
values = [0, 0.0, 0j, '', b'', [], (), {}, set(), frozenset(), range(0), None, False, bytearray(), memoryview(b'')]
print([bool(v) for v in values], any(values), all([]), any([]))
print([bool(v) for v in (1, -1, 0.1, 'a', [0], (0,), {0: 0}, {0}, range(1), True, ...)])
a = b = []
print(a is b, (a or 'x') is a, (None or a) is a, [] or [] is not None)
y = 0
z = y or 'default'
w = y and 1 / y
print(z, w)
print(sum(1 for v in values if not v) == len(values), min(3, 1) or max(0, 0))
