# String indexing and slicing, including negative indices and steps.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::-1], s[-1:-6:-1], s[8:2:-2], s[::3])
print(s[100:], s[-100:3], s[3:100], repr(s[20:30]))
for i in range(len("abc")):
    print(i, "abc"[i], "abc"[-i - 1])
word = "racecar"
print(word == word[::-1], "python"[::-1])
u = "naïve café ☕ 日本"
print(len(u), u[2], u[-1], u[::-1], u[5:9])
print("x"[0], "xy"[1:], "xyz"[-2:])
