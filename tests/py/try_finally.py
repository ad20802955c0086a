# finally runs on normal exit, exceptions, return, break and continue.
def f(x):
    try:
        if x == 0:
            return "returned early"
        if x == 1:
            raise ValueError("boom")
        print("body done")
    except ValueError as e:
        print("handled", e)
        return "from except"
    else:
        print("else ran")
        return "from else"
    finally:
        print("finally for", x)
for x in range(3):
    print(f(x))
def override():
    try:
        return 1
    finally:
        print("cleanup before return")
print(override())
def finally_wins():
    try:
        return "try"
    finally:
        return "finally"
print(finally_wins())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("loop finally", i)
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally while unwinding")
except KeyError as e:
    print("outer got", repr(e))
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(swallow())
