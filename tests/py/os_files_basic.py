# os file-system calls: makedirs/mkdir, listdir (str and bytes), stat/lstat and stat_result,
# utime (times and ns), chmod, access, rename/replace/renames, remove/rmdir/removedirs,
# symlink/readlink, os.open/read/write/close, realpath/samefile, and CPython's OSError
# subclasses and messages. Works in a fresh directory under /tmp and removes all of it.
import os
import time

base = '/tmp/bastion_os_files_%d' % time.time_ns()
os.mkdir(base)
J = lambda *p: os.path.join(base, *p)


def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) else p


def err(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except (OSError, ValueError, TypeError, NotImplementedError) as e:
        fname = getattr(e, 'filename', None)
        fname2 = getattr(e, 'filename2', None)
        print(type(e).__name__, getattr(e, 'errno', None), getattr(e, 'strerror', None),
              rel(fname) if isinstance(fname, str) and fname.startswith(base) else fname,
              rel(fname2) if isinstance(fname2, str) and fname2.startswith(base) else fname2,
              str(e).replace(base, '<base>'))
    else:
        print('no error')


os.makedirs(J('a', 'b', 'c'))
os.makedirs(J('a', 'b', 'c'), exist_ok=True)
err(os.makedirs, J('a', 'b', 'c'))
err(os.mkdir, J('a'))
err(os.mkdir, J('nope', 'x'))
with open(J('a', 'f.txt'), 'w') as f:
    f.write('hello')
os.symlink('f.txt', J('a', 'link'))
print(sorted(os.listdir(J('a'))), sorted(os.listdir(os.fsencode(J('a')))))
err(os.listdir, J('a', 'f.txt'))
err(os.listdir, J('missing'))
err(os.listdir, 'a\0b')
err(os.listdir, 3.5)
err(os.mkdir, 3.5)
err(os.stat, 3.5)

st = os.stat(J('a', 'f.txt'))
print(type(st).__name__, len(st), st.st_size, st[6], type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8] == st.st_mtime // 1)
print(st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2], st.st_nlink, st.st_blksize > 0,
      st.st_blocks >= 0, st.st_rdev, st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
lst = os.lstat(J('a', 'link'))
print((lst.st_mode & 0o170000) == 0o120000, os.stat(J('a', 'link')).st_ino == st.st_ino,
      os.stat(J('a', 'link'), follow_symlinks=False) == lst)
print(os.readlink(J('a', 'link')), os.readlink(os.fsencode(J('a', 'link'))))
err(os.readlink, J('a', 'f.txt'))
err(os.stat, J('missing'))
err(os.stat, 'bad\0name')

os.utime(J('a', 'f.txt'), (1000000000.5, 1200000000.25))
st = os.stat(J('a', 'f.txt'))
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[7], st[8])
os.utime(J('a', 'f.txt'), ns=(5, 7000000001))
print(os.stat(J('a', 'f.txt')).st_mtime_ns, os.path.getmtime(J('a', 'f.txt')), os.path.getatime(J('a', 'f.txt')))
err(os.utime, J('a', 'f.txt'), (1, 2), ns=(1, 2))
err(os.utime, J('a', 'f.txt'), [1, 2])
err(os.utime, J('missing'), None)
os.utime(J('a', 'f.txt'))
print(os.stat(J('a', 'f.txt')).st_mtime > 1.5e9)

os.chmod(J('a', 'f.txt'), 0o600)
print(oct(os.stat(J('a', 'f.txt')).st_mode), oct(os.stat(J('a', 'f.txt')).st_mode & 0o777))
err(os.chmod, J('missing'), 0o600)
err(os.chmod, J('a', 'link'), 0o600, follow_symlinks=False)
print(os.access(J('a', 'f.txt'), os.R_OK), os.access(J('a', 'f.txt'), os.R_OK | os.W_OK),
      os.access(J('missing'), os.F_OK), os.access(J('a'), os.X_OK))

os.rename(J('a', 'f.txt'), J('a', 'g.txt'))
os.replace(J('a', 'g.txt'), J('a', 'h.txt'))
with open(J('a', 'other.txt'), 'w') as f:
    f.write('other')
os.replace(J('a', 'other.txt'), J('a', 'h.txt'))
with open(J('a', 'h.txt')) as f:
    print(f.read())
err(os.rename, J('missing'), J('x'))
err(os.rename, J('a'), 3.5)
err(os.remove, J('missing'))
err(os.remove, J('a'))
err(os.unlink, J('a'))
err(os.rmdir, J('a'))
err(os.rmdir, J('a', 'h.txt'))
print(os.path.realpath(J('a', 'link')) == os.path.realpath(J('a', 'f.txt')),
      os.path.islink(J('a', 'link')), os.path.exists(J('a', 'link')), os.path.lexists(J('a', 'link')))
os.symlink('h.txt', J('a', 'link2'))
print(os.path.samefile(J('a', 'link2'), J('a', '.', 'h.txt')), rel(os.path.realpath(J('a', 'b', '..', 'link2'))))
err(os.symlink, 'x', J('a', 'link2'))

os.renames(J('a', 'h.txt'), J('z', 'y', 'h.txt'))
print(sorted(os.listdir(base)), os.listdir(J('z', 'y')))
os.renames(J('z', 'y', 'h.txt'), J('a', 'back.txt'))
print(sorted(os.listdir(base)))

fd = os.open(J('fd.bin'), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
print(os.write(fd, b'abc'), os.write(fd, bytearray(b'def')))
os.close(fd)
err(os.open, J('fd.bin'), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
fd = os.open(J('fd.bin'), os.O_RDONLY)
print(os.read(fd, 2), os.read(fd, 100), os.read(fd, 100), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 1))
os.close(fd)
print(oct(os.stat(J('fd.bin')).st_mode & 0o777), os.isatty(0) in (True, False))
os.unlink(J('fd.bin'))

print(os.stat_result(range(10)))
s = os.stat_result(range(13))
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s == tuple(range(10)))
err(os.stat_result, (1, 2))
print(repr(os.terminal_size((80, 24))), os.terminal_size((3, 4)).lines)

for p in ('link', 'link2', 'back.txt'):
    os.remove(J('a', p))
os.removedirs(J('a', 'b', 'c'))  # and the now-empty base, up to /tmp (not empty)
print(os.path.exists(J('a')), os.path.exists(base), os.path.isdir('/tmp'))
