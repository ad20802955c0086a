# Uncaught user-defined exception raised deep in a call chain.
class ValidationError(Exception):
    pass
def check(age):
    if age < 0:
        raise ValidationError(f"age must be non-negative, got {age}")
    return age
def load(ages):
    return [check(a) for a in ages]
print(load([1, 2]))
print(load([3, -4]))
