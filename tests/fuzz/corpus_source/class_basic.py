# class statement, __init__, methods, instance attributes, bound methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1).moved(0, dy=-4)
print(q.describe(), p.describe())
m = p.norm2
print(m(), Point.norm2(q))
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n)
a = Point(0, 0)
b = Point(0, 0)
print(a is b, a == b, a == a, a != b)
