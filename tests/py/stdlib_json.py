import json

data = {"name": "Bastion", "version": [3, 11], "ok": True, "none": None, "pi": 3.14159,
        "big": 10 ** 20, "neg": -0.0, "tiny": 1e-7, "huge": 1.5e300, "text": "tab\there \"q\" \\ é ☃ 𝄞"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]], []], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({3: "int", 2.5: "float", True: "t", None: "n"}))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(1.0), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.loads(s) == data)
print(json.loads('{"a": [1, 2.5, -3e2, "x\\u00e9\\ud834\\udd1e\\n"], "b": null, "c": true}'))
print(json.loads("  [1, 2]  "), json.loads('"s"'), json.loads("12"), json.loads("-0.5"), json.loads("NaN"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda t: "F" + t, parse_int=lambda t: "I" + t))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_pairs_hook=list))
print(json.loads(b'[1]'))
print(json.dumps({"b": 1, "a": {"d": [], "c": None}}, sort_keys=True, indent=1))

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
try:
    json.dumps(Pt(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
for bad in ["", "[", '{"a" 1}', '{"a":1,}', "[1,]", "[1 2]", '"abc', '"a\\q"', "{1:2}", "1 2", "nul",
            '"\\u12"', '"a\x01"', '{"a":', "-", "[-]", "\n\n  [1,\n  oops]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
