n = 10
while n:
    n -= 1
    if n == 20: break
else:
    n = -1
