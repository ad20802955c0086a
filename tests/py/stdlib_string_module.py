# string: constants, Template substitution (safe and strict), capwords, Formatter.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
t = string.Template('$who likes ${what}s; $$ is a dollar')
print(t.substitute(who='Tim', what='kung pao'), t.substitute({'who': 'A', 'what': 'b'}, who='override'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
print(t.safe_substitute(who='x'), string.Template('$bad $').safe_substitute())
try:
    string.Template('cost: $').substitute()
except ValueError as e:
    print('ValueError:', e)
print(t.template, string.Template('${a}b').substitute(a=1), t.get_identifiers() if hasattr(t, 'get_identifiers') else None)
print(string.capwords('hello   world  again'), string.capwords('a-b c-d', '-'))
fmt = string.Formatter()
print(fmt.format('{0}-{x}', 'a', x='b'), list(fmt.parse('a{b}c{d!r:>3}')))


class Angle(string.Template):
    delimiter = '%'


print(Angle('%x and %{y}').substitute(x=1, y=2))
