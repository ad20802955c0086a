class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + o.v)
    def __repr__(self): return f'A({self.v!r})'
class B(A):
    def __init__(self): super().__init__(2)
print(A(1) + B())
