# match: literal, value, singleton, capture and wildcard patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2+3j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"other {other!r}"

for v in [0, 1, 2, 3, -1, 1.5, 2+3j, "hello", b"raw", True, None, False, 4, "x", [1]]:
    print(repr(v), describe(v))

# True is matched by 1 (1 == True) before reaching the True case
match True:
    case 1:
        print("True matched 1")

# singletons compare by identity
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")

match 0.0:
    case False:
        print("wrong")
    case 0:
        print("0.0 == 0")

class Color:
    RED = "red"
    GREEN = "green"

def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"

print(color("red"), color("green"), color("blue"))

# wildcard as the only case
match 42:
    case _:
        print("wildcard")

# capture binds in the enclosing scope
match [1, 2]:
    case whole:
        pass
print(whole)
