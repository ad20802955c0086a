# Assorted statement syntax: semicolons, chained assignment, parenthesised continuation, comments.
a = b = c = 7; print(a, b, c)
x, y = 1, 2; x, y = y, x; print(x, y)
values = [
    1,  # first
    2,  # second
    3,
]
print(values, len(values))
result = (1 +
          2 *
          3)
print(result)
def f(
    a,
    b=2,
):
    return a + b
print(f(1,), f(
    3,
    b=4,
))
if (a == 7 and
        b == 7):
    print("multi-line condition")
d = {
    "a": 1,
    "b": [1, 2,
          3],
}
print(d)
i = j = 0
while i < 3: i += 1
print(i, j)
class C: pass
def g(): return "one-liner"
print(type(C()).__name__, g())
