# __subclasses__ of built-in types: the built-in part of CPython 3.11's lists, in its order
# (classes from other modules are filtered out: CPython's start-up imports add some; so are
# Bastion's own StepLimitExceeded and VerificationError, which CPython does not have).
BASTION_ONLY = {'StepLimitExceeded', 'VerificationError'}

def builtin_subs(cls):
    return [c.__name__ for c in cls.__subclasses__() if c.__module__ == 'builtins' and c.__name__ not in BASTION_ONLY]

print(builtin_subs(int))
print(builtin_subs(BaseException))


def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        if sub.__module__ != 'builtins' or sub.__name__ in BASTION_ONLY:
            continue
        print('  ' * depth + sub.__name__)
        walk(sub, depth + 1)


walk(BaseException)

# User classes are appended after the built-in ones, and disappear when they die.
class MyInt(int):
    pass

print(builtin_subs(int), [c.__name__ for c in int.__subclasses__()])
del MyInt
import gc
gc.collect()
print([c.__name__ for c in int.__subclasses__()])


class MyError(ValueError):
    pass

print([c.__name__ for c in ValueError.__subclasses__() if c.__module__ in ('builtins', '__main__') and c.__name__ not in BASTION_ONLY])
print(bool.__subclasses__(), issubclass(bool, int))
print(dict.__subclasses__() == [] or all(c.__module__ != 'builtins' for c in dict.__subclasses__()))
