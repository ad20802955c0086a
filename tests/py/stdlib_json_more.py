# json: dumps options (indent, sort_keys, separators, ensure_ascii, default), loads hooks,
# special floats, round trips, and errors.
import json

data = {'b': [1, 2.5, None, True], 'a': {'nested': 'é'}, 'c': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({1: 'int key', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-0.0), json.dumps(1e20), json.dumps(10 ** 30))
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.loads('{"x": [1, 2.0, "s\\u00e9", null, false]}'))
print(json.loads('[1.5e3, -0, 1E-2]'), json.loads('"\\ud83d\\ude00"') == '\U0001F600')
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[1.1, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('NaN') != json.loads('NaN'), json.loads('Infinity'))
for bad in ('{"a": 1,}', '[1 2]', '', '{"a" 1}', 'tru', '"unterminated', '[1]x'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
text = json.dumps(data, sort_keys=True)
print(json.loads(text) == {'a': {'nested': 'é'}, 'b': [1, 2.5, None, True], 'c': [1, 2]})
