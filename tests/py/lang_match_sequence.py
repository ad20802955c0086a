# match: sequence patterns with and without star, nested, and what counts as a sequence
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
    return "no match"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", {1: 2}, range(3), 5, bytearray(b"xy")]:
    print(repr(v), "->", seq(v))

def star_wild(x):
    match x:
        case [a, *_, b]:
            return ("ends", a, b)
        case [*_]:
            return "any sequence"
        case _:
            return "not a sequence"

print(star_wild([1, 2, 3, 4]))
print(star_wild([9]))
print(star_wild((5, 6)))
print(star_wild("str"))

def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case ((1, 2), _):
            return "tuple head"
        case _:
            return None

print(nested([(1, 2), [3, 4, 5]]))
print(nested([(1, 2), 7]))
print(nested([[1, 2, 3], [4]]))

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)

# star at the front
match (1, 2, 3):
    case [*init, 3]:
        print("init", init)

# the star capture is always a list
match (1, 2, 3):
    case (x, *ys):
        print(type(ys).__name__, ys)

# the subject is evaluated once
def subject():
    print("evaluated")
    return [1, 2]

match subject():
    case [1]:
        print("no")
    case [1, 2]:
        print("yes")
