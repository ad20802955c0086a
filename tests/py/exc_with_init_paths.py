# BEFORE_WITH with every kind of __enter__ (function, staticmethod, classmethod, a callable
# object, a descriptor whose __get__ reports the lookup order), BaseException.__init__
# keeping or replacing args, and class changes on the exception hierarchy seen at once.
trace = []


class Reporting:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def __get__(self, obj, cls):
        trace.append("get " + self.name)
        return self.fn.__get__(obj, cls)


class Plain:
    def __enter__(self):
        trace.append("plain enter")
        return "plain"

    def __exit__(self, *a):
        trace.append(("plain exit", a[0] and a[0].__name__))
        return False


class Static:
    @staticmethod
    def __enter__():
        return "static"

    def __exit__(self, *a):
        return True


class ClassM:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    def __exit__(self, *a):
        return True


class CallableObj:
    def __call__(self, *a):
        return ("called", len(a))


class WithCallable:
    __enter__ = CallableObj()

    def __exit__(self, *a):
        return True


class Described:
    __enter__ = Reporting("enter", lambda self: "described")
    __exit__ = Reporting("exit", lambda self, *a: True)


class InstanceOnly:
    def __init__(self):
        self.__enter__ = lambda: "instance"
        self.__exit__ = lambda *a: True


class RaisingEnter:
    def __enter__(self):
        raise KeyError("in enter")

    def __exit__(self, *a):
        trace.append("never")


class NotCallableEnter:
    __enter__ = None

    def __exit__(self, *a):
        return True


class NoExit:
    def __enter__(self):
        return 1


for mgr in (Plain(), Static(), ClassM(), WithCallable(), Described(), InstanceOnly(), RaisingEnter(),
            NotCallableEnter(), NoExit(), 5):
    try:
        with mgr as got:
            trace.append(("body", got))
            if isinstance(mgr, Plain):
                raise ValueError("body")
    except Exception as e:
        trace.append(("error", type(e).__name__, str(e)))
for t in trace:
    print(t)

# Replacing __enter__ on the class takes effect at once.
p = Plain()
for i in range(3):
    with p as got:
        print(i, got)
    if i == 1:
        Plain.__enter__ = lambda self: "replaced"


class E(ValueError):
    pass


def raise_e(*args):
    try:
        raise E(*args)
    except E as e:
        return e


for i in range(3):
    e = raise_e(i, "x")
    print(e.args, str(e), repr(e))
    if i == 0:
        E.__str__ = lambda self: "custom str"
    if i == 1:
        def init(self, *args):
            ValueError.__init__(self, "changed", *args)
        E.__init__ = init


class Keep(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)


class Changes(Exception):
    def __init__(self, a):
        super().__init__(a * 2)


class NoSuper(Exception):
    def __init__(self, a):
        self.a = a


for cls, args in ((Keep, (1,)), (Keep, (1, 3)), (Changes, (5,)), (NoSuper, (7,))):
    e = cls(*args)
    print(cls.__name__, e.args, str(e))
    e.__init__(9)
    print(cls.__name__, e.args, str(e))

e = ValueError(1, 2)
a1 = e.args
e.__init__(1, 2)
print(e.args, e.args == a1)
e.__init__()
print(e.args)
e.args = [3, 4]
e.__init__(3, 4)
print(e.args, type(e.args).__name__)
try:
    ValueError(1, x=2)
except TypeError as err:
    print(err)
