# pickletools: a disassembler for pickles (Python 3.11's `pickletools.dis` and `genops`),
# written for Bastion from the opcode documentation. dis prints CPython's layout: the offset,
# the opcode byte, the name indented by MARK depth, the argument, "(MARK at N)" for opcodes
# that pop to a MARK, "(as N)" for MEMOIZE, an optional one-line description, and the highest
# protocol among the opcodes. The checks are the shape of the stream (MARK pairing, memo keys),
# not a full simulation of the unpickler's stack (so, unlike CPython's, no check that one
# object is left at STOP).

import codecs
import io
import pickle
import sys
from struct import unpack_from as _unpack_from

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types


class OpcodeInfo:
    __slots__ = ('name', 'code', 'arg', 'proto', 'doc')

    def __init__(self, name, code, arg, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.proto = proto
        self.doc = doc

    def __repr__(self):
        return '<OpcodeInfo %s>' % self.name


# --- argument readers: (name, reader(file) -> value) ----------------------------------------------

def _need(f, n):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, 'argument', len(data)))
    return data


def _read_uint1(f):
    return _need(f, 1)[0]


def _read_uint2(f):
    return _unpack_from('<H', _need(f, 2))[0]


def _read_int4(f):
    return _unpack_from('<i', _need(f, 4))[0]


def _read_uint4(f):
    return _unpack_from('<I', _need(f, 4))[0]


def _read_uint8(f):
    return _unpack_from('<Q', _need(f, 8))[0]


def _line(f, what):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def _read_stringnl(f):
    data = _line(f, 'stringnl')
    for q in (b'"', b"'"):
        if data.startswith(q):
            if not data.endswith(q) or len(data) < 2:
                raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
            data = data[1:-1]
            break
    else:
        raise ValueError("no string quotes around %r" % data)
    return codecs.escape_decode(data)[0].decode('ascii')


def _read_stringnl_noescape(f):
    return _line(f, 'stringnl_noescape').decode('ascii')


def _read_stringnl_noescape_pair(f):
    return "%s %s" % (_read_stringnl_noescape(f), _read_stringnl_noescape(f))


def _read_counted(f, n, what):
    if n < 0:
        raise ValueError("%s byte count < 0: %d" % (what, n))
    return _need(f, n)


def _read_string1(f):
    return _read_counted(f, _read_uint1(f), 'string1').decode('latin-1')


def _read_string4(f):
    return _read_counted(f, _read_int4(f), 'string4').decode('latin-1')


def _read_bytes1(f):
    return _read_counted(f, _read_uint1(f), 'bytes1')


def _read_bytes4(f):
    return _read_counted(f, _read_uint4(f), 'bytes4')


def _read_bytes8(f):
    return _read_counted(f, _read_uint8(f), 'bytes8')


def _read_bytearray8(f):
    return bytearray(_read_counted(f, _read_uint8(f), 'bytearray8'))


def _read_unicodestringnl(f):
    return str(_line(f, 'unicodestringnl'), 'raw-unicode-escape')


def _read_unicodestring1(f):
    return str(_read_counted(f, _read_uint1(f), 'unicodestring1'), 'utf-8', 'surrogatepass')


def _read_unicodestring4(f):
    return str(_read_counted(f, _read_uint4(f), 'unicodestring4'), 'utf-8', 'surrogatepass')


def _read_unicodestring8(f):
    return str(_read_counted(f, _read_uint8(f), 'unicodestring8'), 'utf-8', 'surrogatepass')


def _read_decimalnl_short(f):
    text = _line(f, 'decimalnl_short')
    if text == b'00':
        return False
    if text == b'01':
        return True
    return int(text)


def _read_decimalnl_long(f):
    text = _line(f, 'decimalnl_long')
    if text.endswith(b'L'):
        text = text[:-1]
    return int(text)


def _read_floatnl(f):
    return float(_line(f, 'floatnl'))


def _read_float8(f):
    return _unpack_from('>d', _need(f, 8))[0]


