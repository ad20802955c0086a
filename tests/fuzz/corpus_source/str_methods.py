# Basic str methods: strip family, case, find/index/count, replace, startswith/endswith.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "--a--".lstrip("-"), "--a--".rstrip("-"))
print(repr("\t\n spaced \n".strip()), repr("".strip()))
t = "Hello, World!"
print(t.upper(), t.lower(), "MiXeD 123".lower(), "MiXeD 123".upper())
print(t.startswith("Hell"), t.startswith("World"), t.endswith("!"), t.endswith("d"))
print(t.startswith(("x", "H")), t.endswith(("?", "!")), t.startswith(""))
print(t.find("o"), t.find("o", 5), t.find("zz"), t.find(""), t.rfind("o"))
print(t.index("W"), t.count("l"), t.count("o"), t.count("xyz"))
print(t.replace("l", "L"), t.replace("l", "", 2), t.replace("World", "There"))
print("aaaa".count("aa"), "mississippi".count("ss"), "mississippi".find("ss", 3))
print("a-b-c".replace("-", ""), "abc".replace("", "."), "aaa".replace("a", "aa"))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError", e)
