# hashlib: the standards' vectors for every algorithm, the objects' attributes, copy(),
# new() with names and aliases, reprs (addresses masked), file_digest and the error messages.
import hashlib
import io
import array
import re


def mask(text):
    return re.sub(r'0x[0-9a-f]+', '0x...', text)


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, mask(str(e)))
    else:
        print('ok', r)


vectors = [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
           b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    for v in vectors:
        h = hashlib.new(name, v)
        if name.startswith('shake'):
            print(name, len(v), h.hexdigest(40), h.digest(5))
        else:
            print(name, len(v), h.hexdigest())
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)

# the million-'a' message in one update and in pieces
million = b'a' * 1000000
for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name)
    for i in range(0, len(million), 99991):
        h.update(million[i:i + 99991])
    print(name, 'million', h.hexdigest(), h.hexdigest() == hashlib.new(name, million).hexdigest())

# copies are independent; digest() leaves the state as it was
h = hashlib.sha256(b'ab')
c = h.copy()
print(h.hexdigest() == h.hexdigest(), c.hexdigest() == h.hexdigest())
h.update(b'c')
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), c.hexdigest() == hashlib.sha256(b'ab').hexdigest())
c.update(b'c')
print(c.digest() == h.digest(), c is not h)
x = hashlib.shake_256(b'data')
print(x.copy().hexdigest(10) == x.hexdigest(10), x.digest(0), x.hexdigest(length=3))

# bytes-like inputs
for data in [b'abc', bytearray(b'abc'), memoryview(b'abc'), memoryview(b'xabcx')[1:4]]:
    print(type(data).__name__, hashlib.md5(data).hexdigest())
print(hashlib.sha1(array.array('i', [1, 2, 3])).hexdigest() == hashlib.sha1(array.array('i', [1, 2, 3]).tobytes()).hexdigest())

# constructors' keywords, new() and its names
print(hashlib.sha256(string=b'abc').hexdigest())
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'abc').name, hashlib.new('sha256', data=b'abc').hexdigest()[:16])
print(hashlib.new('blake2b', b'abc', digest_size=16).hexdigest())
print(hashlib.new('blake2s', digest_size=8).name)
print(hashlib.md5.__name__, hashlib.sha3_512.__name__, hashlib.blake2b.__name__)
print(sorted(hashlib.algorithms_guaranteed) == sorted(hashlib.algorithms_guaranteed & hashlib.algorithms_available))
print(hashlib.__all__)

# reprs
print(mask(repr(hashlib.sha256())), mask(repr(hashlib.new('md5'))))
print(mask(repr(hashlib.shake_128())), mask(repr(hashlib.blake2s())))
print(type(hashlib.shake_128()).__mro__[1].__name__, isinstance(hashlib.shake_256(), type(hashlib.md5())))

# file_digest
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(bytes(range(256)) * 1000), 'sha1', _bufsize=1000).hexdigest())
show(lambda: hashlib.file_digest(io.StringIO('abc'), 'sha256'))

# errors
h = hashlib.sha256()
show(lambda: hashlib.sha256('abc'))
show(lambda: h.update('abc'))
show(lambda: hashlib.sha256(1))
show(lambda: h.update(None))
show(lambda: hashlib.sha256(data=b'a'))
show(lambda: hashlib.sha256(b'a', b'b'))
show(lambda: hashlib.new('foo'))
show(lambda: hashlib.new(1))
show(lambda: hashlib.new('sha256', b'a', string=b'a'))
show(lambda: hashlib.shake_128(b'a').digest())
show(lambda: hashlib.shake_128(b'a').digest(3.0))
show(lambda: hashlib.sha256(memoryview(b'abcd')[::2]))
show(lambda: h.digest(1))
show(lambda: h.copy(1))
show(lambda: h.update())
show(lambda: h.update(b'a', b'b'))
show(lambda: h.update(data=b'a'))
show(lambda: setattr(h, 'name', 'x'))
show(lambda: setattr(h, 'foo', 1))
show(lambda: type(h)())
show(lambda: type(hashlib.shake_128())())
