"""Locale services for the C (POSIX) locale (the 3.11 `locale` interface).

Bastion's bundled locale, written from CPython 3.11's documentation. Bastion knows one
locale, "C" (also reached as "POSIX" and as "", since the interpreter never reads the
host's locale environment): `setlocale` accepts those and raises `locale.Error` for any
other, `localeconv` returns the C values, and the formatting functions format as CPython
does in the C locale. Text is UTF-8 everywhere, so `getpreferredencoding()` and
`getencoding()` answer 'UTF-8'.
"""

import re as _re
import sys
import warnings as _warnings
from collections.abc import Mapping as _Mapping

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

# The categories and nl_langinfo keys carry glibc's numbers, as CPython's do on Linux.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127
_CATEGORIES = frozenset(range(7))


class Error(Exception):
    pass


def setlocale(category, locale=None):
    """Set the locale of `category` (only the C locale exists) or, with locale None,
    return its name: always 'C'."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_join_name(locale))
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category not in _CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is None or locale in ("", "C", "POSIX"):
        return "C"
    raise Error("unsupported locale setting")


def _join_name(locale):
    """'language.encoding' from a (language, encoding) pair."""
    try:
        language, encoding = locale
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two strings "
                        "-- language code, encoding.") from None
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def _type_name(obj):
    return "None" if obj is None else type(obj).__name__


def strcoll(a, b, /):
    """Compare two strings by code point (the C locale's collation): -1, 0 or 1."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        bad = a if not isinstance(a, _builtin_str) else b
        raise TypeError("strcoll() argument %d must be str, not %s"
                        % (1 if bad is a else 2, _type_name(bad)))
    return (a > b) - (a < b)


def strxfrm(string, /):
    """The key for comparing string in the C locale: the string itself."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % _type_name(string))
    return string


# ---- nl_langinfo: the C locale's answers ------------------------------------------------

_LANGINFO = {}


def _langinfo(name, key, value):
    globals()[name] = key
    _LANGINFO[key] = value


for _i, (_ab, _full) in enumerate(zip("Sun Mon Tue Wed Thu Fri Sat".split(),
                                      "Sunday Monday Tuesday Wednesday Thursday Friday "
                                      "Saturday".split())):
    _langinfo("ABDAY_%d" % (_i + 1), 131072 + _i, _ab)
    _langinfo("DAY_%d" % (_i + 1), 131079 + _i, _full)
for _i, (_ab, _full) in enumerate(zip("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
                                      "January February March April May June July August "
                                      "September October November December".split())):
    _langinfo("ABMON_%d" % (_i + 1), 131086 + _i, _ab)
    _langinfo("MON_%d" % (_i + 1), 131098 + _i, _full)
for _name, _key, _value in [
        ("AM_STR", 131110, "AM"), ("PM_STR", 131111, "PM"),
        ("D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"), ("D_FMT", 131113, "%m/%d/%y"),
        ("T_FMT", 131114, "%H:%M:%S"), ("T_FMT_AMPM", 131115, "%I:%M:%S %p"),
        ("ERA", 131116, ""), ("ERA_D_FMT", 131118, ""), ("ALT_DIGITS", 131119, ""),
        ("ERA_D_T_FMT", 131120, ""), ("ERA_T_FMT", 131121, ""),
        ("CODESET", 14, "ANSI_X3.4-1968"), ("CRNCYSTR", 262159, "-"),
        ("RADIXCHAR", 65536, "."), ("THOUSEP", 65537, ""),
        ("YESEXPR", 327680, "^[yY]"), ("NOEXPR", 327681, "^[nN]")]:
    _langinfo(_name, _key, _value)
del _i, _ab, _full, _name, _key, _value


def nl_langinfo(key, /):
    """The C locale's answer for an nl_langinfo key (CODESET is the C library's name for
    ASCII, as in CPython under the C locale)."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


# ---- number formatting ------------------------------------------------------------------

