# Text: the unicode_escape and raw_unicode_escape codecs (lib/codecs_escape.py) on mixed
# text (ASCII, control characters, Latin-1, BMP, astral) in both directions.
def make_text(n):
    words = ["alpha", "tab\tnl\n", "caf\xe9", "back\\slash", "\u65e5\u672c", "\U0001f600ok", "q'\""]
    return " ".join(words[(i * 5) % 7] for i in range(n))


def run(text, rounds):
    total = 0
    for _ in range(rounds):
        for enc in ("unicode_escape", "raw_unicode_escape"):
            b = text.encode(enc)
            total += len(b)
            total += len(b.decode(enc))
    total += len(b"\\N{EURO SIGN}\\x41\\101\\u20ac\\U0001F600 plain" * 2000).__index__()
    total += len((b"\\N{EURO SIGN}\\x41\\101\\u20ac\\U0001F600 plain" * 2000).decode("unicode_escape"))
    return total


print(run(make_text(40_000), 10))
