t = 0
for i in range(100):
    if i % 3: t += i
    else: continue
print(t)
