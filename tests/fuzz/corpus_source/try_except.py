# try/except/else: matching by class, tuples of classes, as-binding, else.
def attempt(f):
    try:
        result = f()
    except ZeroDivisionError as e:
        print("zero:", type(e).__name__, e)
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("ok:", result)
attempt(lambda: 1 / 0)
attempt(lambda: [][3])
attempt(lambda: {}["k"])
attempt(lambda: int("x1"))
attempt(lambda: "a" + 1)
attempt(lambda: 42)
attempt(lambda: undefined_name)
attempt(lambda: None.attr)
attempt(lambda: 5 % 0)
attempt(lambda: 5 // 0)
attempt(lambda: 5.0 / 0)
try:
    raise ValueError("explicit")
except ValueError:
    print("caught without binding")
try:
    try:
        raise KeyError("inner")
    except IndexError:
        print("wrong handler")
except LookupError as e:
    print("outer caught", type(e).__name__, e)
e = "before"
try:
    raise TypeError("bound")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("as-name is unbound after the handler:", ne)
