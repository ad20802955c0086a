# pickle_protocol_api: the Pickler/Unpickler interface against CPython 3.11: persistent ids
# (persistent_id / persistent_load, protocol 0's text form), a Pickler's dispatch_table and
# copyreg.pickle, reducer_override, the extension registry (EXT1/EXT2/EXT4), PickleBuffer with
# in-band and out-of-band buffers, several pickles in one stream, the memo and clear_memo,
# Python 2 pickles (encoding, fix_imports), a restricted find_class, the errors pickling raises,
# and object.__reduce_ex__ / __reduce__ / __getstate__ themselves.
import pickle, io, copyreg, copy, collections, sys

def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

# persistent ids
class Ref:
    def __init__(self, key): self.key = key
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return ('ref', obj.key) if isinstance(obj, Ref) else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            return 'loaded-text-' + pid
        kind, key = pid
        return 'loaded-' + key
for proto in range(6):
    buf = io.BytesIO()
    P(buf, proto).dump([Ref('a'), 1, Ref('b')])
    print('persid', proto, buf.getvalue())
    print('  ->', U(io.BytesIO(buf.getvalue())).load())
class P0(pickle.Pickler):
    def persistent_id(self, obj):
        return 'x' if obj == 5 else None
show('persid0', lambda: (lambda b: (P0(b, 0).dump([5, 6]), b.getvalue())[1])(io.BytesIO()))
class P0bad(pickle.Pickler):
    def persistent_id(self, obj):
        return 7 if obj == 5 else None
show('persid0 bad', lambda: P0bad(io.BytesIO(), 0).dump([5]))
show('no persistent_load', lambda: pickle.loads(b'\x80\x02X\x01\x00\x00\x00aQ.'))

# dispatch_table on a Pickler and in copyreg
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
def reduce_point(p): return (Point, (p.x * 10, p.y * 10))
class DP(pickle.Pickler):
    dispatch_table = {Point: reduce_point}
for proto in range(6):
    b = io.BytesIO(); DP(b, proto).dump(Point(1, 2)); print('dispatch', proto, b.getvalue(), pickle.loads(b.getvalue()))
b = io.BytesIO(); p = pickle.Pickler(b, 2); p.dispatch_table = copyreg.dispatch_table.copy(); p.dispatch_table[Point] = reduce_point
p.dump(Point(3, 4)); print('instance table', b.getvalue())
copyreg.pickle(Point, lambda p: (Point, (p.x, -p.y)))
print('copyreg.pickle', pickle.dumps(Point(5, 6), 2), pickle.loads(pickle.dumps(Point(5, 6))))
del copyreg.dispatch_table[Point]
show('copyreg.pickle not callable', lambda: copyreg.pickle(Point, 5))

# reducer_override
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point: return (str, ('Point-class',))
        if isinstance(obj, int) and obj == 7: return (int, ('8',))
        return NotImplemented
for proto in (2, 4):
    b = io.BytesIO(); RO(b, proto).dump([Point, 7, [7]]); print('override', proto, b.getvalue(), pickle.loads(b.getvalue()))

# extension registry
copyreg.add_extension('__main__', 'Point', 240)
copyreg.add_extension('collections', 'OrderedDict', 0x1234)
copyreg.add_extension('__main__', 'Ref', 0x123456)
for proto in range(6):
    d = pickle.dumps([Point, collections.OrderedDict, Ref], proto); print('ext', proto, d, pickle.loads(d))
show('ext dup', lambda: copyreg.add_extension('__main__', 'Point', 241))
show('ext range', lambda: copyreg.add_extension('m', 'n', 0))
copyreg.remove_extension('__main__', 'Point', 240)
copyreg.remove_extension('collections', 'OrderedDict', 0x1234)
copyreg.remove_extension('__main__', 'Ref', 0x123456)
show('ext removed', lambda: pickle.loads(b'\x80\x02\x82\xf0.'))
show('remove twice', lambda: copyreg.remove_extension('__main__', 'Point', 240))

# PickleBuffer and out-of-band buffers
data = bytearray(b'abcdef')
pb = pickle.PickleBuffer(data)
print('pb in band', pickle.dumps(pb, 5))
print('pb readonly', pickle.dumps(pickle.PickleBuffer(b'xyz'), 5))
show('pb proto 4', lambda: pickle.dumps(pb, 4))
bufs = []
d = pickle.dumps([pb, pickle.PickleBuffer(b'ro')], 5, buffer_callback=bufs.append)
print('oob', d, len(bufs))
back = pickle.loads(d, buffers=[b.raw() for b in bufs])
print('oob back', [bytes(x) for x in back], [memoryview(x).readonly for x in back])
show('oob no buffers', lambda: pickle.loads(d))
show('oob too few', lambda: pickle.loads(d, buffers=[]))
show('buffer_callback proto', lambda: pickle.dumps(1, 4, buffer_callback=print))
print('raw', bytes(pb.raw()))
pb.release()
show('released', lambda: pb.raw())

