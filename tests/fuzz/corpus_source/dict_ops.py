d = {}
for w in 'a b a c b a'.split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items(), key=lambda kv: -kv[1]))
del d['a']
