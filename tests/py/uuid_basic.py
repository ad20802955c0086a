# uuid: the UUID class (every way to build one, the fields and properties, comparison,
# hashing, immutability, copies), uuid3/uuid5 byte for byte, and the shapes of the random
# uuid1/uuid4 (their values differ on every run).
import copy
import uuid


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.urn, u.variant, u.version, u.time, u.clock_seq, u.node, u.is_safe)
for text in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678',
             '{12345678-1234-5678-1234-567812345678}', '12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(text) == u, uuid.UUID(hex=text).int == u.int)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u)
for version in range(1, 6):
    v = uuid.UUID(int=(1 << 128) - 1, version=version)
    print(version, v, v.version, v.variant)
for value in [0, 1 << 127, 0xc << 124 >> 60, 0xe << 60, (1 << 128) - 1]:
    w = uuid.UUID(int=value)
    print(w, w.variant, w.version)

# the namespaces and name-based UUIDs
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(ns, uuid.uuid3(ns, 'python.org'), uuid.uuid5(ns, 'python.org'))
for name in ['', 'a', 'héllo wörld', 'x' * 1000, 'http://example.com/path?q=1']:
    a, b = uuid.uuid3(uuid.NAMESPACE_URL, name), uuid.uuid5(uuid.NAMESPACE_DNS, name)
    print(a, a.version, b, b.version, b.variant)

# comparison, hashing, immutability, copies
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]) == [a, b])
print(hash(a) == hash(uuid.UUID(int=1)), hash(u) == hash(u.int), int(u) == u.int, {a: 1}[uuid.UUID(int=1)])
show(lambda: setattr(u, 'int', 3))
show(lambda: setattr(u, 'foo', 3))
show(lambda: a < 1)
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.__getstate__())
s = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(s.is_safe, s.__getstate__(), copy.copy(s).is_safe)
print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.SafeUUID(None).name)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')

# random UUIDs: shapes only
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, len(t.hex), uuid.uuid1().time >= t.time, t.node == uuid.getnode())
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t2.node == 0x123456789abc, t2.clock_seq, t2.version, uuid.uuid1(clock_seq=5).clock_seq)
print(0 <= uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())

# errors
show(lambda: uuid.UUID())
show(lambda: uuid.UUID('1' * 32, int=1))
show(lambda: uuid.UUID('zz'))
show(lambda: uuid.UUID('x' * 32))
show(lambda: uuid.UUID(bytes=b'x'))
show(lambda: uuid.UUID(bytes_le=b'x' * 17))
show(lambda: uuid.UUID(fields=(1, 2)))
for i in range(6):
    fields = [0] * 6
    fields[i] = 1 << 48
    show(lambda: uuid.UUID(fields=tuple(fields)))
show(lambda: uuid.UUID(int=-1))
show(lambda: uuid.UUID(int=1 << 128))
show(lambda: uuid.UUID(int=1, version=0))
show(lambda: uuid.UUID(int=1, version=6))
show(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes'))
