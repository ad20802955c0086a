# tomllib: every TOML 1.0 value kind, tables, arrays of tables, dotted keys, parse_float, load(), and 400 generated documents.
import tomllib, io, random

DOC = '''
# A document with every kind of value
title = "TOML \\"Example\\" \\u00e9 \\U0001F600 \\b\\t\\n\\f\\r\\\\"
lit = 'C:\\Users\\nodejs\\templates'
ml = """
Roses are red
Violets are blue"""
ml2 = """The quick brown \\


  fox jumps over \\
    the lazy dog."""
ml3 = """Here are two quotation marks: "". Simple enough."""
ml4 = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""
ml5 = """"This," she said, "is just a pointless statement.\""""
raw = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
raw2 = \'\'\'\'That,\' she said, \'is still pointless.\'\'\'\'
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
big = 123456789012345678901234567890
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
bool1 = true
bool2 = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27T07:32:00.1234567+05:45
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27t00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green" ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', """are the same""", \'\'\'type\'\'\' ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",   # comment
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" },
]
trailing = [1,2,]
empty = [ ]
"quoted key" = 1
'literal key' = 2
"" = 3
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
3.14159 = "pi"
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
einline = {}

[table-1]
key1 = "some string"
key2 = 123

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
x = 1

[x.y.z.w]
[x]
a = 1

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
'''

def show(v, ind=""):
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, dict) and x:
                print(ind + repr(k) + ":")
                show(x, ind + "  ")
            else:
                print(ind + repr(k) + " = " + repr(x))
    else:
        print(ind + repr(v))

d = tomllib.loads(DOC)
show(d)
print(type(d["odt2"].tzinfo).__name__, d["odt2"].utcoffset(), d["odt1"].tzinfo, d["ldt1"].tzinfo)
print(tomllib.loads(DOC.replace("\n", "\r\n")) == d)

# parse_float
print(tomllib.loads("a = 1.5\nb = [inf, -nan, 2e3]\nc = 3", parse_float=lambda s: "F:" + s))
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: {})
except ValueError as e:
    print("ValueError", e)

# load() reads a binary file
print(tomllib.load(io.BytesIO("k = 'é'\nn = 1\r\n".encode())))
for bad in (io.StringIO("k = 1"),):
    try:
        tomllib.load(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    tomllib.load(io.BytesIO(b"k = '\xff'"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for bad in (b"k = 1", 1, None):
    try:
        tomllib.loads(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.loads("k = 1", float)
except TypeError as e:
    print("TypeError", e)
print(tomllib.__all__, tomllib.TOMLDecodeError.__mro__)

# Deep nesting: arrays and inline tables nest by recursion, as in CPython.
print(tomllib.loads("x = " + "[" * 50 + "]" * 50)["x"][0][0][0])
for doc in ("x = " + "[" * 100000 + "]" * 100000, "x = " + "{a=" * 100000 + "1" + "}" * 100000):
    try:
        tomllib.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)

# Generated documents: values or error messages.
R = random.Random(11)
KEYS = ["a", "b", "c", "d", "x-y", "k_1", "1", "true", "inf"]
def rkey():
    k = R.choice(KEYS)
    r = R.random()
    if r < 0.1:
        return '"' + k + R.choice(["", " s", "\\n", "\\u00e9", "\\uD800", "é", "\\U0001F600"]) + '"'
    if r < 0.2:
        return "'" + k + R.choice(["", " s", "\\n", "é"]) + "'"
    if r < 0.3:
        return k + R.choice([" . ", ".", " ."]) + R.choice(["a", "b", "c"])
    return k
SCALARS = ["1", "-0", "+17", "1_000", "0xDEAD_beef", "0o17", "0b1010", "3.14", "-1e10", "1E+3_0",
           "inf", "-inf", "+nan", "true", "false", '"str\\t\\"q\\\\"', "'lit'", '"""\nml\\\n   x"""',
           "'''\nraw\\n'''", '""""q"""', "'''''two'''''", "1979-05-27T07:32:00Z",
           "1979-05-27T00:32:00.999999-07:00", "1979-05-27 07:32:00", "1979-05-27", "07:32:00",
           "2000-02-30", "1999-12-31t23:59:59z", "-0.0", "1e1000", "9223372036854775808"]
def rvalue(depth=0):
    r = R.random()
    if depth < 3 and r < 0.15:
        sep = ", " + R.choice(["", "\n", "# c\n"])
        return ("[" + R.choice(["", " ", "\n"]) + sep.join(rvalue(depth + 1) for _ in range(R.randint(0, 3)))
                + R.choice(["", ",", ", ", "\n"]) + "]")
    if depth < 3 and r < 0.25:
        return "{" + ", ".join(rkey() + " = " + rvalue(depth + 1) for _ in range(R.randint(0, 3))) + "}"
    return R.choice(SCALARS)
def rdoc():
    lines = []
    for _ in range(R.randint(1, 10)):
        r = R.random()
        if r < 0.15:
            lines.append("[" + rkey() + "]")
        elif r < 0.25:
            lines.append("[[" + rkey() + "]]")
        elif r < 0.3:
            lines.append("# comment " + R.choice(["", "é", "\x01"]))
        else:
            lines.append(rkey() + R.choice([" = ", "=", " =\t"]) + rvalue() + R.choice(["", " # c", "  "]))
    doc = R.choice(["\n", "\r\n"]).join(lines)
    for _ in range(R.choice([0, 0, 1])):
        i = R.randint(0, len(doc))
        doc = doc[:i] + R.choice("[]{}=,.\"'#\n \\x0_+-:Tze\t\r") + doc[i:]
    return doc
ok = 0
for i in range(400):
    doc = rdoc()
    try:
        v = tomllib.loads(doc)
        ok += 1
        print(i, repr(v))
    except tomllib.TOMLDecodeError as e:
        print(i, "error:", e)
print("valid:", ok)
