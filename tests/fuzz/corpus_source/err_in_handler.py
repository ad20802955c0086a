# An exception raised while handling another: the last one is reported.
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("bad input:", s)
        return {}["fallback"]
print(parse("12"))
print(parse("x"))
