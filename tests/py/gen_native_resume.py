# Generators consumed by native code (sum, list, tuple, sorted, str.join, min, max, any,
# all, set, dict, zip, map, enumerate): the loop drives the generator's frame for the
# consumer item after item (vm/generator.cpp, generator_drive). Every path the consumer
# can take between two items must look exactly like a yield to a native resumer.
import sys
import traceback


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def show(label, value):
    print(label, value)


# --- Every consumer over a generator and a generator expression --------------------------------
show("sum", sum(numbers(10)))
show("sum start", sum(numbers(10), 100))
show("sum genexpr", sum(x * x for x in range(10)))
show("sum floats", sum(x / 2 for x in numbers(5)))
show("sum big", sum(x * 2**70 for x in numbers(4)))
show("sum mixed", sum((x if x % 2 else float(x)) for x in numbers(6)))
show("sum overflow", sum(x for x in (2**62 - 1, 2**62 - 1, 5)))
show("sum empty", sum(numbers(0)))
show("list", list(numbers(5)))
show("tuple", tuple(x + 1 for x in numbers(5)))
show("sorted", sorted(-x for x in numbers(5)))
show("join", "-".join(str(x) for x in numbers(5)))
show("min", min(numbers(5)))
show("max", max(x % 3 for x in numbers(7)))
show("max key", max((x for x in numbers(7)), key=lambda v: -v))
show("min default", min(numbers(0), default="empty"))
show("any", any(x > 3 for x in numbers(10)))
show("any none", any(x > 30 for x in numbers(10)))
show("all", all(x < 30 for x in numbers(10)))
show("all stop", all(x < 3 for x in numbers(10)))
show("set", sorted(set(x % 3 for x in numbers(9))))
show("dict", dict((x, x * x) for x in numbers(4)))
show("zip", list(zip(numbers(3), (x * 10 for x in numbers(4)))))
show("map", list(map(str, numbers(3))))
show("enumerate", list(enumerate(numbers(3), 1)))
show("list extend", [9] + list(numbers(2)))
l = [1]
l.extend(x for x in numbers(3))
show("extend", l)
show("nested", sum(sum(numbers(i)) for i in numbers(6)))
show("yield from", list((lambda: (yield from numbers(3)))()))


def chain(n):
    yield from numbers(n)
    yield from [100, 200]
    return "done"


show("chain", list(chain(3)))

# --- The generator's return value is dropped; StopIteration inside becomes RuntimeError ------------


def returns_value():
    yield 1
    return 42


show("return value", list(returns_value()))


def raises_stop():
    yield 1
    raise StopIteration(7)


for consumer in (sum, list, tuple, max, any):
    try:
        consumer(raises_stop())
    except RuntimeError as e:
        show("pep479 " + consumer.__name__, (str(e), type(e.__cause__).__name__, e.__cause__.args))

# --- Errors raised in the generator and in the consumer ---------------------------------------------


def failing(n):
    yield from numbers(n)
    raise KeyError("inside")


for consumer in (sum, list, sorted, min, all, set):
    try:
        consumer(failing(3))
    except KeyError as e:
        tb = traceback.format_exc()
        show("gen error " + consumer.__name__, (e.args, tb.count("\n"), "failing" in tb))

try:
    sum(x for x in ["a", 1])
except TypeError as e:
    show("consumer error", e)

try:
    sum(x for x in [1, "a"])
except TypeError as e:
    tb = traceback.format_exc()
    show("consumer error 2", (str(e), "<genexpr>" in tb))


def keyfail(v):
    if v == 2:
        raise ValueError("key")
    return v


g = numbers(5)
try:
    max(g, key=keyfail)
except ValueError as e:
    show("key error", (e, g.gi_running, g.gi_suspended, next(g)))


class Explode:
    def __radd__(self, other):
        raise ZeroDivisionError("radd")


def with_finally(items):
    try:
        for x in items:
            yield x
    finally:
        print("finally runs")


g = with_finally([1, 2, Explode(), 4])
try:
    sum(g)
except ZeroDivisionError as e:
    show("add error", (e, g.gi_suspended, g.gi_frame is not None))
show("after error", next(g))
g.close()
show("closed", g.gi_suspended)
del g

# --- A generator suspended when the consumer stops early: it can be resumed and thrown into -----------
g = numbers(10)
show("any early", any(x == 3 for x in g))
show("next after any", next(g))
show("list rest", list(g))


def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is not None:
                total += value
    except GeneratorExit:
        print("accumulator closed at", total)
        raise
    except ValueError as e:
        yield "caught " + str(e)


acc = accumulator()
show("any acc", any(v > 0 or True for v in [0]))
show("first", next(acc))
show("send", acc.send(5))
show("all acc", all(isinstance(v, int) for v, _ in zip(acc, range(3))))
show("send again", acc.send(10))
show("throw", acc.throw(ValueError("boom")))
try:
    next(acc)
