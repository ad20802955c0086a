# str.join reads an exact list or tuple in place (objects/str_methods.cpp): the same
# results, errors and identities as the generic path, for every kind of input.


class S(str):
    def __str__(self):
        return 'STR'

    def __len__(self):
        return 99


class L(list):
    def __iter__(self):
        return iter(['x', 'y'])


words = ['alpha', 'caf\xe9', '\u65e5\u672c', '\U0001f600ok', '']
for sep in ('', ',', ' - ', '\xe9', '\u20ac', '\U0001f600'):
    print(ascii(sep.join(words)), ascii(sep.join(tuple(words))), ascii(sep.join(iter(words))))
    print(ascii(sep.join([S('a'), 'b', S('\u20ac')])), type(sep.join([S('a')])).__name__, sep.join([]) == '')
    print(ascii(sep.join(L(['p', 'q', 'r']))), ascii(sep.join({'k1': 1, 'k2': 2})), ascii(sep.join('abc')))
one = 'only'
print(','.join([one]) is one, ','.join((one,)) is one, ','.join([S('z')]) == 'z')
for bad in (['a', 1], ('a', 'b', None), ['a', b'b'], [3]):
    try:
        '-'.join(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in (5, None):
    try:
        '-'.join(bad)
    except TypeError as e:
        print('TypeError', e)
# Large and mixed: every kind of separator and item, ASCII or not.
parts = [chr(65 + i % 26) * (i % 5) + chr(0xe0 + i % 3) * (i % 2) for i in range(200)]
big = '|'.join(parts)
print(len(big), big.count('|'), ascii(big[:40]), hash(big) == hash(''.join(big)))
print(ascii('\u20ac'.join(['a', 'b'])), ascii(''.join(['a', '\U0001f600'])).encode(), ''.join(['a', 'b']).isascii())
