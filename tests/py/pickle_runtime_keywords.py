# pickle_runtime_keywords: keyword names built at run time (as the keys of a dict pickle.loads
# makes) reach native functions by value: max/min's key and default, print's sep/end, sorted's
# key, after a functools.partial round trip too.
import functools
import pickle


def name(*parts):
    return ''.join(parts)


print('a', **{name('e', 'nd'): '!\n'})
print('b', 'c', **{name('s', 'ep'): '+'})
print(max([1, -5], **{name('k', 'ey'): abs}), min([], **{name('def', 'ault'): 0}))
print(sorted([3, -1, 2], **{name('k', 'ey'): abs, name('rev', 'erse'): True}))
q = pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs)))
print(q(-5))
q = pickle.loads(pickle.dumps(functools.partial(print, 'x', sep='-', end='|\n')))
q('y')
q = pickle.loads(pickle.dumps(functools.partial(sorted, key=len)))
print(q(['ccc', 'a', 'bb']))
