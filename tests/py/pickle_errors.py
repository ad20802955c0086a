# pickle_errors: pickle.loads as a parser of untrusted bytes, against CPython 3.11's C unpickler.
# 1. Every prefix of valid pickles (protocols 0-5) must raise EOFError / UnpicklingError with
#    CPython's message. 2. Hand-made malformed pickles: bad opcodes, stack underflow (under a
#    MARK too), memo misses, bad frames, bad numbers in protocol 0, bad NEWOBJ/STACK_GLOBAL/EXT
#    arguments, and the values CPython accepts. 3. ~900 mutated pickles (a byte changed, removed
#    or inserted, from a fixed generator) must each load or raise as CPython does and never hang.
#    Reported as CPython reports except where the message names something outside pickle:
#    a module's repr (its path), ModuleNotFoundError's text (the type only), and MemoryError:
#    CPython allocates BYTEARRAY8's length before reading it, Bastion first checks the input
#    holds that much and reports the truncation.
import pickle, collections


def report(e):
    if isinstance(e, MemoryError):
        return 'UnpicklingError: pickle data was truncated'
    if isinstance(e, ModuleNotFoundError):
        return type(e).__name__
    text = str(e)
    if ' on <module ' in text:
        text = text[:text.index(' on <module ')]
    return '%s: %s' % (type(e).__name__, text[:80])


# --- 1. prefixes ---
class A:
    def __init__(self): self.x = [1, 'a', (2, 3)]
samples = []
for p in range(6):
    samples.append(pickle.dumps([1, 2.5, 'str', b'by', (1, 2), {'k': {1, 2}}, None, True, 2**70, -5, 300, 70000, frozenset([1])], p))
    samples.append(pickle.dumps(A(), p))
    samples.append(pickle.dumps({'a': [A(), A()]}, p))
for b in samples:
    for n in range(len(b)):
        try:
            pickle.loads(b[:n])
            print(n, 'ok')
        except Exception as e:
            print(n, report(e))
bad = [b'', b'\x80', b'\x80\x06.', b'\x80\xff', b'\xff', b'.', b'0', b'1', b'2', b'(.', b'a', b's', b'u', b'e', b'b', b'R', b'N(.', b'Na', b'NN', b'h\x05', b'g5\n', b'j\x00\x00\x00\x00', b'K\x01K\x02\x86\x86.',
       b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.', b'\x95\x01\x00\x00\x00\x00\x00\x00\x00N.', b'\x95\x02\x00\x00\x00\x00\x00\x00\x00N\x95',
       b'I12x\n.', b'Ifoo\n.', b'L12\n.', b'F1.5x\n.', b'S\'abc\n.', b'Sabc\n.', b'S"ab\'\n.', b'Vab\n.', b'cbuiltins\nnope\n.', b'cnosuchmod\nx\n.',
       b'X\xff\xff\xff\xff', b'T\xff\xff\xff\xff.', b'\x8b\xff\xff\xff\xff.', b'\x8a\x05ab.', b'N\x8f.', b'(N\x90.', b'\x8f(\x90.', b'](K\x01K\x02e.', b'}(K\x01e.',
       b'}(K\x01u.', b'}K\x01s.', b'](K\x01u.', b'NK\x01\x81.', b'c__builtin__\nint\n)\x81.', b'\x8c\x01a\x8c\x01b\x93.', b'K\x01K\x02\x93.',
       b'\x82\x01.', b'\x82\x00.', b'\x83\x00\x00.', b'\x97.', b'N\x98.', b'P1\n.', b'NQ.', b'\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00N\x95.', b'q\x00.', b'Np-1\n.',
       b'N\x94h\x00h\x01.', b'(t.', b'(l.', b'(d.', b'(K\x01d.', b'(K\x01K\x02d.', b')K\x01b.', b'c__builtin__\nlist\n)RK\x01b.', b'Nb.', b'}Nb.',
       b'cbuiltins\nlen\nK\x01\x85R.', b'cbuiltins\nlen\nK\x01R.', b'\x80\x02cbuiltins\nlist\nq\x00K\x01\x85q\x01\x81q\x02.', b'\x91.', b'(\x91.', b'\x85.', b'\x86.', b'\x87.', b'(\x85.']
