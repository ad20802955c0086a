# __cause__, __context__ and __suppress_context__ set by raise / raise from.
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('explicit') from z
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    show(e)

try:
    raise KeyError('k') from ValueError
except KeyError as e:
    show(e)

try:
    raise KeyError('k') from 5
except TypeError as e:
    print('TypeError:', e)

e = ValueError('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as ex:
    print('TypeError:', ex)
try:
    e.__context__ = 'x'
except TypeError as ex:
    print('TypeError:', ex)


def cycle():
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise KeyError('b')
        except KeyError as b:
            try:
                raise a
            except ValueError as again:
                return again


r = cycle()
print(repr(r.__context__), repr(r.__context__.__context__))

try:
    try:
        raise ValueError('first')
    finally:
        print('in finally')
except ValueError as e:
    show(e)

try:
    try:
        raise ValueError('inner')
    finally:
        raise KeyError('from finally')
except KeyError as e:
    show(e)
