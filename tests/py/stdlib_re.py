import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2))
print(m[1], m.lastindex, m.pos, m.endpos, m.re.pattern, m.string)
print(repr(m))
print(re.match("a", "ba"), re.search("a", "ba").span(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.groupdict(), m.group("last"), m["first"], m.span("last"), m.lastgroup)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(a)|b", "ab"))
print([m.span() for m in re.finditer(r"\w+", "hello big world")])
print(re.sub(r"\d", "#", "a1b2c3"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example"))
print(re.sub(r"(?P<x>\d)", r"<\g<x>>", "a1b2"), re.sub(r"x*", "-", "abxd"), re.sub("a", lambda m: "A", "banana"))
print(re.subn(r"a", "o", "banana"), re.sub("a", "o", "banana", count=2), re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"\W+", "a b c", 1))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.c", "a\nc", re.S), re.findall("ABC", "abc", re.I))
print(re.findall(r"""\d +  # digits
                  [a-z]""", "12a 3 b", re.X))
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.A), re.findall(r"(?i)HÉ", "hé"))
print(re.search(r"end\Z", "the end").span(), re.search(r"\Aab", "abc") is not None, re.search(r"x{,2}y", "xxy").group())
print(re.search(r"\u00e9", "café").span(), re.escape("a.b*c?d (e) 1-2"), re.escape("hello_world"))
p = re.compile(r"(\d+)-(\d+)?")
print(p, p.groups, p.groupindex, p.flags == re.UNICODE, re.compile("x", re.I | re.M))
m = p.search("x 12- y")
print(m.groups(), m.groups("none"), m.group(2), m.span(2), m.start(2))
print(p.match("12-3", 0).group(), p.search("ab 12-34 5-6", 5).group(), p.findall("1-2 3-4", 0, 4))
print(re.I, re.I | re.S, int(re.M), re.A.value if hasattr(re.A, "value") else 256)
m = re.search(r"(a)(b)?", "ac")
print(m.groups(), m.lastindex, m.expand(r"[\1]"))
print(re.sub(r"(?P<w>\w+)", lambda m: m.group("w").upper(), "make me loud"))
for bad in ["(", "a)", "[a", "*a", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error for", repr(bad))
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
try:
    m = re.match("a", "a")
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
print(re.match(r"(?:ab)+", "ababab").end(), re.search(r"(?<=-)\w+", "spam-egg").group(0))
print(re.search(r"(\w)\1", "hello").group(), re.search(r"(?P<c>.)(?P=c)", "abccd").group())
print(len(re.findall(r"[a-z]+", "the quick brown fox " * 100)))
print(re.purge(), re.compile("a") == re.compile("a"))
