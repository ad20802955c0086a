"""Shell-style filename matching (Bastion's own implementation of CPython's fnmatch).

fnmatch() normalises case with os.path.normcase (a no-op on Bastion's posix paths);
fnmatchcase() does not. Patterns: `*` any run, `?` one character, `[seq]`, `[!seq]`.
translate() returns an equivalent regular expression; its text is not the same as
CPython's (which uses atomic groups for patterns with several stars)."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=256, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def _bracket(body):
    """The regex class text for the characters between [ and ]: the characters re reads
    specially inside a set (and '[', '&', '~', '|', which would warn) are escaped."""
    out = []
    for ch in body:
        if ch in '\\^[]&~|':
            out.append('\\' + ch)
        else:
            out.append(ch)
    return ''.join(out)


def translate(pat):
    """A regular expression (as text) that matches what the shell pattern matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            # Ranges a-z stay ranges; a range whose ends are reversed matches nothing.
            pieces = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        pieces.append(_bracket(lo) + '-' + _bracket(hi))
                    k += 3
                else:
                    pieces.append(_bracket(body[k]) if body[k] != '-' else '\\-')
                    k += 1
            inner = ''.join(pieces)
            if not inner:
                out.append('.' if negate else '(?!)')
            else:
                out.append('[' + ('^' if negate else '') + inner + ']')
        else:
            out.append(re.escape(c))
    return r'(?s:%s)\Z' % ''.join(out)
