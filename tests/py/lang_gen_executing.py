# Generator states: "generator already executing", send() before start, return values,
# close() running finally blocks, gi_* attributes.
def selfref():
    yield next(g)


g = selfref()
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('finally with', received)


e = echo()
try:
    e.send(5)
except TypeError as ex:
    print('TypeError:', ex)
print(e.send(None), e.send('a'), e.send('b'))
e.close()
e.close()
try:
    next(e)
except StopIteration:
    print('StopIteration after close')


def ret():
    yield 1
    return 'done'


r = ret()
next(r)
try:
    next(r)
except StopIteration as s:
    print('value', s.value, s.args)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as ex:
    print('RuntimeError:', ex)
print(next(ig, 'exhausted'))


def gen_state():
    yield 1


gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, gs.__name__, gs.__qualname__)
next(gs)
list(gs)
print(gs.gi_frame)


def thrower():
    try:
        yield 1
    except KeyError as k:
        yield 'caught ' + repr(k)


t = thrower()
next(t)
print(t.throw(KeyError('x')))
try:
    t.throw(ValueError('y'))
except ValueError as ex:
    print('ValueError:', ex)
try:
    t.throw(ValueError)
except ValueError as ex:
    print('again', repr(ex))


def closes_in_del():
    try:
        yield 1
    finally:
        print('cleanup on collection')


c = closes_in_del()
next(c)
del c
print('after del')


def returns_in_finally():
    try:
        yield 1
    finally:
        return 5


rf = returns_in_finally()
next(rf)
print(rf.close())
