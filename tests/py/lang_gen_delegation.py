# yield from delegates send/throw/close and returns the subgenerator's value.
def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except KeyError:
        print('inner caught KeyError')
        yield 'recovered'
    finally:
        print('inner finally')
    return 'inner-result'


def outer():
    result = yield from inner()
    print('outer result', result)
    yield 'o1'


o = outer()
print(next(o))
print(o.send('A'))
print(o.send('B'))

o = outer()
next(o)
print(o.throw(KeyError))
print(next(o))

o = outer()
next(o)
o.close()


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], 'ab', range(2), (x * x for x in range(3)))))


def counter():
    n = yield from range(3)
    return n


print(list(counter()))


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('it-done')
        return self.i


def from_iterator():
    v = yield from It()
    yield v


print(list(from_iterator()))


def send_to_plain_iterator():
    yield from iter([1, 2])


s = send_to_plain_iterator()
next(s)
try:
    s.send('x')
except AttributeError as e:
    print('AttributeError:', e)


def deep(n):
    if n == 0:
        yield 'bottom'
        return
    yield from deep(n - 1)


print(list(deep(50)))


def gen_close_propagates():
    try:
        yield from inner()
    except GeneratorExit:
        print('outer saw GeneratorExit')
        raise


g = gen_close_propagates()
next(g)
g.close()
