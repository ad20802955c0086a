"""Helpers shared by the unittest modules (written for Bastion)."""

from collections import Counter, namedtuple
from os.path import commonprefix

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, keep_front, keep_back):
    dropped = len(s) - keep_front - keep_back
    if dropped <= _PLACEHOLDER_LEN:
        return s
    return '%s[%d chars]%s' % (s[:keep_front], dropped, s[len(s) - keep_back:])


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    shared = commonprefix(reprs)
    n = len(shared)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(shared, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """Items only in sorted `expected`, items only in sorted `actual` (duplicates dropped)."""
    i = j = 0
    missing, unexpected = [], []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """Mismatch(actual count, expected count, value) for elements that need not be hashable."""
    s, t = list(actual), list(expected)
    done = object()
    out = []
    for i, elem in enumerate(s):
        if elem is done:
            continue
        cnt_s = 0
        for k in range(i, len(s)):
            if s[k] == elem:
                cnt_s += 1
                s[k] = done
        cnt_t = 0
        for k in range(len(t)):
            if t[k] == elem:
                cnt_t += 1
                t[k] = done
        if cnt_s != cnt_t:
            out.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is done:
            continue
        cnt_t = 0
        for k in range(i, len(t)):
            if t[k] == elem:
                cnt_t += 1
                t[k] = done
        out.append(_Mismatch(0, cnt_t, elem))
    return out


def _count_diff_hashable(actual, expected):
    s, t = Counter(actual), Counter(expected)
    out = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            out.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            out.append(_Mismatch(0, cnt_t, elem))
    return out
