# __call__, callable(), and call errors
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=2), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2, 3])))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

# __call__ looked up on the type, not the instance
n = NotCallable()
n.__call__ = lambda: "instance"
print(callable(n))
try:
    n()
except TypeError as e:
    print("TypeError:", e)

# a class with __call__ in a metaclass
class Meta(type):
    def __call__(cls, *a):
        return f"Meta call {a}"
class K(metaclass=Meta):
    pass
print(K(1, 2))

# callable returning callables
def curry(f):
    def outer(a):
        def inner(b):
            return f(a, b)
        return inner
    return outer
print(curry(lambda a, b: a * b)(3)(4))

# bound methods are callable and compare equal
class M:
    def m(self):
        return self
obj = M()
print(obj.m() is obj, obj.m == obj.m, obj.m is obj.m, M.m(obj) is obj)
print(callable(obj.m), callable(M.m), callable(len), callable(print))
