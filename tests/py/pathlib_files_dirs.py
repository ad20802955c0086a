# pathlib.Path on directories: mkdir(parents, exist_ok), touch, iterdir, glob/rglob ('*',
# '**', trailing '/', hidden names, bad patterns), symlink_to/readlink/resolve(strict),
# samefile, stat/lstat, rename/replace, unlink(missing_ok), rmdir, chmod, is_mount, in a
# fresh temporary directory removed at the end.
import os
import tempfile
from pathlib import Path, PurePosixPath

root = Path(tempfile.mkdtemp(prefix='bastion_pathlib_dirs_'))
base = root / 'pl'


def rel(paths):
    return sorted(str(p.relative_to(root)) for p in paths)


(base / 'a' / 'b').mkdir(parents=True)
(base / 'a' / 'b').mkdir(parents=True, exist_ok=True)
for make in (lambda: (base / 'a').mkdir(), lambda: (base / 'x' / 'y').mkdir(),
             lambda: (base / 'a' / 'b').mkdir(parents=True)):
    try:
        make()
    except OSError as e:
        print(type(e).__name__, e.errno, Path(e.filename).relative_to(root))
(base / 'f.txt').write_text('hi')
(base / '.hidden').touch()
(base / 'a' / 'g.py').touch()
(base / 'a' / 'b' / 'h.py').write_bytes(b'x')
(base / 'a' / 'b' / 'h.py').touch()
print((base / 'a' / 'b' / 'h.py').read_bytes(), (base / '.hidden').stat().st_size)
try:
    (base / 'f.txt').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.errno)
print(sorted(p.name for p in base.iterdir()), type(next(base.iterdir())).__name__)
print(rel(base.glob('*')))
print(rel(base.glob('**/*.py')))
print(rel(base.rglob('*.py')))
print(rel(base.glob('**')))
print(rel(base.glob('*/')))
print(rel(base.glob('a/b/h.py')), rel(base.glob('a/*/h.py')), rel(base.glob('a/nope')))
print(rel(base.glob('.*')), rel(base.glob('?.txt')), rel(base.glob('[fg]*')))
print(rel(base.rglob('*')))
print(rel(base.rglob('b/')))
print(list((base / 'f.txt').glob('*')), list((base / 'nope').glob('*')))
for pat in ['', '/abs', 'a**b']:
    try:
        list(base.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
it = (base / 'nope').iterdir()
try:
    next(it)
except FileNotFoundError as e:
    print('iterdir', type(e).__name__, e.errno)

(base / 'lnk').symlink_to('f.txt')
print((base / 'lnk').readlink(), (base / 'lnk').is_symlink(), (base / 'f.txt').is_symlink())
print((base / 'lnk').resolve() == (base / 'f.txt').resolve(), (base / 'lnk').resolve().is_absolute())
print((base / 'lnk').resolve().relative_to(root.resolve()))
print((base / 'lnk').samefile(base / 'f.txt'), (base / 'lnk').samefile(str(base / 'f.txt')),
      (base / 'a').samefile(base / 'f.txt'))
print((base / 'f.txt').stat().st_size, (base / 'lnk').lstat().st_size,
      (base / 'lnk').stat(follow_symlinks=False) == (base / 'lnk').lstat())
(base / 'loop1').symlink_to('loop2')
(base / 'loop2').symlink_to('loop1')
try:
    (base / 'loop1').resolve()
except RuntimeError as e:
    print('RuntimeError', str(e).replace(str(root), '<root>'))
try:
    (base / 'nope').resolve(strict=True)
except FileNotFoundError as e:
    print('strict', e.errno)
print((base / 'nope' / '..' / 'f.txt').resolve() == (base / 'f.txt').resolve(),
      (base / 'nope' / 'x').resolve().relative_to(root.resolve()))
t = (base / 'f.txt').rename(base / 'g.txt')
print(t.relative_to(root), type(t).__name__, (base / 'f.txt').exists())
t = t.replace(str(base / 'h.txt'))
print(t.relative_to(root), t.read_text())
(base / 'nope').unlink(missing_ok=True)
try:
    (base / 'nope').unlink()
except FileNotFoundError as e:
    print('unlink', e.errno)
print(Path('/').is_mount(), base.is_mount(), (base / 'nope').is_mount())
(base / 'h.txt').chmod(0o640)
print(oct((base / 'h.txt').stat().st_mode & 0o777))
try:
    (base / 'a').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
for method in ():
    try:
        getattr(base, method)()
    except NotImplementedError:
        print(method, 'NotImplementedError')
for p in sorted(base.rglob('*'), reverse=True):
    if p.is_dir() and not p.is_symlink():
        p.rmdir()
    else:
        p.unlink()
print(sorted(p.name for p in base.iterdir()))
base.rmdir()
root.rmdir()
print(root.exists())
