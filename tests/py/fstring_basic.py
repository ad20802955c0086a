# f-strings with plain fields, !r, expressions and simple format specs.
name = "Ada"
age = 36
items = [1, 2, 3]
print(f"{name} is {age}")
print(f"{name!r} has {len(items)} items: {items}")
print(f"{age + 1} next year, {age * 2} doubled, {'yes' if age > 30 else 'no'}")
print(f"{{literal braces}} {name}")
print(f"{name:>8}|{name:<8}|{name:^8}|")
print(f"{age:5}|{age:<5}|{age:>5}|")
pi = 3.14159265
print(f"{pi:.2f} {pi:.0f} {2.5:.1f} {1/3:.4f} {-1.005:.2f} {10:.2f}")
print(f"{None} {True} {3.0} {'s'!r} {[1, 'a']!r} {'s'}")
d = {"k": 10}
print(f"{d['k']} {items[-1]} {name.upper()} {name[0]}")
x = 42
print(f"x={x}, x*x={x * x}")
print(f"" == "", f"{''}" == "", len(f"{x}{x}"))
print(f"multi {x} " f"part {name}")
