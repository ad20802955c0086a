# secrets, os.urandom and random.SystemRandom: types, lengths and ranges of their random
# results (the values differ on every run), and the error messages.
import os
import random
import secrets
import string


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
print(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_bytes(5)),
      secrets.token_bytes(0))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), set(secrets.token_hex(50)) <= set(string.hexdigits.lower()))
urlsafe = string.ascii_letters + string.digits + '-_'
print(len(secrets.token_urlsafe(16)), set(secrets.token_urlsafe(100)) <= set(urlsafe), secrets.token_urlsafe(0))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(sorted({secrets.randbelow(3) for _ in range(300)}))
print(secrets.choice('abc') in 'abc', secrets.choice([7]), secrets.randbits(0), 0 <= secrets.randbits(70) < 2 ** 70)
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('ab', 'ac'), secrets.token_bytes(16) != secrets.token_bytes(16))
print(isinstance(secrets.SystemRandom(), random.Random), secrets.SystemRandom is random.SystemRandom)
show(lambda: secrets.randbelow(0))
show(lambda: secrets.randbelow(-5))
show(lambda: secrets.choice([]))
show(lambda: secrets.token_bytes(-1))

# os.urandom
print(type(os.urandom(3)).__name__, len(os.urandom(0)), len(os.urandom(1000)), len(os.urandom(100000)))
print(len({os.urandom(8) for _ in range(100)}), 'urandom' in os.__all__)
show(lambda: os.urandom(-1))
show(lambda: os.urandom(1.5))
show(lambda: os.urandom())
show(lambda: os.urandom(size=1))

# random.SystemRandom
r = random.SystemRandom()
print(all(0 <= r.random() < 1 for _ in range(100)), len(r.randbytes(9)), r.seed(3), r.seed())
print(0 <= r.randrange(100) < 100, 1 <= r.randint(1, 6) <= 6, r.getrandbits(0), 0 <= r.getrandbits(1) <= 1)
print(sorted(r.sample(range(10), 10)) == list(range(10)), len(r.choices('ab', k=5)), 0.0 <= r.uniform(0, 1) <= 1.0)
lst = list(range(20))
r.shuffle(lst)
print(sorted(lst) == list(range(20)), abs(r.gauss(0, 1)) < 100)
show(lambda: r.getstate())
show(lambda: r.setstate(None))
show(lambda: r.getrandbits(-1))
# an unseeded generator draws its seed from the same source: two differ
print(random.Random().random() != random.Random().random())
random.seed('text')
print(random.random(), random.getrandbits(64))
random.seed(b'bytes')
print(random.random())
random.seed(bytearray(b'bytearray'))
print(random.randrange(10 ** 9))
