import string
import textwrap
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, repr(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
t = Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(Template("$a and $b").safe_substitute(a=1))
try:
    Template("$who and $missing").substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$x $y ${x}").get_identifiers(), Template("$x $").is_valid())
fmt = string.Formatter()
print(fmt.format("{0} + {1} = {2:>4}", 1, 2, 3), fmt.format("{name!r} {0[1]}", [5, 6], name="n"))

text = "The quick brown fox jumps over the lazy dog, and the well-known dog sleeps soundly all day long."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap("a" * 25, 10), textwrap.wrap("x", 5), textwrap.wrap("", 5))
print(textwrap.wrap(text, 30, max_lines=2))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n")))
print(repr(textwrap.dedent("\thello\n\t  world\n")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+", lambda line: True))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
