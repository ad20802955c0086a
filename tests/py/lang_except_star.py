# except*: matching parts of a group, naked exceptions, re-raising, what propagates
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))

run(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
run(ValueError("naked"))
try:
    run(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print("left over:", repr(e))
try:
    run(KeyError("naked key"))
except KeyError as e:
    print("naked left over:", repr(e))

# nested groups keep their shape
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
except* ValueError as e:
    print("matched", repr(e))
except* OSError as e:
    print("os", repr(e))

# raising a new exception in an except* clause
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
    print(repr(e.exceptions[0].__context__))

# bare raise re-raises the matched part in place
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))

# the handled exception is visible as sys.exc_info-like via the clause variable type
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* (ValueError, TypeError) as e:
    print("tuple of types:", type(e).__name__, e.exceptions)

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled value")
    finally:
        print("finally with pending group")
except* TypeError as e:
    print("outer got", repr(e))

# catching ExceptionGroup with except* is an error
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError
    except* 42:
        pass
except TypeError as e:
    print("TypeError:", e)

# a loop inside the clause may break
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(3):
        if i == 1:
            break
    print("loop in except* broke at", i)

for src in ["for x in y:\n try:\n  pass\n except* E:\n  break\n",
            "def f():\n try:\n  pass\n except* E:\n  return 1\n",
            "for x in y:\n try:\n  pass\n except* E:\n  continue\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
