# tempfile: mkstemp (modes, prefix/suffix, text, bytes, mixing str and bytes), mkdtemp,
# mktemp, NamedTemporaryFile (delete or not, text mode, removal on close and on with-exit),
# TemporaryFile (no name left in the folder), TemporaryDirectory (cleanup of a tree, twice,
# read-only contents), SpooledTemporaryFile (rollover by size and by call), gettempdir with
# and without $TMPDIR; everything inside one fresh directory, removed at the end.
import os
import re
import stat
import tempfile

base = os.path.realpath(tempfile.mkdtemp(prefix='bastion_tempfile_'))
print(re.fullmatch(r'bastion_tempfile_[a-z0-9_]{8}', os.path.basename(base)) is not None,
      oct(os.stat(base).st_mode & 0o777))
fd, name = tempfile.mkstemp(dir=base)
print(os.path.dirname(name) == base, re.fullmatch(r'tmp[a-z0-9_]{8}', os.path.basename(name)) is not None,
      oct(os.stat(name).st_mode & 0o777), type(fd).__name__)
os.write(fd, b'data')
os.close(fd)
with open(name, 'rb') as f:
    print(f.read())
os.remove(name)
fd, name = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base, text=True)
print(os.path.basename(name).startswith('pre_'), name.endswith('.txt'))
os.close(fd)
os.remove(name)
fd, bname = tempfile.mkstemp(dir=os.fsencode(base))
print(type(bname).__name__, os.fsdecode(bname).startswith(base))
os.close(fd)
os.remove(bname)
for args in ((b'x', 'y', None), ('x', None, os.fsencode(base))):
    try:
        tempfile.mkstemp(prefix=args[0], suffix=args[1], dir=args[2])
    except TypeError as e:
        print('TypeError', e)
d = tempfile.mkdtemp(dir=base)
print(oct(os.stat(d).st_mode & 0o777), os.path.isdir(d), os.path.basename(d).startswith('tmp'))
os.rmdir(d)
d = tempfile.mkdtemp(suffix='_s', prefix='p_', dir=base)
print(os.path.basename(d)[:2], d[-2:])
os.rmdir(d)
print(os.path.exists(tempfile.mktemp(dir=base)), tempfile.mktemp(dir=base, suffix='.x')[-2:])

with tempfile.NamedTemporaryFile(dir=base) as f:
    print(f.write(b'hello'), f.name.startswith(base), os.path.exists(f.name))
    f.flush()
    f.seek(0)
    print(f.read(), f.closed, f.delete)
    kept = f.name
print(os.path.exists(kept), f.closed)
f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False, suffix='.log')
f.write('text\n')
f.close()
with open(f.name) as g:
    print(repr(g.read()), f.name.endswith('.log'))
os.remove(f.name)
f = tempfile.NamedTemporaryFile(mode='w', dir=base, encoding='latin-1')
f.write('é\n')
f.close()
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir=base) as f:
    f.write('a\nb\n')
    f.seek(0)
    print([line for line in f])

with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'anon')
    f.seek(0)
    print(f.read(), os.listdir(base))
with tempfile.TemporaryFile('w+', dir=base) as f:
    f.write('anon text')
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory(dir=base) as d:
    os.makedirs(os.path.join(d, 'x', 'y'))
    with open(os.path.join(d, 'x', 'y', 'f'), 'w') as f:
        f.write('1')
    os.chmod(os.path.join(d, 'x', 'y', 'f'), 0o400)
    print(os.path.isdir(d), os.path.basename(d).startswith('tmp'))
print(os.path.exists(d), os.listdir(base))
td = tempfile.TemporaryDirectory(prefix='p', suffix='s', dir=base)
print(repr(td).startswith('<TemporaryDirectory '), os.path.basename(td.name)[0], td.name[-1])
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory(dir=base)
name = td.name
del td
print(os.path.exists(name))

with tempfile.SpooledTemporaryFile(max_size=10, dir=base) as s:
    s.write(b'12345')
    print(s._rolled, s.tell())
    s.write(b'678901')
    print(s._rolled, s.tell(), os.listdir(base))
    s.seek(0)
    print(s.read())
with tempfile.SpooledTemporaryFile(max_size=100, mode='w+', dir=base) as s:
    s.write('line1\nline2\n')
    s.seek(0)
    print(s.readlines(), s._rolled)
    s.rollover()
    print(s._rolled)
    s.seek(0)
    print(s.read())
with tempfile.SpooledTemporaryFile(dir=base) as s:
    s.write(b'abc')
    print(s._rolled, s.closed)
    fileno = s.fileno()
    print(s._rolled, type(fileno).__name__)
print(s.closed)

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__)
old = tempfile.tempdir
os.environ['TMPDIR'] = base
tempfile.tempdir = None
print(tempfile.gettempdir() == base, tempfile.gettempdirb() == os.fsencode(base))
with tempfile.NamedTemporaryFile() as f:
    print(os.path.dirname(f.name) == base)
os.environ['TMPDIR'] = os.path.join(base, 'missing')
tempfile.tempdir = None
print(tempfile.gettempdir() == base)
del os.environ['TMPDIR']
tempfile.tempdir = old
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
