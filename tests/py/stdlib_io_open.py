# open(): text and binary modes, reading, writing, appending, seeking, iteration,
# context managers, newline translation, encodings, and the errors CPython raises.
import time

path = '/tmp/bastion_io_test_%d.txt' % time.time_ns()

with open(path, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second é line\n'))
    f.writelines(['third\n', 'fourth'])
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)), repr(f.readline(4)), f.tell())
    f.seek(0)
    print(repr(f.readline()))
    print(f.seek(0, 2) > 0, repr(f.read()))

with open(path, 'a') as f:
    f.write('\nappended')
with open(path, 'rb') as f:
    data = f.read()
    print(type(f).__name__, f.mode, data.count(b'\n'), data[-8:], len(data))
with open(path, 'rb') as f:
    print(f.read(5), f.tell(), f.readline(), f.seek(-3, 2), f.read())

with open(path, 'wb') as f:
    print(type(f).__name__, f.write(b'a\r\nb\rc\nd'), f.write(bytearray(b'!')))
with open(path, newline=None) as f:
    print(repr(f.read()), f.newlines)
with open(path, newline='') as f:
    print([line for line in f])
with open(path, newline='\r') as f:
    print(f.readlines())
with open(path, 'rb') as f:
    print(list(f))

with open(path, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(path, 'rb') as f:
    print(f.read())

with open(path, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(type(f.buffer).__name__, f.mode, f.buffer.mode, repr(f.read(5)))
    f.seek(6)
    f.write('WORLD')
    f.seek(0)
    print(f.read())

with open(path, 'r+b') as f:
    f.seek(2)
    f.write(b'LL')
    f.seek(0)
    print(f.read(), f.truncate(4), f.seek(0), f.read())

with open(path, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(f.read())
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(path, encoding='utf-8', errors='replace') as f:
    print(ascii(f.read()))

with open(path, 'w', encoding='utf-16') as f:
    f.write('ab\u20ac')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-16') as f:
    print(f.read())

with open(path, 'w') as f:
    print('printed', 1, 2, sep='-', file=f)
    print('second', file=f, end='!')
with open(path) as f:
    print(repr(f.read()))

big = 'line %d\n'
with open(path, 'w') as f:
    for i in range(20000):
        f.write(big % i)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1], sum(1 for _ in open(path)))
with open(path, 'rb') as f:
    print(len(f.read()))

f = open(path)
f.close()
for op in (f.read, f.readline, lambda: f.write('x'), lambda: iter(f), lambda: f.seek(0)):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
with open(path, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(path) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
with open(path, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError:', e)
with open(path, 'wb') as f:
    try:
        f.write('str')
    except TypeError as e:
        print('TypeError:', e)

for mode in ('rw', 'q', 'rbt', 'r++', 'U', 'b', '+'):
    try:
        open(path, mode)
    except ValueError as e:
        print(mode, 'ValueError:', e)
for kwargs in ({'mode': 'rb', 'encoding': 'utf-8'}, {'mode': 'rb', 'newline': ''},
               {'mode': 'rb', 'errors': 'strict'}, {'newline': 'x'}, {'buffering': 0}):
    try:
        open(path, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
for bad in ({'newline': 5}, {'encoding': 5}):
    try:
        open(path, **bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    open(path, encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    open(5.5)
except TypeError as e:
    print('TypeError:', e)

try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open('/tmp', 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror == 'File exists')
print(open(path).read() == open(path, 'rb').read().decode())
import os
os.remove(path)
print(os.path.exists(path))
