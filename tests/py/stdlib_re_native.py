# re's native paths (src/modules/pcre_*.cpp): re.Match, findall, split, sub with a
# template, finditer; group lookup by int, bool, __index__, name; unset groups; bytes
# and non-ASCII subjects; str subclasses; callables that fail; empty matches.
import re
import copy


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class S(str):
    pass


m = re.search(r"(?P<a>x)(y)?(?P<c>z)", "..xz..")
print(m, m.span(), m.start(2), m.end(2), m.span("c"), m.regs)
print(m.group(), m.group(1), m.group(2), m.group("a", 3, Idx(1)), m[0], m["c"], m[True])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default=0))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string)
print(type(m).__name__, type(m).__module__, isinstance(m, re.Match), re.Match[str], bool(m))
print(copy.copy(m) is m, copy.deepcopy(m) is m, m.expand(r"[\g<a>\2\3]"))
for bad in (5, -1, "nope", Idx(9), 1.0, None, [1]):
    try:
        m.group(bad)
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: m.start(7), lambda: m.span("zz"), lambda: m.groups(1, 2), lambda: m.group(x=1),
          lambda: re.Match(), lambda: type("M", (re.Match,), {})):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
print(re.match("a", "b"), re.fullmatch("ab", "ab"), re.fullmatch("a", "ab"), re.search("b", "abc", ).start())
p = re.compile(r"(\d)(\w)?")
print(p.findall("1a 2 3c"), re.findall(r"\d", "a1b22"), re.findall(r"(\d)", "a1b22"), re.findall("", "ab"))
print(p.search("xx1a", 3), p.search("xx1a", 0, 2), p.match("1a", 1))
print(re.split(r"(,)|;", "a,b;c"), re.split(r"\s+", " a b  c "), re.split(",", "a,b,c,d", 2), re.split("x*", "axbc"))
print(re.sub(r"(\w)(\d)?", r"<\2\1>", "a1 b"), re.subn("a", "", "banana"), re.sub("", "-", "abc"), re.sub("a", "x", "aaa", 2))
print(re.sub(r"(?P<w>\w+)", r"\g<w>!\n", "hi yo"), re.sub("q", "x", "none here"))
print(re.sub("a", lambda m: None, "banana"), re.sub("a", lambda m: m.group().upper() * 2, "banana"))
try:
    re.sub("a", lambda m: 5, "ba")
except TypeError as e:
    print(e)
try:
    re.sub("a", lambda m: 1 / 0, "ba")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# Non-ASCII subjects: spans are code points.
t = "héllo wörld ☃ x😀y"
print([mm.span() for mm in re.finditer(r"\w+", t)], re.findall(r"(\w)(\w)", t), re.split(" ", t))
print(re.sub(r"ö|😀", "_", t), re.search("😀(.)", t).group(1), re.search("😀(.)", t).span(1))
# str subclass subjects: groups are exact str, .string is the subclass instance.
s = S("abc")
m = re.search("b", s)
print(type(m.group()).__name__, type(m.string).__name__, type(re.sub("b", "x", s)).__name__, re.split("b", s))
# bytes and bytearray subjects.
print(re.findall(rb"(\w)=(\d)", b"a=1 b=2"), re.split(rb"=", bytearray(b"a=b")), re.sub(rb"\d", rb"#", b"a1b22"))
print(re.sub(rb"(a)", rb"\1\1", b"\xffa\xfe"), re.search(rb"\xff(.)", b"x\xffy").group(1))
print(re.sub(rb"a", lambda m: bytearray(b"Z"), b"banana"), re.match(rb"(a)(b)?", b"a").groups())
# finditer over a str that the loop body does not affect.
print([(mm.start(), mm.group()) for mm in re.compile(r"a|(?=b)").finditer("abab")])
print(repr(re.search("a", "\n'a\"")), repr(re.search(b"a", b"xa")))
