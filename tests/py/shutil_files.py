# shutil: copyfileobj, copyfile (same file, missing source, missing folder, symlinks), copy
# and copy2 (mode, times, into a directory), copymode/copystat, copytree (symlinks, ignore,
# dirs_exist_ok, copy_function, gathered errors), move (rename, into a directory, existing
# destination), rmtree (onerror calls, ignore_errors, refusing a link), which (explicit PATH),
# get_terminal_size's fallback, in a fresh temporary directory removed at the end.
import io
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp(prefix='bastion_shutil_')
J = lambda *p: os.path.join(base, *p)
R = lambda p: os.path.relpath(p, base) if isinstance(p, str) and p.startswith(base) else p
os.makedirs(J('src', 'sub', 'deep'))
for name, data in [('a.txt', 'A'), ('.hid', 'H'), ('sub/b.py', 'B'), ('sub/deep/c.py', 'C')]:
    with open(J('src', name), 'w') as f:
        f.write(data)
os.symlink('a.txt', J('src', 'ln'))
os.chmod(J('src', 'a.txt'), 0o640)
os.utime(J('src', 'a.txt'), (1000000000, 1100000000.5))

src, dst = io.BytesIO(b'x' * 100000), io.BytesIO()
shutil.copyfileobj(src, dst, 4096)
print(len(dst.getvalue()), shutil.COPY_BUFSIZE)
print(R(shutil.copyfile(J('src', 'a.txt'), J('x.txt'))), oct(os.stat(J('x.txt')).st_mode & 0o777) == '0o640')
print(R(shutil.copy(J('src', 'a.txt'), J('y.txt'))), oct(os.stat(J('y.txt')).st_mode & 0o777))
print(R(shutil.copy2(J('src', 'a.txt'), J('z.txt'))), oct(os.stat(J('z.txt')).st_mode & 0o777),
      os.stat(J('z.txt')).st_mtime, os.stat(J('z.txt')).st_mtime_ns)
os.mkdir(J('dd'))
print(R(shutil.copy(J('src', 'a.txt'), J('dd'))), R(shutil.copy2(J('src', 'a.txt'), J('dd', 'a2.txt'))))
print(R(shutil.copyfile(J('src', 'ln'), J('ln_copy'), follow_symlinks=False)), os.path.islink(J('ln_copy')),
      os.readlink(J('ln_copy')))
shutil.copymode(J('src', 'a.txt'), J('x.txt'))
print(oct(os.stat(J('x.txt')).st_mode & 0o777))
shutil.copystat(J('src', 'a.txt'), J('x.txt'))
print(os.stat(J('x.txt')).st_mtime)
shutil.copystat(J('src', 'ln'), J('ln_copy'), follow_symlinks=False)
for call in (lambda: shutil.copyfile(J('src', 'a.txt'), J('src', 'a.txt')),
             lambda: shutil.copyfile(J('src', 'a.txt'), J('src', 'ln')),
             lambda: shutil.copyfile(J('nope'), J('q')),
             lambda: shutil.copyfile(J('src', 'a.txt'), J('nodir', 'q')),
             lambda: shutil.copyfile(J('src', 'a.txt'), J('dd')),
             lambda: shutil.copy(J('src'), J('q'))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))

print(R(shutil.copytree(J('src'), J('dst'))))
print(sorted(R(os.path.join(r, f)) for r, d, fs in os.walk(J('dst')) for f in fs),
      os.path.islink(J('dst', 'ln')), os.stat(J('dst', 'a.txt')).st_mtime)
print(R(shutil.copytree(J('src'), J('dst2'), symlinks=True, ignore=shutil.ignore_patterns('*.py', '.*'))))
print(sorted(R(os.path.join(r, f)) for r, d, fs in os.walk(J('dst2')) for f in fs),
      os.path.islink(J('dst2', 'ln')), os.readlink(J('dst2', 'ln')))
seen = []


def ignore(path, names):
    seen.append((R(path), sorted(names)))
    return {'deep'}


shutil.copytree(J('src'), J('dst3'), ignore=ignore, copy_function=shutil.copy)
print(seen, sorted(os.listdir(J('dst3', 'sub'))))
try:
    shutil.copytree(J('src'), J('dst'))
except FileExistsError as e:
    print(type(e).__name__, e.errno)
shutil.copytree(J('src'), J('dst'), dirs_exist_ok=True)
os.symlink('nowhere', J('src', 'dangling'))
try:
    shutil.copytree(J('src'), J('dst4'))
except shutil.Error as e:
    print('Error', [(R(a), R(b), why.replace(base, '<base>')) for a, b, why in e.args[0]])
shutil.copytree(J('src'), J('dst5'), ignore_dangling_symlinks=True)
print(sorted(os.listdir(J('dst5'))))
os.remove(J('src', 'dangling'))

print(R(shutil.move(J('x.txt'), J('dd'))), R(shutil.move(J('y.txt'), J('moved.txt'))),
      R(shutil.move(J('dst2'), J('dd', 'dst2'))), R(shutil.move(J('dst3'), J('dd'))))
try:
    shutil.copy(J('src', 'a.txt'), J('x.txt'))
    shutil.move(J('x.txt'), J('dd'))
except shutil.Error as e:
    print('Error', str(e).replace(base, '<base>'))
try:
    shutil.move(J('dd'), J('dd', 'inner'))
except OSError as e:
    print(type(e).__name__, e.errno)

errs = []
record = lambda f, p, e: errs.append((f.__name__, R(p), e[0].__name__, str(e[1]).replace(base, '<base>')))
shutil.rmtree(J('nope'), onerror=record)
shutil.rmtree(J('z.txt'), onerror=record)
os.symlink(J('dst'), J('dlink'))
shutil.rmtree(J('dlink'), onerror=record)
for e in errs:
    print(e)
try:
    shutil.rmtree(J('nope'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, R(e.filename))
shutil.rmtree(J('nope'), ignore_errors=True)
try:
    shutil.rmtree(J('dlink'))
except OSError as e:
    print(type(e).__name__, e)
print(os.path.exists(J('dst')), shutil.rmtree.avoids_symlink_attacks in (True, False))

os.makedirs(J('bin1'))
os.makedirs(J('bin2'))
for d, mode in (('bin1', 0o644), ('bin2', 0o755)):
    with open(J(d, 'tool'), 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod(J(d, 'tool'), mode)
path = J('bin1') + os.pathsep + J('bin2')
print(R(shutil.which('tool', path=path)), R(shutil.which('tool', mode=os.F_OK, path=path)),
      shutil.which('nothere', path=path), shutil.which('tool', path=''),
      R(shutil.which(J('bin2', 'tool'))), shutil.which(J('bin1', 'tool')))
os.environ['PATH'] = path
print(R(shutil.which('tool')), R(os.fsdecode(shutil.which(b'tool'))))
print(shutil.get_terminal_size(), shutil.get_terminal_size((1, 2)))
os.environ['COLUMNS'] = '100'
print(shutil.get_terminal_size((1, 2)))
del os.environ['COLUMNS']

for name in ('dlink', 'z.txt', 'moved.txt', 'ln_copy', 'x.txt'):
    os.remove(J(name))
for name in ('src', 'dst', 'dst4', 'dst5', 'dd', 'bin1', 'bin2'):
    shutil.rmtree(J(name))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
