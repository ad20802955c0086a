try:
    assert 1 == 2, 'no'
except AssertionError as e:
    raise KeyError('k') from e
