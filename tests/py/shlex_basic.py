# shlex: split (posix and not, comments), quote/join, the shlex class's modes and
# attributes, punctuation_chars, pushback, sources, and the ValueErrors.
import shlex
from io import StringIO


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


cases = ['', 'a b c', '  a\t b\n', 'a"b c"d', "a'b c'd", '"a\\"b"', "'a\\'b'", 'a\\ b', '\\', 'a\\',
         '"unclosed', "'unclosed", 'x # comment\ny', 'x#y', 'a "" b', "a '' b", '"\\\\" "\\$" "\\x"',
         'ls -l | grep x > out; echo $HOME&& true', 'a=(1 2)', 'é ß à', 'cmd "a b"\'c d\'e\\ f',
         "it's", 'a\\\nb', '~/x.txt *.py ?']
for s in cases:
    print(repr(s))
    print(' ', show(shlex.split, s), show(shlex.split, s, comments=True), show(shlex.split, s, posix=False))
    print(' ', show(list, shlex.shlex(s)), show(list, shlex.shlex(s, posix=True)),
          show(list, shlex.shlex(s, punctuation_chars=True)),
          show(list, shlex.shlex(s, posix=True, punctuation_chars='|;')))

for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'x=1,y=2:z/w.-@%+', 'é', 'tab\there', '\n']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'a b', "it's", '', '$HOME']))
print(shlex.split(shlex.join(['x y', "'", '"', '\\'])))
print(show(shlex.quote, 5), show(shlex.quote, None), show(shlex.quote, b'a b'), show(shlex.join, [1]))

lx = shlex.shlex('a b\nc "d e" f\n# done\ng', infile='input.txt')
print(lx.get_token(), lx.lineno, lx.error_leader(), lx.error_leader('other', 9))
lx.push_token('pushed')
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno)
lx.push_source('x y', 'inner')
print(lx.get_token(), lx.infile, lx.get_token(), lx.get_token(), lx.infile, lx.get_token(), repr(lx.get_token()))
print(repr(lx.eof), repr(shlex.shlex('', posix=True).get_token()))

lx = shlex.shlex('a && b || c;d > e', punctuation_chars=True)
print(lx.punctuation_chars, list(lx), sorted(set(lx.wordchars) & set('~-./*?=()')))
lx = shlex.shlex('a.b c-d', punctuation_chars='.')
print(list(lx))
print(show(setattr, lx, 'punctuation_chars', 'x'))

lx = shlex.shlex('a,b;c d', posix=True)
lx.whitespace = ',;'
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex('one|two three', posix=True)
lx.wordchars += '|'
print(list(lx))
lx = shlex.shlex("a 'b\\'c' \"d\\\"e\"", posix=True)
lx.escapedquotes = '"\''
print(list(lx))
lx = shlex.shlex('x %% y', posix=True)
lx.commenters = '%'
print(list(lx))
lx = shlex.shlex(StringIO('from stream'))
print(lx.infile, list(lx))


class Sourcing(shlex.shlex):
    def sourcehook(self, newfile):
        return (newfile, StringIO('<' + newfile + ' body>'))


lx = Sourcing('a include "inc.txt" b', posix=False)
lx.source = 'include'
print([t for t in lx])
