# Unbounded recursion raises RecursionError; caught, the program continues; uncaught, it ends.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(200)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(150))
try:
    count(500)
except RecursionError as e:
    print('caught again')
down(0)
