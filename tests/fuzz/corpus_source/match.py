def m(p):
    match p:
        case [1, *rest]: return rest
        case {'k': v, **kw}: return v
        case int(x) if x > 3: return x
        case str() | bytes(): return 's'
        case _: return None
print(m([1, 2]), m({'k': 3}), m(7), m('a'), m(1.5))
