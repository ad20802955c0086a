# io.StringIO and io.BytesIO: reading, writing, seeking, iteration, getvalue, print(file=).
import io

s = io.StringIO('line1\nline2\nline3')
print(s.readline(), end='')
print(s.read(3), s.tell(), s.readlines())
s.seek(0)
print([l.rstrip() for l in s])
out = io.StringIO()
print('hello', 'world', sep=', ', file=out)
out.write('tail')
print(repr(out.getvalue()), out.tell())
out.seek(0)
out.write('J')
print(out.getvalue(), out.truncate(5), repr(out.getvalue()))
out.close()
print(out.closed)
try:
    out.getvalue()
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell(), b.seek(1), b.read(1))
b.seek(0, 2)
b.write(b'XYZ')
print(b.getvalue(), b.seek(-2, 2), b.read())
b2 = io.BytesIO()
b2.write(bytearray(b'12'))
b2.write(memoryview(b'34'))
print(b2.getvalue(), list(io.BytesIO(b'a\nb\n')))
try:
    b2.write('str')
except TypeError as e:
    print('TypeError:', e)
nl = io.StringIO('a\r\nb\rc', newline=None)
print(repr(nl.read()))
print(isinstance(s, io.IOBase) if hasattr(io, 'IOBase') else True, type(s).__name__, type(b).__name__)
