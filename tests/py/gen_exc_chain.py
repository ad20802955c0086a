# The handled-exception chain (sys.exc_info / sys.exception) across generator resumes:
# each generator owns its entry, linked in front of the chain while it runs and unlinked
# when it yields, returns or raises (CPython 3.11's exc_info chain). Every way a generator
# is resumed (for, next, send, throw, close, yield from, sum/zip/list, await), handlers
# inside the generator across yields, bare `raise` after a resume, __context__ from the
# outer handled exception, generators closed or collected while suspended in a handler,
# deep chains, the recursion limit, and the collector while entries are linked.
import gc
import sys
import weakref


class Held(KeyError):
    pass  # a class of our own: its instances can be weakly referenced


def name(e):
    return None if e is None else type(e).__name__


def seen():
    return name(sys.exc_info()[1]), name(sys.exception())


def watcher(n):
    # What the generator sees on each resume (the caller's handled exception shows
    # through while the generator handles none of its own).
    for i in range(n):
        yield ("w", i, seen())


print("-- resumed by each consumer while the caller handles ValueError")
try:
    raise ValueError("outer")
except ValueError:
    for item in watcher(2):
        print("for", item, seen())
    g = watcher(2)
    print("next", next(g), seen())
    print("send", g.send(None), seen())
    print("sum", sum(i for _, i, s in watcher(3) if s == ("ValueError", "ValueError")), seen())
    print("list", list(watcher(2)), seen())
    print("zip", list(zip(watcher(2), watcher(2))), seen())
    print("sorted", sorted(watcher(2)), seen())
    print("tuple", tuple(x[2] for x in watcher(2)), seen())
print("after", seen())


def holder():
    # Handles its own exception across yields; the caller's shows again after each yield.
    yield ("start", seen())
    try:
        raise KeyError("inner")
    except KeyError:
        yield ("in handler", seen())
        yield ("still", seen())
    yield ("after handler", seen())


print("-- own handler across yields")
for item in holder():
    print(item, "caller", seen())
try:
    raise TypeError("caller")
except TypeError:
    for item in holder():
        print(item, "caller", seen())
    g = holder()
    print(next(g), seen())
    print(g.send(None), seen())
    print(next(g), seen())
print("after", seen())


print("-- resumed from a different handler each time")
g = holder()
print(next(g), seen())
for exc_type in (IndexError, ZeroDivisionError, AttributeError):
    try:
        raise exc_type("x")
    except Exception:
        try:
            print(next(g), seen())
        except StopIteration:
            print("stop", seen())
print(next(g, "done"), seen())


def bare_raiser():
    try:
        raise LookupError("mine")
    except LookupError:
        yield "in handler"
        raise  # the generator's own handled exception, after the resume


print("-- bare raise after resume")
try:
    raise OSError("caller's")
except OSError:
    g = bare_raiser()
    print(next(g), seen())
    try:
        next(g)
    except LookupError as e:
        print("raised", name(e), e, "context", name(e.__context__))
    print(seen())


def bare_raise_outer():
    # No handler of its own: bare raise re-raises what the chain shows (the caller's).
    yield 1
    raise


print("-- bare raise of the caller's exception")
try:
    raise ArithmeticError("caller")
except ArithmeticError:
    g = bare_raise_outer()
    next(g)
    try:
        next(g)
    except ArithmeticError as e:
        print("re-raised", name(e), e)
g = bare_raise_outer()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("no active exception:", e)


def context_gen():
    yield 1
    raise KeyError("from gen")


def context_gen_own():
    try:
        raise IndexError("own")
    except IndexError:
        yield 1
        raise KeyError("from gen handler")


print("-- __context__ from the handled exception")
for make in (context_gen, context_gen_own):
    try:
        raise ValueError("outer")
    except ValueError:
        g = make()
        next(g)
        try:
            next(g)
        except KeyError as e:
            print(make.__name__, "context", name(e.__context__), repr(e.__context__))
    g = make()
    next(g)
    try:
        next(g)
    except KeyError as e:
        print(make.__name__, "no outer: context", name(e.__context__))


def raises_in_body():
    yield 1
    1 / 0


print("-- raised out of a generator resumed inline")
try:
    raise ValueError("outer")
except ValueError:
    try:
        for _ in raises_in_body():
            print("item", seen())
    except ZeroDivisionError as e:
        print("caught", name(e), "context", name(e.__context__), seen())
    print(seen())
print(seen())


def thrown_into():
    while True:
        try:
            yield seen()
        except Exception as e:
            yield ("caught", name(e), seen())


print("-- throw")
g = thrown_into()
print(next(g))
try:
    raise ValueError("outer")
except ValueError:
    print(g.throw(KeyError("t")), seen())
    print(next(g), seen())
    print(g.throw(IndexError), seen())
print(next(g), seen())
try:
    raise ValueError("outer")
except ValueError as outer:
    g2 = watcher(2)
    next(g2)
    try:
        g2.throw(KeyError("escapes"))
    except KeyError as e:
        print("escaped", name(e), "context", name(e.__context__), seen())


def closing():
    try:
        yield 1
    finally:
        print("  finally sees", seen())


def closing_in_handler():
    try:
        raise KeyError("held")
    except KeyError:
        try:
            yield 1
        finally:
            print("  finally in handler sees", seen())


print("-- close, and collection while suspended in a handler")
try:
    raise ValueError("outer")
except ValueError:
    for make in (closing, closing_in_handler):
        g = make()
        next(g)
        g.close()
        print(make.__name__, "closed", seen())
        g = make()
        next(g)
        del g  # closed when freed
        print(make.__name__, "freed", seen())
