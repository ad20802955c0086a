# hashlib.blake2b/blake2s: RFC 7693's vectors, every parameter (key, salt, person, the tree
# fields, last_node), the class constants, subclasses and the limits' messages.
import hashlib


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
for cls, big in [(hashlib.blake2b, True), (hashlib.blake2s, False)]:
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    m = cls.MAX_DIGEST_SIZE
    for ds in [1, 7, m // 2, m]:
        print(ds, cls(b'message', digest_size=ds).hexdigest())
    for key in [b'', b'k', b'K' * cls.MAX_KEY_SIZE]:
        print(len(key), cls(key=key).hexdigest()[:32], cls(b'x' * cls.block_size if False else b'x' * 200, key=key).hexdigest()[:32])
    print(cls(b'data', salt=b's' * cls.SALT_SIZE, person=b'p' * cls.PERSON_SIZE).hexdigest())
    print(cls(b'data', salt=b'salt', person=bytearray(b'me')).hexdigest())
    off = (1 << 63) + 5 if big else (1 << 47) + 5
    print(cls(b'tree', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=off, node_depth=255,
              inner_size=m, last_node=True).hexdigest())
    print(cls(b'tree', fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1,
              inner_size=m // 2, last_node=False).hexdigest())
    print(cls(b'x', last_node=1).hexdigest() == cls(b'x', last_node=True).hexdigest(),
          cls(b'x', last_node=0).hexdigest() == cls(b'x').hexdigest(),
          cls(b'x', usedforsecurity=False).hexdigest() == cls(b'x').hexdigest())
    h = cls(b'ab', digest_size=10, key=b'key')
    c = h.copy()
    h.update(b'c')
    c.update(memoryview(b'c'))
    print(h.hexdigest() == c.hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
    show(lambda: cls(digest_size=0))
    show(lambda: cls(digest_size=m + 1))
    show(lambda: cls(key=b'k' * (cls.MAX_KEY_SIZE + 1)))
    show(lambda: cls(salt=b's' * (cls.SALT_SIZE + 1)))
    show(lambda: cls(person=b'p' * (cls.PERSON_SIZE + 1)))
    show(lambda: cls(fanout=256))
    show(lambda: cls(fanout=-1))
    show(lambda: cls(depth=0))
    show(lambda: cls(depth=256))
    show(lambda: cls(leaf_size=-1))
    show(lambda: cls(leaf_size=2**32))
    show(lambda: cls(node_offset=-1))
    show(lambda: cls(node_depth=256))
    show(lambda: cls(inner_size=m + 1))
    show(lambda: cls(inner_size=-1))
    show(lambda: cls(key='abc'))
    show(lambda: cls('abc'))
    show(lambda: cls(b'a', b'b'))
    show(lambda: cls(foo=1))
    show(lambda: cls(data=b'x'))
    show(lambda: cls(digest_size=2.0))
show(lambda: hashlib.blake2s(node_offset=2**48))
show(lambda: hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:8])


# CPython 3.11's BLAKE2 types are final.
show(lambda: type('Mine', (hashlib.blake2b,), {}))
show(lambda: type('Mine', (hashlib.blake2s,), {}))
