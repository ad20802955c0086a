# 'e', 'E', 'f', 'F' and '%' float formatting through std::to_chars (objects/str_format.cpp,
# str_percent.cpp): the same correctly rounded text as CPython for every magnitude,
# precision, sign, tie and subnormal, with the general path's flags (#, z, sign, width).
import math
import random

rng = random.Random(11)
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, 123.456, 1e15, 1e16, 9.999999e49, 1e50, 1e300, -1e-300,
          5e-324, 2.2250738585072014e-308, 1 / 3, 2 / 3, 0.05, 0.15, 0.25, 0.35, 1e22, 123456789.987654321]
for _ in range(15):
    values.append(math.ldexp(rng.getrandbits(53) / 2 ** 53, rng.randrange(-1074, 1024)) * rng.choice((1, -1)))
    values.append(rng.uniform(-1e6, 1e6))
    values.append(rng.random() * 10 ** rng.randrange(-30, 60))
values = [v for v in values if v == v and abs(v) != float('inf')] + [float('nan'), float('inf'), -float('inf')]
out = []
for v in values:
    for p in (0, 1, 3, 6, 17, 50, 51):
        out.append('%.*f|%.*e|%.*E|%.*F' % (p, v, p, v, p, v, p, v))
        out.append(format(v, '.%df' % p) + '|' + format(v, '.%de' % p) + '|' + format(v, '.%dE' % p) + '|' +
                   format(v, '.%d%%' % p))
    out.append('%#.0f|%#.0e|%+.3f|% .2e|%010.3f|%-12.4e|' % (v, v, v, v, v, v))
    out.append('{:z.2f}|{:#.0f}|{:+012,.3f}|{:_.1f}|{:^20.5e}|{:.3f}|{:g}|{:.4}'.format(v, v, v, v, v, v, v, v))
print(len(out))
for line in out:
    print(line)
