# pass in every block position, and assert that holds / fails inside try.
def nothing():
    pass
class Nothing:
    pass
for i in range(2):
    pass
if True:
    pass
print(nothing(), type(Nothing()).__name__)
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
x = 5
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)
