# try/except/else/finally: ordering, return overriding, break/continue in finally,
# exceptions replaced in finally, bare except, exception variable cleared after except.
def order(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log


print(order(False), order(True))


def finally_return():
    try:
        return 'try'
    finally:
        return 'finally'


def finally_swallows():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'


print(finally_return(), finally_swallows())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out


print(loop_control())


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'broke out, exception discarded'


print(break_in_finally())


def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return n


print(continue_in_finally())
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print('NameError:', ex)
try:
    try:
        raise TypeError('t')
    except:
        print('bare except caught')
        raise
except TypeError as ex:
    print('re-raised', ex)


def nested_finally():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')


print(nested_finally())


def exc_in_else():
    try:
        pass
    except ValueError:
        return 'not here'
    else:
        raise KeyError('from else')


try:
    exc_in_else()
except KeyError as ex:
    print('KeyError', ex)
try:
    raise
except RuntimeError as ex:
    print('RuntimeError:', ex)
for kind in (ValueError, (KeyError, IndexError), Exception):
    try:
        raise IndexError('idx')
    except kind as ex:
        print('caught by', kind, type(ex).__name__)
    except IndexError:
        print('fallback')
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as ex:
    print('TypeError:', ex)
