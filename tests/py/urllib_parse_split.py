# urlsplit/urlparse/urlunsplit/urlunparse/urldefrag: results, netloc attributes, bytes
# variants, _replace/geturl/encode/decode, and the ValueErrors for bad netlocs.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, DefragResult, SplitResultBytes,
                          ParseResultBytes, DefragResultBytes)
import urllib.parse as up


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


def attrs(r):
    out = []
    for n in ('username', 'password', 'hostname', 'port'):
        try:
            out.append(repr(getattr(r, n)))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    return ' '.join(out)


urls = ['http://user:pw@Host.COM:8080/p/a;x;y?q=1&r=2#frag', 'HTTPS://h', 'http://h:/', 'http://h:0',
        'http://h:65535', 'http://h:65536', 'http://h:x', 'http://h:+1', 'http://h: 1', 'http://h:\u0663',
        'http://@h', 'http://:@h', 'http://u@h', 'http://u:@h', 'http://a@b@c/', 'mailto:a@b.c',
        'news:comp.lang.python', 'file:///etc/passwd', 'file:/x', '//h/p?q', '/p;x?q#f', 'p', '',
        'ftp://h/p;type=a', 'sip:u@h;t=1', 'tel:+1;ext=2', 'x-y.z+w://h/p', '1http://h', '-x:y', 'a:',
        ':x', 'path:80', 'localhost:8000/p', 'http:/p', 'http:p', 'http:?q', 'http:#f', 'http://h?q#f#g',
        'http://h#f?q', 'http://h/p;a/b;c', 'http://[::1]:80/', 'http://u@[fe80::1%eth0]:8/',
        'http://[::ffff:1.2.3.4]/', 'http://[v1.x]/', 'http://[FE80::A%Eth0]/', ' \x01http://h/a\tb\n',
        'http://ｅxample.com/', 'http://é/', 'h\tt\rtp://h']
for u in urls:
    for af in (True, False):
        s = urlsplit(u, allow_fragments=af)
        p = urlparse(u, allow_fragments=af)
        print(s, attrs(s))
        print(p, attrs(p))
        print(repr(s.geturl()), repr(p.geturl()), repr(urlunsplit(s)), repr(urlunparse(p)))
    print(urlsplit(u, 'https'), urlparse(u, scheme='ftp'))
    b = urlsplit(u.encode('utf-8')) if u.isascii() else None
    print(b, b and attrs(b))

bad = ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[zz]/', 'http://[vG.x]/',
       'http://[v1]/', 'http://x[::1]/', 'http://[::1]x/', 'http://[x]@h/', 'http://[1:::2]/',
       'http://[1:2:3:4:5:6:7:8:9]/', 'http://[:1::]/', 'http://[12345::]/', 'http://[::1.2.3.04]/',
       'http://[fe80::1%]/', 'http://a\u2100b/', 'http://a\uff03b/', 'http://[::\u0661]/']
for u in bad:
    print(repr(u), show(urlsplit, u), show(urlparse, u))

print(urlunsplit(('http', '', 'a', '', '')), urlunsplit(('', '', '//x', '', '')),
      urlunsplit(('mailto', '', 'x@y', 'subject=hi', '')), urlunsplit(['', 'h', 'p', 'q', 'f']),
      urlunparse(('http', 'h', 'p', 'a;b', 'q', 'f')), urlunparse(('', '', '', '', '', '')),
      urlunsplit((b'http', b'h', b'/p', b'', b'')), urlunparse((b'', b'', b'p', b'x', b'', b'')))
print(show(urlunsplit, ('a', 'b')), show(urlunsplit, ('http', b'h', '', '', '')),
      show(urlsplit, 'http://a', b'x'), show(urlsplit, b'http://a', 'x'), show(urlsplit, 5),
      show(urlsplit, b'http://\xe9/'), show(urlsplit, None))

r = urlparse('http://user:pw@Host.COM:8080/p;q?x=1#f')
print(r._replace(scheme='https'), r._replace(netloc='h').geturl(), type(r._replace(path='')).__name__)
print(r.encode(), r.encode().decode(), type(r.encode()).__name__, r.encode('utf-8').geturl())
print(r._fields, r._asdict(), ParseResult._make(list('abcdef')), SplitResult('a', 'b', 'c', 'd', 'e').geturl())
print(isinstance(r, tuple), len(r), r[1], tuple(r), r == tuple(r), ParseResult[str], SplitResult.__mro__[2:4])
rb = urlsplit(b'http://u:p@[::1]:80/x?y#z')
print(rb, rb.username, rb.password, rb.hostname, rb.port, rb.geturl(), type(rb.decode()).__name__)
print(SplitResultBytes(b'a', b'', b'p', b'', b'').geturl(), ParseResultBytes(*[b''] * 6).geturl())

for u in ['http://a/b#c', 'http://a/b;p?q#c', 'http://a/b', 'x#', '#', 'http://a/b?q#', b'http://a/b#c', b'x']:
    d = urldefrag(u)
    print(d, d.geturl(), type(d).__name__)
print(DefragResult('a', 'b').encode(), DefragResultBytes(b'a', b'').geturl())
print(up.uses_relative, up.uses_netloc, up.uses_params, up.non_hierarchical, up.uses_query,
      up.uses_fragment, up.scheme_chars)
print(up.unwrap('<URL:http://a>'), up.unwrap(' <x> '), up.unwrap('URL: y'))
