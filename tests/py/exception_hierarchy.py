# The builtin exception hierarchy, checked with isinstance and except clauses.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, Exception), (ValueError, Exception), (MemoryError, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (KeyError, IndexError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, isinstance(sub("x"), base))
caught = []
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), ValueError("v"), AttributeError("a")]:
    try:
        raise exc
    except LookupError:
        caught.append("lookup")
    except ArithmeticError:
        caught.append("arith")
    except Exception:
        caught.append("exception")
print(caught)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(str(KeyError("key")), str(KeyError(1)), str(ValueError("v")), repr(ValueError("v")))
print(repr(KeyError("k")), repr(Exception()), repr(Exception(1, 2)))
