"""Message catalogs (the 3.11 `gettext` interface).

Bastion's bundled gettext, written from CPython 3.11's documentation. NullTranslations
and the module functions give the identity behaviour programs see without catalogs;
GNUTranslations reads GNU .mo catalogs from any binary file object. `find` and
`translation` look for .mo files under the host's file access; the languages come from
os.environ (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), which starts empty in Bastion, so
without them the language is 'C' and no catalog is found. Plural-Forms expressions are
parsed into Python closures, never evaluated as Python source.
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext',
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---- Plural-Forms expressions ------------------------------------------------------------

def _as_int(n):
    try:
        i = round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, 4)
    return n


_TOKEN = None


def _tokens(text):
    """The tokens of a plural expression, then '' at its end (produced as the parser asks,
    so an invalid token is only reported once the parser reaches it)."""
    global _TOKEN
    if _TOKEN is None:
        import re
        _TOKEN = re.compile(r"(?P<space>[ \t]+)|(?P<number>[0-9]+\b)|(?P<name>n\b)"
                            r"|(?P<paren>[()])|(?P<op>[-*/%+?:]|[><!]=?|==|&&|\|\|)"
                            r"|(?P<invalid>\w+|.)", re.DOTALL)
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'space':
            continue
        if kind == 'invalid':
            raise ValueError('invalid token in plural form: %s' % m.group())
        yield m.group()
    yield ''


def _unexpected(tok):
    if tok:
        return ValueError('unexpected token in plural form: %s' % tok)
    return ValueError('unexpected end of plural form')


# Binary operators by priority, lowest first.
_LEVELS = (('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'),
           ('*', '/', '%'))


def _apply(op, a, b):
    # && and || give one of their operands, as CPython's translation to Python does.
    if op == '||':
        return lambda n: a(n) or b(n)
    if op == '&&':
        return lambda n: a(n) and b(n)
    if op == '==':
        return lambda n: a(n) == b(n)
    if op == '!=':
        return lambda n: a(n) != b(n)
    if op == '<':
        return lambda n: a(n) < b(n)
    if op == '>':
        return lambda n: a(n) > b(n)
    if op == '<=':
        return lambda n: a(n) <= b(n)
    if op == '>=':
        return lambda n: a(n) >= b(n)
    if op == '+':
        return lambda n: a(n) + b(n)
    if op == '-':
        return lambda n: a(n) - b(n)
    if op == '*':
        return lambda n: a(n) * b(n)
    if op == '/':
        return lambda n: a(n) // b(n)
    return lambda n: a(n) % b(n)


class _PluralParser:
    def __init__(self, text):
        self.stream = _tokens(text)
        self.tok = next(self.stream)
        self.depth = 0

    def advance(self):
        tok = self.tok
        if tok:
            self.tok = next(self.stream)
        return tok

    def expr(self):
        cond = self.binary(0)
        if self.tok == '?':
            self.advance()
            yes = self.expr()
            if self.tok != ':':
                raise _unexpected(self.tok)
            self.advance()
            no = self.expr()
            return lambda n: yes(n) if cond(n) else no(n)
        return cond

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.tok in _LEVELS[level]:
            op = self.advance()
            left = _apply(op, left, self.binary(level + 1))
        return left

    def unary(self):
        # A token is judged before the one after it is read, so an unexpected token is
        # reported before an invalid one that follows it.
        tok = self.tok
        if tok == '!':
            self.advance()
            inner = self.unary()
            return lambda n: not inner(n)
        if tok == '(':
            self.advance()
            self.depth += 1
            if self.depth > 20:
                raise ValueError('plural form expression is too complex')
            inner = self.expr()
            if self.tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.advance()
            self.depth -= 1
            return inner
        if tok == 'n':
            self.advance()
            return lambda n: n
        if tok.isdigit():
            self.advance()
            value = int(tok, 10)
            return lambda n: value
        raise _unexpected(tok)


def c2py(plural):
    """A function of n computing the C expression of a Plural-Forms header."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    compute = parser.expr()
    if parser.tok:
        raise _unexpected(parser.tok)

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(compute(n))
    return func


# ---- finding catalogs --------------------------------------------------------------------

def _split_tail(loc, sep):
    # (loc before the first sep, the part from sep on) or (loc, '') when sep is absent
    pos = loc.find(sep)
    return (loc[:pos], loc[pos:]) if pos >= 0 else (loc, '')


def _expand_lang(loc):
    import locale
    loc = locale.normalize(loc)
    COMPONENT_CODESET = 1 << 0
    COMPONENT_TERRITORY = 1 << 1
    COMPONENT_MODIFIER = 1 << 2
    loc, modifier = _split_tail(loc, '@')
    loc, codeset = _split_tail(loc, '.')
    loc, territory = _split_tail(loc, '_')
    mask = ((COMPONENT_MODIFIER if modifier else 0) | (COMPONENT_CODESET if codeset else 0) |
            (COMPONENT_TERRITORY if territory else 0))
    language = loc
    found = []
    for i in range(mask + 1):
        if not (i & ~mask):
            val = language
            if i & COMPONENT_TERRITORY:
                val += territory
            if i & COMPONENT_CODESET:
                val += codeset
            if i & COMPONENT_MODIFIER:
                val += modifier
            found.append(val)
    found.reverse()
    return found


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file for domain (or, with all=True, every one found)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        try:
            present = os.path.exists(mofile)
        except PermissionError:
            # The host has not given this interpreter file access: it has no catalogs.
            break
        if present:
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


# ---- translations ------------------------------------------------------------------------

class NullTranslations:
    """Translations that return every message unchanged (or ask a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put self.gettext into builtins as _ (and the named methods under their names)."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo catalog."""
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
            ii = '<II'
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
            ii = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        for _ in range(msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                self._read_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _read_header(self, tmsg):
        last = None
        for raw in tmsg.split(b'\n'):
            item = raw.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                last = k
            elif last:
                self._info[last] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                self.plural = c2py(v.split(';')[1].split('plural=')[1])

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(key, missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[(key, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for domain: a GNUTranslations (or class_) per catalog found,
    chained as fallbacks; NullTranslations with fallback=True when none is found."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
