#!/usr/bin/env python3
"""Regenerates the checked-in seed corpora of the run/source fuzz targets (tests/fuzz/).

  tests/fuzz/corpus_run/     `.bbc` files (`bastion compile`) and marshal blobs
                             (`marshal.dumps(compile(...))` run by Bastion) of the snippets
                             below and of 30 small tests/py scripts spread over its areas,
                             for fuzz_run.
  tests/fuzz/corpus_source/  the snippets as text, for fuzz_source (tools/fuzz_smoke.sh adds
                             the small tests/py scripts themselves at run time, so they are
                             not copied here).

Usage: tools/gen_fuzz_corpus.py BASTION_BINARY
Deterministic: the same sources and binary give the same bytes. Small seeds keep each fuzz
execution (a fresh interpreter, a 20,000-step budget) to milliseconds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY_DIR = ROOT / "tests" / "py"
RUN_DIR = ROOT / "tests" / "fuzz" / "corpus_run"
SOURCE_DIR = ROOT / "tests" / "fuzz" / "corpus_source"
SCRIPTS = 30          # how many of the smallest tests/py scripts to take
MAX_SCRIPT_BYTES = 1200

# Shapes the verifier and the loop care about: loops, handlers, with, generators, closures,
# classes, comprehensions, match, unpacking, f-strings, big numbers, deep calls.
SNIPPETS = {
    "loop": "t = 0\nfor i in range(100):\n    if i % 3: t += i\n    else: continue\nprint(t)\n",
    "while_else": "n = 10\nwhile n:\n    n -= 1\n    if n == 20: break\nelse:\n    n = -1\n",
    "try_finally": "def f(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError as e:\n        return str(e)\n    finally:\n        x = 0\nprint(f(0), f(2))\n",
    "with": "class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\nwith C() as c, C():\n    raise ValueError('x')\n",
    "gen": "def g(n):\n    for i in range(n):\n        x = yield i\n    return n\ndef h():\n    r = yield from g(3)\n    yield r\nprint(list(h()))\n",
    "closure": "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\nf = outer()\nprint(f(), f())\n",
    "klass": "class A:\n    def __init__(self, v): self.v = v\n    def __add__(self, o): return A(self.v + o.v)\n    def __repr__(self): return f'A({self.v!r})'\nclass B(A):\n    def __init__(self): super().__init__(2)\nprint(A(1) + B())\n",
    "comprehension": "d = {k: [v * 2 for v in range(k) if v] for k in range(5)}\ns = {x for x in 'hello'}\nprint(d, sorted(s), sum(x for x in range(9)))\n",
    "match": "def m(p):\n    match p:\n        case [1, *rest]: return rest\n        case {'k': v, **kw}: return v\n        case int(x) if x > 3: return x\n        case str() | bytes(): return 's'\n        case _: return None\nprint(m([1, 2]), m({'k': 3}), m(7), m('a'), m(1.5))\n",
    "unpack": "a, *b, c = range(6)\nd = {**{'x': 1}, 'y': 2}\nprint(*b, sep=',')\nprint([*a.__class__.__name__, *d])\n",
    "fstring": "x = 3.14159\nprint(f'{x:>10.3f}|{x!r}|{\"s\":^5}|{10**20:,}')\n",
    "bignum": "print(2 ** 200 // 3 ** 50, -(7 ** 80) % 1000003, hex(1 << 100))\n",
    "recursion": "def r(n): return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError:\n    print('deep')\n",
    "except_star": "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\nexcept* ValueError as e:\n    print('v', e.exceptions)\nexcept* TypeError:\n    print('t')\n",
    "dict_ops": "d = {}\nfor w in 'a b a c b a'.split():\n    d[w] = d.get(w, 0) + 1\nprint(sorted(d.items(), key=lambda kv: -kv[1]))\ndel d['a']\n",
    "strings": "s = 'Hello, World'\nprint(s.lower().split(', '), s[::-1], s.encode('utf-16'), '-'.join(s))\n",
    "lambda_defaults": "def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)\nprint(f(1, c=3), f(1, 2, 3, c=5, e=6))\ng = lambda *a, **k: (a, k)\nprint(g(1, x=2))\n",
    "global_del": "x = 1\ndef f():\n    global x\n    x += 1\n    del x\nf()\ntry:\n    x\nexcept NameError as e:\n    print(e)\n",
    "assert_raise": "try:\n    assert 1 == 2, 'no'\nexcept AssertionError as e:\n    raise KeyError('k') from e\n",
    "infinite": "while True:\n    pass\n",
    "memory": "x = []\nwhile True:\n    x.append('a' * 100000)\n",
    "decorators": "def deco(f):\n    def w(*a): return f(*a) * 2\n    return w\n@deco\ndef f(x): return x + 1\n@property\ndef p(self): return 1\nprint(f(1))\n",
    "slots_props": "class P:\n    __slots__ = ('a',)\n    @property\n    def b(self): return self.a\n    @b.setter\n    def b(self, v): self.a = v\np = P()\np.b = 5\nprint(p.b)\n",
    "import": "import math, sys\nfrom functools import reduce\nprint(reduce(lambda a, b: a * b, range(1, 10)), math.gcd(12, 18), sys.maxsize > 0)\n",
}


def compile_bbc(bastion: str, src: Path, out: Path) -> bool:
    # Relative to its folder, so the file name inside the .bbc does not depend on the temp dir.
    r = subprocess.run([bastion, "compile", src.name, "-o", str(out)], cwd=src.parent, capture_output=True)
    return r.returncode == 0


def marshal_blob(bastion: str, src: Path, out: Path) -> bool:
    prog = ("import marshal, sys\n"
            "sys.stdout.write(marshal.dumps(compile(sys.argv[1], '<seed>', 'exec')).hex())\n")
    r = subprocess.run([bastion, "-c", prog, src.read_text()], capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout:
        return False
    out.write_bytes(bytes.fromhex(r.stdout))
    return True


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    bastion = str(Path(sys.argv[1]).resolve())
    # An even spread over the areas (the names start with the area) of the small scripts.
    small = sorted(p for p in PY_DIR.glob("*.py") if p.stat().st_size <= MAX_SCRIPT_BYTES)
    scripts = [small[i * len(small) // SCRIPTS] for i in range(min(SCRIPTS, len(small)))]
    for d in (RUN_DIR, SOURCE_DIR):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        sources: list[Path] = []
        for name, text in SNIPPETS.items():
            p = Path(tmp) / f"{name}.py"
            p.write_text(text)
            sources.append(p)
        for script in scripts:
            copy = Path(tmp) / script.name
            shutil.copyfile(script, copy)
            sources.append(copy)
        for i, src in enumerate(sources):
            if i < len(SNIPPETS):
                shutil.copyfile(src, SOURCE_DIR / src.name)
            # Alternate the two containers; both carry the same kind of code image.
            ok = (compile_bbc(bastion, src, RUN_DIR / f"{src.stem}.bbc") if i % 2 == 0
                  else marshal_blob(bastion, src, RUN_DIR / f"{src.stem}.marshal"))
            if not ok:
                print(f"gen_fuzz_corpus: cannot compile {src.name}", file=sys.stderr)
                failures += 1
    print(f"corpus_run: {len(list(RUN_DIR.iterdir()))} files, "
          f"corpus_source: {len(list(SOURCE_DIR.iterdir()))} files")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