def _read_long1(f):
    return pickle.decode_long(_read_counted(f, _read_uint1(f), 'long1'))


def _read_long4(f):
    n = _read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return pickle.decode_long(_need(f, n))


# name, code, argument reader, protocol, first line of the description, pops to a MARK
_TABLE = [
    ('INT', b'I', _read_decimalnl_short, 0, "Push an integer or bool.", False),
    ('BININT', b'J', _read_int4, 1, "Push a four-byte signed integer.", False),
    ('BININT1', b'K', _read_uint1, 1, "Push a one-byte unsigned integer.", False),
    ('BININT2', b'M', _read_uint2, 1, "Push a two-byte unsigned integer.", False),
    ('LONG', b'L', _read_decimalnl_long, 0, "Push a long integer.", False),
    ('LONG1', b'\x8a', _read_long1, 2, "Long integer using one-byte length.", False),
    ('LONG4', b'\x8b', _read_long4, 2, "Long integer using found-byte length.", False),
    ('STRING', b'S', _read_stringnl, 0, "Push a Python string object.", False),
    ('BINSTRING', b'T', _read_string4, 1, "Push a Python string object.", False),
    ('SHORT_BINSTRING', b'U', _read_string1, 1, "Push a Python string object.", False),
    ('BINBYTES', b'B', _read_bytes4, 3, "Push a Python bytes object.", False),
    ('SHORT_BINBYTES', b'C', _read_bytes1, 3, "Push a Python bytes object.", False),
    ('BINBYTES8', b'\x8e', _read_bytes8, 4, "Push a Python bytes object.", False),
    ('BYTEARRAY8', b'\x96', _read_bytearray8, 5, "Push a Python bytearray object.", False),
    ('NEXT_BUFFER', b'\x97', None, 5, "Push an out-of-band buffer object.", False),
    ('READONLY_BUFFER', b'\x98', None, 5, "Make an out-of-band buffer object read-only.", False),
    ('NONE', b'N', None, 0, "Push None on the stack.", False),
    ('NEWTRUE', b'\x88', None, 2, "Push True onto the stack.", False),
    ('NEWFALSE', b'\x89', None, 2, "Push False onto the stack.", False),
    ('UNICODE', b'V', _read_unicodestringnl, 0, "Push a Python Unicode string object.", False),
    ('SHORT_BINUNICODE', b'\x8c', _read_unicodestring1, 4, "Push a Python Unicode string object.", False),
    ('BINUNICODE', b'X', _read_unicodestring4, 1, "Push a Python Unicode string object.", False),
    ('BINUNICODE8', b'\x8d', _read_unicodestring8, 4, "Push a Python Unicode string object.", False),
    ('FLOAT', b'F', _read_floatnl, 0, "Newline-terminated decimal float literal.", False),
    ('BINFLOAT', b'G', _read_float8, 1, "Float stored in binary form, with 8 bytes of data.", False),
    ('EMPTY_LIST', b']', None, 1, "Push an empty list.", False),
    ('APPEND', b'a', None, 0, "Append an object to a list.", False),
    ('APPENDS', b'e', None, 1, "Extend a list by a slice of stack objects.", True),
    ('LIST', b'l', None, 0, "Build a list out of the topmost stack slice, after markobject.", True),
    ('EMPTY_TUPLE', b')', None, 1, "Push an empty tuple.", False),
    ('TUPLE', b't', None, 0, "Build a tuple out of the topmost stack slice, after markobject.", True),
    ('TUPLE1', b'\x85', None, 2, "Build a one-tuple out of the topmost item on the stack.", False),
    ('TUPLE2', b'\x86', None, 2, "Build a two-tuple out of the top two items on the stack.", False),
    ('TUPLE3', b'\x87', None, 2, "Build a three-tuple out of the top three items on the stack.", False),
    ('EMPTY_DICT', b'}', None, 1, "Push an empty dict.", False),
    ('DICT', b'd', None, 0, "Build a dict out of the topmost stack slice, after markobject.", True),
    ('SETITEM', b's', None, 0, "Add a key+value pair to an existing dict.", False),
    ('SETITEMS', b'u', None, 1, "Add an arbitrary number of key+value pairs to an existing dict.", True),
    ('EMPTY_SET', b'\x8f', None, 4, "Push an empty set.", False),
    ('ADDITEMS', b'\x90', None, 4, "Add an arbitrary number of items to an existing set.", True),
    ('FROZENSET', b'\x91', None, 4, "Build a frozenset out of the topmost slice, after markobject.", True),
    ('POP', b'0', None, 0, "Discard the top stack item, shrinking the stack by one item.", False),
    ('DUP', b'2', None, 0, "Push the top stack item onto the stack again, duplicating it.", False),
    ('MARK', b'(', None, 0, "Push markobject onto the stack.", False),
    ('POP_MARK', b'1', None, 1, "Pop all the stack objects at and above the topmost markobject.", True),
    ('GET', b'g', _read_decimalnl_short, 0, "Read an object from the memo and push it on the stack.", False),
    ('BINGET', b'h', _read_uint1, 1, "Read an object from the memo and push it on the stack.", False),
    ('LONG_BINGET', b'j', _read_uint4, 1, "Read an object from the memo and push it on the stack.", False),
    ('PUT', b'p', _read_decimalnl_short, 0, "Store the stack top into the memo.  The stack is not popped.", False),
    ('BINPUT', b'q', _read_uint1, 1, "Store the stack top into the memo.  The stack is not popped.", False),
    ('LONG_BINPUT', b'r', _read_uint4, 1, "Store the stack top into the memo.  The stack is not popped.", False),
    ('MEMOIZE', b'\x94', None, 4, "Store the stack top into the memo.  The stack is not popped.", False),
    ('EXT1', b'\x82', _read_uint1, 2, "Extension code.", False),
    ('EXT2', b'\x83', _read_uint2, 2, "Extension code.", False),
    ('EXT4', b'\x84', _read_int4, 2, "Extension code.", False),
    ('GLOBAL', b'c', _read_stringnl_noescape_pair, 0, "Push a global object (module.attr) on the stack.", False),
    ('STACK_GLOBAL', b'\x93', None, 4, "Push a global object (module.attr) on the stack.", False),
    ('REDUCE', b'R', None, 0, "Push an object built from a callable and an argument tuple.", False),
    ('BUILD', b'b', None, 0, "Finish building an object, via __setstate__ or dict update.", False),
    ('INST', b'i', _read_stringnl_noescape_pair, 0, "Build a class instance.", True),
    ('OBJ', b'o', None, 1, "Build a class instance.", True),
    ('NEWOBJ', b'\x81', None, 2, "Build an object instance.", False),
    ('NEWOBJ_EX', b'\x92', None, 4, "Build an object instance.", False),
    ('PROTO', b'\x80', _read_uint1, 2, "Protocol version indicator.", False),
    ('STOP', b'.', None, 0, "Stop the unpickling machine.", False),
    ('FRAME', b'\x95', _read_uint8, 4, "Indicate the beginning of a new frame.", False),
    ('PERSID', b'P', _read_stringnl_noescape, 0, "Push an object identified by a persistent ID.", False),
    ('BINPERSID', b'Q', None, 1, "Push an object identified by a persistent ID.", False),
]

