# CALL of a method descriptor (objects/native.cpp call_method_descriptor): method calls
# on builtins through LOAD_METHOD, unbound calls through the type, subclass instances,
# wrong receivers, keyword arguments and errors must match the generic call.
from collections import deque

l = []
d = deque()
m = {}
for i in range(5):
    l.append(i)
    d.append(i * 2)
    m.setdefault(i % 2, []).append(i)
print(l, d, m, m.get(1), m.get(7, "dflt"))

append = list.append
append(l, 99)
list.append(l, 100)
print(l[-2:])


class L(list):
    pass


sub = L()
for i in range(3):
    list.append(sub, i)
    sub.append(-i)
print(sub, type(sub).__name__)

for call in (lambda: list.append(1, 2), lambda: list.append(), lambda: dict.get({}, "a", default=1),
             lambda: l.append(), lambda: l.append(1, 2), lambda: str.join(b"x", []),
             lambda: dict.fromkeys.__call__([1])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

print(str.upper("abc"), "x".join(["a", "b"]), dict.fromkeys([1, 2]), bytes.fromhex("41"))
print(sorted([3, 1, 2], key=int.__neg__), list(map(str.strip, [" a ", "b "])))


# A method descriptor called with itself in a deep recursion: RecursionError, not a crash.
def deep(n):
    return [].append(deep(n + 1))


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
