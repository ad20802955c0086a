# warnings: filterwarnings/simplefilter/resetwarnings, every action, registries,
# catch_warnings (record, action=), showwarning/formatwarning overrides, warn_explicit.
import sys

class _Err:
    def write(self, text):
        sys.stdout.write(text.replace(__file__.rpartition("/")[0] + "/", ""))

    def flush(self):
        pass

sys.stderr = _Err()
import warnings

def show_log(log):
    for w in log:
        print(" ", w.category.__name__, str(w.message), w.lineno, w.line, type(w.source).__name__)

# error: the warning is raised
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e, e.args)
    inst = UserWarning("same object")
    try:
        warnings.warn(inst)
    except UserWarning as e:
        print("same instance:", e is inst)
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("ignored", RuntimeWarning)
    print("RuntimeWarning ignored before error filter")

# record
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("again")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pend", PendingDeprecationWarning)
    warnings.warn("src", ResourceWarning, source=log)
print(len(log))
show_log(log)
print(log[0].filename == __file__, log[-1].source is log)

# default: once per (text, category, line); module: once per module; once: once anywhere
def emit(action):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(2):
            warnings.warn("a")
            warnings.warn("a")
            warnings.warn("b")
        helper_warn("a")
        helper_warn("a")
    print(action, [(str(w.message), w.lineno) for w in log])

def helper_warn(text):
    warnings.warn(text)

for action in ("default", "module", "once", "always", "ignore"):
    emit(action)

# the default filters: DeprecationWarning shown only when attributed to __main__
with warnings.catch_warnings(record=True) as log:
    warnings.warn("main dep", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("import", ImportWarning)
    warnings.warn("resource", ResourceWarning)
    warnings.warn("future", FutureWarning)
    warnings.warn("bytes", BytesWarning)
show_log(log)

# filterwarnings: message regex (case-insensitive, anchored at start), category, module, lineno
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.warn("spam and eggs")
    warnings.warn("SPAM upper")
    warnings.warn("eggs and spam")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("user", UserWarning)
    warnings.filterwarnings("ignore", module="__ma")
    warnings.warn("main prefix module")
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="other")
    warnings.warn("other module is not us")
    line = sys._getframe().f_lineno + 2
    warnings.filterwarnings("ignore", lineno=line)
    warnings.warn("on ignored line")
    warnings.warn("next line")
    print(len(warnings.filters), [f[0] for f in warnings.filters])
show_log(log)

# filter order: newest first; append=True adds at the end; a duplicate moves to the front
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    warnings.simplefilter("error", append=True)
    warnings.simplefilter("always", RuntimeWarning)
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.simplefilter("ignore")
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.simplefilter("error", append=True)
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.filterwarnings("module", "abc")
    warnings.filterwarnings("module", "abc")
    print(len(warnings.filters), warnings.filters[0][1].pattern, warnings.filters[0][3])
print(len(warnings.filters))

# invalid arguments (assertions, as CPython)
for call in (lambda: warnings.simplefilter("bogus"),
             lambda: warnings.simplefilter("ignore", lineno=-1),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.filterwarnings("what")):
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)

# catch_warnings restores filters and showwarning; action= and repr; misuse
before = warnings.filters
with warnings.catch_warnings(action="ignore", category=UserWarning) as cw:
    print(cw, warnings.filters[0][:3] == ("ignore", None, UserWarning), warnings.filters is before)
    warnings.warn("not shown")
print(warnings.filters is before)
cw = warnings.catch_warnings(record=True)
print(repr(cw))
print(repr(warnings.catch_warnings()))
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

# replacing showwarning / formatwarning
def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", repr(message), category.__name__, lineno, file, line)

def my_format(message, category, filename, lineno, line=None):
    return "formatted: %s (%s)\n" % (message, category.__name__)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("to my_show")
    warnings.showwarning = warnings._showwarning_orig
    warnings.formatwarning = my_format
    warnings.warn("to my_format")
    warnings.formatwarning = warnings._formatwarning_orig
    warnings.showwarning = 42
    try:
        warnings.warn("not callable")
    except TypeError as e:
        print("TypeError:", e)
print(warnings.showwarning is warnings._showwarning_orig)

with warnings.catch_warnings(record=True) as log:
    warnings.showwarning = my_show          # record=True restores the original inside
    warnings.simplefilter("always")
    warnings.warn("recorded anyway")
show_log(log)

# warn_explicit: module from the file name, registries, module_globals
with warnings.catch_warnings():
    warnings.simplefilter("default")
    reg = {}
    warnings.warn_explicit("explicit", UserWarning, "some/where.py", 42, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "some/where.py", 42, registry=reg)
    print(sorted(repr(k) for k in reg))
    warnings.warn_explicit(UserWarning("inst"), RuntimeWarning, "x.py", True)
    try:
        warnings.warn_explicit("lineno", RuntimeWarning, "x.py", "7")
    except TypeError as e:
        print("TypeError:", e)
    warnings.warn_explicit("nomod", UserWarning, "", 1)
    warnings.filterwarnings("error", module="where")
    try:
        warnings.warn_explicit("by module", UserWarning, "where.PY", 3)
    except UserWarning as e:
        print("error for module 'where':", e)
    try:
        warnings.warn_explicit("bad registry", UserWarning, "x.py", 1, registry=[])
    except TypeError as e:
        print("TypeError:", e)

# a registry is reset when the filters change
with warnings.catch_warnings():
    warnings.simplefilter("default")
    def once_more():
        warnings.warn("registry reset")
    once_more()
    once_more()
    warnings.simplefilter("default")
    once_more()

# filters the program replaced or corrupted
with warnings.catch_warnings():
    warnings.filters = [("always", None, Warning, None, 0)]
    warnings.warn("own list")
    warnings.filters = [("bogus", None, Warning, None, 0)]
    try:
        warnings.warn("bogus action")
    except RuntimeError as e:
        print("RuntimeError:", str(e).splitlines()[0])
    warnings.filters = []
    warnings.defaultaction = "ignore"
    warnings.warn("default action ignore")
    warnings.defaultaction = "default"
