# assert with messages, conditional expressions, chained comparisons
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], ["message", "list"]
except AssertionError as e:
    print("AssertionError:", e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
assert True, "never evaluated" + 1

def msg():
    print("message evaluated")
    return "lazy"
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
assert 1, msg()

# assert with parentheses around a tuple is always true (warning in CPython: avoid here)
x = 5
print("big" if x > 3 else "small", "a" if 0 else "b" if 1 else "c")
print(((lambda: "yes") if x else None)())
print([("even" if i % 2 == 0 else "odd") for i in range(3)])
def side(v):
    print("side", v)
    return v
print(side(1) if side(True) else side(2))
print(side(0) if side(False) else side(3))

print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" <= "b" != "c")
print(0 < x < 10 and x != 7)
y = [1, 2]
print(1 in y in [[1, 2]], 3 not in y is not None)
