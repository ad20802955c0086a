# An uncaught EOFError from input() at end of input.
print('before')
name = input('name? ')
print('never', name)
