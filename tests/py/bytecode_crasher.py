# bastion-differs: Bastion-only API (CPython 3.11 segfaults on this script)
# SPEC.md's crasher: a two-instruction co_code that loads constant 200 of a short
# constants tuple, and 50 pops at entry. Both are refused with verify.VerificationError
# before a code object exists, and the interpreter keeps running.
import dis
import verify


def f():
    return 1


try:
    f.__code__ = f.__code__.replace(co_code=dis.assemble([('LOAD_CONST', 200), ('RETURN_VALUE', 0)]))
except verify.VerificationError as err:
    print(type(err).__name__, err.rule, err.offset, err.code_name)
    print(err)
    print(isinstance(err, ValueError), verify.VerificationError is type(err))

try:
    f.__code__ = f.__code__.replace(
        co_code=dis.assemble([('POP_TOP', 0)] * 50 + [('LOAD_CONST', 0), ('RETURN_VALUE', 0)]))
except ValueError as err:
    print(type(err).__name__, err.rule, err.offset)

# Raw bytes work too: opcode LOAD_CONST, arg 200, little-endian units.
raw = bytes([dis.opmap['LOAD_CONST'], 200, 0, 0, dis.opmap['RETURN_VALUE'], 0, 0, 0])
print(raw == dis.assemble([('LOAD_CONST', 200), ('RETURN_VALUE', 0)]))
try:
    f.__code__.replace(co_code=raw)
except verify.VerificationError as err:
    print(err.rule)

print(f())
f.__code__ = f.__code__.replace(co_code=dis.assemble([('LOAD_CONST', len(f.__code__.co_consts) - 1),
                                                     ('RETURN_VALUE', 0)]))
print(f() == f.__code__.co_consts[-1])
print('still running')
