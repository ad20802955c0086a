# collections.UserDict/UserList/UserString: wrappers over .data behind the Mapping/Sequence protocols.
from collections import UserDict, UserList, UserString
import copy
d = UserDict({'a': 1}, b=2)
print(d, len(d), d.data, 'a' in d, d['b'], d.get('z', 0), isinstance(d, dict))
class Missing(UserDict):
    def __missing__(self, key): return key * 2
m = Missing(); print(m['ab'], m.get('ab'))
print(d | {'c': 3}, {'z': 0} | d, type(d | d).__name__)
d |= {'q': 9}; print(d, d.copy(), copy.copy(d), UserDict.fromkeys('xy', 0))
del d['a']; print(list(d), list(d.items()), d.pop('b'), d.setdefault('n', 5), d)
try: d['nope']
except KeyError as e: print('KeyError', e)
l = UserList([3, 1, 2])
l.append(0); l.sort(); print(l, l.data, l[1:], type(l[1:]).__name__, l[0], len(l))
print(l + [9], [8] + l, l * 2, 2 * l, l == [0, 1, 2, 3], l < [5], 2 in l)
l += (7,); l *= 1; print(l, l.pop(), l.index(2), l.count(1)); l.reverse(); print(l)
l.extend(UserList([4])); l.insert(0, 'x'); l.remove('x'); print(l, l.copy(), copy.copy(l))
del l[0]; l[0] = 'y'; print(l); l.clear(); print(l, bool(l))
s = UserString('Hello World')
print(s, repr(s), len(s), s[0], type(s[1:3]).__name__, s.upper(), s.lower().split(), s.find('o'))
print(s + '!', '>' + s, s * 2, s == 'Hello World', s < 'Z', 'World' in s, UserString('W') in s)
print(s.replace('l', 'L', 2), s.center(15, '*'), s.zfill(14), s.startswith('He'), s.count('l'))
print(UserString('%s-%d') % ('a', 1), s.encode(), hash(s) == hash('Hello World'), int(UserString('42')))
print(s.strip('Hd'), s.partition(' '), s.title(), s.swapcase(), s.isalpha(), s.join('ab'))
print(sorted([UserString('b'), UserString('a')]), s.format(), s.rjust(13), s.expandtabs())
import pprint
from collections import UserDict, UserList, UserString
pprint.pprint(UserDict({'b': 1, 'a': 2}))
pprint.pprint(UserDict({str(i): i for i in range(30)}))
pprint.pprint(UserList(range(40)))
pprint.pprint(UserString('word ' * 30))
