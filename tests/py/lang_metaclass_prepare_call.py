# Metaclasses: __prepare__, __new__, __init__, __call__ and keyword arguments.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, sorted(kw))
        ns = {'injected': 42}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, [k for k in ns if not k.startswith('__')])
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print('call', cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj


class A(metaclass=OrderedMeta, flag=1):
    x = 1

    def __init__(self, v=0):
        self.v = v


print(A.injected, A.kw, type(A).__name__)
a = A(7)
print(a.v, a.created_by_meta)


class B(A, flag=2):
    y = 2


print(type(B) is OrderedMeta, B.kw, B.injected)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


print(Config('a') is Config('b'), Config('c').name)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print('TypeError:', e)


class Sub(M1):
    pass


class W(X, metaclass=Sub):
    pass


print(type(W).__name__)


def meta_func(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)


class F(metaclass=meta_func):
    pass


print(F.made_by, type(F).__name__)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class G(metaclass=BadPrepare):
        pass
except TypeError as e:
    print('TypeError:', e)
