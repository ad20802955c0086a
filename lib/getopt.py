"""Command-line option parsing in the style of C's getopt() (the 3.11 `getopt` interface).

Bastion's bundled getopt, written from CPython 3.11's documentation and behaviour:
`getopt`, `gnu_getopt`, `GetoptError` (alias `error`) with CPython's messages.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options at the front of args; stop at the first non-option or at '--'.
    Returns (list of (option, value) pairs, remaining arguments)."""
    longopts = _long_list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        first, args = args[0], args[1:]
        if first == '--':
            break
        if first.startswith('--'):
            args = _long(opts, first[2:], longopts, args)
        else:
            args = _shorts(opts, first[1:], shortopts, args)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and other arguments may be mixed (unless shortopts starts
    with '+' or POSIXLY_CORRECT is set in the environment)."""
    longopts = _long_list(longopts)
    opts = []
    rest = []
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        first = args[0]
        if first == '--':
            rest += args[1:]
            break
        if first[:2] == '--':
            args = _long(opts, first[2:], longopts, args[1:])
        elif first[:1] == '-' and first != '-':
            args = _shorts(opts, first[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(first)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    takes_value, name = _match_long(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _match_long(name, longopts):
    """(takes a value, full option name) for a long option or a unique prefix of one."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _shorts(opts, letters, shortopts, args):
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_value(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + letter, value))
    return args


def _short_takes_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
