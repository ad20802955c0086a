# UnicodeError itself has no encoding/object/start/end/reason (CPython 3.11: only the
# encode, decode and translate errors define them); a subclass or an instance may set them.
names = ('encoding', 'object', 'start', 'end', 'reason')
u = UnicodeError('x')
print([hasattr(u, n) for n in names], u.args, str(u))
for n in names:
    try:
        getattr(u, n)
    except AttributeError as e:
        print(n, e)
u.reason = 'set'
print(u.reason, u.__dict__)
print([n for n in names if n in UnicodeError.__dict__])
for t in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
    print(t.__name__, [n for n in names if n in t.__dict__])
e = UnicodeTranslateError('ab', 0, 1, 'r')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
d = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(d.encoding, d.object, d.start, d.end, d.reason)
d.start = 5
print(d.start, str(d))
x = UnicodeEncodeError('ascii', '\xe9', 0, 1, 'no')
print(x.encoding, ascii(x.object), x.start, x.end, x.reason, str(x))


class MyUnicodeError(UnicodeError):
    pass


m = MyUnicodeError('m')
print(hasattr(m, 'start'), isinstance(d, UnicodeError))
try:
    b'\xff'.decode('ascii')
except UnicodeError as exc:
    print(type(exc).__name__, exc.start, exc.end, exc.reason)
