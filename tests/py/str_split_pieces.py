# split/splitlines/rsplit/partition pieces of every kind (objects/str_methods.cpp builds
# short pieces with one typed loop): canonical kinds (==, hash, isascii) and identities.
texts = ['alpha beta  gamma', 'caf\xe9 na\xefve \xff', '\u65e5\u672c \u20ac x', '\U0001f600ok a \U0010ffff',
         'mix a\xe9 \u20acb \U0001f600c plain', '  lead and trail  ', 'x' * 70 + ' ' + '\xe9' * 70 + ' ' + '\u20ac' * 70]
for t in texts:
    for parts in (t.split(), t.split(' '), t.rsplit(None, 2), t.splitlines(), (t + '\n' + t).splitlines(True),
                  list(t.partition(' ')), list(t.rpartition(' ')), t.split(' ', 1)):
        print(ascii(parts), [p.isascii() for p in parts], all(hash(p) == hash(p.encode('utf-8').decode('utf-8')) for p in parts),
              [max(map(ord, p), default=0) < 256 for p in parts])
w = 'whole'
print(w.split()[0] is w, w.split(',')[0] is w, w.splitlines()[0] is w)
