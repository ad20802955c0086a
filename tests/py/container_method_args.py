# Argument checks of container methods: the inline fast path (no keywords, count in range)
# and the error path must agree with CPython, including empty **{} and subclasses.
from collections import deque

def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "TypeError:", e)

l = []
attempt("append()", lambda: l.append())
attempt("append(1, 2)", lambda: l.append(1, 2))
attempt("append(x=1)", lambda: l.append(x=1))
attempt("append(*[1], **{})", lambda: l.append(*[1], **{}))
attempt("clear(**{})", lambda: l.clear(**{}))
attempt("clear(1)", lambda: l.clear(1))
attempt("list.append(3, 1)", lambda: list.append(3, 1))
print(l)
d = {}
attempt("get()", lambda: d.get())
attempt("get(1, 2, 3)", lambda: d.get(1, 2, 3))
attempt("get(1, default=2)", lambda: d.get(1, default=2))
attempt("get(*[1, 2], **{})", lambda: d.get(*[1, 2], **{}))
attempt("pop()", lambda: d.pop())
attempt("dict.get([], 1)", lambda: dict.get([], 1))
q = deque()
attempt("deque.append()", lambda: q.append())
attempt("deque.append(x=1)", lambda: q.append(x=1))
attempt("deque.popleft(1)", lambda: q.popleft(1))
attempt("deque.append(1)", lambda: q.append(1))
attempt("deque.popleft(**{})", lambda: q.popleft(**{}))
s = set()
attempt("set.add()", lambda: s.add())
attempt("set.add(1, k=2)", lambda: s.add(1, k=2))

class L(list):
    def append(self, x):
        super().append(x * 2)

m = L()
m.append(4)
list.append(m, 5)
print(m)

class D(dict):
    def get(self, k, default=None):
        return ("sub", dict.get(self, k, default))

dd = D(a=1)
print(dd.get("a"), dd.get("b", 0), dict.get(dd, "a"))
