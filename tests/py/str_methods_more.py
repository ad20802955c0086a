# Less common str methods: partition family, zfill, expandtabs, casefold, splitlines
# with keepends, removeprefix/suffix, format_map, isidentifier, maketrans forms.
s = 'key=value=more'
print(s.partition('='), s.rpartition('='), s.partition('#'), s.rpartition('#'))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), 'a\tbc\td'.expandtabs(4), repr('\t'.expandtabs()))
print('Straße'.casefold(), 'ǅ'.lower(), 'ǆ'.title(), 'ﬁ'.upper(), 'İ'.lower().encode('unicode_escape') if False else len('İ'.lower()))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\r\n'.splitlines(True), ''.splitlines(), 'x\x0by\x1cz'.splitlines())
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
from collections import defaultdict
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{x}'.format_map(defaultdict(lambda: '?')), 'id_1'.isidentifier(), '1x'.isidentifier(), 'class'.isidentifier())
print(str.maketrans({'a': 'A', 'b': None}), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), 'abc'.translate({97: 'AA'}))
print('  x  '.strip(), 'xxhixx'.strip('x'), 'a,b,,c'.split(','), 'a b  c'.split(None, 1), 'a,b,c'.rsplit(',', 1))
print('Hello'.swapcase(), 'hello world'.title(), "they're".title(), 'ABC'.isupper(), 'abc1'.isalnum(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal())
print('abc'.center(9, '*'), 'abc'.ljust(5, '.'), 'abc'.rjust(5), 'abcabc'.find('c', 3), 'abcabc'.rfind('c', 0, 4), 'abc'.index('b'))
print('a'.join('xyz'), ', '.join(map(str, range(3))), 'aaa'.replace('a', 'b', 2), 'aaa'.count('aa'), 'abc'.startswith(('x', 'a')))
for bad in (lambda: 'abc'.index('z'), lambda: 'a'.join([1]), lambda: 'x'.center(5, 'ab'), lambda: ''.split(''),
            lambda: str.maketrans('ab', 'c'), lambda: 'a'.zfill('2'), lambda: '{k}'.format_map({})):
    try:
        bad()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print('%s' % 'x'.encode(), 'é'.encode('utf-8'), 'é'.encode('latin-1'), 'x€'.encode('ascii', 'replace'), 'x€'.encode('ascii', 'xmlcharrefreplace'))
print('ab' < 'abc', 'B' < 'a', sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a'], key=str.lower), max('hello'))
