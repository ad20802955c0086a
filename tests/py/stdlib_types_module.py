# types: the names of built-in types, SimpleNamespace, MappingProxyType, new_class,
# prepare_class, resolve_bases, and isinstance checks against them.
import types


def f():
    pass


class C:
    def m(self):
        pass


def g():
    yield


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(types, types.ModuleType))
print(isinstance(g(), types.GeneratorType), isinstance(f.__code__, types.CodeType), types.NoneType is type(None))
print(types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented), types.FunctionType.__name__)
print(isinstance(type.__dict__, types.MappingProxyType), isinstance(str.join, types.MethodDescriptorType))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='x', c=[3]))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError:', e)
m = types.ModuleType('dyn', 'doc text')
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update({'y': 2}))
print(Dyn.__name__, Dyn.y, Dyn.__mro__[1] is C)
print(types.resolve_bases((C, list[int])), types.prepare_class('X', (C,))[0])
G = types.new_class('G', (list[int],))
print(G.__orig_bases__, G.__mro__[1])
print(types.GenericAlias(list, (int,)) == list[int], types.UnionType is type(int | str))
