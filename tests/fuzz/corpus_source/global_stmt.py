# global declarations and module-level state.
count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)
def make_new():
    global fresh
    fresh = "created inside a function"
make_new()
print(fresh)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
uses_before_assign()
