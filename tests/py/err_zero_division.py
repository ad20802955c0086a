# Uncaught ZeroDivisionError after some output: exit 1, traceback on stderr.
def ratio(a, b):
    return a / b
print("before")
print(ratio(1, 2))
print(ratio(1, 0))
print("never printed")
