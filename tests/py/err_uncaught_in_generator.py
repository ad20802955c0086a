# An exception escaping a generator through a for loop ends the program with its traceback.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator broke at 3')


total = 0
for n in numbers():
    total += n
    print('got', n)
print('never', total)
