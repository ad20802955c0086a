# The with statement: __enter__/__exit__ order, exception suppression, several items,
# exceptions from __enter__/__exit__, return/break through with, missing protocol errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('outer'), CM('inner', suppress=False):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
with CM('outer2'), CM('inner2', suppress=True):
    raise KeyError('k2')


def early():
    with CM('ret'):
        return 'returned'


print(early())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            break
        continue


class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')

    def __exit__(self, *a):
        print('never')


try:
    with CM('first'), BadEnter():
        print('never')
except RuntimeError as e:
    print('RuntimeError:', e)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError('exit failed')


try:
    with BadExit():
        raise ValueError('original')
except OSError as e:
    print('OSError:', e, 'context:', repr(e.__context__))


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
with CM('tuple') as (first, *rest):
    print(first, rest)
