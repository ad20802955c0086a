# eval/exec/compile: modes, namespaces, code objects, flags and errors.
g = {'x': 3}
print(eval('x * 2', g), eval('y + 1', g, {'y': 10}), eval('[a for a in range(x)]', g))
exec('z = x + 1\ndef f(n):\n    return n * z', g)
print(g['z'], g['f'](2), sorted(k for k in g if not k.startswith('__')), '__builtins__' in g)
code = compile('1 + 2', '<expr>', 'eval')
print(type(code).__name__, code.co_filename, eval(code))
code = compile('a = 5\nb = a * 2', '<exec>', 'exec')
ns = {}
exec(code, ns)
print(ns['a'], ns['b'])
single = compile('40 + 2', '<single>', 'single')
exec(single)  # echoes 42 through sys.displayhook
print(eval(compile('"s" * 3', 'f', 'eval')))
loc = {}
exec('v = 1', None, loc)
print(loc)


def scope_test():
    w = 7
    return eval('w + 1'), eval('w', {'w': 100})


print(scope_test())
for src, mode in [('1 +', 'eval'), ('x = ', 'exec'), ('def', 'single'), ('a b', 'eval')]:
    try:
        compile(src, '<bad>', mode)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.filename, e.lineno)
for args in [('1', 'f', 'bogus'), (1, 'f', 'eval')]:
    try:
        compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    eval(5)
except TypeError as e:
    print('TypeError:', e)
try:
    exec('1', [])
except TypeError as e:
    print('TypeError:', e)
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError:', e)
print(eval(' 1 + 1 '), eval('\t2'), eval(b'3 + 3'))
print(exec('1'), eval('None'))
