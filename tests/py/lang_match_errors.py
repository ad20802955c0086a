# match: compile-time errors raised as SyntaxError, with CPython's messages
sources = [
    "match x:\n case y:\n  pass\n case 1:\n  pass\n",
    "match x:\n case _:\n  pass\n case 1:\n  pass\n",
    "match x:\n case [a, a]:\n  pass\n",
    "match x:\n case [a] | [b]:\n  pass\n",
    "match x:\n case a | 1:\n  pass\n",
    "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
    "match x:\n case [*a, *b]:\n  pass\n",
    "match x:\n case C(a=1, a=2):\n  pass\n",
    "match x:\n case {**r, 'a': 1}:\n  pass\n",
    "match x:\n case C(a=1, 2):\n  pass\n",
    "match x:\n case f(x):\n  pass\n",
    "match x:\n case a.b():\n  pass\n case (p, q, p):\n  pass\n",
    "match x:\n case 1 + 1:\n  pass\n",
    "match x:\n case [x] | _ | [y]:\n  pass\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
