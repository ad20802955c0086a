# contextlib: contextmanager (exceptions in and out), suppress, ExitStack, closing,
# nullcontext, redirect_stdout, ContextDecorator.
import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    finally:
        print(f'</{name}>')


with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('escaped', e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    names = [stack.enter_context(tag(f'x{i}')) for i in range(2)]
    print(names)


class Res:
    def close(self):
        print('closed Res')


with contextlib.closing(Res()):
    pass
with contextlib.nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))


class track(contextlib.ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop')
        return False


@track()
def work():
    print('working')


work()


@tag('deco')
def decorated():
    print('decorated body')


decorated()
