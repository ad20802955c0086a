# nonlocal rebinding in enclosing function scopes.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = accumulator()
print(acc(5), acc(10))
def outer():
    x = 1
    def middle():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def bank():
    balance = 100
    def deposit(n):
        nonlocal balance
        balance += n
    def get():
        return balance
    return deposit, get
dep, get = bank()
dep(50)
dep(25)
print(get())
