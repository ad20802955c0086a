# Augmented assignment to names, attributes, subscripts and slices evaluates targets once.
class Obj:
    def __init__(self):
        self.v = 1


log = []


def get_obj():
    log.append('get_obj')
    return o


def key():
    log.append('key')
    return 'k'


o = Obj()
get_obj().v += 5
print(o.v, log)
d = {'k': [1]}
log.clear()
d[key()] += [2]
print(d, log)
lst = [1, 2, 3, 4]
lst[1:3] += ['x']
print(lst)
lst[::2] = 'abc'
print(lst)
s = 'a'
s *= 3
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n |= 1
n ^= 3
n &= 14
n >>= 1
n -= 1
n /= 2
print(s, n)
m = [[0]]
m[0][0] += 1
print(m)


class Tracer:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print('iadd', other)
        self.v += other
        return self

    def __add__(self, other):
        print('add', other)
        return Tracer(self.v + other)

    def __getitem__(self, k):
        print('getitem', k)
        return self.v

    def __setitem__(self, k, v):
        print('setitem', k, v)


t = Tracer(1)
t2 = t
t += 2
print(t is t2, t.v)
t[0] += 1


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


a = OnlyAdd(1)
b = a
a += 1
print(a is b, a.v, b.v)
tup = (1, [2])
try:
    tup[1] += [3]
except TypeError as e:
    print('TypeError:', e)
print(tup)
try:
    undefined_name += 1
except NameError as e:
    print('NameError:', e)


def local_unbound():
    counter += 1
    counter = 0


try:
    local_unbound()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
