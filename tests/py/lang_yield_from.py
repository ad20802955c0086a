# yield from: delegation of values, send, throw, close, and the return value
def inner():
    x = yield "inner-1"
    print("inner got", x)
    try:
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner handled", repr(e))
        yield "inner-after-throw"
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-last"

g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")

# yield from any iterable
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))

# close is forwarded to the subgenerator
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
def delegator():
    try:
        yield from sub()
    finally:
        print("delegator finally")
d = delegator()
next(d)
d.close()

# throw of an exception the subgenerator does not handle propagates through
def sub2():
    yield 1
def deleg2():
    try:
        yield from sub2()
    except ValueError as e:
        print("delegator caught", e)
        yield "after"
d2 = deleg2()
next(d2)
print(d2.throw(ValueError("v")))

# recursive delegation
def tree(n):
    if n == 0:
        return 0
    yield n
    total = yield from tree(n - 1)
    return total + n
def run():
    total = yield from tree(3)
    yield f"total={total}"
print(list(run()))

# StopIteration value from an iterator that is not a generator
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("value from iterator")
def use():
    r = yield from It()
    yield r
print(list(use()))

# send through yield from to an iterator without send
def plain():
    yield from iter([1, 2])
p = plain()
next(p)
try:
    p.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
