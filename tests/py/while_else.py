# while loops, while/else, break skipping the else.
i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
n = 10
while n > 0:
    n -= 3
else:
    print("else ran, n =", n)
k = 0
while True:
    k += 1
    if k == 4:
        break
else:
    print("never")
print("k =", k)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
while 0:
    print("no")
else:
    print("else on false start")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
