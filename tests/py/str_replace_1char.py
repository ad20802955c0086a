# str.replace of one ASCII character by another in Latin-1 text (objects/str_methods.cpp's
# one-pass copy): counts, no match, the ascii flag, wider text, subclasses, and results
# equal (and hashing equal) to the general path's.


class S(str):
    def replace(self, *a):
        return 'overridden'


texts = ['alpha', 'banana', '', 'aaaa', 'caf\xe9 a\xe9a', '\xff\xe9a', 'no match here', '\u20aca\u20ac', 'a\U0001f600a']
for t in texts:
    for old, new in (('a', 'o'), ('a', 'a'), ('z', 'y'), ('\xe9', 'e'), ('a', '\xe9'), ('a', 'oo'), ('an', 'A')):
        for count in (-1, 0, 1, 2, 10):
            r = t.replace(old, new, count)
            ref = ''.join(r)  # a fresh copy built by join
            print(ascii(r), r.isascii(), hash(r) == hash(ref + ''), r == ref)
print(S('banana').replace('a', 'o'), str.replace(S('banana'), 'a', 'o'), type(str.replace(S('xyz'), 'q', 'r')).__name__)
x = 'same'
print(x.replace('q', 'r') is x, ascii(('\xe9' + 'a' * 3).replace('a', 'b')))
