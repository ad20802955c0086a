# pickle_bytes: pickle.dumps output byte for byte (CPython 3.11's C pickler) for every protocol
# 0-5 and every built-in type the pickler writes itself: None, bools, ints of every opcode size,
# floats, str (escapes in protocol 0, short/long forms), bytes and bytearray (protocols < 3 go
# through _codecs.encode and bytearray's reduction), tuples of each length, lists and dicts across
# the 1000-item batches, sets and frozensets, shared and recursive containers, globals, builtin
# singletons and reductions of built-in types. Large values check framing (protocol 4+: 64 KiB
# frames, big bytes/str written outside them). Every pickle also loads back equal.
import pickle, collections, sys

def digest(b):
    h = 0
    for x in b:
        h = (h * 131 + x) % 1000000007
    return h
class A:
    def __init__(self): self.x=1; self.y=[1,2]
class S:
    __slots__=('a','b')
class G:
    def __init__(self): self.v=3
    def __getstate__(self): return {'w': self.v}
    def __setstate__(self, st): self.v = st['w']*10
class T(tuple): pass
class L(list): pass
class D(dict): pass
s=S(); s.a=5
l=[1,2]; 
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**63, -2**64, 2**2000, 1.5, -0.0, float('inf'), 1e100,
 '', 'abc', 'a\\\n\r\x00\x1a\u1234\U00012345', 'x'*300, b'', b'ab', b'x'*300, bytearray(b'xy'), bytearray(),
 (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], list(range(2500)), {}, {1:2}, {i:i for i in range(1500)}, set(), {1,2,3}, frozenset(), frozenset({1}),
 [l,l,(l,l)], A(), s, G(), T((1,2)), L([1,2]), D(a=1), collections.OrderedDict(a=1), collections.deque([1,2],5), collections.defaultdict(list, a=[1]),
 len, digest, A, int, type(None), NotImplemented, ..., range(1,9,2), slice(1,2), complex(1,2), collections.Counter('aab')]
rec = []; rec.append(rec); vals.append(rec)
rd = {}; rd['me'] = rd; vals.append(rd)
rt = ([],); rt[0].append(rt); vals.append(rt)
for i, v in enumerate(vals):
    for p in range(6):
        try:
            b = pickle.dumps(v, p)
            print(i, p, b.hex() if len(b) < 200 else (len(b), digest(b)))
            back = pickle.loads(b)
            if not callable(v) and v is not rec and v is not rd and v is not rt and not isinstance(v, (A, S, G)):
                if back != v and v == v:
                    print('  round trip differs', repr(back)[:60])
        except Exception as e:
            print(i, p, type(e).__name__, e)

# Framing: frames close between opcodes once they hold 64 KiB; data of that size or more goes
# out unframed after the frame so far.
big = [list(range(70000)), 'x' * 70000, b'y' * 70000, [b'z' * 66000, 'w' * 66000, 1],
       {i: str(i) for i in range(3000)}, set(range(3000)), frozenset(range(2500)), [bytearray(b'q' * 65536)]]
for i, v in enumerate(big):
    for p in (2, 4):
        b = pickle.dumps(v, p)
        print('big', i, p, len(b), digest(b), pickle.loads(b) == v)

# Batches: one item alone, 999 to 2001 items (a list stops at its end; a dict or set whose size
# is a multiple of 1000 ends with an empty batch, as CPython's batch_dict_exact / save_set).
class SubList(list):
    pass
class SubDict(dict):
    pass
for n in (0, 1, 2, 999, 1000, 1001):
    for p in (0, 1, 3, 4):
        for v in (list(range(n)), {i: i for i in range(n)}, set(range(n)), frozenset(range(n)),
                  SubList(range(n)), SubDict((i, i) for i in range(n))):
            b = pickle.dumps(v, p)
            print('batch', n, p, type(v).__name__, len(b), digest(b), pickle.loads(b) == v)
