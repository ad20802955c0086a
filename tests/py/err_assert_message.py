# assert with a message expression; the uncaught AssertionError carries it.
def check(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    assert v > 0
    return v


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError:', repr(e), e.args)
check('nope')
