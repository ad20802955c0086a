# bastion-differs: Bastion-only API (verify, dis.assemble and Bastion's own bytecode)
# One accepted and one rejected code object per verifier rule family, built with
# dis.assemble and code.replace; a rejection prints the rule id and the byte offset.
import dis
import verify


def base(a, b):
    x = a
    return x


def inner():
    return 1


BASE = base.__code__
FIELDS = dict(co_consts=(None, 1, 'k'), co_names=('len',), co_stacksize=8, co_flags=3,
              co_cellvars=(), co_freevars=(), co_exceptiontable=b'', co_linetable=b'')
RET = [('LOAD_CONST', 0), ('RETURN_VALUE', 0)]


def u32s(*values):
    out = []
    for v in values:
        out += [v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255]
    return bytes(out)


def attempt(label, code=None, **fields):
    kw = dict(FIELDS)
    kw.update(fields)
    if code is not None:
        kw['co_code'] = dis.assemble(code) if isinstance(code, list) else code
    try:
        BASE.replace(**kw)
    except verify.VerificationError as err:
        print(label, 'rejected', err.rule, err.offset)
    else:
        print(label, 'accepted')


def pair(rule, good, bad, **fields):
    attempt(rule + ' ok', good, **fields)
    attempt(rule + ' bad', bad, **fields)


# --- static: sizes, opcodes, operands ---------------------------------------------------------
pair('empty_code', RET, b'')
pair('bad_opcode', RET, dis.assemble([(200, 0)] + RET))
pair('nonzero_operand', RET, [('LOAD_CONST', 0), ('RETURN_VALUE', 1)])
pair('bad_stack_index', [('LOAD_CONST', 0), ('COPY', 1), ('POP_TOP', 0), ('RETURN_VALUE', 0)],
     [('LOAD_CONST', 0), ('LOAD_CONST', 0), ('SWAP', 1), ('POP_TOP', 0), ('RETURN_VALUE', 0)])
pair('const_index', [('LOAD_CONST', 2), ('RETURN_VALUE', 0)], [('LOAD_CONST', 3), ('RETURN_VALUE', 0)])
pair('name_index', [('LOAD_GLOBAL', 0), ('RETURN_VALUE', 0)], [('LOAD_GLOBAL', 1), ('RETURN_VALUE', 0)])
pair('local_index', [('LOAD_FAST', 2), ('RETURN_VALUE', 0)], [('LOAD_FAST', 3), ('RETURN_VALUE', 0)])
attempt('deref_index ok', [('LOAD_DEREF', 0), ('RETURN_VALUE', 0)], co_cellvars=('c',))
attempt('deref_index bad', [('LOAD_DEREF', 1), ('RETURN_VALUE', 0)], co_cellvars=('c',))
pair('jump_out_of_range', [('JUMP', 1)] + RET, [('JUMP', 3)] + RET)
TWO = [('LOAD_CONST', 1), ('LOAD_CONST', 1)]
pair('bad_binary_op', TWO + [('BINARY_OP', 25), ('RETURN_VALUE', 0)],
     TWO + [('BINARY_OP', 26), ('RETURN_VALUE', 0)])
pair('bad_compare_op', TWO + [('COMPARE_OP', 5), ('RETURN_VALUE', 0)],
     TWO + [('COMPARE_OP', 6), ('RETURN_VALUE', 0)])
pair('bad_invert', TWO + [('IS_OP', 1), ('RETURN_VALUE', 0)], TWO + [('IS_OP', 2), ('RETURN_VALUE', 0)])
pair('bad_slice_arity', TWO + [('BUILD_SLICE', 2), ('RETURN_VALUE', 0)],
     TWO + [('BUILD_SLICE', 4), ('RETURN_VALUE', 0)])
pair('bad_raise_form', [('LOAD_CONST', 1), ('RAISE_VARARGS', 1)],
     [('LOAD_CONST', 1), ('RAISE_VARARGS', 3)])
attempt('bad_function_flags ok', [('LOAD_CONST', 1), ('MAKE_FUNCTION', 0), ('RETURN_VALUE', 0)],
        co_consts=(None, inner.__code__))
attempt('bad_function_flags bad', [('LOAD_CONST', 1), ('MAKE_FUNCTION', 16), ('RETURN_VALUE', 0)],
        co_consts=(None, inner.__code__))
pair('bad_format_flags', [('LOAD_CONST', 1), ('FORMAT_VALUE', 2), ('RETURN_VALUE', 0)],
     [('LOAD_CONST', 1), ('FORMAT_VALUE', 8), ('RETURN_VALUE', 0)])
attempt('bad_unpack_ex ok', [('LOAD_CONST', 1), ('UNPACK_EX', 1), ('POP_TOP', 0), ('RETURN_VALUE', 0)],
        co_consts=(None, (1, 2, 3)))
attempt('bad_unpack_ex bad', [('LOAD_CONST', 1), ('UNPACK_EX', 4096 + 4095), ('POP_TOP', 0),
                              ('RETURN_VALUE', 0)], co_consts=(None, (1, 2, 3)))
