# Differential sweep over the methods and operators of list, tuple, dict, set, frozenset,
# range and slice: each expression prints its value or its exception (CPython's text).


def t(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)


LIST = [
    "[3, 1, 2].index(2)", "[1].index(5)", "[1, 2, 1].index(1, 1)", "[1, 2].index(1, 'a')",
    "[1, 2, 1].count(1)", "[].pop()", "[1].pop(5)", "[1, 2].pop(-1)", "[1].remove(3)",
    "[1, 2] + (3,)", "[1] * 3", "[1] * -1", "[1] * None", "[1] * (1 << 63)", "[1, 2] < [1, 3]",
    "[1, [2]] == [1, [2]]", "[1, 2][5]", "[1, 2][-3]", "[1, 2][str('a')]", "[1, 2][10**20]",
    "list(range(10))[::3]", "list(range(10))[8:2:-2]", "list(range(10))[::0]", "[].sort(key=1)",
    "sorted([3, 1, 2], reverse=True)", "[1, 2].insert(10**30, 3)", "list(reversed([1, 2, 3]))",
    "[1, 2].__reversed__().__length_hint__()", "[0] * 3 == [0, 0, 0]", "list('abc')", "list(5)",
    "[1, 2].copy()", "[].extend(5)", "[1, 2, 3].__contains__(2)", "hash([])",
]
TUPLE = [
    "(1, 2).index(2)", "(1,).index(3)", "(1, 2, 2).count(2)", "(1, 2) + [3]", "(1,) * 3",
    "(1, 2)[::-1]", "(1, 2)[5]", "hash((1, 2)) == hash((1, 2))", "hash((1, [2]))", "(1, 2) < (1, 2, 0)",
    "tuple('ab')", "tuple(5)", "(1,) * (1 << 63)", "hash(())", "hash((1, 2, 3))",
]
DICT = [
    "{1: 2}[3]", "{1: 2}.get(3, 'd')", "{1: 2}.pop(3)", "{1: 2}.pop(3, None)", "{}.popitem()",
    "{1: 2, 3: 4}.popitem()", "dict.fromkeys('ab', 0)", "{1: 2}.setdefault(5, 6)", "{1: 2} | {3: 4}",
    "{1: 2} | [3]", "{1: 2}.update(5)", "dict([(1, 2), (3,)])", "dict(a=1, b=2)", "dict([1])",
    "{1: 2}.keys() & {1, 5}", "{1: 2}.keys() | {5}", "{1: 2}.keys() - {1}", "{1: 2}.keys() ^ {1, 3}",
    "{1: 2}.items() & {(1, 2)}", "{1: 2}.keys().isdisjoint([3])", "list(reversed({1: 2, 3: 4}.items()))",
    "list(reversed({1: 2, 3: 4}.values()))", "{1: 2}.keys().mapping", "{1: 2}.items().mapping[1]",
    "{1: 2} == {1: 2.0}", "{1: 2} < {1: 2}", "hash({})", "{[]: 1}", "{1: 2}.copy()", "len({1: 2}.values())",
    "repr({1: 2}.items())", "2 in {1: 2}.values()", "(1, 2) in {1: 2}.items()", "{1: 2}.clear()",
]
SET = [
    "{1, 2} | {3}", "{1, 2} & {2}", "{1, 2} - {2}", "{1, 2} ^ {2, 3}", "{1, 2} | [3]",
    "{1}.union([2], (3,))", "{1, 2}.intersection([2], [2, 3])", "{1, 2}.difference([1])",
    "{1, 2}.symmetric_difference([2, 5])", "{1}.issubset([1, 2])", "{1, 2}.issuperset([1])",
    "{1}.isdisjoint({2})", "set().pop()", "{1}.remove(2)", "{1}.discard(2)", "{1} < {1, 2}",
    "{1} <= {1}", "{1} == frozenset([1])", "frozenset([1, 2]) | {3}", "{1} | frozenset([3])",
    "hash(frozenset()) ", "hash(frozenset([1, 2, 3]))", "hash(frozenset(['a'])) == hash(frozenset(['a']))",
    "{[]}", "set([1, [2]])", "{1, 2}.copy()", "frozenset([1]).copy()", "set('abcab') == set('abc')",
    "sorted({3, 1, 2})", "{1, 2, 3, 100, 1000, -5}", "set(range(20, 0, -3))", "{0.5, 1.5, 2, (1, 2)}",
    "{i * 37 % 101 for i in range(30)}",
]
RANGE = [
    "range(10)[3]", "range(10)[-1]", "range(10)[10]", "range(0, 10, 3)[1:]", "range(10)[::-2]",
    "range(0)", "range(1, 10, 0)", "range(1.5)", "len(range(-5, 5, 2))", "range(10).index(3)",
    "range(10).index(11)", "range(10).count(3)", "3 in range(0, 10, 3)", "4 in range(0, 10, 3)",
    "range(0, 10, 2) == range(0, 9, 2)", "hash(range(3)) == hash(range(0, 3))", "list(reversed(range(5)))",
    "range(5).start", "range(1, 5, 2).step", "repr(range(1, 5, 2))", "len(range(10**20))",
    # TODO(containers): big-int range bounds (range(10**20)[5], `in`, index, slicing) are
    # not supported yet: every such operation raises OverflowError.
]
SLICE = [
    "slice(1, 10, 2).indices(5)", "slice(None, None, -1).indices(4)", "slice(1, 2, 0).indices(3)",
    "slice(1, 2).indices(-1)", "slice(1, 2, 3)", "slice(5)", "slice(1, 2) == slice(1, 2)",
    "slice(10**30, -10**30, -1).indices(7)", "slice('a').indices(3)", "hash(slice(1))",
    "slice(1, 2, 3).start", "slice(None).stop",
]
for group in (LIST, TUPLE, DICT, SET, RANGE, SLICE):
    for expr in group:
        t(expr)
