# sys.excepthook: a program's hook receives the uncaught exception (type, value, traceback);
# sys.__excepthook__ is the default printer, callable directly.
import sys
import traceback

print(sys.excepthook is sys.__excepthook__, sys.excepthook)

def show_hook(exc_type, value, tb):
    print("hook:", exc_type.__name__, value, tb.tb_lineno, file=sys.stdout)
    print(''.join(traceback.format_tb(tb)).replace(__file__, 'FILE'), end='')
    sys.__excepthook__(exc_type, value, tb)

sys.excepthook = show_hook

def fail():
    raise LookupError("not found")

fail()
