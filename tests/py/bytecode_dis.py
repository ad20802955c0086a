# bastion-differs: Bastion-only API (Bastion's opcodes and dis.assemble)
# dis: the opcode table, stack_effect, get_instructions and assemble as inverses, and dis
# of a function, a class and source text.
import dis


def add(a, b):
    return a + b


print(len(dis.opname), dis.opname[dis.opmap['LOAD_CONST']], dis.opname[255])
print(all(dis.opname[op] == name for name, op in dis.opmap.items()))
print(dis.opmap['LOAD_CONST'] in dis.hasconst, dis.opmap['JUMP'] in dis.hasjabs)

print(dis.stack_effect(dis.opmap['POP_TOP']), dis.stack_effect(dis.opmap['BUILD_TUPLE'], 3),
      dis.stack_effect(dis.opmap['CALL'], 2))
print(dis.stack_effect(dis.opmap['FOR_ITER'], 0), dis.stack_effect(dis.opmap['FOR_ITER'], 0, jump=True),
      dis.stack_effect(dis.opmap['FOR_ITER'], 0, jump=False))
for args in [(255,), (-1,), (dis.opmap['POP_TOP'], 1), (dis.opmap['LOAD_CONST'],)]:
    try:
        dis.stack_effect(*args)
    except ValueError as err:
        print('ValueError', err)

instrs = list(dis.get_instructions(add))
for ins in instrs:
    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.opcode == dis.opmap[ins.opname])
print(dis.assemble(instrs) == add.__code__.co_code)
print(dis.assemble([(i.opname, i.arg) for i in instrs]) == add.__code__.co_code)

for bad in [[('NO_SUCH_OP', 0)], [('LOAD_CONST', -1)], [('LOAD_CONST', 2 ** 24)], [(256, 0)]]:
    try:
        dis.assemble(bad)
    except ValueError as err:
        print('ValueError', err)
try:
    dis.assemble([('LOAD_CONST', 'x')])
except TypeError as err:
    print('TypeError', err)

swapped = add.__code__.replace(co_code=dis.assemble([('LOAD_FAST', 0), ('LOAD_FAST', 1),
                                                      ('BINARY_OP', 10), ('RETURN_VALUE', 0)]))
add.__code__ = swapped
print('a - b', add(10, 3))
print([i.argrepr for i in dis.get_instructions(add) if i.opname == 'BINARY_OP'])


class K:
    def m(self):
        return 1


dis.dis(K)
dis.dis('x = 1\n')
print(dis.code_info(add).splitlines()[0])
