# if / elif / else and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
else:
    print("even")
if x > 5 and x < 10:
    print("between")
if not x == 8:
    print("not eight")
label = "big" if x > 100 else "mid" if x > 5 else "tiny"
print(label)
if []:
    print("unreachable")
elif {}:
    print("unreachable too")
else:
    print("both empty")
if x: print("one-line if")
nested = 0
if x > 0:
    if x > 5:
        if x > 6:
            nested = 3
print(nested)
