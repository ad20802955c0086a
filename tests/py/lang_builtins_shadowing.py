# Shadowing builtins in module, function and class scopes; the builtins module; del
# restoring the builtin; __builtins__ in exec namespaces.
import builtins

print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'), builtins.len('abc'))
del len
print(len('abc'))


def local_shadow():
    list = 'local'
    return list


print(local_shadow(), list('ab'))


class K:
    str = 'class attr'

    def m(self):
        return str(5)


print(K.str, K().m())
builtins.custom_builtin = 'from builtins'
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print('NameError:', e)
ns = {'__builtins__': {'print': lambda *a: None, 'len': lambda x: -1}}
exec('result = len([1, 2])', ns)
print(ns['result'])
ns2 = {}
exec('r = abs(-3)', ns2)
print(ns2['r'], '__builtins__' in ns2)
try:
    exec('abs(1)', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
print(type(builtins).__name__, builtins.__name__, callable(builtins.print), builtins.True_ if hasattr(builtins, 'True_') else True)
