# __traceback__: tb_lineno, tb_next, tb_frame, with_traceback
def a():
    b()

def b():
    raise ValueError("deep")

try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    lines = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(names, lines)
    print(type(e.__traceback__).__name__)

e = ValueError("fresh")
print(e.__traceback__)

try:
    raise KeyError("k")
except KeyError as k:
    saved = k.__traceback__
v = ValueError("with tb").with_traceback(saved)
print(v.__traceback__ is saved)
try:
    raise v
except ValueError as again:
    print(again.__traceback__.tb_next is saved or again.__traceback__ is saved, again.__traceback__.tb_lineno)

try:
    ValueError().with_traceback(5)
except TypeError as err:
    print("TypeError:", err)

# reraising adds frames
def reraiser():
    try:
        b()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames", count)

# tb_frame gives locals and globals
def with_locals():
    secret = 42
    raise RuntimeError
try:
    with_locals()
except RuntimeError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals["secret"])
    print(e.__traceback__.tb_frame.f_globals is globals())
