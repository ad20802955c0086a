# os.walk (topdown, bottom-up with pruning, onerror, followlinks, bytes) and os.scandir
# (DirEntry kinds without following links, stat on demand, inode, context manager, close),
# on a tree made in a fresh directory under /tmp and removed at the end.
import os
import time

base = '/tmp/bastion_os_walk_%d' % time.time_ns()
J = lambda *p: os.path.join(base, *p)
os.makedirs(J('top', 'd1', 'd11'))
os.makedirs(J('top', 'd2'))
os.makedirs(J('outside', 'inner'))
for name in (('top', 'f0'), ('top', 'd1', 'f1'), ('top', 'd1', 'd11', 'f11'), ('top', 'd2', 'f2'),
             ('outside', 'inner', 'fo')):
    with open(J(*name), 'w') as f:
        f.write('/'.join(name))
os.symlink(J('outside'), J('top', 'lnk_dir'))
os.symlink('f0', J('top', 'lnk_file'))
os.symlink('nowhere', J('top', 'dangling'))


def show(walker):
    rows = []
    for root, dirs, files in walker:
        dirs.sort()
        rows.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    return rows


for row in show(os.walk(J('top'))):
    print('td', row)
for row in sorted(show(os.walk(J('top'), topdown=False))):
    print('bu', row)
for row in show(os.walk(J('top'), followlinks=True)):
    print('fl', row)

# topdown pruning: removing a name from dirs skips it
for root, dirs, files in os.walk(J('top')):
    if 'd1' in dirs:
        dirs.remove('d1')
    print('pruned', os.path.relpath(root, base), sorted(dirs))

errors = []
print(list(os.walk(J('missing'), onerror=errors.append)))
print([(type(e).__name__, e.errno, os.path.relpath(e.filename, base)) for e in errors])
print(list(os.walk(J('top', 'f0'))))
print([(os.path.relpath(os.fsdecode(r), base), sorted(d), sorted(f)) for r, d, f in os.walk(os.fsencode(J('top', 'd1')))])


class P:
    def __fspath__(self):
        return J('top', 'd2')


print([(os.path.relpath(r, base), d, f) for r, d, f in os.walk(P())])

with os.scandir(J('top')) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), os.path.relpath(e.path, base), e.is_dir(), e.is_dir(follow_symlinks=False),
          e.is_file(), e.is_file(follow_symlinks=False), e.is_symlink(),
          e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
byname = {e.name: e for e in entries}
print(byname['f0'].stat().st_size, byname['lnk_file'].stat().st_size,
      byname['lnk_file'].stat(follow_symlinks=False).st_size == os.lstat(J('top', 'lnk_file')).st_size)
try:
    byname['dangling'].stat()
except FileNotFoundError as e:
    print('dangling', type(e).__name__, e.errno)
st = byname['f0'].stat()
with open(J('top', 'f0'), 'a') as f:
    f.write('more')
print(byname['f0'].stat() is st, byname['f0'].stat().st_size)  # cached as in CPython

it = os.scandir(J('top', 'd2'))
print([e.name for e in it], list(it))
it = os.scandir(J('top'))
it.close()
print(list(it))
with os.scandir(os.fsencode(J('top', 'd2'))) as it:
    print([(e.name, os.path.relpath(os.fsdecode(e.path), base)) for e in it])
try:
    os.scandir(J('missing'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, os.path.relpath(e.filename, base))
print(all(e.path == os.path.join('.', e.name) for e in os.scandir()),
      sorted(e.name for e in os.scandir()) == sorted(os.listdir()))
try:
    os.write(1, 'text')
except TypeError as e:
    print('TypeError', e)
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)

# remove everything, bottom-up
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        p = os.path.join(root, name)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base))
