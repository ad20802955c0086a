# re with bytes patterns: matching, groups, findall/split/sub over bytes, ASCII-only
# classes, bytearray/memoryview subjects, and the str/bytes mixing errors.
import re

p = re.compile(rb'(?P<key>\w+)=(?P<val>\d+)')
m = p.search(b'xx a=1 bb=22')
print(m, m.group(), m.group('key', 'val'), m.groupdict(), m.span(2), m.start('val'), m.string)
print(p.findall(b'a=1 bb=22 c=x'), [m.group(0) for m in p.finditer(b'k=9 j=8')])
print(re.split(rb'[,;]\s*', b'a, b;c'), re.split(rb'(,)', b'a,b'), re.split(rb',', b'x', maxsplit=1))
print(re.sub(rb'(\w)(\d)', rb'\2\1', b'a1 b2'), re.subn(b'n', b'N', b'banana'))
print(re.sub(rb'a', lambda m: m.group().upper(), b'banana'), re.sub(rb'(?P<c>a)', rb'<\g<c>>', b'ab'))
print(re.sub(b'x*', b'-', b'abc'), re.findall(rb'\w+', b'ab \xe9c d_1'))
print(re.match(rb'\s', b'\xa0'), re.match(rb'\d', b'\xb2'), re.fullmatch(rb'[\x80-\xff]+', b'\xe9\xff').span())
print(re.match(rb'(?i)AB', b'ab'), re.match(rb'a.c', b'a\nc'), re.match(rb'a.c', b'a\nc', re.S))
print(re.search(rb'^b', b'a\nb', re.M), re.compile(b'x').flags, re.compile(b'x', re.I).flags)
print(re.compile(rb'a\w+', re.I), re.escape(b'a.b*c'), re.match(b'(a)(b)?', b'a').groups())
print(re.match(rb'a', bytearray(b'abc')).group(), re.match(rb'b', memoryview(b'bc')).group())
print(re.search(rb'\x00(.)', b'a\x00\xffz').group(1), re.findall(rb'(a)(b)?', b'ab a'))
print(m.expand(rb'\g<val>:\g<key>'), re.compile(b'ab') == re.compile(b'ab'), re.compile(b'a') == re.compile('a'))
errors = [
    lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.compile(b'a', re.U),
    lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub(b'a', lambda m: 'x', b'a'),
    lambda: re.match(b'a', 5), lambda: p.sub(b'\\9', b'k=1'),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, re.error, IndexError) as e:
        print(type(e).__name__ + ':', e)
