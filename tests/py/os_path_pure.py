# os.path (posixpath): the pure path functions on str and bytes paths.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep,
      os.path.pathsep, os.path.altsep, os.path.devnull, os.path.defpath)
for args in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), ('a',),
             ('a//', 'b//'), (b'x', b'y'), ('/', 'usr', 'lib/', 'x.py')]:
    print('join', args, os.path.join(*args))
for p in ['/usr/lib/x.py', 'x.py', '/x', '/', '//', 'a/b/', '///a//b', '', 'a//b', b'/a/b']:
    print('split', repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p))
for p in ['a.txt', 'a.tar.gz', '.bashrc', '..x', 'a/.b', 'a.b/c', 'x.', '...', 'a/b.c.',
          b'f.py', '/a/..b.c']:
    print('splitext', repr(p), os.path.splitext(p))
for p in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', '/../a', 'a/b/../../..',
          '/a/b/../../..', './', 'a//b///c/', '//a/../b', b'/x/../y/.', '../../x/../y']:
    print('normpath', repr(p), repr(os.path.normpath(p)))
for p in ['/a', 'a', '', '//a', b'/b', b'b']:
    print('isabs', repr(p), os.path.isabs(p))
print(os.path.splitdrive('/a/b'), os.path.normcase('/A/b'))
print(repr(os.path.commonprefix([])), os.path.commonprefix(['/usr/lib', '/usr/local', '/usr']),
      os.path.commonprefix(['abc', 'abd']), os.path.commonprefix([['a', 'b'], ['a', 'c']]))
for ps in [['/usr/lib', '/usr/local/lib'], ['a/b', 'a/c/d'], ['/a', '/a'], ['a', 'b'],
           ['/usr/lib/', '/usr/lib'], ['./a/b', 'a/c'], [b'/x/y', b'/x/z']]:
    print('commonpath', ps, repr(os.path.commonpath(ps)))
for bad in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        os.path.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for path, start in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/a/b'), ('/x/y', '/a/b'),
                    ('/a/./b/../c', '/a//'), (b'/p/q', b'/p')]:
    print('relpath', path, start, repr(os.path.relpath(path, start)))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)
print(os.path.abspath('/a/b/../c/.'), os.path.abspath(b'//x/y/'))
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError', e)
try:
    os.path.basename(3)
except TypeError as e:
    print('TypeError', e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.join(P('/base'), P('leaf')), os.path.basename(P('/x/y.z')),
      os.path.splitext(P('q.tar')), os.fspath(P(b'bb')))
print(os.path.expanduser('/no/tilde'), os.path.expandvars('no dollar'),
      os.path.expandvars('$UNSET_BASTION_VAR/x'), os.path.expandvars('${UNSET_BASTION_VAR}'))
