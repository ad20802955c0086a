# urljoin as CPython resolves it: RFC 3986 section 5.4's normal and abnormal examples,
# other bases, schemes that are not relative, bytes, allow_fragments.
from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
normal = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
          'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g']
abnormal = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http:?y', 'http:#f']
for rel in normal + abnormal:
    print(repr(rel), '->', urljoin(base, rel))

bases = ['http://a/b/c/d;p?q', 'http://a/b/c/', 'http://a', 'http://a/', 'https://x.y/z?q#f',
         'ftp://h/a/b', 'file:///tmp/a/b', 'svn+ssh://h/r/trunk/', 'ws://h/a', 'mailto:x@y',
         'news:comp.lang', 'tel:+1', 'g', '/a/b', '//h/p', 'http://a/b//c/./d', 'unknown://h/a/b']
rels = ['x', '../x', '/x', '//other/x', '?k=v', '#frag', 'https://b/c', 'http://b/c', 'http:x',
        'mailto:z', '', '.', '..', '../../../../', 'a//b', './/x', ';p', 'x;p?q#f', '  x', 'x\ty']
for b in bases:
    for r in rels:
        print(repr(b), repr(r), '->', repr(urljoin(b, r)))

print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin(None, 'x'), urljoin('http://a', None))
print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'http://a/b', b''), urljoin(b'', b'x'))
print(urljoin('http://a/b#f', '#g', allow_fragments=False), urljoin('http://a/b', 'c#d', False))
for b, r in [('http://a/b', b'c'), (b'http://a/b', 'c')]:
    try:
        urljoin(b, r)
    except TypeError as e:
        print('TypeError', e)
try:
    urljoin('http://[::1/', 'x')
except ValueError as e:
    print('ValueError', e)
