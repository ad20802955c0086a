# A generator pipeline: chained generators with yield and yield from, a generator
# expression, send(), and consumption by for loops, sum() and zip().
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for part in nested:
        yield from part


def running_total():
    total = 0
    while True:
        value = yield total
        total += value


def pipeline(n):
    total = sum(squares(evens(numbers(n))))
    flat = sum(1 for _ in flatten(chunks(numbers(n), 7)))
    acc = running_total()
    next(acc)
    last = 0
    for x in numbers(n // 2):
        last = acc.send(x)
    pairs = sum(a * b for a, b in zip(numbers(n // 2), squares(numbers(n // 2))))
    return total, flat, last, pairs % 1000003


print(pipeline(600_000))
