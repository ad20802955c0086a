# a group whose member has a cause: the cause is printed inside the box
try:
    raise KeyError("inner cause")
except KeyError as k:
    err = ValueError("member")
    err.__cause__ = k
raise ExceptionGroup("with cause", [err, TypeError("plain")])
