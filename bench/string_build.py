# String building: concatenation in a loop, ''.join, slicing, methods and f-strings.
def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return len(s)

def join_parts(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i}:{i * i % 97}")
    text = ",".join(parts)
    return len(text), text.count("item1"), len(text.split(","))

def transform(n):
    words = ["alpha", "beta", "gamma", "delta"]
    total = 0
    for i in range(n):
        w = words[i & 3]
        t = w.upper() + "-" + w[1:3] + w.replace("a", "o")
        if t.startswith("GAMMA"):
            total += len(t)
        total += t.find("o")
    return total

print(concat(800_000), join_parts(250_000), transform(250_000))
