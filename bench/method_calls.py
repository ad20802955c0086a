# Method calls on instances: attribute loads/stores, bound methods, a small class hierarchy.
class Counter:
    def __init__(self, start):
        self.value = start
        self.steps = 0

    def step(self, amount):
        self.value += amount
        self.steps += 1
        return self.value

    def get(self):
        return self.value


class ResettingCounter(Counter):
    def __init__(self, start, limit):
        super().__init__(start)
        self.limit = limit

    def step(self, amount):
        v = super().step(amount)
        if v > self.limit:
            self.value = 0
        return self.value


def run(n):
    a = Counter(0)
    b = ResettingCounter(0, 1000)
    total = 0
    for i in range(n):
        a.step(1)
        b.step(i & 7)
        total += a.get() - b.get()
    return total, a.steps, b.steps

print(run(600_000))
