# posixpath for Bastion: the pure path computations of os.path on POSIX (join, split,
# splitext, basename, dirname, normpath, normcase, isabs, splitdrive, commonprefix,
# commonpath, relpath, abspath, expanduser, expandvars) for str and bytes paths, with CPython
# 3.11's results and error messages. Nothing here touches the file system: abspath and relpath
# read the working directory (os.getcwd, which needs the host's file access) only when a path
# is relative, and expanduser/expandvars consult os.environ (empty unless the host fills it).
# The questions about files (exists, lexists, isfile, isdir, islink, getsize, getatime,
# getmtime, getctime) go through _fileio.stat and, like open(), need the host's file access:
# without it they raise PermissionError rather than answer False; so do realpath (lstat and
# readlink), samefile and samestat. ismount and sameopenfile are absent.
# Original code written for Bastion after CPython 3.11's documented behaviour.

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'relpath', 'commonpath', 'supports_unicode_filenames', 'exists', 'lexists', 'isfile',
           'isdir', 'islink', 'getsize', 'getatime', 'getmtime', 'getctime', 'realpath',
           'samefile', 'samestat']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    try:
        m = t.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__) from None
    r = m(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (t.__name__, type(r).__name__))


def _seps(p):
    # (sep, curdir, pardir, extsep, empty) of p's kind
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b'.', b''
    return '/', '.', '..', '.', ''


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep  # a bytes/str mismatch below raises the right TypeError
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep, _, _, extsep, empty = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        # a leading run of dots belongs to the name (".bashrc", "..x")
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind(_seps(p)[0]) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    sep, dot, dotdot, _, empty = _seps(path)
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX keeps exactly two leading slashes (implementation-defined), folds three or more
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def _getcwd_for(path):
    import os
    if isinstance(path, bytes):
        return os.getcwdb()
    return os.getcwd()


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_getcwd_for(path), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    sep, dot, dotdot, _, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    sep, dot, _, _, empty = _seps(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expanduser(path):
    # Only the HOME variable of os.environ is consulted (there is no password database in
    # the sandbox), so '~user' and a '~' without HOME stay as they are.
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    env = os.environb if isinstance(path, bytes) else os.environ
    key = b'HOME' if isinstance(path, bytes) else 'HOME'
    if key not in env:
        return path
    userhome = env[key]
    root = b'/' if isinstance(path, bytes) else '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        import re
        import os
        pat = re.compile(br'\$(\w+|\{[^}]*\})', re.ASCII)
        start, end = b'{', b'}'
        environ = os.environb
    else:
        if '$' not in path:
            return path
        import re
        import os
        pat = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
        start, end = '{', '}'
        environ = os.environ
    i = 0
    while True:
        m = pat.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith(start) and name.endswith(end):
            name = name[1:-1]
        try:
            value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


# ---------------------------------------------------------------------------------------------
# Questions about files (host file access needed)

def _stat(path, follow=True):
    import _fileio
    return _fileio.stat(_fspath(path), follow)


def _stat_or_none(path, follow=True):
    import _fileio
    _fileio.check('stat()')  # PermissionError in a sandbox, not a quiet False
    try:
        return _fileio.stat(_fspath(path), follow)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and (st[0] & 0o170000) == 0o100000


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and (st[0] & 0o170000) == 0o040000


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and (st[0] & 0o170000) == 0o120000


# _fileio.stat's raw fields: mode 0, ino 1, dev 2, size 6, then (seconds, nanoseconds) pairs
# for atime 7/8, mtime 9/10, ctime 11/12 (os.stat_result's float times are made the same way).

def getsize(filename):
    return _stat(filename)[6]


def getatime(filename):
    st = _stat(filename)
    return st[7] + st[8] * 1e-9


def getmtime(filename):
    st = _stat(filename)
    return st[9] + st[10] * 1e-9


def getctime(filename):
    st = _stat(filename)
    return st[11] + st[12] * 1e-9


def samefile(f1, f2):
    s1 = _stat(f1)
    s2 = _stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def realpath(filename, *, strict=False):
    # CPython 3.11's algorithm: resolve each component, following symbolic links (lstat and
    # readlink), with a loop check; a missing component ends the resolution unless strict.
    import _fileio
    _fileio.check('stat()')  # a sandbox refuses rather than answer without following links
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    import _fileio
    sep, curdir, pardir, _, _ = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = _fileio.stat(newpath, False)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st[0] & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _fileio.stat(newpath, True)  # raises OSError(ELOOP)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        target = _fileio.readlink(newpath)
        if isinstance(rest, str):
            target = target.decode('utf-8', 'surrogateescape')
        path, ok = _joinrealpath(path, target, strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
