# collections.abc: isinstance/issubclass of the built-in types, the subclass hooks,
# registration (also through a registered subclass), and the mixin methods of Sequence,
# MutableSequence, Mapping, MutableMapping, Set and MutableSet.
import collections
from collections import abc as A
import collections.abc
from collections.abc import *
print(collections.abc is A)
from collections import deque, OrderedDict, defaultdict, Counter
checks = [
    ([], [Iterable, Sized, Container, Collection, Sequence, MutableSequence, Reversible, Hashable, Iterator, Mapping]),
    ((), [Sequence, MutableSequence, Hashable]),
    ('', [Sequence, Hashable, ByteString]),
    (b'', [ByteString, Sequence, MutableSequence]),
    (bytearray(), [ByteString, MutableSequence, Hashable]),
    ({}, [Mapping, MutableMapping, Sequence, Hashable, Reversible]),
    ({}.keys(), [KeysView, Set, MappingView, Sized, Iterable]),
    ({}.items(), [ItemsView, Set]),
    ({}.values(), [ValuesView, Set, Collection]),
    (set(), [Set, MutableSet, Hashable]),
    (frozenset(), [Set, MutableSet, Hashable]),
    (range(3), [Sequence, Reversible]),
    (iter([]), [Iterator, Iterable]),
    (iter({}), [Iterator]),
    ((x for x in ()), [Generator, Iterator]),
    (len, [Callable]),
    (deque(), [MutableSequence, Sequence, Hashable]),
    (OrderedDict(), [MutableMapping]),
    (defaultdict(), [Mapping]),
    (Counter(), [MutableMapping]),
    (memoryview(b''), [Sequence]),
    (1, [Hashable, Iterable]),
    (None, [Hashable, Callable]),
]
for obj, abcs in checks:
    print(type(obj).__name__, [(c.__name__, isinstance(obj, c)) for c in abcs])

class Seq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2))
try: s.index(9)
except ValueError as e: print('ValueError', e)

class MSeq(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
m = MSeq(); m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3); print(m.data); m.clear(); print(m.data)

class Map(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mp = Map({'a': 1, 'b': 2})
print(mp.get('a'), mp.get('z', 0), 'a' in mp, list(mp.keys()), list(mp.items()), list(mp.values()), mp == {'a': 1, 'b': 2})
print(mp.keys() & {'a'}, mp.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)}, repr(mp.keys())[:8], len(mp.values()))

class MMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MMap(); mm.update({'x': 1}, y=2); mm.update([('z', 3)]); print(mm.d, mm.setdefault('w', 4), mm.pop('x'), mm.pop('q', 'dflt'), mm.popitem(), mm.d)
try: mm.pop('q')
except KeyError as e: print('KeyError', e)
mm.clear(); print(mm.d)

class S(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, S([2]) < a, a == S([3, 2, 1]), a.isdisjoint([7]))
print(sorted([5, 1] - a) if False else sorted(S([5, 1]) - a), a._hash() == S([3, 1, 2])._hash())

class MS(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MS([1, 2]); ms |= [3]; ms -= [1]; ms ^= [4, 2]; print(sorted(ms.s)); ms &= [3]; print(sorted(ms.s), ms.pop(), len(ms))
try: ms.remove(9)
except KeyError as e: print('KeyError', e)

try: Sequence()
except TypeError as e: print(e)
try: MSeq.__bases__; MutableMapping()
except TypeError as e: print(e)

class Dk:
    def __iter__(self): return iter([])
    def __len__(self): return 0
    def __contains__(self, x): return False
print(issubclass(Dk, Collection), issubclass(Dk, Sized), issubclass(Dk, Sequence), isinstance(Dk(), Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(int, Hashable))
class Reg: pass
Sequence.register(Reg)
print(issubclass(Reg, Sequence), issubclass(Reg, Collection), issubclass(Reg, Iterable), issubclass(Reg, MutableSequence))
print(Sequence.__module__, MutableMapping.__name__, sorted(A.__all__) == sorted(['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']))
print(sorted(Sequence.__abstractmethods__), sorted(MutableSequence.__abstractmethods__), sorted(Mapping.__abstractmethods__))
class AI:
    def __aiter__(self): return self
    def __anext__(self): raise StopAsyncIteration
print(isinstance(AI(), AsyncIterator), isinstance(AI(), AsyncIterable), isinstance(AI(), Awaitable))
