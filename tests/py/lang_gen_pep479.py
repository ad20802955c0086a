# PEP 479: StopIteration inside a generator becomes RuntimeError; already-executing check
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    next(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

# StopAsyncIteration is unaffected; other exceptions pass through
def other():
    yield 1
    raise KeyError("k")
try:
    list(other())
except KeyError as e:
    print("KeyError:", e)

# a subclass of StopIteration is converted too
class MyStop(StopIteration):
    pass
def sub():
    raise MyStop
    yield
try:
    next(sub())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def caught():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"
print(list(caught()))

# generator already executing
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def sender():
    yield me2.send(None)
me2 = sender()
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)

# genexp converts too
try:
    list(next(iter(())) for _ in range(1))
except RuntimeError as e:
    print("RuntimeError:", e)
