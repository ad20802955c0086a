"""linecache: the lines of source files, for tracebacks and the traceback module.

Bastion's version serves the sources the interpreter itself registered (the script and the
modules it imported) and never opens a file: an embedded program learns no text the host
did not hand the interpreter, or that the program put in `cache` itself. The other cache
functions exist for API compatibility.
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getlines(filename, module_globals=None):
    """The lines of `filename`, each ending in a newline; [] when it is unknown.
    An entry a program put in `cache` ((size, mtime, lines, fullname), as timeit does for
    its generated source) is served first."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    return _traceback.getlines(filename)


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename`, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
