# Attribute lookup order: data descriptors > instance dict > non-data descriptors > class attrs;
# __getattr__ as the last resort; __delattr__ / __delete__.
class Data:
    def __get__(self, obj, owner):
        return 'data-descriptor'

    def __set__(self, obj, value):
        print('Data.__set__', value)

    def __delete__(self, obj):
        print('Data.__delete__')


class NonData:
    def __get__(self, obj, owner):
        return 'non-data' if obj is not None else 'non-data on class'


class C:
    d = Data()
    n = NonData()
    plain = 'class-attr'

    def __getattr__(self, name):
        return 'getattr:' + name


c = C()
c.__dict__['d'] = 'instance-d'
c.__dict__['n'] = 'instance-n'
print(c.d, c.n, c.plain, c.missing, C.n)
c.d = 5
del c.d
del c.n
print(c.n)
c.plain = 'shadow'
print(c.plain, C.plain)
del c.plain
print(c.plain)
try:
    del c.plain
except AttributeError as e:
    print('AttributeError:', e)


class Deleter:
    def __delattr__(self, name):
        print('__delattr__', name)
        object.__delattr__(self, name)

    def __setattr__(self, name, value):
        print('__setattr__', name, value)
        object.__setattr__(self, name, value)


dl = Deleter()
dl.x = 1
del dl.x
try:
    del dl.x
except AttributeError as e:
    print('AttributeError:', e)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        """The v property."""
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 10

    @v.deleter
    def v(self):
        print('deleting v')
        self._v = None


p = Prop()
p.v = 2
print(p.v, Prop.v.__doc__, type(Prop.v).__name__)
del p.v
print(p.v)


class ReadOnly:
    @property
    def r(self):
        return 1


ro = ReadOnly()
for action in (lambda: setattr(ro, 'r', 2), lambda: delattr(ro, 'r')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)


class GetattributeAll:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return 'ga:' + name

    def __getattr__(self, name):
        return 'fallback:' + name


g = GetattributeAll()
print(g.anything, g.secret)
print(getattr(c, 'zzz'), getattr(ro, 'nope', 'default'), hasattr(ro, 'r'), hasattr(ro, 'q'))
try:
    getattr(ro, 5)
except TypeError as e:
    print('TypeError:', e)


class MethodCache:
    def method(self):
        return 'original'


mc = MethodCache()
print(mc.method())
MethodCache.method = lambda self: 'patched'
print(mc.method())
mc.method = lambda: 'instance'
print(mc.method())
