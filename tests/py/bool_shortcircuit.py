# and/or return one of their operands and stop evaluating early.
def t(name, value):
    print("eval", name)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 3))
print(t("a", 4) or t("b", 5))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "x")
print([] or [1], {} and 5, "s" and "t", not [], not [0])
x = None
name = x or "default"
print(name)
print(not 1 == 2, not (1 and 0), (not 1) == 0)
r = t("c", []) or t("d", 0) or t("e", "last")
print(r)
