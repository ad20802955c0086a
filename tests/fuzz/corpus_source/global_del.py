x = 1
def f():
    global x
    x += 1
    del x
f()
try:
    x
except NameError as e:
    print(e)
