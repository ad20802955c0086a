# Float arithmetic in loops: a numerical integration and a damped oscillator.
def integrate(n):
    h = 1.0 / n
    s = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
        i += 1
    return s * h

def oscillate(steps):
    x, v, dt = 1.0, 0.0, 0.00002
    for _ in range(steps):
        a = -x - 0.1 * v
        v += a * dt
        x += v * dt
    return x

print(round(integrate(1_500_000), 9), round(oscillate(1_500_000), 9))
