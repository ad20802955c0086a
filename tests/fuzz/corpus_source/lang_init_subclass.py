# __init_subclass__ and __class_getitem__
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="the-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry)
print(Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ is implicitly a classmethod
class Base:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "from", Base.__name__)
class Child(Base):
    pass
print(type(Base.__dict__["__init_subclass__"]).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass
print(SubBox[str])

try:
    Plugin[int]
except TypeError as e:
    print("TypeError:", e)
