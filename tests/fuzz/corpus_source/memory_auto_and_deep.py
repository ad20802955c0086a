# Automatic collection by allocation counts; deep structures and long chains are freed
# without recursing on the C stack.
import gc

class Cyc:
    freed = 0
    def __del__(self):
        Cyc.freed += 1

gc.collect()
for i in range(20000):
    c = Cyc(); c.me = c
del c
print("collected automatically:", Cyc.freed > 15000)
gc.collect()
print("all collected:", Cyc.freed == 20000)

# A linked list of 10^6 nodes and a list nested 10^6 deep.
head = None
for i in range(1000000):
    head = [head]
del head
nested = []
for i in range(1000000):
    nested = [nested]
del nested
d = {}
for i in range(300000):
    d = {"next": d}
del d
print("deep structures freed")

# A deep cycle: the collector's marking does not recurse either.
first = cur = []
for i in range(200000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(first)
del first, cur, nxt
print("deep cycle found:", gc.collect() >= 200000)
