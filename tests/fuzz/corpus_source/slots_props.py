class P:
    __slots__ = ('a',)
    @property
    def b(self): return self.a
    @b.setter
    def b(self, v): self.a = v
p = P()
p.b = 5
print(p.b)
