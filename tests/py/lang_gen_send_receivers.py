# SEND (`yield from`) with receivers that are not generators (list iterators, classes
# with __next__/send), generators resumed natively (sum, zip, next, send) and inline,
# and the errors on each path.
def flat(parts):
    for p in parts:
        r = yield from p
        if r is not None:
            print("returned", r)


print(list(flat([[1, 2], (3,), "ab", range(2), iter([9])])))
print(sum(1 for _ in flat([[0] * 7] * 100)))


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


print(list(flat([Counter(3)])))


class Echo:
    def __init__(self):
        self.got = []

    def __iter__(self):
        return self

    def __next__(self):
        return "first"

    def send(self, v):
        self.got.append(v)
        if v == "stop":
            raise StopIteration("echo result")
        return "echo " + str(v)


def deleg(e):
    r = yield from e
    return r


e = Echo()
g = deleg(e)
print(next(g), g.send(1), g.send("x"))
try:
    g.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
print(e.got)

# send(non-None) into `yield from a_list`: the list iterator has no send.
g = flat([[1, 2]])
print(next(g))
try:
    g.send(5)
except AttributeError as x:
    print("AttributeError", x)


# Generator resumed natively while running: ValueError.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as x:
    print("ValueError", x)


# send / throw / close edge cases.
def acc():
    total = 0
    while True:
        try:
            v = yield total
        except KeyError:
            v = 100
        total += v


a = acc()
try:
    a.send(1)
except TypeError as x:
    print("TypeError", x)
print(next(a), a.send(1), a.send(2), a.throw(KeyError), a.send(3))
a.close()
try:
    a.send(1)
except StopIteration:
    print("closed: StopIteration")


def ret():
    yield 1
    return "value"


r = ret()
next(r)
try:
    r.send(None)
except StopIteration as s:
    print("return value", repr(s.value))
try:
    r.send(None)
except StopIteration as s:
    print("again", repr(s.value))

# zip / sum over generators (native resumption), exhaustion of the shorter one.
def nums(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(sum(a * b for a, b in zip(nums(5), nums(3))), list(zip(nums(2), "abc")))
print(sum(nums(100)), max(nums(10)), sorted(nums(4), reverse=True))


# A generator that raises inside a `yield from` over a list: traceback goes through.
def bad(parts):
    yield from parts
    raise RuntimeError("after")


try:
    list(bad([1, 2]))
except RuntimeError as x:
    print("RuntimeError", x)
