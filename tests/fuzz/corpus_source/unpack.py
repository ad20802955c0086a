a, *b, c = range(6)
d = {**{'x': 1}, 'y': 2}
print(*b, sep=',')
print([*a.__class__.__name__, *d])
