# The compiler's SyntaxWarnings (CPython 3.11's compile.c checks): `is` with a literal, a
# call or subscript of a literal that cannot work, assert of a tuple. Issued through the
# warnings module while compiling, so filters apply: "error" turns one into a SyntaxError.
import io
import sys
import warnings

SOURCES = [
    "y = 1\ny is ()", "y = 1\ny is -1", "y = 1\ny is 1 + 1", "y = 1\ny is not 'a'", "y = 1\n1 is y is 2",
    "y = 1\ny == 1 is None", "y = 1\ny is (1, 2)", "y = 1\ny is (1, y)", "y = 1\ny is f'a'", "y = 1\ny is b'a'",
    "y = 1\ny is ...", "y = 1\ny is [1]", "y = 1\ny is (not 1)", "y = 1\ny is 2.5 * 2", "y = 1\ny is 1 / 0",
    "y = 1\ny is 'a' * 3", "y = 1\ny is None is True",
    "[1][{1}]", "try: ((1, 2) (3))\nexcept TypeError: pass",
    "if 0: [1](2); [1]['a']; (x for x in [])[0]; f'a'['b']; 'a'[1.5]; b''[()]; (1,2)[1:2]; None[0]; {1,2}[0]; (lambda: 1)[0]",
    "if 0: x[0]; 1[2]; (1).real[0]; ...[0]; 1.5(); {}(); {1: 2}[[1]]; 'a'[f'b']; 'a'['b':'c']; [x for x in y][()]; (1)[()]",
    "if 0: (1)(); f'{1}'(); (x for x in y)(); [x for x in y](); {x for x in y}(); {x: 1 for x in y}(); (1,)(); {1}()",
    "if 0: (lambda: 1)(); None(); ...(); b'x'(); 1j(); True(); (-1)(); ('a' 'b')(); ('a' + 'b')[1.5]",
    "if 0: 'a'[1.5, 2]; 'a'[x, 2]; [1][1.5]; (1,)['a']; [x for x in y]['a']; f'a'[1.0]; 'a'[[1]]; 'a'[{1}]",
    "if 0: 'a'[(x for x in y)]; 'a'[lambda: 1]; 'a'[{1: 2}]; 'a'[f'b']; 'ab'[-1.0]; 'ab'[True]; 1.5[2]",
    "y = 0\nassert (y, 'm')", "assert (1,)", "y = 1\nwhile y is 'a': pass", "y = 1\nif y is 1: pass",
    "y = 1\nz = [i for i in range(2) if i is 1]", "def f():\n  return 1 is 1", "class C:\n  x = 1 is 1",
    "y = 0\nassert y is 1 or True, 'msg'", "y = 1\nif y is 1 and y is not 2: pass", "x = [1]\nx[0] += 1; x[0:1] = [2]",
]

for src in SOURCES:
    print('--', repr(src))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exec(src, {})
        except Exception as e:
            print(type(e).__name__, e)
    for w in caught:
        print(w.category.__name__, w.filename, w.lineno, w.message)

# eval() and compile() warn too; "once" shows a location only once.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(eval("1 is 1"))
    compile("x = 1\nx is 'b'", "mod.py", "exec")
print([(w.filename, w.lineno, str(w.message)) for w in caught])

# The "error" action: the warning becomes a SyntaxError at the warning's position.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["y = 1\ny is 1", "(1)(2)", "x = 'a'[1.5]", "assert (1, 2)"]:
        try:
            compile(src, "<text>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    try:
        eval("[1](2)")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# "ignore" silences them; the default shows them on sys.stderr with the file and line.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("y = 1\nprint(y is 1)")
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    exec("y = 1\nprint(y is 2)")
    text = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print(repr(text))
