# Name resolution: local, enclosing, global, builtin; shadowing builtins.
x = "global"
def f():
    x = "enclosing"
    def g():
        x = "local"
        return x
    def h():
        return x
    return g(), h(), x
print(f(), x)
def uses_builtin():
    return len([1, 2, 3])
def shadows_builtin():
    len = lambda s: "shadowed"
    return len([1, 2, 3])
print(uses_builtin(), shadows_builtin(), len("abc"))
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("arg"), x)
def loop_var_leaks():
    for i in range(3):
        pass
    return i
print(loop_var_leaks())
class K:
    attr = "class body"
    derived = attr + " derived"
    def m(self):
        return x
print(K.derived, K().m())
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return hit
hit = counter_factory()
hit("a"); hit("a")
print(hit("a"), hit("b"))
