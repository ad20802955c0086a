import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
print("after")

@tag("deco")
def decorated():
    print("body")
decorated()

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("not suppressed:", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
buf = Buf()
with redirect_stdout(buf):
    print("captured", 1)
print(repr("".join(buf.parts)))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("x"))
    print("in stack")

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return self.n == 2
with ExitStack() as stack:
    stack.enter_context(CM(1))
    stack.enter_context(CM(2))
    raise RuntimeError("boom")
print("stack suppressed")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
