# subclassing list, dict, tuple, set, frozenset
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s[:2]).__name__, type(s + [4]).__name__, isinstance(s, list))
s.sort(reverse=True)
print(s, sorted(s), s == [3, 2, 1], repr(s))

class LoggingList(list):
    def append(self, v):
        print("append", v)
        super().append(v)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
ll = LoggingList()
ll.append(1)
ll[0] = 5
ll.extend([6])     # extend does not call append
ll += [7]          # neither does +=
print(ll)

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self
c = Counter()
c.add("a").add("a").add("b")
print(c, type(c).__name__, dict(c), c == {"a": 2, "b": 1}, list(c.items()))
print(type(c.copy()).__name__, type(c | {}).__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple(self)}"
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), type(p[:1]).__name__, hash(p) == hash((1, 2)))
x, y = p
print(x, y)

class Tags(set):
    def __repr__(self):
        return f"Tags({sorted(self)})"
t = Tags([3, 1])
t.add(2)
print(t, 2 in t, type(t | {5}).__name__, type(t.copy()).__name__)

class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset([1, 2])), type(f | {3}).__name__)

# __init__ of a list subclass with extra arguments
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
nl = Named("n", [1, 2])
print(nl.name, nl)

# subclass instances have __dict__
print(vars(nl), hasattr(s, "__dict__"))
