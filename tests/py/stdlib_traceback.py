# traceback module: format/print/extract of exceptions and stacks, chaining, groups, notes.
import sys
import traceback

def clean(text):
    return text.replace(__file__, 'FILE')

def show(lines):
    for line in lines:
        print(clean(line), end='')
    print('--')

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__))
    show(traceback.format_exception(e, limit=1))
    show(traceback.format_exception(e, limit=-1))
    show(traceback.format_exception_only(e))
    show(traceback.format_tb(e.__traceback__))
    print(clean(traceback.format_exc()), end='--\n')
    traceback.print_exc(file=sys.stdout.__class__.__new__(sys.stdout.__class__) if False else None) if False else None
    summary = traceback.extract_tb(e.__traceback__)
    print(len(summary), [f.name for f in summary], [f.lineno for f in summary])
    fs = summary[-1]
    print(fs.line, fs[2], len(fs), repr(fs).replace(__file__, 'FILE'))
    filename, lineno, name, line = fs
    print(name, lineno, line)
    print(fs == (fs.filename, fs.lineno, fs.name, fs.line))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    show(te.format())

print(traceback.format_exc(), end='--\n')

# chaining
def chained():
    try:
        {}.pop("k")
    except KeyError as err:
        raise RuntimeError("wrapped") from err

try:
    chained()
except RuntimeError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))

try:
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    show(traceback.format_exception(e))

# notes, suppressed context, no traceback, custom module
class MyError(Exception):
    pass
MyError.__module__ = 'pkg.mod'
err = MyError("with notes")
err.add_note("first note")
err.add_note("second\nmultiline")
show(traceback.format_exception(err))
show(traceback.format_exception_only(MyError, MyError()))
show(traceback.format_exception(KeyError('k')))

class BadStr(Exception):
    def __str__(self):
        raise TypeError("no")
show(traceback.format_exception_only(BadStr()))

# suggestions
try:
    lenn = 1
    print(lenx)
except NameError as e:
    show(traceback.format_exception_only(e))
class P:
    value = 1
try:
    P().valeu
except AttributeError as e:
    show(traceback.format_exception_only(e))

# syntax errors
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
try:
    compile("a b", "<src2>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))

# recursion folding
def recurse(n):
    if n == 0:
        raise OverflowError("deep")
    recurse(n - 1)

try:
    recurse(10)
except OverflowError as e:
    show(traceback.format_tb(e.__traceback__))

# exception groups
def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
try:
    raise_group()
except ExceptionGroup as e:
    show(traceback.format_exception(e))
big = ExceptionGroup("big", [ValueError(i) for i in range(17)])
show(traceback.format_exception(big))

# stacks
def where():
    return traceback.extract_stack()

stack = where()
print([f.name for f in stack][-2:], stack[-1].line)
show(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 4, 'gn', None)]))
print(traceback.StackSummary.from_list([('f.py', 3, 'fn', 'y')])[0].line)
try:
    traceback.format_exception(1)
except TypeError as e:
    print(e)
try:
    traceback.format_exception(ValueError(), None)
except ValueError as e:
    print(e)
print(list(traceback.walk_tb(None)))