pair('bad_immediate', [('LOAD_CONST', 1), ('GET_AWAITABLE', 2), ('RETURN_VALUE', 0)],
     [('LOAD_CONST', 1), ('GET_AWAITABLE', 3), ('RETURN_VALUE', 0)])
YIELD = [('LOAD_CONST', 1), ('YIELD_VALUE', 0), ('RETURN_VALUE', 0)]
attempt('yield_outside_generator ok', YIELD, co_flags=3 | 0x20)
attempt('yield_outside_generator bad', YIELD)
WRAP = [('LOAD_CONST', 1), ('ASYNC_GEN_WRAP', 0), ('YIELD_VALUE', 0), ('RETURN_VALUE', 0)]
attempt('async_gen_wrap ok', WRAP, co_flags=3 | 0x200)
attempt('async_gen_wrap in a generator', WRAP, co_flags=3 | 0x20)

# --- structural: the dataflow ------------------------------------------------------------------
pair('stack_underflow', RET, [('POP_TOP', 0)] * 50 + RET)
pair('stack_overflow', [('LOAD_CONST', 0)] * 8 + [('RETURN_VALUE', 0)],
     [('LOAD_CONST', 0)] * 9 + [('RETURN_VALUE', 0)])
pair('stack_depth_mismatch',
     [('LOAD_CONST', 1), ('POP_JUMP_IF_FALSE', 3), ('NOP', 0)] + RET,
     [('LOAD_CONST', 1), ('POP_JUMP_IF_FALSE', 3), ('LOAD_CONST', 0)] + RET)
pair('falls_off_end', RET, [('LOAD_CONST', 0), ('POP_TOP', 0)])
pair('bad_slot_kind', [('PUSH_NULL', 0), ('POP_TOP', 0)] + RET, [('PUSH_NULL', 0), ('RETURN_VALUE', 0)])
BRANCH = [('LOAD_CONST', 1), ('POP_JUMP_IF_FALSE', 4)]
JOIN = [('JUMP', 5), ('LOAD_CONST', 0), ('POP_TOP', 0)] + RET
pair('slot_kind_mismatch', BRANCH + [('LOAD_CONST', 0)] + JOIN, BRANCH + [('PUSH_NULL', 0)] + JOIN)
HANDLED = RET + [('POP_TOP', 0)] + RET  # a handler at unit 2 pops the exception
attempt('exception_range ok', HANDLED, co_exceptiontable=u32s(0, 2, 2, 0))
attempt('exception_range bad', HANDLED, co_exceptiontable=u32s(0, 9, 2, 0))
attempt('exception_order ok', HANDLED, co_exceptiontable=u32s(0, 1, 2, 0, 1, 2, 2, 0))
attempt('exception_order bad', HANDLED, co_exceptiontable=u32s(1, 2, 2, 0, 0, 1, 2, 0))
attempt('exception_nesting ok', HANDLED, co_exceptiontable=u32s(0, 1, 2, 0) * 64)
attempt('exception_nesting bad', HANDLED, co_exceptiontable=u32s(0, 1, 2, 0) * 65)
attempt('exception_depth ok', HANDLED, co_exceptiontable=u32s(0, 1, 2, 0))
attempt('exception_depth bad', HANDLED, co_exceptiontable=u32s(0, 1, 2, 8))

# --- metadata ----------------------------------------------------------------------------------
attempt('stacksize_too_large ok', RET, co_stacksize=65536)
attempt('stacksize_too_large bad', RET, co_stacksize=65537)
attempt('bad_arg_counts ok', RET, co_argcount=3)
attempt('bad_arg_counts bad', RET, co_argcount=4)
attempt('bad_identifier ok', RET, co_names=('os.path',))
attempt('bad_identifier bad', RET, co_names=('1abc',))
attempt('duplicate_name ok', RET, co_varnames=('a', 'b', 'y'))
attempt('duplicate_name bad', RET, co_varnames=('a', 'b', 'a'))
attempt('bad_code_name ok', RET, co_name='g')
attempt('bad_code_name bad', RET, co_name='')
attempt('bad_constant ok', RET, co_consts=(None, inner.__code__))
attempt('bad_constant bad', RET, co_consts=(None, (inner.__code__,)))
deep = ()
for i in range(150):
    deep = (deep,)
attempt('nesting_too_deep ok', RET, co_consts=(None, deep))
for i in range(60):
    deep = (deep,)
attempt('nesting_too_deep bad', RET, co_consts=(None, deep))
attempt('bad_flags ok', RET, co_flags=3 | 0x20)
attempt('bad_flags bad', RET, co_flags=0x10000)
attempt('flags_conflict ok', RET, co_flags=3 | 0x80)
attempt('flags_conflict bad', RET, co_flags=3 | 0x20 | 0x80)
# co_linetable entries: start, line, end_line, col, end_col (0xFFFFFFFF: no column).
attempt('bad_line_table ok', RET, co_linetable=u32s(0, 5, 5, 4, 9, 1, 6, 6, 0xFFFFFFFF, 0xFFFFFFFF))
attempt('bad_line_table bad', RET, co_linetable=u32s(0, 5, 5, 4, 9, 9, 6, 6, 0, 1))

# The interpreter keeps running, and base is unchanged.
print(base(7, 8))
