# Annotations without PEP 563 are evaluated at definition time, in order, and stored in
# __annotations__ (functions, classes, modules); local variable annotations are not stored.
order = []


def note(tag):
    order.append(tag)
    return tag


def f(a: note('a'), b: note('b') = note('b-default'), *args: note('args'), c: note('c'), **kw: note('kw')) -> note('ret'):
    local: note('never-evaluated-local') = 1
    return local


print(order)
print(f.__annotations__)


class C:
    x: note('x')
    y: int = 5
    z: 'forward.Ref'


print(C.__annotations__, C.y, hasattr(C, 'x'))
module_level: note('module') = 1
print(__annotations__)
obj = C()
obj.attr: int = 3
print(obj.attr, 'attr' in C.__annotations__)
lst = [0]
lst[0]: note('subscript-target') = 9
print(lst, order[-1])


def no_annotations():
    pass


print(no_annotations.__annotations__)
no_annotations.__annotations__ = {'x': 1}
print(no_annotations.__annotations__)
try:
    no_annotations.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)
lam = lambda x: x
print(lam.__annotations__)
