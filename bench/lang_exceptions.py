# An exception-heavy loop: raise and catch in the same frame and across calls, custom
# exception classes, try/finally, with-statements, and dict/attribute lookups that fail.
class ParseError(ValueError):
    def __init__(self, position):
        super().__init__(position)
        self.position = position


class Guard:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        return kind is KeyError


def parse(i):
    if i % 3 == 0:
        raise ParseError(i)
    return i


def lookups(n):
    d = {i: i for i in range(0, n, 2)}
    misses = 0
    for i in range(n):
        try:
            misses += d[i] & 1
        except KeyError:
            misses += 1
    return misses


def run(n):
    caught = 0
    positions = 0
    finals = 0
    g = Guard()
    for i in range(n):
        try:
            parse(i)
        except ParseError as e:
            caught += 1
            positions += e.position
        try:
            if i & 1:
                raise TypeError("odd")
        except (TypeError, ValueError):
            caught += 1
        finally:
            finals += 1
        with g:
            if i % 5 == 0:
                raise KeyError(i)
        try:
            getattr(g, "missing")
        except AttributeError:
            caught += 1
    return caught, positions, finals, g.entered, lookups(n)


print(run(150_000))
