# Creating and collecting 10^6 small cycles (two instances referring to each other).
import gc

class Node:
    pass

def make(n):
    for i in range(n):
        a = Node(); b = Node()
        a.other = b; b.other = a

make(1000000)
gc.collect()
print("done")
