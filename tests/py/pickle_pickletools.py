# pickle_pickletools: pickletools.dis (layout, MARK depth, memo notes, annotations, errors),
# genops and optimize against CPython 3.11, over pickles of every protocol.
import pickle, pickletools, collections, io, datetime
class A:
    def __init__(self): self.x = [1, 'a']
vals = [[1, 'a', (2, 3), {'k': 2.5}, None, True, b'x', 2**70, -5, 300, 70000, 'ü\n'], A(), {1, 2}, frozenset([1]),
        collections.OrderedDict(a=1), datetime.date(2020, 1, 2), [[1]] * 3, bytearray(b'ab'), -2**40]
for v in vals:
    for p in range(6):
        b = pickle.dumps(v, p)
        pickletools.dis(b)
        o = pickletools.optimize(b)
        print(o)
        print(pickle.loads(o) == pickle.loads(b) if not isinstance(v, A) else pickle.loads(o).x)
pickletools.dis(pickle.dumps([1, 2], 1), annotate=1)
pickletools.dis(pickle.dumps(vals[0], 2), annotate=30)
pickletools.dis(pickle.dumps(vals[0], 0), indentlevel=2)
for bad in (b'(K\x01', b'e.', b'(.', b'h\x00.', b'K\x01q\x00q\x00.', b'\xff'):
    try: pickletools.dis(bad, out=io.StringIO())
    except Exception as e: print(type(e).__name__, e)
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps((1, 'a'), 4))])
pickletools.dis(pickle.dumps(['a' * 30, 1, 'b' * 60, 2, ('c' * 45,)], 2), annotate=1)
pickletools.dis(pickle.dumps(['a' * 30, 1], 4), annotate=20)
