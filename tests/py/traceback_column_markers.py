# Column markers (~~^^) under traceback source lines, as CPython 3.11 prints them: from the
# default excepthook (captured through sys.stderr) and from the traceback module.
import io
import sys
import traceback


def native_report(exc):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old


def show(title, fn):
    print('---', title)
    try:
        fn()
    except BaseException as e:
        native = native_report(e).replace(__file__, 'FILE')
        module = ''.join(traceback.format_exception(e)).replace(__file__, 'FILE')
        print(native, end='')
        if module != native:
            print('(traceback module differs)')
            print(module, end='')


def divide(a, b):
    return a / b


def binop_in_return():
    return divide(1, 0)


def binop_in_expression():
    x = divide(2, 0) + 1
    return x


def floor_and_power():
    a, b = 3, 0
    return (a + 1) // b


def power_overflow():
    return 10.0 ** 400 * 2


d = {'a': {'b': 1}}


def subscript_missing():
    value = d['a']['missing']
    return value


def subscript_spaced():
    return d [ 'nope' ]


class Thing:
    attr = 1


def attribute_missing():
    t = Thing()
    return t.attr + t.nothing


def method_missing():
    t = Thing()
    t.absent(1, 2)


def method_in_expression():
    t = Thing()
    y = 1 + t.absent(1, 2)
    return y


def statement_call():
    divide(5, 0)


def raise_statement():
    raise ValueError('plain raise')


def multi_line_call():
    result = divide(
        1,
        0)
    return result


def multi_line_attribute():
    t = Thing()
    r = (t
         .missing_method())
    return r


def unicode_line():
    s = 'é' * 2 + 1
    return s


def store_subscript():
    t = (1, 2)
    t[0] = 5


def in_comprehension():
    xs = [1, 0]
    return [1 / x for x in xs]


def via_lambda():
    f = lambda v: v.missing
    return f(3)


def assert_fails():
    assert 1 + 1 == 3, 'math'


def chained():
    try:
        {}['k']
    except KeyError:
        return divide(1, 0) + 2


def compare_fails():
    return 1 < 'a'


def call_result_subscript():
    return divide(4, 2)[0]


def unary_fails():
    return -'text'


def keyword_call():
    return divide(a=1, b=0)


def nested_parens():
    return ((1) + (divide(1, 0)))


for name, fn in list(globals().items()):
    if callable(fn) and fn.__module__ == '__main__' and name not in (
            'native_report', 'show', 'divide', 'Thing'):
        show(name, fn)
