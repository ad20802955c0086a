import random

random.seed(12345)
print([random.random() for _ in range(3)])
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample("abcdef", 3), random.sample(range(1000000), 8))
print(random.sample(["a", "b"], k=4, counts=[3, 1]))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 2), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5))
for seed in [0, 1, 2 ** 32, 2 ** 100 + 7, -42, "hello", b"bytes", 3.5]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
r = random.Random(7)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], len(state[1]), state[0])
r2 = random.Random("seed")
print(r2.randint(0, 10 ** 30), r2.choice(range(50)))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1),
            lambda: random.choices([1, 2], [1, 2, 3]), lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.seed(99)
big = [random.random() for _ in range(1000)]
print(big[-1], sum(big))
