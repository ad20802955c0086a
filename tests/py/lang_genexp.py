# generator expressions: laziness, scoping of the first iterable, nesting, one-shot
def src(n):
    print("src evaluated")
    return range(n)
g = (x * 2 for x in src(3))
print("created")
print(next(g), list(g), list(g))

# the first iterable is evaluated immediately, the rest lazily
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g = (y for x in [1] for y in 5)
try:
    next(g)
except TypeError as e:
    print("TypeError at iteration:", e)

# as sole call argument without extra parentheses
print(sum(x * x for x in range(4)), max(len(w) for w in ["a", "abc"]), "-".join(str(i) for i in range(3)))

# nested and conditional
pairs = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(pairs))

# closures see the loop variable at evaluation time
gens = [(lambda: i) for i in range(3)]
print([f() for f in gens])
g2 = ((lambda: i) for i in range(3))
print([f() for f in g2])

# genexp in a class body cannot see class variables (except the first iterable)
class C:
    n = 3
    items = list(x for x in range(n))
    try:
        bad = list(n for x in range(1))
    except NameError as e:
        err = str(e)
print(C.items, C.err)

print(type(x for x in []).__name__, (x for x in []).__name__)
g3 = (i for i in range(2))
print(g3.gi_running, list(g3), list(g3))