except StopIteration:
    show("acc", "exhausted")


def counter():
    n = 0
    while True:
        n += 1
        yield n


c = counter()
show("zip stop", list(zip(c, "ab")))
show("after zip", next(c))
show("send after", c.send(None))
try:
    c.throw(TypeError("in counter"))
except TypeError as e:
    show("throw after", (e, c.gi_suspended, c.gi_frame))

# --- The consumer resumes, closes or inspects the generator between items -----------------------------


class Peek:
    def __init__(self, gen):
        self.gen = gen
        self.seen = []

    def __radd__(self, other):
        g = self.gen
        self.seen.append((g.gi_running, g.gi_suspended, g.gi_frame.f_lineno if g.gi_frame else None))
        return other


def peeking(box):
    yield 1
    yield box[0]
    yield 2
    yield box[0]
    yield 3


box = [None]
g = peeking(box)
box[0] = Peek(g)
show("peek sum", sum(g))
show("peek seen", box[0].seen)


class Steal:
    def __init__(self):
        self.gen = None

    def __radd__(self, other):
        stolen = next(self.gen)  # resumes the generator sum is driving
        return other + 1000 * stolen


def stealing(s):
    yield 1
    yield s
    yield 5
    yield 7


s = Steal()
g = stealing(s)
s.gen = g
show("steal", sum(g))


class Closer:
    def __init__(self):
        self.gen = None

    def __radd__(self, other):
        self.gen.close()
        return other + 50


def closing(cl):
    try:
        yield 1
        yield cl
        yield 100
    finally:
        print("closing finally")


cl = Closer()
g = closing(cl)
cl.gen = g
show("close mid-way", sum(g))
show("closed state", (g.gi_frame, g.gi_suspended))


class ListSteal:
    def __init__(self):
        self.gen = None

    def __eq__(self, other):
        return NotImplemented

    def __hash__(self):
        # set() hashes each item: drain the generator from there
        return len(list(self.gen))


ls = ListSteal()
g = (x for x in [1, ls, 3, 4, 5])
ls.gen = g
show("drained in consumer", len(set(g)))


def resumer_loop(target):
    # a Python for loop resuming the generator sum drives (the inline path)
    for x in target:
        return x


class ForResume:
    def __init__(self):
        self.gen = None

    def __radd__(self, other):
        return other + 10 * resumer_loop(self.gen)


fr = ForResume()


def for_resumed(fr):
    yield 1
    yield fr
    yield 3
    yield 4


g = for_resumed(fr)
fr.gen = g
show("for-resumed", sum(g))

# --- A generator consuming itself through a native consumer: already executing -------------------------


def self_consumer():
    yield 1
    yield sum(me)


me = self_consumer()
next(me)
try:
    next(me)
except ValueError as e:
    show("self sum", e)


def self_lister():
    yield list(me2)


me2 = self_lister()
try:
    next(me2)
except ValueError as e:
    show("self list", e)


class NextSelf:
    def __radd__(self, other):
        return other + sum(gen_self)


def driven_self():
    yield 1
    yield NextSelf()


gen_self = driven_self()
show("nested sum of the driven generator", sum(gen_self))

# --- sys.exc_info() inside the generator and inside the consumer ---------------------------------------


class Info:
    def __radd__(self, other):
        print("consumer sees", sys.exc_info()[0])
        return other


def with_handler():
    yield sys.exc_info()[0] is None and 1 or 0
    try:
        raise LookupError("held")
    except LookupError:
        yield Info()
        print("generator sees", sys.exc_info()[0])
        yield 2
    yield Info()


try:
    raise OSError("outer")
except OSError:
    show("exc_info sum", sum(with_handler()))
show("exc_info after", sys.exc_info())
show("exc_info list", len(list(with_handler())))


def catcher():
    for i in range(3):
        try:
            yield i
            raise ValueError(i)
        except ValueError as e:
            print("caught in generator", e, sys.exc_info()[0].__name__)


show("handlers across items", sum(catcher()))

# --- Finalizers running between items ----------------------------------------------------------------


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, driven.gi_running)

    def __radd__(self, other):
        return other + self.n


def make_noisy():
    for i in range(3):
        yield Noisy(i)


driven = make_noisy()
show("finalizers", sum(driven))
del driven

# --- Recursion: deep native -> generator -> native chains end in RecursionError --------------------------


def nest(n):
    if n == 0:
        yield 1
    else:
        yield sum(nest(n - 1))


def nest_list(n):
    if n == 0:
        yield 1
    else:
        yield from list(nest_list(n - 1))


def nest_any(n):
    yield n == 0 or any(nest_any(n - 1))


