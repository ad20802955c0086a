# quote/quote_plus/quote_from_bytes/unquote/unquote_plus/unquote_to_bytes with safe,
# encoding and errors; urlencode with doseq and quote_via; parse_qs/parse_qsl options.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


texts = ['', 'abc', 'a b', 'a+b', '/path/to file?x=1&y=2#f', '~_.-', "!*'();:@&=+$,/?#[]",
         'é€𝄞', '\x00\x7f\x80', '100%', '%41%4a%zz%4', 'a%2Fb', '%E2%82%AC', '%e2%82', '%C3%A9+%C3',
         'x%20é%41', '\udc80']
for t in texts:
    print(repr(t))
    print(' ', show(quote, t), show(quote, t, safe=''), show(quote, t, safe='/:@'), show(quote, t, safe='é'))
    print(' ', show(quote_plus, t), show(quote_plus, t, safe='/'), show(quote, t, encoding='latin-1'),
          show(quote, t, encoding='ascii', errors='xmlcharrefreplace'), show(quote, t, errors='surrogateescape'))
    print(' ', show(unquote, t), show(unquote_plus, t), show(unquote_to_bytes, t),
          show(unquote, t, encoding='latin-1'), show(unquote, t, errors='strict'), show(unquote, t, None, None))
    b = t.encode('utf-8', 'surrogatepass')
    print(' ', show(quote, b), show(quote_plus, b, safe=b'/'), show(quote_from_bytes, b, b'%'),
          show(unquote, b), show(unquote_to_bytes, b), show(unquote_plus, b.decode('latin-1')))

print(show(quote, 5), show(quote, b'a b', encoding='x'), show(quote, b'a b', errors='x'),
      show(quote, 'a b', safe=b' '), show(quote, bytearray(b'a b')), show(quote_from_bytes, 'x'),
      show(quote_from_bytes, bytearray(b'a b'), safe=b'\xff '), show(quote, None))
print(show(unquote, 5), show(unquote, None), show(unquote_to_bytes, None), show(unquote_to_bytes, 5),
      show(unquote_to_bytes, ''), show(unquote_plus, b'a+b'))

print(urlencode({'a': 1, 'b': [1, 2], b'c': b'd e', 'é': 'ü', 'sp ace': 'x&y=z'}))
print(urlencode({'a': 1, 'b': [1, 2], 'c': 'str', 'd': b'x', 'e': 5, 'f': (b'x', 'y'), 'g': []}, doseq=True))
print(urlencode([('a', 'b c'), ('a', '/d')], quote_via=quote), urlencode({'a': '/x y'}, safe='/'),
      urlencode({'a': 'é'}, encoding='latin-1'), urlencode({'a': '\udc80'}, errors='surrogateescape'),
      urlencode([]), urlencode({}), urlencode((('k', None),)))
for q in ['abc', [1], 5, [('a', 1), 'b'], None]:
    print(repr(q), show(urlencode, q))

qss = ['a=1&b=2&a=3', 'a=1;b=2', 'a&b=&=c&&d=e=f', 'x+y=%20z+%41', 'k=%e9', 'k=%C3%A9', '', '&', '=',
       'a=1&b', 'a=%zz&b=%']
for qs in qss:
    print(repr(qs))
    print(' ', parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs), parse_qs(qs, True))
    print(' ', show(parse_qsl, qs, strict_parsing=True), show(parse_qsl, qs, True, True),
          parse_qsl(qs, separator=';'), parse_qs(qs, encoding='latin-1'), show(parse_qsl, qs.encode()))
print(show(parse_qsl, 'a=1&b=2', max_num_fields=1), show(parse_qsl, 'a=1&b=2', max_num_fields=2),
      show(parse_qs, '', max_num_fields=0), show(parse_qsl, 'a=1;b=2', separator=b';'),
      show(parse_qsl, b'a=1;b=2', separator=';'), show(parse_qsl, 'a', separator=''),
      show(parse_qsl, 'a', separator=1), show(parse_qsl, 'a', separator=None), show(parse_qsl, None),
      show(parse_qsl, b'a=%e9'), show(parse_qsl, b'a=\xe9'), show(parse_qsl, 'a=%e9', errors='strict'))
