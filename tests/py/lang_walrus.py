# assignment expressions: scoping rules, in comprehensions, in conditions, and errors
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print(item, data)

# in a comprehension, the target binds in the containing scope
values = [y for x in range(5) if (y := x * x) > 4]
print(values, y)
def f():
    [last := i for i in range(3)]
    return last
print(f())

total = 0
running = [total := total + v for v in [1, 2, 3]]
print(running, total)

print((z := 5), z)
print([(a := i, a * 2) for i in range(2)])

# walrus in nested function writes to that function's scope
def counter():
    count = 0
    def bump():
        nonlocal count
        return (count := count + 1)
    bump(); bump()
    return count
print(counter())

for src in [
    "x := 1",
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) for j in (i := [1])]",
    "class C:\n [(k := 1) for v in range(2)]",
    "def g():\n [x for x in (x := [1])]",
    "(a.b := 1)",
    "(a[0] := 1)",
    "[i for i in range(3) if (i := 1)]",
    "f(x := 1, y=2)",
    "def h(a=(b := 1)): pass",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok:", src.replace("\n", " | "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
