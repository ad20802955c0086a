# __set_name__ is called on descriptors when the owning class is created.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Model:
    a = Field()
    b = Field()
    plain = 3


m = Model()
print(m.a, m.b)
m.a = 5
print(m.a, m._a, Model.a.name)


class Late:
    pass


f = Field()
Late.x = f           # assignment after class creation does not call __set_name__
print(hasattr(f, 'name'))
f.__set_name__(Late, 'x')
print(f.name)


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('nope')


try:
    class Bad:
        attr = Boom()
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


class NotCallable:
    __set_name__ = None


try:
    class Bad2:
        attr = NotCallable()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# type() with a namespace also calls __set_name__
T = type('T', (), {'q': Field()})
print(T.q.name)
