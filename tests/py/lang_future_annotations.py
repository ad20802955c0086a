# PEP 563: with `from __future__ import annotations`, annotations are stored as the
# text CPython's unparser writes (spacing, parentheses and constant reprs included).
from __future__ import annotations


def f(a: int, b: list[int] = [], *args: tuple[int, ...], c: dict[str, 'X'] = None,
      **kw: Undefined.attr) -> Optional[int]:
    pass


print(f.__annotations__)


class C:
    x: int
    y: 'str' = 'hi'
    z: undefined_name[1:2, ::3]
    w: a + b * c - d / e // f % g @ h
    p: (a + b) * c
    q: a ** b ** c
    r: (a ** b) ** c
    s: -a ** -b
    t: not a and b or c
    u: (a or b) and c
    v: a if b else c
    lam: lambda x, y=1, *z, k, m=2, **n: x
    lam2: lambda: 0
    lam3: lambda *a: a
    lam4: lambda a, /, b: a
    cmp: a < b <= c != d is not e not in f
    calls: f(a, *b, c=1, **d)
    gen: f(x for x in y if x)
    comps: [x for x in y for z in w if z] + {k: v for k, v in d} + {s for s in t}
    genexp: (x async for x in y)
    tup: (1, 2)
    tup1: (1,)
    tup0: ()
    sub: a[1, 2]
    sub1: a[1,]
    sub0: a[()]
    sl: a[1:2:3, :, ::]
    lit: [1, 2.5, 1e400, -1j, 3j, 0x1f, 1_000, 'a"b', "it's", b'\x00ab\'"', ..., None, True]
    big: 0xffffffffffffffffffffffffff
    strs: '\n\t\\\x7f\u00e9\u200b\U0001F600'
    uprefix: u'text'
    dic: {1: 2, **d, 'k': [3]}
    st: {1, 2}
    attr: 1 .real
    attr2: a.b.c
    fs: f'{a!r:>{width}} {b} {{x}} {c=}'
    fs2: f'{ {1: 2}[1] }'
    unary: ~a + -b - +c
    shifts: a << b >> c & d ^ e | f
    star: tuple[*Ts]
    yld: (x for x in range(3))
    await_: a.b(c)[d]
    ifexp_nested: (a if b else c) if d else e
    lam_in_ifexp: (lambda: a) if b else c
    not_in_cmp: (not a) == b
    neg_pow: (-a) ** b
    pow_neg: a ** -b
    bool_in_bin: (a and b) + c
    cmp_in_bin: (a < b) + c
    tup_in_sub: a[(1, 2), 3]


for k, v in C.__annotations__.items():
    print(k, repr(v))

x: undefined_at_module_level[int]
print(__annotations__)


def g(*args: *Ts, **kwargs: int | None) -> tuple[()]:
    pass


print(g.__annotations__)
import typing


def h(a: int, b: list[str] | None = None) -> dict[str, int]:
    pass


print(typing.get_type_hints(h))
