# soak_code_replace.py: a Python-level soak of the verifier and the interpreter loop. Builds
# N random co_code strings (seeded), passes each through code.replace and, when it
# verifies, calls it. Every attempt must end in a VerificationError, a value or a clean
# Python exception: the process must never crash. Prints a summary line ending in "ok".
#
# Usage: bastion --max-steps 2000000000 soak_code_replace.py [N] [SEED]
# (tests/safety/run.py runs it as case soak_code_replace, with fewer iterations under ASan.)
# Code with a backward jump (a possible endless loop) is verified but not called, so one
# call can never spend the whole step budget; the budget is the net if that reasoning fails.
import sys
import dis
import verify

N = int(sys.argv[1]) if len(sys.argv) > 1 else globals().get('SOAK_ITERATIONS', 100000)
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 20240611


class Lcg:
    """A small deterministic generator (no dependency on the random module)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFF

    def next(self, bound):
        self.state = (self.state * 25214903917 + 11) & 0xFFFFFFFFFFFF
        return (self.state >> 17) % bound


def template(a, b):
    c = a
    d = b
    return c


rng = Lcg(SEED)
BASE = template.__code__
CONSTS = (None, 1, 'two', (3, 4), 2.5, b'six')
NAMES = ('abs', 'missing_name', 'real', 'zz')
OPS = sorted(dis.opmap.values())
JUMPS = set(dis.hasjabs)
STARTERS = [dis.opmap['LOAD_CONST'], dis.opmap['LOAD_FAST']]


def random_units():
    """A short instruction list: fully random units, or plausible ones ending in RETURN."""
    count = 1 + rng.next(10)
    units = []
    mode = rng.next(4)
    for i in range(count):
        if mode == 0:
            units.append((rng.next(256), rng.next(1 << 24)))
        else:
            op = OPS[rng.next(len(OPS))] if rng.next(3) else STARTERS[rng.next(2)]
            arg = rng.next(4) if rng.next(8) else rng.next(1 << 24)
            units.append((op, arg))
    if mode >= 2:
        units.append((dis.opmap['LOAD_CONST'], rng.next(len(CONSTS))))
        units.append((dis.opmap['RETURN_VALUE'], 0))
    return units


def has_backward_jump(units):
    for pc, (op, arg) in enumerate(units):
        if op in JUMPS and arg <= pc:
            return True
    return False


sandbox = {'__builtins__': __builtins__}
rejected = accepted = called = raised = 0
rules = {}
for i in range(N):
    units = random_units()
    flags = 3 | (0x20 if rng.next(16) == 0 else 0)
    try:
        code = BASE.replace(co_code=dis.assemble(units), co_consts=CONSTS, co_names=NAMES,
                            co_stacksize=1 + rng.next(8), co_flags=flags, co_exceptiontable=b'',
                            co_linetable=b'')
    except verify.VerificationError as err:
        rejected += 1
        rules[err.rule] = rules.get(err.rule, 0) + 1
        continue
    accepted += 1
    if has_backward_jump(units):
        continue

    def victim(a, b):
        pass
    victim.__code__ = code
    try:
        result = victim(1, 2)
        if flags & 0x20:
            for _ in range(3):
                next(result)
        called += 1
    except Exception:
        raised += 1

top = sorted(rules.items(), key=lambda kv: -kv[1])[:5]
print('soak', N, 'rejected', rejected, 'accepted', accepted, 'returned', called, 'raised', raised)
print('most common rules', top)
print('ok')