# dump/load with files, several pickles in one stream
f = io.BytesIO()
for proto in range(6):
    pickle.dump({'p': proto, 'l': list(range(3))}, f, proto)
f.seek(0)
for proto in range(6):
    print('stream', pickle.load(f), f.tell())
show('stream end', lambda: pickle.load(f))

# memo and clear_memo
f = io.BytesIO(); p = pickle.Pickler(f, 2); x = [1]
p.dump(x); p.dump(x); p.clear_memo(); p.dump(x)
print('memo', f.getvalue())
p = pickle.Pickler(io.BytesIO(), 4); p.dump(['a', 'b']); p.clear_memo()

# Python 2 strings and imports
py2 = b"(dp0\nS'key'\np1\nc__builtin__\nxrange\np2\n(I0\nI5\nI1\ntp3\nRp4\nsS'b'\np5\nS'\\xff'\np6\ns."
show('py2 default', lambda: pickle.loads(py2))
show('py2 latin1', lambda: pickle.loads(py2, encoding='latin1'))
show('py2 bytes', lambda: pickle.loads(py2, encoding='bytes'))
show('py2 nofix', lambda: pickle.loads(py2, fix_imports=False, encoding='latin1'))
show('py2 dumps', lambda: pickle.dumps([range(3), str, int], 2, fix_imports=False))

# a restricted Unpickler
class Safe(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
show('safe ok', lambda: Safe(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
show('safe deny', lambda: Safe(io.BytesIO(pickle.dumps(print, 2))).load())

# pickling errors
def outer():
    def inner(): pass
    return inner
show('lambda', lambda: pickle.dumps(lambda: 0))
show('local', lambda: pickle.dumps(outer()))
class Bad1:
    def __reduce__(self): return 5
class Bad2:
    def __reduce__(self): return (1,)
class Bad3:
    def __reduce__(self): return (5, ())
class Bad4:
    def __reduce__(self): return (list, 5)
class Bad5:
    def __reduce__(self): return (list, (), None, 5)
class Bad6:
    def __reduce__(self): return 'no_such_global'
    def __repr__(self): return '<Bad6>'
for k in (Bad1, Bad2, Bad3, Bad4, Bad5, Bad6):
    show(k.__name__, lambda: pickle.dumps(k()))
show('proto 6', lambda: pickle.dumps(1, 6))
show('proto -1', lambda: pickle.dumps(1, -1)[:2])
show('str to loads', lambda: pickle.loads('abc'))
show('no write', lambda: pickle.Pickler(5))
show('no read', lambda: pickle.Unpickler(5))
deep = []
for _ in range(5000): deep = [deep]
show('deep', lambda: len(pickle.dumps(deep)))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)

# object.__reduce_ex__ and friends directly
class A:
    def __init__(self): self.v = 1
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
for proto in range(5):
    r = A().__reduce_ex__(proto)
    print('reduce_ex', proto, r[0].__name__, r[1][0].__name__, r[2:])
show('slots proto1', lambda: s.__reduce_ex__(1))
print('slots proto2', s.__reduce_ex__(2)[2])
print('getstate', A().__getstate__(), s.__getstate__(), object().__getstate__())
print('object reduce', object().__reduce__()[1], object().__reduce_ex__(2)[1])
show('reduce_ex no arg', lambda: object().__reduce_ex__())
print(A.__reduce_ex__ is object.__reduce_ex__, '__reduce_ex__' in dir(A()))
print('copy', copy.copy(A()).v, copy.deepcopy(collections.OrderedDict(a=[1]))['a'])
print(copyreg._slotnames(S), copyreg.__newobj__(A, ).__class__.__name__)

# find_class with protocol 4's dotted names: errors name the module searched.
for name in (b'int.nope', b'f.<locals>.g', b'nope', b'int.real.x', b'int.__add__'):
    data = b'\x80\x04\x8c\x08builtins\x8c' + bytes([len(name)]) + name + b'\x93.'
    try:
        print(name, 'ok', pickle.loads(data))
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(" (built-in)", ""))

# Reading from a file: megabyte payloads (read a MiB at a time), the stream position after
# each pickle, truncated files.
big = b'x' * (3 << 20)
for proto in (3, 4, 5):
    d = pickle.dumps([big, 'y' * (2 << 20)], proto)
    f = io.BytesIO(d + pickle.dumps(7, proto))
    r = pickle.Unpickler(f).load()
    print('file', proto, len(r[0]), len(r[1]), pickle.load(f), f.tell() == len(f.getvalue()))
    try:
        pickle.Unpickler(io.BytesIO(d[:len(d) // 2])).load()
    except pickle.UnpicklingError as e:
        print('file', proto, 'truncated', e)
