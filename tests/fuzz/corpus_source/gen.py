def g(n):
    for i in range(n):
        x = yield i
    return n
def h():
    r = yield from g(3)
    yield r
print(list(h()))
