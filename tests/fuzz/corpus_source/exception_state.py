# Exceptions propagate across frames and leave later code working.
def level3(n):
    return 10 // n
def level2(n):
    return level3(n) + 1
def level1(n):
    try:
        return level2(n)
    except ZeroDivisionError:
        return "recovered in level1"
print(level1(5), level1(0))
results = []
for v in [1, 0, "a", None, 4]:
    try:
        results.append(100 // v)
    except ZeroDivisionError:
        results.append("zero")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
def gen_error(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}[1]
    if kind == 2:
        return int("nope")
    if kind == 3:
        return object().missing
    return "fine"
for k in range(5):
    try:
        print(k, gen_error(k))
    except Exception as e:
        print(k, type(e).__name__ + ":", e)
count = 0
for i in range(1000):
    try:
        raise ValueError(i)
    except ValueError:
        count += 1
print(count)
