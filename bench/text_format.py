# Formatting-heavy loops: f-strings with specs, str.format, %-formatting (str and bytes),
# repr of mixed text, and padding methods.
def fstrings(n):
    total = 0
    for i in range(n):
        s = f"{i:>8}|{i * 1.5:10.3f}|{i:#x}|{'name':^10}|{i % 7!r}"
        total += len(s)
    return total

def format_method(n):
    total = 0
    tmpl = "{0}:{1:>6}:{name:<8}|{2:+.2e}"
    for i in range(n):
        total += len(tmpl.format(i, i * 3, i / 7, name="k" + str(i % 10)))
    return total

def percent(n):
    total = 0
    for i in range(n):
        total += len("%5d %-6s %08.3f %x" % (i, "ab", i / 3, i))
        total += len(b"%5d %-6s %x" % (i, b"ab", i))
    return total

def reprs(n):
    words = ["plain", "caf\xe9", "tab\there", "quote'd", "\u65e5\u672c", "\U0001f600", "nul\x00"]
    total = 0
    for i in range(n):
        w = words[i % 7]
        total += len(repr(w)) + len(ascii(w)) + len(w.center(20, "*")) + len(w.zfill(12))
    return total

print(fstrings(200_000), format_method(150_000), percent(150_000), reprs(200_000))
