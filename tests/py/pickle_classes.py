# pickle_classes: user classes and the bundled library's types through pickle, byte for byte
# against CPython 3.11 and back: instances by object.__reduce_ex__ (copyreg._reconstructor below
# protocol 2, __newobj__ / __newobj_ex__ from 2), __getnewargs__(_ex)__, __getstate__ /
# __setstate__, __slots__, __reduce__ with a state setter, nested classes (getattr below
# protocol 4), enum members and flags, datetime's types (CPython's byte states), namedtuples,
# and large containers.
import pickle, collections, datetime, enum, sys
def digest(b):
    h = 0
    for x in b:
        h = (h * 131 + x) % 1000000007
    return h
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Flag(enum.IntFlag):
    A = 1
    B = 2
class Outer:
    class Inner:
        pass
class NX:
    def __new__(cls, a, *, k=0):
        o = object.__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(self): return ((self.a,), {'k': self.k})
class N2(object):
    def __new__(cls, a):
        o = object.__new__(cls); o.a = a; return o
    def __getnewargs__(self): return (self.a,)
class R:
    def __reduce__(self): return (R2, (1, 2))
class R2:
    def __init__(self, a, b): self.s = a + b
class SS:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self.__b = 2
    def __getstate__(self): return (None, {'a': self.a, '_SS__b': self.__b})
class StateSetter:
    def __init__(self): self.x = 1
    def __reduce__(self): return (StateSetter, (), {'x': 5}, None, None, setter)
def setter(obj, state): obj.x = state['x'] * 2
vals = [Color.RED, Flag.B, Outer.Inner, Outer.Inner(), NX(3, k=4), N2(7), R(), SS(), StateSetter(),
        datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        datetime.time(1, 2, 3), datetime.timezone.utc, datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        None, list(range(3000))]
P = collections.namedtuple('P', 'x y')
vals.append(P(1, 2))
for i, v in enumerate(vals):
    for p in range(6):
        try:
            b = pickle.dumps(v, p)
            print(i, p, b.hex() if len(b) < 200 else (len(b), digest(b)))
            w = pickle.loads(b)
            if type(w) is not type(v): print('  type', type(w).__name__)
            if hasattr(v, '__dict__') and not isinstance(v, type) and not isinstance(v, enum.Enum): print('  state', sorted(w.__dict__.items()))
            elif isinstance(v, SS): print('  slots', w.a, w._SS__b)
            elif not isinstance(v, type) : print('  eq', w == v)
        except Exception as e:
            print(i, p, type(e).__name__, e)

# A flag combination pickles as operator.or_(cls(rest), lowest member): CPython names the
# function _operator.or_, Bastion operator.or_ (lib/operator.py), so only the round trip here.
for p in range(6):
    print('flag', p, pickle.loads(pickle.dumps(Flag.A | Flag.B, p)) is (Flag.A | Flag.B))

# Subclasses of built-in types keep their items and attributes.
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
class MySet(set):
    pass
class MyBytes(bytes):
    pass
class MyByteArray(bytearray):
    pass
class MyDeque(collections.deque):
    pass
for cls, arg in ((MyList, [1, 2]), (MyDict, {'a': 1}), (MyInt, 5), (MyStr, 'txt'), (MyTuple, (1, 2)),
                 (MySet, {3}), (MyBytes, b'by'), (MyByteArray, b'ba'), (MyDeque, [1, 2])):
    obj = cls(arg)
    obj.tag = 'x'
    for p in range(6):
        b = pickle.dumps(obj, p)
        back = pickle.loads(b)
        print(cls.__name__, p, len(b), digest(b), type(back).__name__, back == obj, back.tag)

# Shared and recursive instances keep their identity.
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
a, b = Node('a'), Node('b')
a.links.append(b)
b.links.append(a)
b.links.append(b)
for p in range(6):
    data = pickle.dumps([a, b], p)
    x, y = pickle.loads(data)
    print('graph', p, len(data), digest(data), x.links[0] is y, y.links[0] is x, y.links[1] is y)

# The collections types Bastion bundles.
C = collections
for v in (C.OrderedDict([('b', 1), ('a', 2)]), C.deque([1, 2, 3]), C.deque([1], maxlen=4),
          C.defaultdict(list, {'k': [1]}), C.Counter('abracadabra'), C.ChainMap({'a': 1}, {'b': 2})):
    for p in range(6):
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        same = list(back) == list(v) and (not hasattr(v, 'items') or dict(back.items()) == dict(v.items()))
        print(type(v).__name__, p, len(data), digest(data), same, type(back).__name__)

# functools.partial keeps func, args, keywords and its __dict__.
import functools
part = functools.partial(int, base=2)
part.note = 'n'
for p in range(6):
    data = pickle.dumps(part, p)
    back = pickle.loads(data)
    print('partial', p, len(data), digest(data), back('101'), back.note)

# Instances of classes with __slots__ and no __getstate__: protocols 0 and 1 refuse them.
class Slotted:
    __slots__ = ('a', 'b')
sl = Slotted()
sl.a = 1
for p in range(6):
    try:
        data = pickle.dumps(sl, p)
        back = pickle.loads(data)
        print('slotted', p, data.hex(), back.a, hasattr(back, 'b'))
    except TypeError as e:
        print('slotted', p, 'TypeError', e)

# Exceptions (BaseException's reduction: type and args, plus the instance dict; OSError's
# filename, ImportError's name/path), user exceptions with attributes, and the singleton types.
class MyErr(Exception):
    pass
err = MyErr('m')
err.extra = 5
for v in (type(NotImplemented), type(...), type(None), ValueError('a', 1), KeyError('k'), MyErr('x'), err,
          OSError(2, 'nf', 'file'), OSError('plain'), ImportError('imp', name='n'), StopIteration(3),
          UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), SystemExit(2)):
    for p in (0, 2, 4):
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        extra = (back.args, getattr(back, 'extra', None)) if isinstance(v, BaseException) else back is v
        print(p, data, type(back).__name__, extra)

# What cannot be pickled.
def gen():
    yield 1
for v in (gen(), memoryview(b'a'), (lambda: 0).__code__):
    for p in (0, 2):
        try:
            pickle.dumps(v, p)
        except TypeError as e:
            print(type(v).__name__, p, 'TypeError', e)
