d = {k: [v * 2 for v in range(k) if v] for k in range(5)}
s = {x for x in 'hello'}
print(d, sorted(s), sum(x for x in range(9)))
