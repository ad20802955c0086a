# A quick tour of what Bastion runs today: classes, closures, comprehensions,
# exceptions and string handling. `make run` executes this file.

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(self.name + " has no area")
    def __repr__(self):
        return f"{self.name}({self.area():.2f})"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r

shapes = [Rect(3, 4), Circle(1.5), Rect(2, 2.5)]
print("shapes by area:", sorted(shapes, key=lambda s: s.area()))
print("total area:", round(sum([s.area() for s in shapes]), 3))
try:
    Shape("Blob").area()
except NotImplementedError as e:
    print("caught", type(e).__name__ + ":", e)

def make_counter(step=1):
    count = 0
    def tick():
        nonlocal count
        count += step
        return count
    return tick

by_two = make_counter(2)
print("closure ticks:", [by_two() for _ in range(5)])

squares = {n: n * n for n in range(1, 8) if n % 2}
primes = [n for n in range(2, 40) if all([n % d for d in range(2, n)])]
print("odd squares:", squares)
print("primes < 40:", primes)

text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top words:", ", ".join([f"{w}={c}" for w, c in top]))
print("title:", " ".join([w[0].upper() + w[1:] for w in text.split()[:4]]))

def safe_div(a, b):
    try:
        return a // b, a % b
    except ZeroDivisionError as e:
        return f"error: {e}"
    finally:
        pass

for a, b in [(17, 5), (-17, 5), (1, 0)]:
    print(f"{a:>4} divmod {b:<2} ->", safe_div(a, b))
print(f"{'done':^20}".replace(" ", "*"))