for make in (closing, closing_in_handler):
    g = make()
    next(g)
    g.close()
    print(make.__name__, "closed, no outer", seen())


def suspended_in_handler(box):
    try:
        raise Held("only here")
    except KeyError:
        box.append(weakref.ref(sys.exception()))
        yield 1
        yield seen()


print("-- the suspended generator's entry keeps its exception")
box = []
g = suspended_in_handler(box)
next(g)
gc.collect()
print("alive while suspended", box[0]() is not None)
print(next(g), seen())
g.close()
del g
gc.collect()
print("released with the generator", box[0]() is None)


class Node:
    pass


def cyclic(node, box):
    # The handled exception's traceback reaches the frame: the generator sits in a cycle.
    try:
        raise Held("cycle")
    except KeyError:
        box.append(weakref.ref(sys.exception()))
        node.gen = me[0]
        yield 1


box = []
me = []
n = Node()
g = cyclic(n, box)
me.append(g)
next(g)
del g, n, me[:]
gc.collect()
print("cycle collected", box[0]() is None)


def collects_while_running():
    try:
        raise Held("running")
    except KeyError:
        ref = weakref.ref(sys.exception())
        yield 1
        gc.collect()
        yield ref() is not None, seen()
        gc.collect()
    yield seen()


print("-- collector while the entry is linked")
try:
    raise ValueError("outer")
except ValueError:
    for item in collects_while_running():
        print(item, seen())


def level(n):
    if n == 0:
        yield seen()
        try:
            raise KeyError(n)
        except KeyError:
            yield seen()
        yield seen()
    else:
        r = yield from level(n - 1)
        return r


print("-- deep yield from chain")
try:
    raise ValueError("outer")
except ValueError:
    print(list(level(50)), seen())
    g = level(30)
    print(next(g), g.send(None), seen())
    print(next(g), seen())
print(list(level(20)))


def nested_handlers(n):
    try:
        raise IndexError(n)
    except IndexError:
        if n:
            for x in nested_handlers(n - 1):
                yield x
            yield ("level", n, seen())
        else:
            yield ("bottom", seen())


print("-- each level handling its own")
for item in nested_handlers(3):
    print(item, seen())


def native_inside():
    # A generator resumed inline that resumes others natively (sum, next) from a handler.
    try:
        raise KeyError("k")
    except KeyError:
        yield sum(1 for s in (seen() for _ in range(3)) if s == ("KeyError", "KeyError"))
        yield next(watcher(1))
    yield seen()


print("-- native resumes inside an inline generator")
try:
    raise ValueError("outer")
except ValueError:
    print(list(native_inside()), seen())


def star_groups():
    try:
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
    except* KeyError:
        yield ("except* KeyError", seen())
    except* ValueError:
        yield ("except* ValueError", seen())
    yield seen()


print("-- except* inside a generator")
for item in star_groups():
    print(item, seen())


print("-- coroutines")


class Awaitable:
    def __await__(self):
        yield ("awaitable", seen())
        return "awaited"


async def inner():
    r = await Awaitable()
    try:
        raise KeyError("coro")
    except KeyError:
        await Awaitable()
        return r, seen()


async def outer():
    try:
        raise IndexError("outer coro")
    except IndexError:
        r = await inner()
        return r, seen()


c = outer()
try:
    raise ValueError("driver")
except ValueError:
    while True:
        try:
            print(c.send(None), seen())
        except StopIteration as e:
            print("coroutine result", e.value, seen())
            break
print(seen())


print("-- recursion limit while handling")


def deep(n):
    if n == 0:
        yield seen()
    else:
        for x in deep(n - 1):
            yield x


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    raise ValueError("outer")
except ValueError:
    try:
        for x in deep(1000):
            pass
    except RecursionError as e:
        print("RecursionError", "context", name(e.__context__), seen())
    print(list(deep(50)), seen())
sys.setrecursionlimit(old)
print(seen())


print("-- generator already executing, chain intact")


def selfref():
    try:
        raise KeyError("self")
    except KeyError:
        try:
            next(me2[0])
        except ValueError as e:
            yield (str(e), seen())


me2 = []
g = selfref()
me2.append(g)
try:
    raise IndexError("outer")
except IndexError:
    print(next(g), seen())
print(seen())


print("-- what close() and throw() chain")


def catches_exit():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield 1
        except GeneratorExit as e:
            print("  GeneratorExit context", name(e.__context__), seen())
            raise
        except IndexError as e:
            print("  thrown context", name(e.__context__), seen())
            yield 2


try:
    raise ValueError("outer")
except ValueError:
    g = catches_exit()
    next(g)
    g.close()
    g = catches_exit()
    next(g)
    print(g.throw(IndexError("t")), seen())
    g.close()
g = catches_exit()
next(g)
g.close()
g = catches_exit()
next(g)
print(g.throw(IndexError), seen())


def catches_all():
    try:
        yield 1
    except BaseException as e:
        print("  no own handler: context", name(e.__context__), seen())
        yield 2


try:
    raise ValueError("outer")
except ValueError:
    g = catches_all()
    next(g)
    try:
        g.close()
    except RuntimeError as e:
        print("close:", e)
    g = catches_all()
    next(g)
    print(g.throw(KeyError("t")), seen())
try:
    raise IndexError("earlier")
except IndexError as e:
    earlier = e
g = catches_exit()
next(g)
print(g.throw(earlier), "context", name(earlier.__context__), seen())


def delegating():
    r = yield from catches_exit()
    return r


try:
    raise ValueError("outer")
except ValueError:
    g = delegating()
    next(g)
    print(g.throw(IndexError("through yield from")), seen())
    g.close()
    g = delegating()
    next(g)
    g.close()
