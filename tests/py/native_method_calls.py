# Native method calls from the loop (CALL of a method descriptor: list.append, dict.get,
# deque methods) and LIST_APPEND: every shape must behave as the generic call does.
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# list.append: exact list, subclass with and without its own append, unbound, stored.
a = []
for i in range(20):
    a.append(i * i)
print(a[-3:], len(a))


class L(list):
    pass


class LA(list):
    def append(self, x):
        list.append(self, ("wrapped", x))


l1, l2 = L(), LA()
for i in range(3):
    l1.append(i)
    l2.append(i)
print(l1, type(l1).__name__, l2)
list.append(l1, 99)
print(l1)
app = a.append
app(-1)
print(a[-2:])
meth = list.append
meth(a, -2)
print(a[-3:])
a.append(a)  # the list itself
print(len(a), a[-1] is a)
a.pop()

# Wrong calls: CPython's messages.
show(lambda: a.append())
show(lambda: a.append(1, 2))
show(lambda: a.append(x=1))
show(lambda: list.append())
show(lambda: list.append(1, 2))
show(lambda: list.append((), 2))
show(lambda: meth(deque(), 1))
show(lambda: [].pop(1, 2))
show(lambda: {}.get())
show(lambda: {}.get(1, 2, 3))
show(lambda: {}.get(k=1))
show(lambda: deque().append())
show(lambda: deque().popleft(1))
show(lambda: deque().popleft())

# A method replaced on the instance (a class with __dict__) and on the class.
class Box(list):
    pass


b = Box()
b.append = lambda x: print("instance append", x)
b.append(5)
print(list(b))
del b.append
b.append(6)
print(list(b))
Box.append = lambda self, x: print("class append", x)
b.append(7)
print(list(b))
del Box.append
b.append(8)
print(list(b))

# Mutation during the call: an __eq__ / __hash__ running Python code inside dict.get.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        seen.append(self.v)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v


seen = []
d = {Key(1): "one"}
print(d.get(Key(1)), d.get(Key(2), "none"), seen)

# dict.get with int and str keys, defaults.
names = {}
for k in ["k" + str(i % 7) for i in range(50)]:
    names[k] = names.get(k, 0) + 1
print(sorted(names.items()))

# deque through the same path, subclass with an override.
q = deque()
for i in range(10):
    q.append(i)
print(q.popleft(), q.popleft(), list(q))


class D(deque):
    def append(self, x):
        deque.append(self, x * 10)


dq = D()
dq.append(1)
dq.appendleft(2)
print(dq, deque.popleft(dq), dq)
show(lambda: deque.append([], 1))

# LIST_APPEND in comprehensions (exact lists), nested.
print([x * 2 for x in range(5)], [[y for y in range(x)] for x in range(3)])
print([s for s in "abc" if s != "b"])

# Method descriptors of other types, and bound builtin methods kept for later.
up = str.upper
print(up("abc"), "a-b".split("-"), b"x".join([b"1", b"2"]))
pop = [1, 2, 3].pop
print(pop(), pop(0))

# Builtin functions and bound builtin methods called by CALL.
show(lambda: len())
show(lambda: len(1))
show(lambda: len([], x=1))
show(lambda: len([1, 2], [3]))
show(lambda: isinstance(1))
add = (1).__add__
print(add(2), len("abc"), isinstance(True, int), getattr([], "nope", 3))
print(type(object.__new__(object)).__name__)
fk = dict.fromkeys
print(fk("ab"), fk("c", 0))
mk = str.maketrans
print(mk("a", "b") == {97: 98})


class Deep:
    def __len__(self):
        return len(self)


try:
    len(Deep())
except RecursionError:
    print("RecursionError")


class Sized(list):
    def __len__(self):
        return 42


print(len(Sized([1])), len([1]))
