# the binary operator protocol: every operator, reflected methods, NotImplemented rules
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"

ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
       "lshift", "rshift", "and", "xor", "or"]
for name in ops:
    def fwd(self, other, name=name):
        return f"{name}({self.v}, {other!r})"
    def rev(self, other, name=name):
        return f"r{name}({self.v}, {other!r})"
    setattr(V, f"__{name}__", fwd)
    setattr(V, f"__r{name}__", rev)

a = V(1)
print(a + 2, 2 + a)
print(a - 2, 2 - a)
print(a * 2, 2 * a)
print(a @ 2, 2 @ a)
print(a / 2, 2 / a)
print(a // 2, 2 // a)
print(a % 2, 2 % a)
print(divmod(a, 2), divmod(2, a))
print(a ** 2, 2 ** a, pow(a, 2))
print(a << 2, 2 << a)
print(a >> 2, 2 >> a)
print(a & 2, 2 & a)
print(a ^ 2, 2 ^ a)
print(a | 2, 2 | a)
print(a + V(2))

# NotImplemented from the left operand falls back to the right operand
class L:
    def __add__(self, other):
        print("L.__add__")
        return NotImplemented
class R:
    def __radd__(self, other):
        print("R.__radd__")
        return "R handled"
print(L() + R())

# both NotImplemented -> TypeError with CPython's message
for expr in ["L() + L()", "L() - 1", "1 @ 2", "'a' * 1.5", "[] + ()", "None + 1", "2 ** 'x'", "{} | []"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

# a subclass's reflected method is tried first when it overrides
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())

class NotOverriding(Base):
    pass
print(Base() + NotOverriding())

# pow with three arguments
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
print(pow(P(), 2, 5), P() ** 3)

# builtin types return NotImplemented for foreign operands
print((1).__add__("x"), (1.5).__add__("x"), "a".__add__ is not None)
print(int.__radd__(3, 4), float.__rsub__(1.5, 4))
