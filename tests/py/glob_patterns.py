# glob: glob/iglob with '*', '?', '[...]', recursive '**', root_dir, include_hidden, the
# hidden-name rule, trailing separators (directories only), bytes patterns, missing folders,
# literal names, escape and has_magic, on a tree in a fresh temporary directory removed at
# the end. Results are sorted (the system's listing order is not CPython's to promise).
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix='bastion_glob_')
J = lambda *p: os.path.join(base, *p)
for d in ('src/sub/deep', 'src/.hdir', 'other'):
    os.makedirs(J(*d.split('/')))
for f in ('src/a.txt', 'src/b.txt', 'src/.hid', 'src/sub/b.py', 'src/sub/deep/c.py',
          'src/.hdir/h.py', 'other/x[1].txt', 'other/y*.txt'):
    with open(J(*f.split('/')), 'w') as fh:
        fh.write(f)
os.symlink('sub', J('src', 'lnk'))
os.symlink('nowhere', J('src', 'dangling.txt'))


def R(paths):
    return sorted(os.path.relpath(p, base) if os.path.isabs(p) else p for p in paths)


print(R(glob.glob(J('src', '*'))))
print(R(glob.glob(J('src', '*.txt'))), R(glob.glob(J('src', '?.txt'))), R(glob.glob(J('src', '[ab].txt'))),
      R(glob.glob(J('src', '[!a].txt'))))
print(R(glob.glob(J('src', '**'), recursive=True)))
print(R(glob.glob(J('src', '**'))))
print(R(glob.glob(J('src', '**', '*.py'), recursive=True)))
print(R(glob.glob(J('src', '**', '*.py'), recursive=True, include_hidden=True)))
print(R(glob.glob(J('src', '*', '*.py'))), R(glob.glob(J('src', '*', '*', '*.py'))))
print(R(glob.glob(J('src', '*/'))), R(glob.glob(J('src', '**/'), recursive=True)))
print(R(glob.glob(J('src', '.*'))), R(glob.glob(J('src', '*'), include_hidden=True)))
print(R(glob.glob('*', root_dir=J('src'))), R(glob.glob('**/*.py', root_dir=J('src'), recursive=True)))
print(R(glob.glob('**', root_dir=J('src'), recursive=True)))
print(R(glob.glob('s*/*.txt', root_dir=base)), R(glob.glob('src', root_dir=base)), glob.glob('nope', root_dir=base))
print(glob.glob(J('nope', '*')), R(glob.glob(J('src', 'a.txt'))), R(glob.glob(J('src', 'sub') + '/')),
      glob.glob(J('src', 'a.txt') + '/'), glob.glob(''), R(glob.glob(J('src', 'dangling.txt'))))
print(R(os.fsdecode(p) for p in glob.glob(os.fsencode(J('src', '*.txt')))),
      type(glob.glob(os.fsencode(J('src', '*')))[0]).__name__)
print(R(glob.glob(J('other', '*'))), R(glob.glob(J('other', glob.escape('x[1].txt')))),
      R(glob.glob(J('other', 'x[1].txt'))), R(glob.glob(J('other', glob.escape('y*.txt')))))
print(glob.escape('a[b]*?.txt'), glob.escape(b'*x'), glob.escape('/plain/name'),
      glob.has_magic('x*'), glob.has_magic('plain'), glob.has_magic(b'[a]'))
it = glob.iglob(J('src', '*.txt'))
print(type(it).__name__ != 'list', R(it))
print(R(glob.iglob(J('src', '**', '*.txt'), recursive=True)))
shutil.rmtree(base)
print(os.path.exists(base))
