# super(): two-argument form, in classmethods and staticmethod errors, cooperative
# __init__ with **kwargs, super() properties, and the errors of misuse.
class A:
    def __init__(self, **kw):
        print('A.__init__', sorted(kw))
        self.a = True

    def who(self):
        return 'A'

    @classmethod
    def make(cls):
        return f'A.make({cls.__name__})'

    @property
    def prop(self):
        return 'A.prop'


class B(A):
    def __init__(self, b=0, **kw):
        print('B.__init__', b)
        super().__init__(**kw)

    def who(self):
        return 'B>' + super().who()


class C(A):
    def __init__(self, c=0, **kw):
        print('C.__init__', c)
        super().__init__(**kw)

    def who(self):
        return 'C>' + super().who()

    @classmethod
    def make(cls):
        return 'C.make>' + super().make()

    @property
    def prop(self):
        return 'C>' + super().prop


class D(B, C):
    def __init__(self):
        super().__init__(b=1, c=2, extra=3)

    def who(self):
        return 'D>' + super(B, self).who()


d = D()
print(d.who(), D.make(), d.prop, d.a)
print(super(D, d).who(), super(C, d).who(), super(A, d).__init__ is not None)
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)


def outside():
    return super().who()


try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)


class E:
    @staticmethod
    def st():
        return super().x


try:
    E.st()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(int, 'str')
except TypeError as e:
    print('TypeError:', e)


class F(A):
    def nested(self):
        def inner():
            return super().who()
        return inner()


try:
    F().nested()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ':', e)


class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __repr__(self):
        return 'G' + super().__repr__()


g = G()
g['x'] = 2
print(g, super(G, g).__repr__())
