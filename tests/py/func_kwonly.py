# Keyword-only parameters (after * or *args).
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True), connect("c", secure=True))
try:
    connect("d", 8080)
except TypeError as e:
    print("TypeError:", e)
def log(*messages, sep=" ", level):
    return level + ": " + sep.join(messages)
print(log("x", "y", level="INFO"), log("z", sep="-", level="WARN"))
try:
    log("oops")
except TypeError as e:
    print("TypeError:", e)
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
