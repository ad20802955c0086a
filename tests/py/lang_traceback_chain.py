# Traceback objects: tb_next chains through frames, tb_lineno, tb_frame.f_code names,
# f_lineno, f_back, and re-raising keeps the chain.
def a():
    b()


def b():
    c()


def c():
    raise KeyError('deep')


try:
    a()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    print(names)


def reraise():
    try:
        c()
    except KeyError:
        raise


try:
    reraise()
except KeyError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        last = tb
        tb = tb.tb_next
    print(depth, last.tb_frame.f_code.co_name)


def rewrap():
    try:
        c()
    except KeyError as k:
        raise ValueError('wrapped') from k


try:
    rewrap()
except ValueError as e:
    print(e.__cause__.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name)
import sys


def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno


def caller():
    return where()


print(caller())
try:
    1 / 0
except ZeroDivisionError as z:
    print(z.__traceback__.tb_frame.f_code.co_name, z.__traceback__.tb_next)
