# bastion-differs: Bastion-only API (the verify module, PEP 330)
# verify.verify accepts functions, methods, code objects, classes (recursively) and
# modules, and returns None; anything else is a TypeError.
import verify
import dis


def plain(a, b=2, *args, k, **kw):
    return a + b


def gen():
    yield 1


class Outer:
    attr = 5

    def method(self):
        return self.attr

    @staticmethod
    def static():
        return 1

    @classmethod
    def klass(cls):
        return cls

    @property
    def prop(self):
        return 2

    class Inner:
        def deep(self):
            return lambda: 3


print(verify.verify(plain))
print(verify.verify(gen))
print(verify.verify(plain.__code__))
print(verify.verify(Outer))
print(verify.verify(Outer().method))
print(verify.verify(Outer.Inner))
print(verify.verify(dis))
print(verify.verify(verify))
for bad in (1, 'text', None, [plain]):
    try:
        verify.verify(bad)
    except TypeError as err:
        print('TypeError', err)
print(issubclass(verify.VerificationError, ValueError))
