# for over many iterables, for/else.
for ch in "abc":
    print(ch, end="")
print()
for x in (1, 2):
    print(x, end=" ")
for x in [3, 4]:
    print(x, end=" ")
for k in {"a": 1, "b": 2}:
    print(k, end=" ")
for x in range(5, 0, -2):
    print(x, end=" ")
for x in reversed([7, 8]):
    print(x, end=" ")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n > 1
    return False
print([n for n in range(20) if is_prime(n)])
for x in []:
    print("never")
else:
    print("else after empty loop")
for x in range(3):
    pass
print("x after loop:", x)
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)