opcodes = []
_code2op = {}
_POPS_MARK = set()
for _name, _code, _reader, _proto, _doc, _pops in _TABLE:
    _info = OpcodeInfo(_name, _code.decode('latin-1'), _reader, _proto, _doc)
    opcodes.append(_info)
    _code2op[_code[0]] = _info
    if _pops:
        _POPS_MARK.add(_name)
del _name, _code, _reader, _proto, _doc, _pops, _info


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    getpos = getattr(data, 'tell', None)
    while True:
        pos = getpos() if getpos is not None else None
        code = data.read(1)
        if not code:
            raise ValueError("pickle exhausted before seeing STOP")
        opcode = _code2op.get(code[0])
        if opcode is None:
            if pos is None:
                raise ValueError("at position <unknown>, opcode %r unknown" % code)
            raise ValueError("at position %s, opcode %r unknown" % (pos, code))
        arg = None if opcode.arg is None else opcode.arg(data)
        if yield_end_pos:
            yield opcode, arg, pos, (getpos() if getpos is not None else None)
        else:
            yield opcode, arg, pos
        if code == b'.':
            break


def genops(pickle):
    """Generate all the opcodes in a pickle, as (opcode, arg, position) triples."""
    return _genops(pickle)


def _code_repr(code):
    text = repr(code.encode('latin-1'))[2:-1]
    return text.replace("\\'", "'")


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Produce a symbolic disassembly of a pickle."""
    if out is None:
        out = sys.stdout
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (_code_repr(opcode.code), indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        markmsg = None
        name = opcode.name
        if name in _POPS_MARK:
            if not markstack:
                errormsg = markmsg = "no MARK exists on stack"
            else:
                markpos = markstack.pop()
                markmsg = "(MARK at %d)" % markpos if markpos is not None else "(MARK at unknown opcode offset)"
        elif name == 'MARK':
            markstack.append(pos)
        elif name in ('PUT', 'BINPUT', 'LONG_BINPUT', 'MEMOIZE'):
            key = len(memo) if name == 'MEMOIZE' else arg
            if key in memo:
                errormsg = "memo key %r already defined" % key
            else:
                memo[key] = True
            if name == 'MEMOIZE':
                markmsg = "(as %d)" % key
        elif name in ('GET', 'BINGET', 'LONG_BINGET'):
            if arg not in memo:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None or markmsg:
            line += ' ' * (10 - len(name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
    print("highest protocol among opcodes =", maxproto, file=out)


def optimize(p):
    """Optimize a pickle string by removing unused PUT opcodes."""
    put_names = ('PUT', 'BINPUT', 'LONG_BINPUT', 'MEMOIZE')
    gets = set()
    ops = []
    proto = 0
    protoheader = b''
    memo_count = 0
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        proto = max(proto, opcode.proto)
        if opcode.name in put_names:
            if opcode.name == 'MEMOIZE':
                arg = memo_count
                memo_count += 1
            ops.append((opcode.name, arg, pos, end_pos))
        elif opcode.name in ('GET', 'BINGET', 'LONG_BINGET'):
            gets.add(arg)
            ops.append((opcode.name, arg, pos, end_pos))
        elif opcode.name == 'FRAME':
            continue
        elif opcode.name == 'PROTO':
            proto = max(proto, arg)
            protoheader = p[pos:end_pos]
            continue
        else:
            ops.append((opcode.name, arg, pos, end_pos))
    # Rewrite with CPython's Pickler machinery: new memo numbers for the PUTs kept.
    out = _OptimizedWriter(proto)
    if proto >= 2:
        out.raw(protoheader)
    renumber = {}
    for name, arg, start, stop in ops:
        if name in put_names:
            if arg not in gets:
                continue
            renumber[arg] = len(renumber)
            out.op(out.pickler.put(renumber[arg]))
        elif name in ('GET', 'BINGET', 'LONG_BINGET'):
            out.op(out.pickler.get(renumber[arg]))
        else:
            out.op(p[start:stop])
    return out.finish()


class _OptimizedWriter:
    def __init__(self, proto):
        self.sink = io.BytesIO()
        self.pickler = pickle.Pickler(self.sink, proto)
        self.pickler._framing = proto >= 4
        self.pickler._frame_start = -1
        self.pickler._buf = bytearray()

    def raw(self, data):
        self.pickler._buf += data

    def op(self, data):
        self.pickler._write(data)
        start = self.pickler._frame_start
        if start >= 0 and len(self.pickler._buf) - start - 9 >= pickle._FRAME_SIZE_TARGET:
            self.pickler._commit_frame()

    def finish(self):
        self.pickler._commit_frame()
        return bytes(self.pickler._buf)
