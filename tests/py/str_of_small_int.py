# str(x) of an int in a machine word writes its digits directly (objects/str_object.cpp):
# the same text as repr for every size and sign; bools, subclasses and __str__ overrides
# keep their own results.


class I(int):
    def __str__(self):
        return 'I!'


class J(int):
    pass


for x in (0, 1, -1, 9, 10, -10, 12345, -98765, 2 ** 31, -2 ** 31, 2 ** 62 - 1, -2 ** 62, 2 ** 62, -2 ** 62 - 1,
          2 ** 63, -2 ** 63 - 1, 10 ** 30, -10 ** 30):
    s = str(x)
    print(s, s == repr(x), type(s).__name__, s.isascii(), hash(s) == hash(s[:]))
print(str(True), str(False), str(I(3)), str(J(-4)), type(str(J(5))).__name__)
acc = ''
for i in range(30):
    acc += str(i % 10) + str(-i)
print(acc, str() == '', str(object=7))
