# break and continue in nested loops.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print((i, j), end=" ")
print()
n = 0
found = None
while n < 100:
    n += 1
    if n % 7 != 0:
        continue
    if n % 5 == 0:
        found = n
        break
print(found)
out = []
for word in ["keep", "skip", "keep2", "stop", "never"]:
    if word == "skip":
        continue
    if word == "stop":
        break
    out.append(word)
print(out)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
