# try/except/else/finally control flow: return/break/continue inside finally and handlers
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            out.append(i)
    return out
print(loop_continue())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())

def else_clause(fail):
    log = []
    try:
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_clause(False), else_clause(True))

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_evaluated_before_finally())

def exception_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e)
print(exception_var_cleared())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_finally())

# exception raised in else is not caught by the handlers of the same try
try:
    try:
        pass
    except ValueError:
        print("wrong")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer:", e)

# bare except catches everything, including BaseException subclasses
try:
    raise SystemExit(3)
except:
    print("bare except caught SystemExit")
