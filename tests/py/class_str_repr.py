# __str__ and __repr__ overrides and how print/str/repr/f-strings/containers use them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        cents = str(self.cents % 100)
        if len(cents) < 2:
            cents = "0" + cents
        return "$" + str(self.cents // 100) + "." + cents
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(m)
print(str(m), repr(m), f"{m} {m!r}")
print([m, Money(5)])
print({"price": m})
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), [o])
class Plain:
    pass
print(str(Plain()).startswith("<__main__.Plain object at "), repr(Plain()).endswith(">"))
class Named:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Named({self.name!r})"
print(sorted([Named("b"), Named("a")], key=lambda n: n.name))
