# warnings: attribution to other modules (the default DeprecationWarning filter is for
# __main__ only), module= filters, per-module registries, "module"/"once" across modules,
# stderr set to None, warnings from a class body / lambda / generator.
import sys, types, warnings

class _Err:
    def write(self, text):
        sys.stdout.write(text.replace(__file__.rpartition("/")[0] + "/", ""))

    def flush(self):
        pass

sys.stderr = _Err()

def make_module(name):
    mod = types.ModuleType(name)
    exec("import warnings\n"
         "def dep(msg):\n"
         "    warnings.warn(msg, DeprecationWarning)\n"
         "def user(msg, level=1):\n"
         "    warnings.warn(msg, stacklevel=level)\n", mod.__dict__)
    return mod

lib = make_module("mylib")
other = make_module("mylib.sub")

lib.dep("hidden: DeprecationWarning from mylib")
lib.user("shown: UserWarning from mylib")
lib.user("attributed to the caller", 2)
print(sorted(repr(k) for k in lib.__dict__["__warningregistry__"]))
print("__warningregistry__" in globals())

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    lib.dep("now shown")
    warnings.filterwarnings("ignore", module="mylib")
    lib.user("ignored: module regex matches mylib")
    other.user("ignored too: prefix match of mylib.sub")
    warnings.filterwarnings("error", module="mylib\\.sub$")
    try:
        other.user("error for mylib.sub")
    except UserWarning as e:
        print("error:", e)
for w in log:
    print(w.category.__name__, w.message, w.filename, w.lineno)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    lib.user("same text")
    lib.user("same text")
    other.user("same text")
    warnings.simplefilter("once")
    lib.user("once text")
    other.user("once text")
    warnings.warn("once text")
print([(str(w.message), w.filename.rpartition("/")[2]) for w in log])

saved = sys.stderr
sys.stderr = None
warnings.warn("nowhere to show it")
sys.stderr = saved
print("no crash with stderr None")

class Body:
    warnings.warn("from a class body")

gen = (warnings.warn("from a generator %d" % i) for i in range(2))
list(gen)
(lambda: warnings.warn("from a lambda"))()
try:
    warnings.warn("bad", category=3)
except TypeError as e:
    print(e)
try:
    warnings.warn()
except TypeError:
    print("TypeError: missing message")

# "once" without a registry uses the global once-registry; with one, the module's
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.onceregistry.clear()
    for i in range(2):
        warnings.warn_explicit("global once", UserWarning, "a.py", 1 + i)
        warnings.warn_explicit("global once", UserWarning, "b.py", 5 + i, registry=None)
    reg = {}
    warnings.warn_explicit("global once", UserWarning, "c.py", 9, registry=reg)
    warnings.warn_explicit("global once", UserWarning, "c.py", 10, registry=reg)
    print(sorted(repr(k) for k in warnings.onceregistry), sorted(repr(k) for k in reg))
    warnings.simplefilter("module")
    warnings.warn_explicit("no registry", UserWarning, "a.py", 1)
    warnings.warn_explicit("no registry", UserWarning, "a.py", 1)
    warnings.simplefilter("default")
    warnings.warn_explicit("no registry default", UserWarning, "a.py", 1)
    warnings.warn_explicit("no registry default", UserWarning, "a.py", 1)
print([(str(w.message), w.filename, w.lineno) for w in log])

# malformed filter state
with warnings.catch_warnings():
    for filters, default in (((("always", None, Warning, None, 0),), "default"),
                             ([("always", None, Warning, None)], "default"),
                             ([["always", None, Warning, None, 0]], "default"),
                             ([(1, None, Warning, None, 0)], "default"),
                             ([], 5)):
        warnings.filters = filters
        warnings.defaultaction = default
        try:
            warnings.warn("malformed")
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    warnings.defaultaction = "default"
    reg = {}
    warnings.filters = [("bogus", None, Warning, None, 0)]
    try:
        warnings.warn_explicit("bogus", UserWarning, "x.py", 3, registry=reg)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(sorted(repr(k) for k in reg))
    try:
        warnings.warn_explicit("g", UserWarning, "x.py", 3, module_globals=[])
    except TypeError as e:
        print("TypeError:", e)
