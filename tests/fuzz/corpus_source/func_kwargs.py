# Keyword arguments, argument errors.
def describe(name, age, city="Nowhere"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Rome", age=40))
def area(width, height):
    return width * height
print(area(height=3, width=4))
try:
    describe("Dee")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Eve", 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Fay", 1, name="again")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Gus", 1, color="red")
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3], key=lambda v: -v))