_percent_re = _re.compile(r'%(?:\((?P<key>.*?)\))?'
                          r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _group(s, monetary=False):
    """s with the thousands separators of the locale's grouping: the C locale has none."""
    conv = localeconv()
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    raise AssertionError("the C locale has no grouping")


def _localize(text, grouping=False, monetary=False):
    """A formatted number with the locale's decimal point (and grouping)."""
    point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
    parts = text.split('.')
    if grouping:
        parts[0], _ = _group(parts[0], monetary)
    if len(parts) > 1:
        return point.join(parts)
    return parts[0]


def _format(percent, value, grouping=False, monetary=False, *additional):
    text = percent % ((value,) + additional) if additional else percent % value
    if percent[-1] in 'eEfFgGdiu':
        text = _localize(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """f % val with every numeric directive localized."""
    directives = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, _Mapping):
        for m in directives:
            if m.group()[-1] == '%':
                pieces.append('%')
            else:
                pieces.append(_format(m.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in directives:
            if m.group()[-1] == '%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            pieces.append(_format(m.group(), val[i], grouping, monetary,
                                  *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format one value with one % directive (use format_string)."""
    _warnings.warn("This method will be removed in a future version of Python. "
                   "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    m = _percent_re.match(percent)
    if not m or len(m.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, "
                          "%s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as money in the locale's currency: the C locale has none."""
    conv = localeconv()
    if conv['int_frac_digits' if international else 'frac_digits'] == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    raise AssertionError("unreachable: the C locale has no currency")


def str(val):
    """A float as str() would give it, with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """A number string in the locale's conventions turned into Python's."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string in Python's conventions turned into the locale's."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# ---- locale names -----------------------------------------------------------------------

# A few common names; CPython's table has hundreds. Names not here come back unchanged.
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_au': 'en_AU.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1',
    'de_ch': 'de_CH.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'fr_ca': 'fr_CA.ISO8859-1', 'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1',
    'es_mx': 'es_MX.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1', 'sv': 'sv_SE.ISO8859-1',
    'sv_se': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1',
    'fi': 'fi_FI.ISO8859-15', 'fi_fi': 'fi_FI.ISO8859-15', 'pl': 'pl_PL.ISO8859-2',
    'pl_pl': 'pl_PL.ISO8859-2', 'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8',
    'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'el_gr@euro': 'el_GR.ISO8859-15',
}

locale_encoding_alias = {
    'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'latin1': 'ISO8859-1',
    'iso88591': 'ISO8859-1', 'iso8859_1': 'ISO8859-1', 'iso885915': 'ISO8859-15',
    'iso8859_15': 'ISO8859-15', 'iso88592': 'ISO8859-2', 'iso8859_2': 'ISO8859-2',
    'iso88595': 'ISO8859-5', 'iso8859_5': 'ISO8859-5', 'iso88597': 'ISO8859-7',
    'iso8859_7': 'ISO8859-7', 'iso88599': 'ISO8859-9', 'iso8859_9': 'ISO8859-9',
    'utf8': 'UTF-8', 'utf_8': 'UTF-8', 'eucjp': 'eucJP', 'euc_jp': 'eucJP',
    'euckr': 'eucKR', 'euc_kr': 'eucKR', 'koi8r': 'KOI8-R', 'koi8_r': 'KOI8-R',
    'gb2312': 'gb2312', 'big5': 'big5', 'cp1251': 'CP1251', 'cp1252': 'CP1252',
}


def _with_encoding(name, encoding):
    """name with its encoding replaced by the C library's spelling of encoding."""
    lang = name.split('.', 1)[0]
    key = encoding.lower().replace('-', '_')
    enc = locale_encoding_alias.get(key)
    if enc is None:
        enc = locale_encoding_alias.get(key.replace('_', ''), encoding)
    return lang + '.' + enc


def _with_modifier(name, modifier):
    """name with @modifier, where @euro becomes the ISO8859-15 encoding."""
    if modifier == 'euro':
        if '.' not in name:
            return name + '.ISO8859-15'
        encoding = name.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return name
        if encoding == 'ISO8859-1':
            return _with_encoding(name, 'ISO8859-15')
    return name + '@' + modifier


def normalize(localename):
    """A locale name in the form setlocale() takes ('en_US.UTF-8' from 'en_US.utf8').
    Only the names of a small table are known; others come back unchanged."""
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    lang, _, encoding = code.partition('.')
    encoding = encoding.split('.')[0]
    lang_enc = lang
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    at = '@' + modifier if modifier else ''
    # The full name, then without the modifier, then the language with the encoding
    # put in, then the language alone with both put in.
    found = locale_alias.get(lang_enc + at)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + at)
        if found is not None:
            if '@' not in found:
                return _with_encoding(found, encoding)
            base, mod = found.split('@', 1)
            return _with_encoding(base, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                if '@' not in found:
                    return _with_modifier(_with_encoding(found, encoding), modifier)
                base, mod = found.split('@', 1)
                if mod.lower() == modifier:
                    return _with_encoding(base, encoding) + '@' + mod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale: (None, None) for C."""
    return _parse_localename(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: the locale named by the first of envvars set in os.environ."""
    _warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                   DeprecationWarning, stacklevel=2)
    import os
    for var in envvars:
        name = os.environ.get(var)
        if name:
            if var == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    return _parse_localename(name)


def resetlocale(category=LC_ALL):
    """Deprecated: set the category to the default locale (C)."""
    _warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                   DeprecationWarning, stacklevel=2)
    setlocale(category, "")


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding of text files: always UTF-8 in Bastion."""
    return 'UTF-8'
