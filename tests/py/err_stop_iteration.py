# next() on an exhausted iterator without a default.
it = iter([1])
print(next(it))
print(next(it))
