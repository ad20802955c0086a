# LOAD_GLOBAL results are cached per instruction; any change to the globals or builtins
# (assignment, deletion, shadowing a builtin, a different globals dict) must be seen at once.
def get_x():
    return x


def get_len():
    return len


x = 1
print(get_x(), get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print(e)
globals()["x"] = 3
print(get_x())

print(get_len()("abc"))
len = lambda obj: "shadowed"
print(get_len()("abc"))
del len
print(get_len()("abc"))
# Code whose builtins are a dict of our own, changed between runs.
own_builtins = {"len": lambda obj: "own len"}
g = {"__builtins__": own_builtins}
exec("def probe():\n    return len('abc')\n", g)
probe = g["probe"]
print(probe(), probe())
own_builtins["len"] = lambda obj: "changed len"
print(probe())
del own_builtins["len"]
try:
    probe()
except NameError as e:
    print(e)
g["len"] = lambda obj: "global len"
print(probe())

# The same code run with different globals dicts.
code = compile("y * 2", "<g>", "eval")
for value in (1, 2, 3):
    print(eval(code, {"y": value}))
namespace = {"y": 10}
print(eval(code, namespace))
namespace["y"] = 11
print(eval(code, namespace))
namespace.clear()
try:
    eval(code, namespace)
except NameError as e:
    print(e)


def counter():
    global count
    for _ in range(5):
        count = count + 1
    return count


count = 0
print(counter(), counter())
