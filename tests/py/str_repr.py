# repr of strings: quote choice and escapes.
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("back\\slash"), repr("\r\x00\x7f"))
print(repr("é"), repr("日本"), repr(""))
print(str("abc"), str(""), repr(repr("x")))
print(["a", 'b"', "c'"], ("x",), {"k": "v"})
print(repr(1), repr(1.5), repr(None), repr([None, True]))
