# The order in which containers release their items, seen through __del__: lists last
# first (dealloc, clear, slice deletion, slice assignment), dicts key then value per entry.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [A(1), A(2), A(3)]
del l
print("--")
t = (A(1), A(2), A(3))
del t
print("--")
d = {A(1): A(2), A(3): A(4)}
del d
print("--")
print("--")
class B: pass
b = B(); b.x = A(1); b.y = A(2)
del b
print("--")
l = [A(1), A(2), A(3)]
l.clear()
print("--")
l = [A(1), A(2), A(3)]
del l[:]
print("--")
l = [A(1), A(2), A(3), A(4)]
l[1:3] = []
print("--")
def f():
    a = A(1); b = A(2)
f()
print("--")
import collections
dq = collections.deque([A(1), A(2)])
del dq
print("end")
l2 = [A(5), A(6), A(7), A(8)]
del l2[::2]
print("-- extended")
l3 = [A(5), A(6), A(7), A(8)]
l3[::-2] = [1, 2]
print("-- extended assign")
d2 = {1: A(1), 2: A(2)}
d2.clear()
print("-- dict clear")
# Explicit releases of what is left, so interpreter teardown (whose order differs: see
# docs/differences.md) has no finalizer to run.
del l
print("-- l")
del l2
print("-- l2")
del l3
print("-- l3")
