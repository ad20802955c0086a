# Text processing: word wrap, caesar cipher, palindromes, run-length encoding.
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines
text = "Bastion is a memory safe embeddable Python interpreter that refuses bad bytecode politely"
for l in wrap(text, 24):
    print("|" + l + " " * (24 - len(l)) + "|")
def rle(s):
    if not s:
        return []
    out = [[s[0], 1]]
    for ch in s[1:]:
        if ch == out[-1][0]:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join([c + str(n) for c, n in out])
print(rle("aaabccddddde"), rle(""), rle("x"))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.lower() != c.upper()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw"]:
    print(is_palindrome(s), s)
def vowels(s):
    return sum([1 for c in s.lower() if c in "aeiou"])
print(vowels(text), text.count(" ") + 1, text.upper()[:7], text.lower().find("python"))
acronym = "".join([w[0].upper() for w in "portable network graphics".split()])
print(acronym)
