# Concatenation, repetition, membership, comparisons and iteration over str.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -2), "-" * 20)
print("oo" in a, "x" in a, "" in a, "foo" not in b, "ba" in b)
s = ""
for ch in "abc":
    s = ch + s
print(s)
parts = []
for ch in "hello":
    parts.append(ch.upper())
print(parts)
print("abc" == "abc", "abc" != "abd", "a" + "b" == "ab")
t = "spam"
t += " and eggs"
print(t, len(t))
print(str(12) + str(3.5) + str(None) + str(True) + str([1, 'a']))
print("multi" "part" " literal")
print("tab\tsep", "new\\nline", 'single \'quote\'', "double \"quote\"")
print(len("\n"), len("\\n"), len("é"), len("\u00e9"), "\x41\u0042\U00000043")
