# input() and sys.stdin at end of input (the test runner gives scripts an empty stdin).
import sys

print(repr(sys.stdin.readline()))
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError:', e)
try:
    input()
except EOFError as e:
    print('EOFError:', e)
for bad in ((1, 2), ):
    try:
        input(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    input(prompt='x')
except TypeError as e:
    print('TypeError:', e)


class FakeStdin:
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


sys.stdin = FakeStdin(['alpha\n', 'beta'])
print(repr(input('> ')), repr(input(42)))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
sys.stdin = sys.__stdin__
