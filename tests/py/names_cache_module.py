# Module-level names go through per-instruction caches (vm/name_cache.h): every change to
# the module's globals or to the builtins must be seen by the next LOAD_NAME / STORE_NAME,
# also inside one loop whose instructions were cached on earlier passes.
import builtins

# A builtin replaced, shadowed by a global, un-shadowed, and restored, mid-loop.
real_len = builtins.len
seen = []
for i in range(8):
    if i == 2:
        builtins.len = lambda obj: -1
    if i == 3:
        builtins.len = real_len
    if i == 4:
        len = lambda obj: "global"
    if i == 6:
        del len
    seen.append(len("abc"))
print(seen)

# A name deleted and re-added (a new entry at the end of the table) while being read.
x = 0
out = []
for i in range(6):
    out.append(x)
    if i % 2 == 0:
        del x
        x = i * 10
print(out)
try:
    del x
    print(x)
except NameError as e:
    print(e)
x = "back"
print(x)

# Many globals added (the dict resizes, entries move) and deleted between reads.
total = 0
for i in range(300):
    globals()["extra_%d" % i] = i
    total += i
    if i % 3 == 0:
        del globals()["extra_%d" % i]
print(total, sum(1 for k in globals() if k.startswith("extra_")))
for k in [k for k in globals() if k.startswith("extra_")]:
    del globals()[k]
print(total, extra_1 if "extra_1" in globals() else "gone")

# globals().popitem() removes the newest entry; the cached entry number goes stale.
first = 1
last_added = 2
k, v = globals().popitem()
print(k, v)
try:
    print(last_added)
except NameError as e:
    print(e)
last_added = 3
print(last_added, first)

# exec with its own globals dict, cleared and refilled while its code runs.
code = compile(
    "acc = []\n"
    "for i in range(5):\n"
    "    acc.append((a, len))\n"
    "    if i == 1:\n"
    "        (lambda saved: (globals().clear(), globals().update(saved)))(dict(globals()))\n"
    "        a = 'after clear'\n"
    "    if i == 3:\n"
    "        len = 'own len'\n",
    "<exec>", "exec")
ns = {"a": "before"}
exec(code, ns)
print([(p, q if isinstance(q, str) else q.__name__) for p, q in ns["acc"]])

# The same code object run in different namespaces: a name found in locals, in globals,
# in builtins, or missing, at the same instruction.
probe = compile("r = abs", "<probe>", "exec")
for loc in ({"abs": "local abs"}, {}, {"abs": 1}):
    for glob in ({"abs": "global abs"}, {}):
        exec(probe, glob, loc)
        r = loc["r"]
        print(r if not callable(r) else r.__name__, end=" ")
print()
missing = compile("r = not_defined_anywhere", "<probe>", "exec")
try:
    exec(missing, {}, {})
except NameError as e:
    print(e)

# A name that appears later in locals shadows the global from then on.
lg = {"v": "global v"}
ll = {}
code = compile("res.append(v)", "<shadow>", "exec")
lg["res"] = []
exec(code, lg, ll)
ll["v"] = "local v"
exec(code, lg, ll)
del ll["v"]
exec(code, lg, ll)
del lg["v"]
try:
    exec(code, lg, ll)
except NameError as e:
    lg["res"].append(str(e))
print(lg["res"])
