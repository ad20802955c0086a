# Default arguments: evaluated once, shared mutable default, None pattern.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 5
def snapshot(v=counter):
    return v
counter = 99
print(snapshot(), snapshot(1))
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=9), f(a=4, b=0, c=0))
def nothing_returned():
    x = 1
print(nothing_returned())
