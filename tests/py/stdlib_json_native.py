# json's native scanner and encoder (the _json accelerator in Bastion, CPython's C one in
# 3.11): output formats, every option, subclasses, callbacks and every decoder error.
import json
from collections import OrderedDict

# --- encoder: options and formats ---
doc = {"s": "plain", "e": "tab\t nl\n cr\r bs\b ff\f q\" bsl\\ sl/ nul\x00 del\x7f",
       "u": "é ☃ 𝄞 \u2028", "i": [0, -1, 2 ** 63, -(10 ** 30)], "f": [0.0, -0.0, 1e16, 1e-7, 0.1, 1.5e300],
       "b": [True, False, None], "t": (1, (2, 3)), "empty": [{}, [], ()]}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=3, sort_keys=True))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="--", separators=(";", "=")))
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, {"a": [2, {}]}], indent=-1))
print(json.dumps("\ud800\udfff"), ascii(json.dumps("\ud800\udfff", ensure_ascii=False)))
print(json.dumps("é\U0001f600"), json.dumps("é\U0001f600", ensure_ascii=False))
print(json.dumps({"k": 1}, separators=("，", "：")))
print(json.dumps({1: "a", 1.5: "b", -0.0: "c", True: "d", False: "e", None: "f", 2 ** 70: "g"}))
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
for v in ([float("nan")], {"x": float("inf")}, {float("inf"): 1}):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)

# --- encoder: subclasses ---
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    def items(self):
        return [("z", 1), ("a", 2)]
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1, 2]), {MyStr("k"): MyInt(3), MyInt(7): 0}]))
print(json.dumps(MyDict(q=1)), json.dumps(MyDict(q=1), sort_keys=True))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(OrderedDict([("b", 1), ("a", 2)]), sort_keys=True))

# --- encoder: keys ---
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4, frozenset(): 5}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3, "a": 1}, skipkeys=True, indent=1))
for bad in ({(1, 2): 3}, {b"x": 1}, {1j: 2}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

# --- encoder: default= and circular references ---
class Pt:
    def __init__(self, x):
        self.x = x
print(json.dumps([Pt(1), {"p": Pt(2)}], default=lambda o: {"x": o.x}))
print(json.dumps({1, 2, 3} and [sorted({3, 1, 2})]))
print(json.dumps(Pt(3), default=lambda o: [o.x, "pt"], indent=2))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), Enc(sort_keys=True).encode({"b": {2}, "a": 1}))
for bad in (Pt(1), [1, Pt(2)], {"a": b"bytes"}, 1j):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
loop = {"a": []}
loop["a"].append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
selfref = Pt(0)
try:
    json.dumps(selfref, default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(selfref, default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([shared, shared], check_circular=False))
def raising(o):
    raise KeyError("from default")
try:
    json.dumps([Pt(1)], default=raising)
except KeyError as e:
    print("KeyError:", e)
grow = [1, 2, 3]
def mutate(o):
    grow.append(9) if len(grow) < 6 else None
    return 0
print(json.dumps([grow, Pt(1)], default=mutate), grow)

# --- decoder: values ---
print(json.loads('[0, -0, 1.0, -0.0, 1e3, 1E-3, 2.5e+2, 123456789012345678901234567890, -1e400, 1e400]'))
print(ascii(json.loads('"\\u00e9\\ud834\\udd1e\\ud800\\udc00x\\udc00\\ud800\\u0041"')))
print(ascii(json.loads('"\\ud800\\u0041"')), ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\ud800\\ud800"')))
print(json.loads('"é ☃ 𝄞"'), json.loads('" \\" \\\\ \\/ \\b \\f \\n \\r \\t "') == ' " \\ / \b \f \n \r \t ')
print(json.loads(' \t\n\r{ "a" : [ 1 , { } , [ ] ] , "b" : { "c" : null } } \n'))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'))
print(json.loads('[NaN, Infinity, -Infinity, true, false, null]'))
print(json.loads('"a\tb"', strict=False), json.loads('["\x01"]', strict=False))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('xx{"a": 1}', 2))
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')), json.loads('\ufeff[1]'.encode('utf-8')))
big = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(len(big), sum(big))
deep = json.loads('[' * 500 + ']' * 500)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print("depth", depth)
print(json.dumps(json.loads('{' + '"a":{' * 300 + '}' * 301))[:20])
text = json.dumps(doc)
print(json.loads(text) == json.loads(json.dumps(json.loads(text))))

# --- decoder: errors, positions, messages ---
for bad in ['', ' ', '[', ']', '{', '}', '[1,]', '[,1]', '{"a":1,}', '{,}', '{"a" 1}', '{"a":}', '{1:2}',
            "{'a':1}", '[1 2]', '[1,,2]', 'nul', 'tru', 'fals', 'nan', 'inf', '-', '--1', '01', '-01', '1.', '.5',
            '1e', '1e+', '+1', '0x10', '"abc', '"abc\\', '"\\', '"\\q"', '"\\u12"', '"\\u12zz"', '"\\uZZZZ"',
            '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\u0041', '"a\x01"', '"a\x1f', '"a\nb"', '["a\x00"]', '1 2', '[] []',
            '{"a": 1} x', '\n\n  [1,\n  oops]', '[1,\n2,\n\t?]', '{"a": [1, {"b": ]}]', '"\\ud834\\udd1e', 'é', '[é]']:
    try:
        json.loads(bad)
        print(repr(bad), "-> no error")
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == bad)
    try:  # with a hook (Bastion: the Python scanner; CPython: the C one): the same errors
        json.loads(bad, parse_int=int)
    except json.JSONDecodeError as e:
        print("   hook:", e)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads(b'\xff')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)

# --- decoder hooks (called where CPython's scanner calls them) ---
calls = []
def pf(text):
    calls.append(("float", text))
    return "F" + text
def pi(text):
    calls.append(("int", text))
    return int(text) * 10
def pc(name):
    calls.append(("const", name))
    return name.lower()
doc_text = '{"a": [1, -2.5e3, NaN, {"b": -Infinity}], "c": {"d": 7, "e": Infinity}, "f": 12345678901234567890}'
print(json.loads(doc_text, parse_float=pf, parse_int=pi, parse_constant=pc))
print(calls)
print(json.loads(doc_text, object_hook=lambda d: sorted(d)))
print(json.loads(doc_text, object_pairs_hook=lambda p: p))
print(json.loads(doc_text, object_hook=lambda d: "hook", object_pairs_hook=lambda p: len(p)))
print(json.loads('[{}, {"x": {}}]', object_hook=lambda d: ("obj", len(d))))
print(json.loads('[1.5, 2]', parse_float=float, parse_int=int), json.loads('[1.5]', parse_float=str))
print(json.JSONDecoder(object_pairs_hook=OrderedDict).decode('{"z": 1, "a": {"y": 2}}'))
print(json.JSONDecoder(parse_int=str).raw_decode('  [1, 2] x', 2))
def boom(x):
    raise KeyError("hook failed")
for kw in ({"object_hook": boom}, {"object_pairs_hook": boom}, {"parse_int": boom}, {"parse_float": boom},
           {"parse_constant": boom}):
    try:
        json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **kw)
    except KeyError as e:
        print(list(kw), "KeyError:", e)
try:
    json.loads('{"a": [1, 2}', object_hook=lambda d: d)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
