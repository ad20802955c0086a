# random with a fixed seed: the same sequences as CPython for choices with weights,
# sample, shuffle, randrange/randint, uniform/gauss-free functions, and Random instances.
import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(5)], random.randrange(0, 100, 7), random.random())
print(random.choice('abcdef'), random.choices(range(5), k=4), random.choices('xyz', weights=[1, 0, 9], k=5))
print(random.sample(range(50), 5), random.sample('hello', 3))
deck = list(range(10))
random.shuffle(deck)
print(deck, round(random.uniform(1, 2), 12), random.getrandbits(20))
r1, r2 = random.Random(7), random.Random(7)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(0, 9), r2.randint(0, 9))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed('a string seed')
print(random.randint(0, 10 ** 6))
random.seed(b'bytes')
print(random.random())
for bad in (lambda: random.choice([]), lambda: random.randrange(5, 1), lambda: random.sample([1], 2),
            lambda: random.randint(3, 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
