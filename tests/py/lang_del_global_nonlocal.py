# del of names, attributes, subscripts, slices, tuples of targets; global/nonlocal rules.
a, b, c = 1, 2, 3
del a, (b, c)
print('a' in globals(), 'b' in globals())
lst = list(range(10))
del lst[0], lst[-1]
del lst[::3]
del lst[1:2]
print(lst)
d = {'k': 1, 'j': 2}
del d['k']
print(d)


class O:
    pass


o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
for stmt in ('del undefined_zz', 'del d["missing"]', 'del lst[99]', 'del o.nothing'):
    try:
        exec(stmt)
    except (NameError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def make():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n
    return inc, get


inc, get = make()
inc()
inc()
print(get())


def outer():
    v = 'outer'

    def middle():
        def inner():
            nonlocal v
            v = 'changed by inner'
        inner()
    middle()
    return v


print(outer())


def declares_global_later():
    global created_later
    created_later = 'made'


declares_global_later()
print(created_later)


def delete_local():
    q = 1
    del q
    try:
        return q
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)


print(delete_local())


def free_deleted():
    r = 1

    def read():
        return r
    del r
    try:
        read()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


print(free_deleted())
for src in ('def f():\n    x = 1\n    global x\n', 'def f():\n    nonlocal y\n', 'nonlocal z\n',
            'def f(a):\n    global a\n'):
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
