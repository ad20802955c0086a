# An uncaught FileNotFoundError from open() ends the program with CPython's message.
print('opening')
with open('definitely_missing_file.txt') as f:
    print(f.read())
