# Raising an exception class with no message: the last line is the bare class name.
def todo():
    raise NotImplementedError
print("start")
todo()
