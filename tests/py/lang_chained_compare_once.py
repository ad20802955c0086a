# Chained comparisons evaluate each operand at most once and short-circuit.
def v(x, tag):
    print('eval', tag)
    return x


print(v(1, 'a') < v(2, 'b') < v(3, 'c'))
print(v(1, 'a') < v(0, 'b') < v(3, 'c'))
print(v(1, 'a') == v(1, 'b') != v(2, 'c') is not v(None, 'd'))
print(1 < 2 > 1.5 >= 1.5 <= 2 != 3 == 3)
print(2 in [1, 2] in [[1, 2]], 'a' not in 'bcd' not in ['x'])


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print('lt', self.n, o.n)
        return self.n < o.n

    def __bool__(self):
        print('bool', self.n)
        return True


print(Loud(1) < Loud(2) < Loud(3))


class Weird:
    def __lt__(self, o):
        return 'truthy-string'


print(Weird() < Weird(), (Weird() < Weird() < Weird()))
x = 5
print(0 < x < 10, 0 < x < 3, not 0 < x)
print([i for i in range(10) if 2 < i <= 5])
