# dis: Bastion's disassembler module, written for Bastion over the native `_dis` (which
# reads the one opcode table, src/bytecode/opcodes.def). The opcode numbers and the
# encoding are Bastion's own (docs/bytecode.md), not CPython's; the interface follows
# CPython's dis where the ideas match, plus assemble(), the inverse of get_instructions().
import _dis

opname = list(_dis.opname)
opmap = {}
for _op, _name in enumerate(opname):
    if not _name.startswith('<'):
        opmap[_name] = _op
MAX_ARG = _dis.MAX_ARG


def _ops_of_kind(*kinds):
    return [op for op, kind in enumerate(_dis.operand_kinds) if kind in kinds]


hasconst = _ops_of_kind('Const')
hasname = _ops_of_kind('Name')
haslocal = _ops_of_kind('Local')
hasfree = _ops_of_kind('Deref')
hasjabs = _ops_of_kind('Jump')
hasjrel = []
hascompare = _ops_of_kind('CompareOp')
HAVE_ARGUMENT = None  # every opcode's operand kind is in _dis.operand_kinds instead
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
del _op, _name


def _code_type():
    def f():
        pass
    return type(f.__code__)


CodeType = _code_type()


class Instruction:
    """One decoded instruction (the fields of CPython's dis.Instruction we have)."""
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
               'is_jump_target')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, starts_line,
                 is_jump_target):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target

    def _astuple(self):
        return (self.opname, self.opcode, self.arg, self.argval, self.argrepr, self.offset,
                self.starts_line, self.is_jump_target)

    def __eq__(self, other):
        if not isinstance(other, Instruction):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __iter__(self):
        return iter(self._astuple())

    def __repr__(self):
        parts = []
        for name, value in zip(self._fields, self._astuple()):
            parts.append(name + '=' + repr(value))
        return 'Instruction(' + ', '.join(parts) + ')'


def _get_code_object(x):
    """The code object behind a function, method, generator, code object or source text."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if isinstance(x, str):
        x = compile(x, '<dis>', 'exec')
    if isinstance(x, CodeType):
        return x
    raise TypeError("don't know how to disassemble " + type(x).__name__ + " objects")


def get_instructions(x, *, first_line=None):
    """An iterator over the Instructions of x's code (not of nested code objects)."""
    code = _get_code_object(x)
    rows = _dis.instructions(code)
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    for row in rows:
        if shift and row[6] is not None:
            row = row[:6] + (row[6] + shift,) + row[7:]
        yield Instruction(*row)


def _write(text, file):
    if file is None:
        print(text, end='')
    else:
        file.write(text)


def _is_disassemblable(value):
    return (hasattr(value, '__code__') or hasattr(value, '__func__')
            or isinstance(value, (CodeType, type)))


def dis(x=None, *, file=None, depth=None):
    """Print the disassembly of a function, method, class, module, code object or source."""
    if x is None:
        raise TypeError('dis() without an argument needs a traceback (not supported)')
    if hasattr(x, '__dict__') and not hasattr(x, '__code__') and not hasattr(x, '__func__'):
        # A class or a module: each function, method, class and code object in it.
        items = sorted(x.__dict__.items(), key=lambda item: item[0])
        for name, value in items:
            if _is_disassemblable(value):
                _write('Disassembly of ' + name + ':\n', file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as err:
                    _write('Sorry: ' + str(err) + '\n', file)
                _write('\n', file)
        return
    _write(_dis.disassemble(_get_code_object(x)), file)


def disassemble(co, lasti=-1, *, file=None):
    """Print the disassembly of one code object (and the code objects nested in it)."""
    _write(_dis.disassemble(_get_code_object(co)), file)


disco = disassemble


def stack_effect(opcode, oparg=None, *, jump=None):
    """The net stack effect of one instruction, from the opcode table."""
    return _dis.stack_effect(opcode, oparg, jump=jump)


def assemble(instructions):
    """Bytes for co_code from (opname, arg) pairs or Instructions (docs/bytecode.md).

    opname may also be a raw opcode number 0..255; arg None means 0. Only the encoding is
    checked (ValueError for an unknown name or an arg outside 0..2**24-1): code.replace()
    verifies the result when it becomes a code object.
    """
    pairs = []
    for item in instructions:
        if isinstance(item, Instruction):
            pairs.append((item.opname, item.arg))
        else:
            pairs.append(tuple(item) if isinstance(item, list) else item)
    return _dis.assemble(pairs)


_FLAG_NAMES = ((0x1, 'OPTIMIZED'), (0x2, 'NEWLOCALS'), (0x4, 'VARARGS'), (0x8, 'VARKEYWORDS'),
               (0x10, 'NESTED'), (0x20, 'GENERATOR'), (0x40, 'NOFREE'), (0x80, 'COROUTINE'),
               (0x100, 'ITERABLE_COROUTINE'), (0x200, 'ASYNC_GENERATOR'))


def pretty_flags(flags):
    names = [name for bit, name in _FLAG_NAMES if flags & bit]
    rest = flags
    for bit, _ in _FLAG_NAMES:
        rest &= ~bit
    if rest:
        names.append(hex(rest))
    return ', '.join(names) if names else '0x0'


def code_info(x):
    """A formatted multi-line summary of a code object's fields."""
    co = _get_code_object(x)
    lines = ['Name:              ' + co.co_name,
             'Filename:          ' + co.co_filename,
             'Argument count:    ' + str(co.co_argcount),
             'Positional-only arguments: ' + str(co.co_posonlyargcount),
             'Kw-only arguments: ' + str(co.co_kwonlyargcount),
             'Number of locals:  ' + str(co.co_nlocals),
             'Stack size:        ' + str(co.co_stacksize),
             'Flags:             ' + pretty_flags(co.co_flags)]
    for title, items in (('Constants', co.co_consts), ('Names', co.co_names),
                         ('Variable names', co.co_varnames), ('Free variables', co.co_freevars),
                         ('Cell variables', co.co_cellvars)):
        if items:
            lines.append(title + ':')
            for i, item in enumerate(items):
                lines.append('%4d: %s' % (i, item if title != 'Constants' else repr(item)))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    _write(code_info(co) + '\n', file)