for b in bad:
    try:
        print(repr(b), 'ok', repr(pickle.loads(b)))
    except Exception as e:
        print(repr(b), report(e))

# --- 2. malformed ---
for b in [b'F1e999\n.', b'F-inf\n.', b'FNaN\n.', b'F 1.5\n.', b'F1.5 \n.', b'F1_0\n.', b'F.5\n.', b'F5.\n.', b'F1e5\n.', b'Finfinity\n.', b'F1e\n.', b'F0x10\n.', b'I+5\n.', b'I- 5\n.', b'I0b1\n.', b'I0o7\n.', b'I00\n.', b'I01\n.', b'I1\n.', b'I001\n.', b'I 1\n.', b'I9223372036854775808\n.', b'I1 \n.',b'I0x\n.', b'L0x1g\n.', b'L 5 L\n.', b'L0b12L\n.', b'h\x00', b'Nh\x00.', b'N\x94h\x00.',b'(\x93.', b'\x8c\x01a(\x93.', b'K\x01\x8c\x01a\x93.', b'(N.', b'(K\x01K\x02.', b'N(N.', b'}(K\x01.', b'}K\x01}b.', b'}Nb.', b')Nb.', b')}b.', b')(}K\x01b.',
  b'I0x10\n.', b'I010\n.', b'I 12\n.', b'I1_0\n.', b'I99999999999999999999\n.', b'I-0\n.', b'L0x10L\n.', b'L12x\n.', b'L010\n.', b'L1_0\n.', b'L12\n.', b'L\n.',b'I\n.', b'F\n.', b'Fx\n.', b'g-1\n.', b'gx\n.', b'p-1\n.', b'Npx\n.', b'\x80\x02c__builtin__\nint\n)\x81.', b'\x80\x02c__builtin__\nint\nN\x81.', b'N)\x92.', b'c__builtin__\nint\nN}\x92.', b'c__builtin__\nint\n)N\x92.', b'\x80\x02\x8a\x00.', b'S\'a\\\\x\'\n.', b'S\'\n.', b'\x83\x00\x00.', b'\x84\x00\x00\x00\x00.', b'\x84\xff\xff\xff\xff.', b'\x82\x05.', b'\x80\x02\x8c\x01a\x8c\x01b\x93.', b'U\x02\xff\xfe.', b'X\x02\x00\x00\x00\xff\xfe.', b'V\\\\u12\n.', b'cbuiltins\nint.real\n.', b'(\x8c\x01a\x93.',
  b'\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01\x95\x01\x00\x00\x00\x00\x00\x00\x00.', b'\x95\x01\x00\x00\x00\x00\x00\x00\x00K\x01.', b'I12\x00x\n.', b'Vabc\\\n.', b'S"a\'\n.', b'S\'a\\\'\'\n.']:
    try: print(repr(b), 'ok', repr(pickle.loads(b)))
    except Exception as e: print(repr(b), report(e))

# --- 3. mutations ---
class A2:
    def __init__(self): self.x = [1, 'a', (2, 3)]; self.y = {'k': b'v'}
_state = [1234]
def rnd(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return (_state[0] >> 8) % n
base = []
for p in range(6):
    base.append(pickle.dumps([1, -2, 300, 70000, 2**70, 2.5, 'str', 'ü', b'by', (1, 2), (1, 2, 3, 4), {'k': {1, 2}}, frozenset([3]), None, True, False, A2(), collections.OrderedDict(a=1)], p))
counts = collections.Counter()
lines = []
for b in base:
    for trial in range(150):
        m = bytearray(b)
        kind = trial % 3
        if kind == 0:
            i = rnd(len(m)); m[i] = rnd(256)
        elif kind == 1:
            i = rnd(len(m)); del m[i:i + 1 + rnd(3)]
        else:
            i = rnd(len(m)); m[i:i] = bytes([rnd(256)])
        try:
            r = pickle.loads(bytes(m))
            lines.append('ok')
        except Exception as e:
            lines.append(report(e))
for i, l in enumerate(lines):
    print(i, l)
