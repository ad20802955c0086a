# json differential on seeded random input: mutated documents through loads (native scanner
# and the hook path) and random nested values through dumps with several option sets.
import json, random
rng = random.Random(7)
seeds = ['{"a": [1, 2.5e3, -0, "x\\u00e9\\ud834\\udd1e", {"b": null}], "c": true}', '[1, [2, [3, {"k": "v"}]], "s\\n\\t"]',
         '"\\ud800\\udc00\\u0041\\\\\\/"', '{"": {}, " ": []}', '[NaN, -Infinity, 1E+2, 0.5e-1]']
alphabet = list('[]{}",:\\/u0123456789abcdefEnulltrsx.+- \t\n\r') + ['\x01', 'é', '\ud800']
out = []
for i in range(400):
    s = list(rng.choice(seeds))
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        pos = rng.randrange(len(s) + 1)
        if op < 0.4 and s:
            del s[min(pos, len(s) - 1)]
        elif op < 0.8:
            s.insert(pos, rng.choice(alphabet))
        else:
            s = s[:pos]
    t = ''.join(s)
    try:
        r = json.loads(t)
        out.append("ok " + ascii(r))
    except json.JSONDecodeError as e:
        out.append("err " + str(e))
    except RecursionError:
        out.append("rec")
    try:
        r = json.loads(t, parse_int=lambda x: int(x), parse_constant=lambda c: c)
        out.append("ok " + ascii(r))
    except json.JSONDecodeError as e:
        out.append("err " + str(e))
for line in out:
    print(line)
rng = random.Random(11)
chars = ['a', 'é', '\x00', '\x1f', '\x7f', '"', '\\', '/', '\u2028', '\ud800', '\udfff', '\U0001f600', ' ', '\n']
def val(d):
    k = rng.random()
    if d > 3 or k < 0.3:
        return rng.choice([None, True, False, 0, -5, 2 ** 70, 1.5, -0.0, 1e300, float('inf'), float('nan'),
                           ''.join(rng.choice(chars) for _ in range(rng.randint(0, 5)))])
    if k < 0.6:
        return [val(d + 1) for _ in range(rng.randint(0, 4))]
    if k < 0.7:
        return tuple(val(d + 1) for _ in range(rng.randint(0, 3)))
    keys = [rng.choice(['k', 'a', 'é', 1, 2.5, True, None, 'z\x01', '\ud800']) for _ in range(rng.randint(0, 4))]
    return {kk: val(d + 1) for kk in keys}
for i in range(80):
    v = val(0)
    for kw in ({}, {'ensure_ascii': False}, {'indent': 2, 'sort_keys': False}, {'separators': (',', ':')},
               {'allow_nan': False}, {'indent': '\t', 'ensure_ascii': False}):
        try:
            print(ascii(json.dumps(v, **kw)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        print(ascii(json.dumps(v, sort_keys=True)))
    except TypeError as e:
        print("TypeError", e)
