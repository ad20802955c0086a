# Uncaught NameError from inside a function.
def show():
    print("looking up")
    return undefined_variable
show()
