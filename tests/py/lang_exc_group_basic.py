# ExceptionGroup / BaseExceptionGroup: construction, attributes, str/repr, type selection
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
print(eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)

one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))

# BaseExceptionGroup becomes ExceptionGroup when every member is an Exception
b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__)
b2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b2).__name__, isinstance(b2, Exception))

for args in [("m", [KeyboardInterrupt()]), ("m", []), ("m", [1]), (1, [ValueError()]), ("m", 5), ("m",), ("m", {1: 2})]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class MyGroup(ExceptionGroup):
    pass

try:
    MyGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

g = MyGroup("mine", [ValueError(2)])
print(type(g).__name__, g.message)

# nesting
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(nested)
print(nested.exceptions[1].exceptions)
print(len(nested.exceptions))
