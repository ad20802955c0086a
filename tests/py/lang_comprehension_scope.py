# comprehensions have their own scope: loop variables do not leak, nesting, class bodies
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"} == {"a", "b"})
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([[j for j in range(i)] for i in range(3)])
print([y for row in [[1, 2], [3]] for y in row])

# the first iterable is evaluated in the enclosing scope
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        broken = [v for v in range(2) if v in values]
    except NameError as e:
        message = str(e)
print(C.doubled, C.message)

# comprehension closures capture the comprehension's variable
fs = [lambda: i for i in range(3)]
print([f() for f in fs])

# nested functions see enclosing locals
def outer():
    factor = 10
    return [factor * n for n in range(3)]
print(outer())

# comprehension variables can shadow builtins without leaking
print([len for len in range(2)], len("abc"))

# dict comprehension order and duplicate keys
print({k % 3: k for k in range(7)})

# iteration variable targets can be complex
pairs = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in pairs])
d = {}
[d.__setitem__(k, v) for k, v in [("a", 1)]]
print(d)

# async comprehension is a syntax error outside async functions
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
