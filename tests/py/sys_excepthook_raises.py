# A hook that raises: "Error in sys.excepthook:", the hook's error, then "Original exception
# was:" and the original report (the last stderr line); exit status 1.
import sys

def broken_hook(exc_type, value, tb):
    print("hook called with", exc_type.__name__)
    raise RuntimeError("hook failed")

sys.excepthook = broken_hook
print("before")
raise KeyError("the original")
