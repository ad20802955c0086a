# tomllib: TOMLDecodeError messages and positions (line, column, end of document) for every kind of mistake.
import tomllib

DOCS = [
    "[a.b]\nx=1\n[a]\nb.y=2", "[a]\nb.c=1\n[a.b]\n", "a.b=1\n[a]\n", "a.b=1\n[a.b]", "[a]\nb.c=1\nb.d=2\n[a.b.e]\nf=1",
    "x={a=1}\n[x]", "x={a=1}\n[x.b]", "x=[1]\n[[x]]", "[[x]]\n[x]", "[x]\n[[x]]",
    "[[x]]\na=1\n[[x]]\na=2\n[x.y]\nz=1\n[[x.w]]", "x={a={b=1}}\nx.a.c=1", "x={a.b=1,a.c=2}",
    "x={a.b=1,a={}}", "x={a={},a.b=1}", "x={a=[1],a.b=1}", "a=1\na.b=2", "[[t]]\n[t.s]\n[t.s]", "a=1\na=2",
    "[a]\n[a]", "k = 1_0.0_1e1_0", "k=1__0", "k=_1", "k=01", "k=0x", "k=+0x1", "k=.5", "k=5.", "k=1e",
    "k=-nan", "k=nanx", "k=1979-05-27T07:32", "k=07:32", "k=1979-05-27 ", "k=1979-05-27T25:00:00",
    "k=2023-02-29", "k=2024-02-29T12:00:00+01:00", "k = 'a' 'b'", "'k\\n' = 1", '"k\\n" = 1',
    'k = """a\\  \n\n  b"""', 'k = """a\\ x"""', 'k = """\\', 'k = """a\\ ', "\ufeffk=1", "k=1\r\nj=2\r",
    "k=1\rj=2", "  [ a . b ]  \n", "[a]]", "[[a]", "[[a] ]", "[]", "=1", "k=", "k", "k=[1,,2]", "k=[,]",
    "k={,}", "k={a=1,}", "k={\na=1}", "k=true1", "k=[1\n,2 # c\n,]", "k = 'é \t'", 'k="\\x41"',
    'k="\\u004"', 'k="\\U0000004G"', 'k = "\\uDFFF"', 'k = "\\U00110000"', "a.'b'.\"c\" = 1",
    "x.y = 1\n[x]\nz=2", "[x]\nz=2\n[x.y]\n[x]", "a = {b = {c = 1}}\n[a.b.d]", "k = 'abc", "k = 'ab\nc'",
    'k = "abc', 'k = "ab\nc"', "k = '''abc", "k = '''a\x01'''", 'k = """a\x7f"""', "# \x00 comment",
    "k = 1 # ok\x7f", "k = [1 2]", "k = {a = 1 b = 2}", "k = {a = 1", "k = [1", "[a\n", "[[a]]]",
    "a . = 1", ". a = 1", "a = 1 = 2", "\n\n  x  \n", "k = tru", "k = fals", "k = 1979-13-01",
    "k = 1979-05-32", "k = 24:00:00", "k = 1979-05-27T07:32:00+24:00", "[a]\nk=1\n[b]\nk=2\n[a.k]",
]
for doc in DOCS:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", type(e).__name__, e, e.args)

# An uncaught error prints with the module's name.
tomllib.loads("a = 1\nb = 'x\n")
