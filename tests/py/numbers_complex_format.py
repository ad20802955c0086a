# complex.__format__: the format mini-language as CPython 3.11 applies it to complex.
values = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1j, -1j, 1 + 2j, -1.5 - 2.25j, 3.14159 + 0j,
          complex(1e20, -1e-20), complex(123456.789, -98765.4321), complex(1e16, 1), complex(float("inf"), 1),
          complex(float("nan"), -float("inf")), complex(-0.0, float("nan")), complex(2, -0.0)]
specs = ["", "f", ".2f", "e", ".3e", "E", "g", ".3g", "G", "n", ".10", "20", "<20", ">20", "^20", "*^24.2f",
         "+", "+.1f", " ", " .2e", "-", ",", "_.3f", ",.2f", "#", "#.0f", "#g", ".0e", "z.1f", "z", "F",
         "30,.4f", "x>30", "+^25g", ".0", ".1", "-^15", " 12"]
for v in values:
    print(repr(v))
    for spec in specs:
        print("  %-8r %r" % (spec, format(v, spec)))
print(f"{1+2j:>12.3f}|{-3j:^10}|{2.5+0j!r:>12}")
print("{:e} {:_} {:,g}".format(12345.678 + 1e6j, 1e7 + 1j, 1234567 - 0.5j))

class C(complex):
    pass
print(format(C(1, 2), "10.1f"), format(C(1, 2), ""))
for spec in ["0", "010", "010.2f", "0<10", "=10", "x=10", "%", "d", "x", "s", "c", "b", ".2%", ",n", "_n",
             ",_", "..2", ".f", "10.2fx", "z#,d"]:
    try:
        print(repr(spec), "->", format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    format(1j, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    (1j).__format__(5)
except TypeError as e:
    print("TypeError:", e)
