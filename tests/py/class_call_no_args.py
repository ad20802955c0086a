# Class calls without arguments (vm/eval_slow.cpp push_init_frame: object.__new__ called
# directly when the class keeps object's __new__): every case keeps type_call's behaviour.
import abc


class Plain:
    pass


p = Plain()
print(type(p).__name__, vars(p))

# __init__ added, replaced and removed between calls through the same site.
def make(cls):
    return cls()


print(vars(make(Plain)))
Plain.__init__ = lambda self: setattr(self, "inited", True)
print(vars(make(Plain)))
del Plain.__init__
print(vars(make(Plain)))


# Abstract classes cannot be instantiated.
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    @abc.abstractmethod
    def g(self):
        pass


try:
    make(Base)
except TypeError as e:
    print("TypeError", e)


class Concrete(Base):
    def f(self):
        return 1

    def g(self):
        return 2


print(make(Concrete).f())


# Extra arguments to a class without __init__/__new__.
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)


# A __new__ that returns something else; a metaclass __call__.
class Odd:
    def __new__(cls):
        return 42


print(make(Odd))


class Meta(type):
    def __call__(cls, *args):
        return ("meta", cls.__name__, args)


class WithMeta(metaclass=Meta):
    pass


print(make(WithMeta))


# Subclass of a built-in type and __slots__ classes.
class MyList(list):
    pass


class Slots:
    __slots__ = ("a",)


print(make(MyList), hasattr(make(Slots), "__dict__"))

# Many objects through one site, the first attribute stored on each.
objs = [make(Plain) for _ in range(1000)]
for i, o in enumerate(objs):
    o.i = i
print(sum(o.i for o in objs), len({id(type(o)) for o in objs}))
