# pickle_copyreg: the copyreg module (CPython 3.11's interface) and the defaults it gives
# object.__reduce_ex__ / __reduce__ / __getstate__: the dispatch table (complex is in it),
# pickle()/constructor() checks, the extension registry's rules, _reconstructor, __newobj__,
# __newobj_ex__, _slotnames (mangled private slots, cached in __slotnames__), _reduce_ex below
# protocol 2, and copy.copy / copy.deepcopy, which use the same reductions.
import copy
import copyreg
import pickle


def show(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(complex in copyreg.dispatch_table, copyreg.dispatch_table[complex](3 + 4j))
print(sorted(copyreg.__all__))
show('pickle non-callable', lambda: copyreg.pickle(int, None))
show('constructor non-callable', lambda: copyreg.constructor(5))
show('constructor ok', lambda: copyreg.constructor(int))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return 'Money(%d)' % self.cents


def reduce_money(m):
    return Money, (m.cents,)


copyreg.pickle(Money, reduce_money)
for p in range(6):
    data = pickle.dumps(Money(125), p)
    print('money', p, data, pickle.loads(data))
print('copy', copy.copy(Money(5)), copy.deepcopy([Money(6)]))
del copyreg.dispatch_table[Money]

# The extension registry.
show('add', lambda: copyreg.add_extension('mod', 'name', 77))
show('add again (same)', lambda: copyreg.add_extension('mod', 'name', 77))
show('key in use', lambda: copyreg.add_extension('mod', 'name', 78))
show('code in use', lambda: copyreg.add_extension('mod', 'other', 77))
show('code 0', lambda: copyreg.add_extension('mod', 'zero', 0))
show('code too big', lambda: copyreg.add_extension('mod', 'big', 2**31))
show('remove wrong', lambda: copyreg.remove_extension('mod', 'name', 79))
show('remove', lambda: copyreg.remove_extension('mod', 'name', 77))
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.clear_extension_cache()


# Reconstructors.
class Base(list):
    pass


class Plain:
    pass


obj = copyreg._reconstructor(Base, list, [1, 2])
print(type(obj).__name__, obj)
print(type(copyreg._reconstructor(Plain, object, None)).__name__)
print(type(copyreg.__newobj__(Plain)).__name__, copyreg.__newobj__(Base, [3]))
print(copyreg.__newobj_ex__(Base, ([4],), {}))


class Slots:
    __slots__ = ('a', '__secret', '__dict__')


class MoreSlots(Slots):
    __slots__ = 'b'


print(copyreg._slotnames(MoreSlots), MoreSlots.__slotnames__, copyreg._slotnames(Plain))

# The defaults object's reduction methods give.
p = Plain()
p.x = 1
for proto in range(5):
    r = p.__reduce_ex__(proto)
    print('plain', proto, r[0].__name__, [getattr(a, '__name__', a) for a in r[1]], r[2:])
print(p.__reduce__()[0].__name__, p.__reduce__()[1][1].__name__)
print(Plain().__getstate__(), p.__getstate__())
s = MoreSlots()
s.a = 1
s.b = 2
s.z = 3
print(s.__getstate__())
print(copyreg._reduce_ex(p, 1)[2])
show('slots proto 1', lambda: copyreg._reduce_ex(s, 1))
back = pickle.loads(pickle.dumps(s, 2))
print(back.a, back.b, back.z, hasattr(back, '_Slots__secret'))


class WithNewargs(int):
    def __new__(cls, value, extra):
        self = int.__new__(cls, value)
        self.extra = extra
        return self

    def __getnewargs__(self):
        return (int(self), self.extra)


w = WithNewargs(7, 'e')
print(w.__reduce_ex__(2)[1][1:], pickle.loads(pickle.dumps(w, 2)).extra)


class Overrides:
    def __reduce__(self):
        return (Overrides, ())


print(Overrides().__reduce_ex__(2)[0].__name__, Overrides().__reduce_ex__(0)[1])


class GetState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a + 1}


for proto in (0, 2):
    print('getstate', proto, pickle.loads(pickle.dumps(GetState(), proto)).a, copy.copy(GetState()).a)

show('bad newargs', lambda: type('B', (), {'__getnewargs__': lambda self: 5})().__reduce_ex__(2))
show('bad newargs_ex', lambda: type('B', (), {'__getnewargs_ex__': lambda self: (1, 2, 3)})().__reduce_ex__(2))
show('reduce_ex arity', lambda: object().__reduce_ex__())
