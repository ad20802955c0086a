# A frame object that outlives its frame keeps f_back (CPython links the caller's frame
# object when the frame finishes), and f_locals as the frame left them.
import sys


def inner():
    x = 1
    return sys._getframe()


def outer():
    y = 2
    return inner()


f = outer()
print(f.f_code.co_name, f.f_locals)
print(f.f_back is not None, f.f_back.f_code.co_name, f.f_back.f_locals)
print(f.f_back.f_back.f_code.co_name)
print(f.f_back.f_back.f_back)


def catch():
    try:
        outer_raise()
    except ValueError as e:
        return e.__traceback__


def outer_raise():
    z = 3
    raise ValueError


tb = catch()
frames = []
while tb is not None:
    frames.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name if tb.tb_frame.f_back else None))
    tb = tb.tb_next
print(frames)


def gen():
    yield sys._getframe()


g = gen()
fr = next(g)
print(fr.f_back.f_code.co_name if fr.f_back else None)
