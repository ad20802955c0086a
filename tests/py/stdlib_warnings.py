# warnings: warn/showwarning text, categories, stacklevel, filters and actions, registry.
import sys

class _Err:
    """stderr for this test: to stdout (the corpus compares stdout only), without the
    script's folder (file names are absolute)."""
    def write(self, text):
        sys.stdout.write(text.replace(__file__.rpartition("/")[0] + "/", ""))

    def flush(self):
        pass

sys.stderr = _Err()
import warnings

print(warnings.filters)
print(warnings.defaultaction)

warnings.warn("plain message")
warnings.warn("with category", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(FutureWarning("instance wins"), RuntimeWarning)
warnings.warn(12345)

class MyWarning(UserWarning):
    pass

warnings.warn("custom", MyWarning)
print(sorted((repr(k) for k in __warningregistry__ if k != 'version')), __warningregistry__['version'])

for i in range(3):
    warnings.warn("only once at this line")   # default action: once per location

def deprecated():
    warnings.warn("deprecated() is deprecated", DeprecationWarning, stacklevel=2)

def level3():
    warnings.warn("from level3", stacklevel=3)

def caller():
    level3()

deprecated()          # DeprecationWarning in __main__ is shown by default
caller()
warnings.warn("too deep", stacklevel=50)
warnings.warn("level zero", stacklevel=0)
warnings.warn("level negative", stacklevel=-3)

for bad in (int, "x", None.__class__, ValueError):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print("TypeError:", e)

print(warnings.formatwarning("msg", UserWarning, "file.py", 10))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, line="  code here  ")))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "nofile.py", 3, "")))

import io
buf = io.StringIO()
warnings.showwarning("shown", UserWarning, "f.py", 7, file=buf, line="x = 1")
print(repr(buf.getvalue()))
warnings.showwarning("shown", UserWarning, "f.py", 7, file=buf)
print(repr(buf.getvalue()))

wm = warnings.WarningMessage(UserWarning("m"), UserWarning, "a.py", 3)
print(str(wm))
print(wm.message, wm.category, wm.filename, wm.lineno, wm.file, wm.line, wm.source)
print(warnings.WarningMessage._WARNING_DETAILS)
