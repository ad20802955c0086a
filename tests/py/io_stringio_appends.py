# io.StringIO: writes at the end are buffered and joined when read (linear, not quadratic:
# measured by bench/, never asserted by a timer here); writes after seeks, past the end,
# truncation and newline translation still as CPython.
import io
s = io.StringIO()
for i in range(5):
    s.write(f"line {i}\n")
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read(3)))
s.write("XY"); print(repr(s.getvalue()), s.tell())
s.seek(0, 2); s.write("end"); print(repr(s.getvalue()[-8:]), s.tell())
s.seek(100); s.write("!"); print(len(s.getvalue()), repr(s.getvalue()[-3:]))
s.truncate(10); print(repr(s.getvalue()), s.tell()); s.write("a"); print(repr(s.getvalue()))
s.seek(0); s.truncate(); s.write("fresh"); print(repr(s.getvalue()))
t = io.StringIO("abc\r\ndef", newline=None); print(repr(t.read()))
u = io.StringIO(); print(u.write("é"), print("via print", file=u), repr(u.getvalue()))
w = io.StringIO(); w.writelines(["a", "b"]); w.seek(0); print(list(w), w.read())
big = io.StringIO()
for i in range(80000):
    big.write("x" if i % 7 else "y")
value = big.getvalue()
print(len(value), value.count("y"), value[:8], big.tell())
