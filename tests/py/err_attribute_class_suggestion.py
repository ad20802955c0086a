# Uncaught AttributeError on a class: name/obj are set, so the printer suggests the
# close name as CPython 3.11 does.
class C:
    value = 1
print(C.valeu)
