# Truth values of every core type.
values = [None, False, True, 0, 1, -1, 0.0, 0.1, "", "a", " ", [], [0], (), (0,), {}, {0: 0}, set(), {0}]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
class Empty:
    pass
print(bool(Empty()))
count = 0
for v in values:
    if v:
        count += 1
print(count)
