# Inside a set, '[', '.', ':' and '=' are literal characters in Python's re (PCRE2 would read
# '[:alpha:]', '[.a.]', '[=a=]' as POSIX classes / collating elements), and CPython 3.11
# warns (FutureWarning) about syntax that may become nested sets or set operations.
import os
import re
import warnings

SUBJECT = 'ab.:=[]-&|~^xyz'


def show(pattern, subject=SUBJECT, flags=0):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        re.purge()
        try:
            compiled = re.compile(pattern, flags)
        except re.error as e:
            print(repr(pattern), 'error at', e.pos)
            return
        found = compiled.findall(subject if isinstance(pattern, str) else subject.encode())
    print(repr(pattern), found)
    for w in caught:
        print('   ', w.category.__name__, str(w.message), os.path.basename(w.filename))


for p in ['[..]', '[.]', '[=a=]', '[:a]', '[a:]', '[:alpha:]', '[.a.]', '[[:alpha:]]',
          '[[.a.]]', '[[=a=]]', '[^[]', 'a[[]', '[a[]', '[]]', '[^]]', '[]:]', '[\\[]',
          '[a-]', '[.-=]', '[=-[]', '[^:.=]', '[:]', '[]]]', 'x[[]y',
          '[a-z--/]', '[+--]', '[a&&b]', '[a||b]', '[a~~b]', '[&&]', '[a&&&b]', '[--a]', '[\\--a]',
          '(?i)[[:A]', '(?x) [[.] # comment [[ ', '[\\u005b:]', '[\\x2e]']:
    show(p)

for p in [b'[..]', b'[[:alpha:]]', b'[=a=]', b'[^[]', b'[a-z--/]', '[+--]', b'[:]']:
    show(p)

# Positions of errors after a set are the pattern's own.
show('a[.]\\ub')
show('(?s)[..]+)')

warnings.simplefilter('ignore', FutureWarning)
print(re.fullmatch('[[:alpha:]]+', '[:alph]') is not None)
print(re.sub('[=.]', '_', 'a=b.c'))
print(re.split('[:]', 'a:b:c'))
print(re.findall('[^[:]+', 'ab[cd:ef'))

# -W error turns the warning into an exception, as in CPython.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    re.purge()
    try:
        re.compile('[[a]')
    except FutureWarning as e:
        print('FutureWarning', e)
    re.purge()
    try:
        re.search('[a||b]', 'x')
    except FutureWarning as e:
        print('FutureWarning', e)

import fnmatch
for pat, name in [('[..]', '.'), ('[:]', ':'), ('[=]', '='), ('[[]', '['), ('[!.]', 'a'),
                  ('*[.:=]*', 'x=y'), ('[[:alpha:]]', '[]'), ('[a-c.]', 'b')]:
    print(pat, name, fnmatch.fnmatchcase(name, pat))

# \N{NAME} (str patterns), in and out of sets, and its errors.
for p in ['\\N{LEFT SQUARE BRACKET}', '[\\N{LEFT SQUARE BRACKET}\\N{DIGIT ONE}]+', 'a\\N{DIGIT ONE}+',
          '\\N{BOGUS NAME}', '\\N', '\\Nx', '\\N{}', '\\N{LATIN', '\\\\N{DIGIT ONE}']:
    try:
        print(repr(p), re.findall(p, '[1a11\\N{DIGIT ONE}'))
    except re.error as e:
        print(repr(p), 'error', e.msg, e.pos)
    try:
        re.compile(p.encode())
        print('bytes ok')
    except re.error as e:
        print('bytes error', e.msg, e.pos, type(e.pattern).__name__)
