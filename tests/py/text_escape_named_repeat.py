# unicode_escape decoding remembers the last \N{...} name it found (objects/codecs_escape.cpp):
# repeated, alternating, differently cased, unknown and malformed names around it.
cases = [b"\\N{EURO SIGN}" * 3, b"\\N{EURO SIGN}\\N{euro sign}\\N{Euro Sign}", b"\\N{EURO SIGN}\\N{EURO SIGNS}",
         b"\\N{EURO SIGN}\\N{LATIN SMALL LETTER A}\\N{EURO SIGN}", b"\\N{EURO SIGN}\\N{}", b"\\N{EURO SIGN}\\N{EURO SIGN",
         b"\\N{LINE FEED}\\N{LF}\\N{LINE FEED}", b"\\N{EURO SIGN}x\\N{EURO SIGN}" + b"\\N{GRINNING FACE}" * 2,
         b"\\N{EURO SIGN}\\N{EURO SIGN\\x41}", b"\\N{EURO SIGN}\\N{EURO\xe9SIGN}"]
for b in cases:
    try:
        print(ascii(b.decode("unicode_escape")))
    except UnicodeDecodeError as e:
        print("error", e.start, e.end, e.reason)
    print(" ", ascii(b.decode("unicode_escape", "replace")), ascii(b.decode("unicode_escape", "backslashreplace")))
print(len((b"\\N{EURO SIGN}\\x41\\101\\u20ac\\U0001F600 plain" * 2000).decode("unicode_escape")))