show("shallow", sum(nest(50)))
for fn in (nest, nest_list, nest_any):
    try:
        sum(fn(100000))
    except RecursionError:
        show("recursion " + fn.__name__, "RecursionError")

old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    sum(nest(200))
except RecursionError:
    show("low limit", "RecursionError")
sys.setrecursionlimit(old)
show("still works", sum(nest(10)))


def depth_probe():
    def depth():
        n = 0
        f = sys._getframe()
        while f is not None:
            n += 1
            f = f.f_back
        return n

    yield depth()
    yield depth()


d = list(depth_probe())
show("same depth each item", d[0] == d[1])


def frames_of(label):
    yield [f.f_code.co_name for f in (sys._getframe(0), sys._getframe(1))]
    yield [f.f_code.co_name for f in (sys._getframe(0), sys._getframe(1))]


def caller():
    return list(frames_of("x"))


show("frames", caller())

# --- Items a consumer takes without leaving the generator's frame (small ints, bools, None) ------------
show("any ints", any(x for x in [0, 0, 3, 0]))
show("any none", any(x for x in [None, 0, False]))
show("all ints", all(x for x in [1, 2, 0, 4]))
show("all bools", all(x > -1 for x in range(100)))
show("any decided late", any(x == 99 for x in range(100)))


class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v, watched.gi_running, watched.gi_suspended)
        return self.v


def mixed_truth():
    yield 0
    yield Loud(False)
    yield None
    yield Loud(True)
    yield 1


watched = mixed_truth()
show("any mixed", any(watched))
show("rest", list(watched))
show("max small", max(x for x in [3, 9, -2, 9]))
show("min small", min(x for x in [3, 9, -2, -2, 7]))
show("max mixed", max(x for x in [3, 2**70, 5, 2.5]))
show("min mixed", min(x for x in [3, -(2**70), -5, -2.5]))
show("max ties", (max(x for x in [1, True]), max(x for x in [True, 1]), max(x for x in [1, 1.0])))
show("min float first", min(x for x in [2.0, 2, 1, 1.0]))
show("max key", max((x for x in [3, -9, 4]), key=abs))
try:
    max(x for x in [3, "a"])
except TypeError as e:
    show("max error", e)
l = [1, 2]
l.extend(len(l) for _ in range(5))
show("extend sees itself", l)
big = list(x for x in range(1000))
show("list growth", (len(big), big[0], big[-1], sum(big)))
show("tuple growth", len(tuple(x for x in range(777))))
show("sorted growth", sorted((x * 7919) % 1000 for x in range(1000))[:5])
show("join growth", len("".join(str(x) for x in range(500))))


class Del:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)


def dels():
    for i in range(3):
        yield Del(i)
        print("after yield", i)


kept = list(dels())
print("list built", [d.n for d in kept])
del kept
print("list freed")

# --- yield from a list: SEND takes the list iterator's next item without a call --------------------------


def from_list(items):
    got = yield from items
    yield ("delegate returned", got)


show("yield from list", list(from_list([1, 2, 3])))
show("yield from empty", list(from_list([])))
grow = [1, 2]
g = from_list(grow)
show("first", next(g))
grow.append(3)
show("second", next(g))
grow.clear()
show("after clear", next(g))
g = from_list([5, 6, 7])
show("next", next(g))
show("yieldfrom", type(g.gi_yieldfrom).__name__)
try:
    g.send(1)
except AttributeError as e:
    show("send to list iterator", e)
g = from_list([5, 6, 7])
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    show("throw through list iterator", e)


class SubList(list):
    pass


show("subclass", list(from_list(SubList([8, 9]))))
show("sum over yield from", sum(x for x in from_list([1, 2, 3]) if isinstance(x, int)))

# --- set(), frozenset(), set.update over a generator --------------------------------------------------------
show("frozenset", sorted(frozenset(x % 4 for x in range(20))))
st = {100}
st.update(x for x in numbers(3))
show("update", sorted(st))
try:
    set(x for x in [1, [2]])
except TypeError as e:
    show("unhashable", e)


class HashPeek:
    def __hash__(self):
        print("hash sees", hp_gen.gi_running, hp_gen.gi_suspended)
        return 7


hp_gen = (x for x in [1, HashPeek(), 2])
show("set hash peek", len(set(hp_gen)))

# --- dict() and dict.update over a generator of pairs --------------------------------------------------------
show("dict pairs", dict((str(x), x) for x in numbers(3)))
show("dict lists", dict([x, -x] for x in numbers(3)))
dd = {"a": 0}
dd.update((k, len(dd)) for k in "bcd")
show("update sees itself", dd)
for bad in ((x for x in [(1, 2), 3]), (x for x in [(1, 2), (1, 2, 3)]), (x for x in [(1, 2), "ab", "abc"])):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        show("dict error", (type(e).__name__, str(e)))
