# An exception raised while handling another shows both, joined by the context message.
data = {'a': 1}
try:
    data['missing']
except KeyError as e:
    print('handling', repr(e))
    int('not a number')
