#!/usr/bin/env python3
"""Bad-input suite: hostile or extreme programs must end in a clean Python exception.

Every case is generated here into a temporary directory and run as `BASTION [OPTIONS] FILE`
with a 60 s timeout. A case passes when the interpreter
  - exits 1 and the last stderr line names one of the accepted exception classes
    (`SyntaxError: ...`, bare `MemoryError`, ...), or
  - exits 0 where the case also accepts success, with exactly the expected stdout.
A signal, an exit code >= 128, a timeout or a sanitizer report always fails.
The first accepted class is what CPython 3.11 raises; the others are listed where CPython's
choice is an artifact of its implementation (e.g. MemoryError from its parser's stack) and
Bastion's bounded recursion may reasonably say RecursionError instead. Such a pass is noted.

Usage: tests/safety/run.py BASTION [--filter PAT]... [--timeout S] [-j N] [-v]
When BASTION is CPython itself (to check the expectations), `--recursion-limit N` is
replaced by a `sys.setrecursionlimit(N)` prelude. Ends with `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import os
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import testlib  # noqa: E402

OK = "ok"  # an accepted outcome: exit 0 with the expected stdout
DEEP = ("MemoryError", "RecursionError", "SyntaxError")  # CPython's parser says MemoryError


@dataclasses.dataclass
class Case:
    name: str
    source: bytes
    accept: tuple[str, ...]        # exception class names and/or OK; the first is CPython's
    stdout: bytes | None = None    # required stdout (for OK, and for errors when given)
    recursion_limit: int | None = None
    options: tuple[str, ...] = ()  # extra command-line options (Bastion only)
    bastion_only: bool = False     # uses Bastion's own modules: skipped in CPython mode
    cpython_crashes: bool = False  # CPython 3.11 itself crashes (SIGSEGV): skipped in CPython mode


def text(s: str) -> bytes:
    return s.encode("utf-8")


def repdigit_mod(digit: int, count: int, p: int) -> int:
    """int(str(digit) * count) % p for a prime p, without the (quadratic) conversion."""
    return digit * (pow(10, count, p) - 1) * pow(9, -1, p) % p


def nested_blocks(keyword: str, depth: int) -> bytes:
    lines = [" " * i + keyword + "\n" for i in range(depth)]
    return text("".join(lines) + " " * depth + "pass\nprint('done')\n")


def soak_code_replace() -> Case:
    """tests/safety/soak_code_replace.py: random co_code through code.replace + call."""
    script = (Path(__file__).resolve().parent / "soak_code_replace.py").read_bytes()
    iterations = 20_000 if "ASAN_OPTIONS" in os.environ else 100_000  # ~5 s release
    return Case("soak_code_replace", text(f"SOAK_ITERATIONS = {iterations}\n") + script, (OK,),
                options=("--max-steps", "2000000000"), bastion_only=True)


# name -> (setup, the statement that links x to the previous x); x starts as None.
DEEP_CHAINS = {
    "list": ("", "x = [x]"),
    "tuple": ("", "x = (x,)"),
    "dict": ("", "x = {'next': x}"),
    "set": ("class K:\n    pass\n", "k = K(); k.x = x; x = {k}"),
    "frozenset": ("class K:\n    pass\n", "k = K(); k.x = x; x = frozenset([k])"),
    "instance_dict": ("class Node:\n    pass\n", "n = Node(); n.next = x; x = n"),
    "instance_slots": ("class Node:\n    __slots__ = ('next',)\n", "n = Node(); n.next = x; x = n"),
    "list_subclass": ("class L(list):\n    pass\n", "x = L([x])"),
    "closure_cell": ("", "x = (lambda p: lambda: p)(x)"),
    "bound_method": ("class C:\n    def m(self):\n        pass\n", "c = C(); c.x = x; x = c.m"),
    "list_iterator": ("", "x = iter([x])"),
    "enumerate": ("", "x = enumerate([x])"),
    "zip_map_filter": ("", "x = zip(map(None, filter(None, [x])))"),
    "dict_view": ("", "x = {1: x}.values()"),
    "property": ("", "x = property(x)"),
    "staticmethod": ("", "x = staticmethod(x)"),
    "slice": ("", "x = slice(x)"),
    "exception_context": ("", "e = ValueError(); e.__context__ = x; x = e"),
    "generator": ("def g(p):\n    yield p\n", "x = g(x)"),
}
# CPython 3.11 frees these recursively (no trashcan) and dies of a C stack overflow.
CPYTHON_DEEP_FREE_CRASHES = {"property", "staticmethod", "slice"}


def deep_free_cases() -> list[Case]:
    n = 1_000_000
    out = []
    for name, (setup, step) in DEEP_CHAINS.items():
        loop = f"x = None\nfor i in range({n}):\n    {step}\n"
        crashes = name in CPYTHON_DEEP_FREE_CRASHES
        out.append(Case(f"deep_free_{name}", text(setup + loop + "x = None\nprint('ok')\n"), (OK,), b"ok\n",
                        cpython_crashes=crashes))
        out.append(Case(f"deep_free_{name}_at_exit", text(setup + loop + "print('ok')\n"), (OK,), b"ok\n",
                        cpython_crashes=crashes))
    # Chains closed into a cycle: found and freed by the collector, then at exit.
    cyc = "x = first = []\nfor i in range(%d):\n    x = [x]\nfirst.append(x)\n" % n
    out.append(Case("deep_free_cycle_collected", text("import gc\n" + cyc + "del x, first\nprint(gc.collect() > 0)\n"),
                    (OK,), b"True\n"))
    out.append(Case("deep_free_cycle_at_exit", text(cyc + "del x, first\nprint('ok')\n"), (OK,), b"ok\n"))
    out.append(Case("deep_free_instance_cycle_at_exit",
                    text("class N:\n    pass\nx = first = N()\nfor i in range(%d):\n    n = N(); n.next = x; x = n\n"
                         "first.next = x\ndel x, first, n\nprint('ok')\n" % n), (OK,), b"ok\n"))
    return out


def file_cases() -> list[Case]:
    """The file-system natives under os/shutil/glob with extreme arguments: modes, times and
    counts past C's ranges, NUL bytes, a link target near and past PATH_MAX, a 400-deep tree
    walked, globbed and removed, a folder of 5,000 entries. Each program works in its own
    temporary folder and removes it."""
    pre = "import os, shutil, tempfile\nbase = tempfile.mkdtemp()\np = os.path.join(base, 'f')\nopen(p, 'w').close()\n"

    def case(name: str, body: str, accept: tuple[str, ...], stdout: bytes | None = None) -> Case:
        return Case(name, text(pre + "try:\n" + "".join("    " + line + "\n" for line in body.splitlines())
                               + "finally:\n    shutil.rmtree(base)\n"), accept, stdout)

    deep_tree = ("d = base\nfor i in range(400):\n    d = os.path.join(d, 'd')\n"
                 "os.makedirs(d)\nopen(os.path.join(d, 'leaf.txt'), 'w').close()\n")
    return [
        case("file_chmod_huge_mode", "os.chmod(p, 2 ** 100)", ("OverflowError",)),
        case("file_utime_huge_ns", "os.utime(p, ns=(2 ** 200, 0))", ("OverflowError",)),
        case("file_utime_nan", "os.utime(p, (float('nan'), 0))", ("ValueError",)),
        case("file_utime_inf", "os.utime(p, (float('inf'), 0))", ("OverflowError",)),
        case("file_open_huge_flags", "os.open(p, 2 ** 40)", ("OverflowError",)),
        case("file_read_huge_count", "fd = os.open(p, os.O_RDONLY)\ntry:\n    os.read(fd, 2 ** 70)\n"
             "finally:\n    os.close(fd)", ("OverflowError",)),
        # CPython allocates the whole count first; Bastion reads at most 64 KiB per call.
        case("file_read_giant_count", "fd = os.open(p, os.O_RDONLY)\ntry:\n    print(os.read(fd, 2 ** 62))\n"
             "finally:\n    os.close(fd)", ("MemoryError", OK), b"b''\n"),
        case("file_nul_in_paths", "for f in (os.listdir, os.stat, os.remove, os.rmdir, os.mkdir, os.readlink):\n"
             "    for bad in ('a\\0b', b'a\\0b'):\n        try:\n            f(bad)\n"
             "        except ValueError as e:\n            print(e)\nos.rename(p, 'x\\0')",
             ("ValueError",), b"".join(b"embedded null byte\n%s: embedded null character in path\n" % f for f in
                                 (b"listdir", b"stat", b"remove", b"rmdir", b"mkdir", b"readlink"))),
        case("file_symlink_long_target", "t = 'x' * 4000\nos.symlink(t, os.path.join(base, 'l'))\n"
             "print(os.readlink(os.path.join(base, 'l')) == t)\nos.symlink('y' * 5000, os.path.join(base, 'm'))",
             ("OSError",), b"True\n"),
        case("file_deep_tree", deep_tree + "print(sum(1 for _ in os.walk(base)), len(list(os.walk(base, topdown=False))))\n"
             "import glob\nprint(len(glob.glob(os.path.join(base, '**', '*.txt'), recursive=True)))\n"
             "import pathlib\nprint(len(list(pathlib.Path(base).rglob('leaf.txt'))))\n"
             "shutil.copytree(os.path.join(base, 'd'), os.path.join(base, 'copy'))\n"
             "shutil.rmtree(os.path.join(base, 'd'))\nprint(sorted(os.listdir(base)))",
             (OK,), b"401 401\n1\n1\n['copy', 'f']\n"),
        case("file_wide_folder", "for i in range(5000):\n    open(os.path.join(base, 'n%05d' % i), 'w').close()\n"
             "print(len(os.listdir(base)), sum(1 for e in os.scandir(base) if e.is_file()))",
             (OK,), b"5001 5001\n"),
    ]


def native_chain_pair(name: str, makers_source: str, consume: str, small: int,
                      small_result: bytes) -> list[Case]:
    """Generator chains that native consumers resume (`consume` is list or sum, applied to each
    of the four `makers` the source defines): 10**6 deep under a recursion limit of 10**6,
    where the native stack guard must answer, and 10**5 under the default limit. Each chain
    ends in RecursionError, and the interpreter then runs small chains normally."""
    def program(depth: str) -> bytes:
        return text(makers_source + f"for maker in makers:\n    try:\n        {consume}(maker({depth}))\n"
                    "    except RecursionError:\n        print('caught')\n"
                    f"print([{consume}(maker({small})) for maker in makers])\n")
    expected = b"caught\n" * 4 + small_result
    return [Case(f"{name}_unbounded", program("10 ** 6"), (OK,), expected, recursion_limit=1_000_000,
                 cpython_crashes=True),
            Case(f"{name}_default_limit", program("10 ** 5"), (OK,), expected)]


# `self.x` pairs (LOAD_FAST + LOAD_ATTR / STORE_ATTR / LOAD_METHOD), which the loop runs
# fused when the attribute cache hits (src/vm/eval.cpp load_fast_attr), under --max-steps:
# the receiver's class is Plain (the cache serves it: every pair fused) or Generic (object's
# __getattribute__ / __setattr__ as overrides: never served, every pair unfused), the same
# bytecode either way. Both finish with exactly ATTR_PAIR_STEPS steps and both stop one step
# short (the limit then falls on the module's last instruction). ATTR_PAIR_STEPS counts this
# program's instructions: if a compiler change moves it, measure it anew with the Generic
# variant (the smallest --max-steps with which it exits 0).
ATTR_PAIR_STEPS = 54091
ATTR_PAIR_PROGRAM = """\
class Plain:
    _get = object.__getattribute__
    _set = object.__setattr__
class Generic:
    __getattribute__ = object.__getattribute__
    __setattr__ = object.__setattr__
class Rec(KIND):
    def __init__(self):
        self.x = 0
        self.y = 1
    def get(self):
        return self.y
def run(o, n):
    for i in range(n):
        o.x = o.x + o.get()
        o.y = o.y
    return o.x
print(run(Rec(), 3000))
"""


def attr_pair_step_cases() -> list[Case]:
    out = []
    for kind in ("Plain", "Generic"):
        source = text(ATTR_PAIR_PROGRAM.replace("KIND", kind))
        out.append(Case(f"attr_pairs_max_steps_exact_{kind.lower()}", source, (OK,), b"3000\n",
                        options=("--max-steps", str(ATTR_PAIR_STEPS)), bastion_only=True))
        out.append(Case(f"attr_pairs_max_steps_one_short_{kind.lower()}", source, ("StepLimitExceeded",), b"3000\n",
                        options=("--max-steps", str(ATTR_PAIR_STEPS - 1)), bastion_only=True))
    return out


def cases() -> list[Case]:
    rnd = random.Random(20231120)
    garbage_ascii = "".join(rnd.choice("()[]{}:;,.=+-*/%@!~^&|<> \n\tabc123'\"#\\") for _ in range(4096))
    garbage_bytes = bytes(rnd.randrange(256) for _ in range(4096))
    ten_mb_terms = 5_000_000  # "1" + "+1" * N is 10 MB
    deep = 100_000
    down = "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n"
    gen_chain = ("def deep(n):\n    if n == 0:\n        yield 0\n    else:\n        for x in deep(n - 1):\n"
                 "            yield x + 1\ndef deep_from(n):\n    if n == 0:\n        yield 0\n    else:\n"
                 "        yield from deep_from(n - 1)\n")
    # Each level resumes the next from native code (sum, next, zip, send): C recursion,
    # bounded by the recursion limit and the native-stack guard.
    gen_native = ("def deep_sum(n):\n    if n == 0:\n        yield 0\n    else:\n"
                  "        yield sum(deep_sum(n - 1)) + 1\n"
                  "def deep_next(n):\n    if n == 0:\n        yield 0\n    else:\n"
                  "        yield next(deep_next(n - 1)) + 1\n"
                  "def deep_zip(n):\n    if n == 0:\n        yield 0\n    else:\n"
                  "        for (x,) in zip(deep_zip(n - 1)):\n            yield x + 1\n"
                  "def deep_send(n):\n    if n == 0:\n        yield 0\n    else:\n"
                  "        yield deep_send(n - 1).send(None) + 1\n"
                  "makers = (deep_sum, deep_next, deep_zip, deep_send)\n")
    # Native consumers driving generators (generator_drive) at every level: through the
    # generator's body (list, any, set) and through the consumer's own code (__radd__).
    gen_drive = ("def deep_list(n):\n    if n == 0:\n        yield 0\n    else:\n"
                 "        yield from list(deep_list(n - 1))\n"
                 "def deep_any(n):\n    yield n == 0 or any(deep_any(n - 1))\n"
                 "def deep_set(n):\n    yield n == 0 or len(set(deep_set(n - 1)))\n"
                 "class R:\n    def __init__(self, n):\n        self.n = n\n"
                 "    def __radd__(self, o):\n        return o + sum(deep_radd(self.n - 1))\n"
                 "def deep_radd(n):\n    yield R(n) if n > 0 else 1\n"
                 "makers = (deep_list, deep_any, deep_set, deep_radd)\n")
    nest_list = "x = []\nfor i in range(100000):\n    x = [x]\n"
    return [
        # --- source encoding -------------------------------------------------------------
        Case("utf8_invalid_start_byte", b"x = '\xff\xfe'\nprint(x)\n", ("SyntaxError",)),
        Case("utf8_invalid_on_line_2", b"print(1)\n# \xc3\x28 bad\n", ("SyntaxError",)),
        Case("utf8_truncated_at_eof", b"x = 1  # \xe2\x82", ("SyntaxError",)),
        Case("utf8_encoded_surrogate", b"x = '\xed\xa0\x80'\n", ("SyntaxError",)),
        Case("utf8_overlong", b"x = '\xc0\xaf'\n", ("SyntaxError",)),
        Case("nul_byte_in_code", b"x = 1\x00\nprint(x)\n", ("SyntaxError",)),
        Case("nul_byte_in_string", b"x = '\x00'\n", ("SyntaxError",)),
        Case("garbage_ascii", text(garbage_ascii), ("SyntaxError", "IndentationError", "TabError")),
        Case("garbage_bytes", garbage_bytes,
             ("SyntaxError", "ValueError", "EOFError", "VerificationError")),
        Case("empty_file", b"", (OK,), b""),
        Case("bom_only", b"\xef\xbb\xbf", (OK,), b""),
        Case("comment_without_newline", b"# only a comment", (OK,), b""),
        # --- nesting depth ---------------------------------------------------------------
        Case("parens_100k", text("x = " + "(" * deep + "1" + ")" * deep + "\n"), ("SyntaxError",)),
        Case("brackets_100k", text("x = " + "[" * deep + "1" + "]" * deep + "\n"), ("SyntaxError",)),
        Case("braces_100k", text("x = " + "{" * deep + "1" + "}" * deep + "\n"), ("SyntaxError",)),
        Case("mixed_brackets_unclosed_100k", text("x = " + "([{" * (deep // 3) + "\n"), ("SyntaxError",)),
        Case("not_100k", text("x = 1\ny = " + "not " * deep + "x\n"), DEEP),
        Case("unary_minus_100k", text("x = 1\ny = " + "-" * deep + "x\n"), DEEP),
        Case("lambda_100k", text("y = " + "lambda: " * deep + "1\n"), DEEP),
        Case("conditional_100k", text("x = 1\ny = " + "1 if x else " * deep + "2\n"), DEEP),
        Case("power_100k", text("y = 1" + "**1" * deep + "\n"), DEEP),
        Case("and_chain_100k", text("y = 1" + " and 1" * deep + "\nprint(y)\n"),
             (OK, "RecursionError", "MemoryError"), b"1\n"),
        Case("compare_chain_100k", text("y = 1" + " < 2" * deep + "\nprint(y)\n"),
             (OK, "RecursionError", "MemoryError"), b"False\n"),
        # --- fuzz_format_spec's crasher: a %-format width the allocator cannot give ----------
        Case("bytes_percent_huge_width", b"x = b'r\\xa3~%f~%66666666666fd' % (1.0, 2.0)\n", ("MemoryError",)),
        Case("str_percent_huge_width", b"x = '%066666666666d' % 1\n", ("MemoryError",)),
        # --- exact-size text results (str_pad, FORMAT_VALUE's direct paths, str_repr.cpp) ----
        Case("str_center_huge_width", b"x = '\\u20ac'.center(2**40, '*')\n", ("MemoryError",)),
        Case("str_zfill_huge_width", b"x = '-1'.zfill(2**40)\n", ("MemoryError",)),
        Case("fstring_str_huge_width", b"w = 2**40\nx = f\"{'a':>{w}}\"\n", ("MemoryError",)),
        Case("fstring_int_huge_width", b"w = 2**40\nx = f\"{12:_>{w}x}\"\n", ("MemoryError",)),
        Case("repr_ascii_over_memory_limit",
             text("s = '\\x01' * 20_000_000\n"
                  "try:\n    repr(s)\nexcept MemoryError:\n    print('MemoryError')\n"
                  "t = '\\u20ac' * 8_000_000\n"
                  "try:\n    ascii(t)\nexcept MemoryError:\n    print('MemoryError')\n"
                  "del s, t\nprint(ascii('\\u20ac\\x01' * 2), repr('\\xe9\\xa0'))\n"),
             (OK,), b"MemoryError\nMemoryError\n'\\u20ac\\x01\\u20ac\\x01' '\xc3\xa9\\xa0'\n",
             options=("--max-memory", "64M"), bastion_only=True),
        # --- a 10 MB line ----------------------------------------------------------------
        Case("line_10mb_sum", text("x = 1" + "+1" * ten_mb_terms + "\nprint(x)\n"),
             ("RecursionError", OK, "MemoryError"), b"5000001\n"),
        Case("line_10mb_list", text("x = [1" + ",1" * ten_mb_terms + "]\nprint(len(x))\n"),
             (OK,), b"5000001\n"),
        Case("line_10mb_string", text('x = "' + "a" * 10_000_000 + '"\nprint(len(x))\n'),
             (OK,), b"10000000\n"),
        Case("line_10mb_invalid", text("x = 1" + "+1" * ten_mb_terms + "+\n"), ("SyntaxError",)),
        # A 10^7-digit decimal literal: the compiler's conversion must be subquadratic (a
        # limb-by-limb multiply-add needs ~10^11 steps here). CPython refuses it (digit limit).
        Case("int_literal_10m_digits", text("x = " + "7" * 10_000_000 + "\nprint(x % 1000003, x % 999983)\n"),
             (OK,), text(f"{repdigit_mod(7, 10_000_000, 1000003)} {repdigit_mod(7, 10_000_000, 999983)}\n"),
             bastion_only=True),
        Case("identifier_1mb", text("a" * 1_000_000 + " = 5\nprint(5)\n"), (OK,), b"5\n"),
        Case("statements_200k", text("x = 1\n" * 200_000 + "print(x)\n"), (OK,), b"1\n"),
        # --- nested blocks ---------------------------------------------------------------
        Case("nested_if_1000", nested_blocks("if True:", 1000), ("IndentationError",)),
        Case("nested_while_1000", nested_blocks("while True:", 1000), ("IndentationError",)),
        Case("nested_def_1000", nested_blocks("def f():", 1000), ("IndentationError",)),
        Case("nested_if_99", nested_blocks("if True:", 99), (OK,), b"done\n"),
        Case("nested_for_50", text("".join(" " * i + f"for i{i} in range(1):\n" for i in range(50))
                                   + " " * 50 + "pass\nprint('done')\n"),
             ("SyntaxError", OK), b"done\n"),
        # --- tokens and indentation ------------------------------------------------------
        Case("unterminated_string_at_eof", b"x = 1\ny = \"abc", ("SyntaxError",)),
        Case("unterminated_triple_quoted", b'x = 1\ny = """abc\nmore\n', ("SyntaxError",)),
        Case("unterminated_triple_single_no_newline", b"x = '''abc", ("SyntaxError",)),
        Case("unterminated_fstring", b'x = f"abc\n', ("SyntaxError",)),
        Case("tabs_spaces_inconsistent", b"if True:\n        x = 1\n\ty = 2\n", ("TabError",)),
        Case("dedent_mismatch", b"if True:\n    a = 1\n  b = 2\n", ("IndentationError",)),
        Case("unexpected_indent", b"a = 1\n    b = 2\n", ("IndentationError",)),
        # --- recursion -------------------------------------------------------------------
        Case("recursion_unbounded", b"def f(): return f()\nf()\n", ("RecursionError",)),
        Case("recursion_mutual_caught_then_uncaught",
             text("def a(n): return b(n)\ndef b(n): return a(n)\ntry:\n    a(1)\n"
                  "except RecursionError as e:\n    print('caught', e)\na(1)\n"),
             ("RecursionError",), b"caught maximum recursion depth exceeded\n"),
        Case("recursion_in_init", text("class A:\n    def __init__(self):\n        A()\nA()\n"),
             ("RecursionError",)),
        Case("recursion_limit_50", text(down + "print(down(30))\nprint(down(100))\n"),
             ("RecursionError",), b"30\n", recursion_limit=50),
        Case("recursion_limit_200k_deep_ok", text(down + "print(down(100000))\n"),
             (OK,), b"100000\n", recursion_limit=200_000),
        Case("recursion_recovers",
             text(down + "try:\n    down(10 ** 6)\nexcept RecursionError:\n    print('caught')\n"
                  "print(down(500))\n"),
             (OK,), b"caught\n500\n"),
        Case("deep_list_repr", text(nest_list + "s = repr(x)\n"), ("RecursionError",)),
        Case("deep_list_print", text(nest_list + "print(x)\n"), ("RecursionError",)),
        Case("deep_dict_repr", text("d = {}\nfor i in range(100000):\n    d = {'k': d}\nprint(repr(d))\n"),
             ("RecursionError",)),
        Case("deep_list_eq", text(nest_list + "y = []\nfor i in range(100000):\n    y = [y]\nprint(x == y)\n"),
             ("RecursionError",)),
        Case("deep_tuple_hash", text("x = ()\nfor i in range(100000):\n    x = (x,)\nprint(hash(x) == hash(x))\n"),
             (OK, "RecursionError"), b"True\n"),
        Case("deep_list_dealloc_1m",
             text("x = []\nfor i in range(1000000):\n    x = [x]\ndel x\n"
                  "d = {}\nfor i in range(200000):\n    d = {'k': d}\nd = None\nprint('ok')\n"),
             (OK,), b"ok\n"),
        # --- containers (issue 6): depth and size -------------------------------------------
        Case("deep_list_deepcopy", text("import copy\n" + nest_list + "copy.deepcopy(x)\n"),
             ("RecursionError",)),
        Case("deep_tuple_dealloc_1m", text("x = ()\nfor i in range(1000000):\n    x = (x,)\ndel x\nprint('ok')\n"),
             (OK,), b"ok\n"),
        Case("deep_frozenset_hash",
             text("x = frozenset()\nfor i in range(100000):\n    x = frozenset([x])\nprint(hash(x) == hash(x))\n"),
             (OK, "RecursionError"), b"True\n"),
        Case("deep_dict_eq", text("a = {}\nb = {}\nfor i in range(100000):\n    a = {1: a}\n    b = {1: b}\nprint(a == b)\n"),
             ("RecursionError",)),
        Case("deep_deque_repr_and_free",
             text("from collections import deque\nd = deque()\nfor i in range(100000):\n    d = deque([d])\n"
                  "try:\n    repr(d)\nexcept RecursionError:\n    print('deep')\nd = None\nprint('ok')\n"),
             (OK,), b"deep\nok\n"),
        Case("deep_list_in_dict_free_1m",
             text("x = None\nfor i in range(1000000):\n    x = {'k': [x]}\nx = None\nprint('ok')\n"),
             (OK,), b"ok\n"),
        # --- json: nesting bounded by the stack guard, numbers beyond CPython's digit limit -
        Case("json_loads_deep_array_100k", text("import json\njson.loads('[' * 100000 + ']' * 100000)\n"),
             ("RecursionError",)),
        Case("json_loads_deep_object_100k", text("import json\njson.loads('{\"a\":' * 100000 + '1' + '}' * 100000)\n"),
             ("RecursionError",)),
        Case("json_loads_unclosed_1m", text("import json\njson.loads('[{\"k\": ' * 1000000)\n"),
             ("RecursionError",)),
        Case("json_dumps_deep_list_100k", text(nest_list + "import json\njson.dumps(x)\n"), ("RecursionError",)),
        Case("json_dumps_deep_dict_indent_100k",
             text("import json\nd = {}\nfor i in range(100000):\n    d = {'k': d}\njson.dumps(d, indent=1)\n"),
             ("RecursionError",)),
        Case("json_dumps_deep_default_100k",
             text("import json\nclass N: pass\njson.dumps(N(), default=lambda o: [N()])\n"),
             ("RecursionError",)),
        Case("json_deep_recovers",
             text("import json\ntry:\n    json.loads('[' * 100000)\nexcept RecursionError:\n    print('deep')\n"
                  "print(json.loads('[[1]]'), json.dumps([[2]]))\n"),
             (OK,), b"deep\n[[1]] [[2]]\n"),
        # The encoder's output buffer is checked against the memory limit as it grows.
        Case("json_dumps_over_memory_limit",
             text("import json\ns = 'x' * 10**7\nfor kw in ({}, {'indent': 2}):\n    try:\n"
                  "        json.dumps([s] * 30, **kw)\n    except MemoryError:\n        print('MemoryError')\n"
                  "print(json.dumps({'a': [1, 2]}))\n"),
             (OK,), b'MemoryError\nMemoryError\n{"a": [1, 2]}\n', options=("--max-memory", "64M"), bastion_only=True),
        # A float's digits for a huge precision are built in a buffer the limit must cover too
        # ('.666666666F' on an int took 20 s and 1.6 GB past a 200M limit: fuzz_format_spec).
        Case("format_float_huge_precision_max_memory",
             text("for v in (5, 5.5, 1.5+2j):\n    for spec in ('6.666666666F', '.600000000e', '.600000000g', '.600000000f'):\n"
                  "        try:\n            format(v, spec)\n        except MemoryError:\n            print('MemoryError', end=' ')\n"
                  "print()\nprint(len(format(1/3, '.100000f')), format(2.5, '.3f'))\n"),
             (OK,), b"MemoryError " * 12 + b"\n100002 2.500\n", options=("--max-memory", "64M"), bastion_only=True),
        # CPython 3.11 refuses more than 4300 digits (ValueError); Bastion has no digit limit.
        Case("json_huge_int_1m_digits",
             text("import json\nx = json.loads('7' * 1000000)\nprint(x % 1000003, len(json.dumps([x])))\n"),
             ("ValueError", OK), text(f"{repdigit_mod(7, 1_000_000, 1000003)} 1000002\n")),
        Case("json_huge_float_text", text("import json\nprint(json.loads('1' * 100000 + '.5e-99990'))\n"),
             (OK,), b"1111111111.1111112\n"),
        Case("huge_tuple_repeat", b"t = (1,) * (1 << 62)\n", ("MemoryError", "OverflowError")),
        Case("huge_list_repeat_62", b"t = [7] * (1 << 62)\n", ("MemoryError", "OverflowError")),
        Case("huge_list_inplace_repeat", b"t = [1, 2]\nt *= 1 << 62\n", ("MemoryError", "OverflowError")),
        Case("huge_array_repeat", b"from array import array\nt = array('q', [0]) * (1 << 61)\n",
             ("MemoryError", "OverflowError")),
        Case("huge_array_inplace_repeat", b"from array import array\nt = array('d', [0, 1])\nt *= 1 << 62\n",
             ("MemoryError", "OverflowError")),
        Case("list_storage_counted_max_memory",
             b"lists = []\ntry:\n    for i in range(4000):\n        lists.append([0] * 100000)\n"
             b"except MemoryError:\n    pass\nn = len(lists)\nlists = None\nx = []\ntry:\n"
             b"    for i in range(100000000):\n        x.append(i)\nexcept MemoryError:\n    pass\n"
             b"got = len(x)\nx = None\nprint(10 < n < 4000, 100000 < got < 100000000, len([1] * 1000))\n",
             (OK,), b"True True 1000\n", options=("--max-memory", "64M"), bastion_only=True),
        # The handler of a limit MemoryError can still allocate a little (the limit's
        # emergency reserve): slicing the full list down, formatting a message and the
        # traceback all work right at the limit.
        Case("memory_limit_reserve_handler_slices",
             b"l = []\ntry:\n    while True:\n        l.append('x' * 1000)\n"
             b"except MemoryError as e:\n    l = l[:10]\n    msg = f'recovered {len(l)} {type(e).__name__}'\n"
             b"print(msg)\nm = []\ntry:\n    while True:\n        m.append(0)\nexcept MemoryError:\n"
             b"    del m[200:]\nprint(len(m), len([1] * 1000))\n",
             (OK,), b"recovered 10 MemoryError\n200 1000\n", options=("--max-memory", "8M"), bastion_only=True),
        Case("memory_limit_reserve_traceback",
             b"import traceback\nl = []\ntry:\n    while True:\n        l.append('y' * 1000)\n"
             b"except MemoryError:\n    last = traceback.format_exc().splitlines()[-1]\n    l = None\nprint(last)\n",
             (OK,), b"MemoryError\n", options=("--max-memory", "8M"), bastion_only=True),
        # Instance dicts made by a first attribute store from free-listed blocks (session
        # 10, dict_new_instance_first): the reuse is refused at the limit like a fresh
        # block, the count of instances that fit is the same in a second round (exact
        # accounting), and cycles of such instances with the collector off are collected
        # at the limit instead of failing. (`del keep`: the preallocated MemoryError's traceback
        # keeps the frame of fill() until the next one.)
        Case("instance_first_store_max_memory",
             b"import gc\nclass C:\n    pass\nfor i in range(2000):\n    o = C(); o.a = i\n"
             b"def fill():\n    keep = []\n    try:\n        while True:\n            o = C(); o.a = 1\n"
             b"            keep.append(o)\n    except MemoryError:\n        pass\n    n = len(keep)\n"
             b"    del keep\n    return n\n"
             b"n1 = fill()\nn2 = fill()\nn3 = fill()\ngc.disable()\nfor i in range(300000):\n"
             b"    a = C(); b = C(); a.o = b; b.o = a\n"
             b"print(n1 > 10000, abs(n1 - n2) <= n1 // 10, abs(n2 - n3) <= 100, len([1] * 1000))\n",
             (OK,), b"True True True 1000\n", options=("--max-memory", "16M"), bastion_only=True),
        Case("deque_growth_max_memory",
             b"from collections import deque\nd = deque()\ntry:\n    for i in range(100000000):\n"
             b"        d.append(None)\nexcept MemoryError:\n    pass\nn = len(d)\nd.clear()\n"
             b"print(100000 < n < 100000000, len(deque(range(1000))))\n",
             (OK,), b"True 1000\n", options=("--max-memory", "64M"), bastion_only=True),
        Case("builtin_fast_calls_max_memory",
             b"class Big:\n    def __len__(self):\n        return 2**62\nb = Big()\nout = []\ntry:\n"
             b"    for i in range(100000000):\n        out.append(len(b))\n        out.append(isinstance(i, int))\n"
             b"except MemoryError:\n    pass\nn = len(out)\nout = None\n"
             b"print(100000 < n < 200000000, len([1, 2]), isinstance(b, Big), [].append(1))\n",
             (OK,), b"True 2 True None\n", options=("--max-memory", "64M"), bastion_only=True),
        # str and bytes blocks made without zeroing their payload (heap.cpp allocate_plain_object)
        # and freed to the free lists: a loop of slices, method results, formats and bytes
        # until the limit's MemoryError, then recovery that reuses the freed blocks.
        Case("str_plain_blocks_max_memory",
             b"w = 'alpha'\nout = []\ntry:\n    for i in range(100000000):\n"
             b"        out.append(w[1:3])\n        out.append(w.upper())\n        out.append(w + str(i))\n"
             b"        out.append('%5d %08.3f' % (i, i / 3))\n        out.append(b'%d' % i)\n"
             b"except MemoryError:\n    pass\nn = len(out)\nout = None\n"
             b"t = [w[1:3] + w.upper() + f'{i:.2f}' for i in range(1000)]\n"
             b"print(100000 < n < 200000000, t[7], len(t), b'x%db' % 5, 'ab'[1:], repr('%.3f' % 2.0005))\n",
             (OK,), b"True lpALPHA7.00 1000 b'x5b' b '2.001'\n", options=("--max-memory", "64M"), bastion_only=True),
        # Fixed-size blocks from the free lists (objects/alloc_fast.h, session 12): list,
        # tuple and range iterators, ranges made by CALL's direct range() and plain
        # instances, kept alive until the limit's MemoryError while a `for` over a list
        # frees and reuses an iterator block every round (a reused block is counted again);
        # the same count fits in a second round (exact accounting), and range() itself is
        # refused at the limit.
        Case("fixed_blocks_max_memory",
             b"class P:\n    pass\nL = [1, 2]\nT = (3,)\n"
             b"def fill():\n    keep = []\n    try:\n        for i in range(100000000):\n"
             b"            for x in L:\n                pass\n"
             b"            keep.append(iter(L))\n            keep.append(iter(T))\n"
             b"            keep.append(range(i, i + 3, 2))\n            keep.append(iter(range(i)))\n"
             b"            keep.append(P())\n"
             b"    except MemoryError:\n        pass\n    n = len(keep)\n    del keep\n    return n\n"
             b"def ranges():\n    keep = []\n    try:\n        while True:\n            keep.append(range(5))\n"
             b"    except MemoryError:\n        pass\n    n = len(keep)\n    del keep\n    return n\n"
             b"n1 = fill()\nn2 = fill()\nr = ranges()\n"
             b"print(n1 > 100000, abs(n1 - n2) <= n1 // 10, r > 100000, list(range(1, 7, 2)), [x for x in L])\n",
             (OK,), b"True True True [1, 3, 5] [1, 2]\n", options=("--max-memory", "32M"), bastion_only=True),
        Case("huge_deque_repeat", b"from collections import deque\nt = deque([1, 2]) * (1 << 62)\n",
             ("MemoryError", "OverflowError")),
        Case("huge_deque_inplace_repeat", b"from collections import deque\nt = deque([1, 2])\nt *= 1 << 61\n",
             ("MemoryError", "OverflowError")),
        # memoryview casts: shapes whose product overflows, too many dimensions, a view
        # released by __index__ while it is being indexed, a resize under a cast view.
        Case("memoryview_cast_shape_overflow",
             b"m = memoryview(bytearray(8))\nm.cast('B', [1 << 62, 1 << 62, 4])\n", ("ValueError",)),
        Case("memoryview_cast_too_many_dims",
             b"m = memoryview(bytearray(8))\nm.cast('B', [1] * 100000)\n", ("ValueError",)),
        Case("memoryview_released_by_index",
             b"m = memoryview(bytearray(64)).cast('q', [2, 4])\nclass I:\n    def __index__(self):\n"
             b"        m.release()\n        return 1\nm[I(), 1]\n", ("ValueError",)),
        Case("memoryview_released_by_value",
             b"m = memoryview(bytearray(64)).cast('d')\nclass F:\n    def __float__(self):\n"
             b"        m.release()\n        return 1.0\nm[3] = F()\n", ("ValueError",)),
        Case("bytearray_resize_under_cast_view",
             b"b = bytearray(16)\nm = memoryview(b).cast('i', [2, 2])\nb.extend(b'x' * 100000)\n",
             ("BufferError",)),
        # --- memory ----------------------------------------------------------------------
        Case("huge_str_repeat", b"s = 'ab' * (1 << 59)\n", ("MemoryError", "OverflowError")),
        Case("huge_list_repeat", b"s = [None] * (1 << 59)\n", ("MemoryError", "OverflowError")),
        Case("huge_list_repeat_2", b"s = [0, 1] * (1 << 58)\n", ("MemoryError", "OverflowError")),
        Case("str_times_float", b"s = 'ab' * 5e18\n", ("TypeError",)),
        # A codecs error handler that keeps restarting with a large replacement: the output
        # counts against --max-memory (CPython grows until the machine's memory is gone).
        Case("codec_handler_restarts_forever",
             text("import codecs\ncodecs.register_error('again', lambda e: ('x' * 1000000, 0))\n"
                  "try:\n    b'\\xff'.decode('utf-8', 'again')\nexcept MemoryError:\n    print('limited')\n"),
             (OK,), b"limited\n", options=("--max-memory", "200M"), bastion_only=True),
        Case("codec_encode_handler_restarts_forever",
             text("import codecs\ncodecs.register_error('again', lambda e: (b'x' * 1000000, 0))\n"
                  "try:\n    '\\xe9'.encode('ascii', 'again')\nexcept MemoryError:\n    print('limited')\n"),
             (OK,), b"limited\n", options=("--max-memory", "200M"), bastion_only=True),
        # The escape codecs (lib/codecs_escape.py): a huge output (10 bytes per astral
        # character) and a restarting handler end in MemoryError under --max-memory.
        Case("unicode_escape_huge_output",
             text("s = '\\U0010ffff' * 20000000\ntry:\n    s.encode('unicode_escape')\nexcept MemoryError:\n"
                  "    print('limited')\ntry:\n    s.encode('raw_unicode_escape')\nexcept MemoryError:\n"
                  "    print('limited')\n"),
             (OK,), b"limited\nlimited\n", options=("--max-memory", "128M"), bastion_only=True),
        Case("unicode_escape_handler_restarts_forever",
             text("import codecs\ncodecs.register_error('again', lambda e: ('x' * 1000000, 0))\n"
                  "try:\n    b'\\\\x'.decode('unicode_escape', 'again')\nexcept MemoryError:\n    print('limited')\n"),
             (OK,), b"limited\n", options=("--max-memory", "200M"), bastion_only=True),
        # --- memory (issue 7): freeing long chains and deep structures of every container
        # type never recurses on the C stack, whether freed by refcount, by the collector
        # (a cycle closes the chain), or at interpreter teardown (still alive at exit).
        *deep_free_cases(),
        *file_cases(),
        # Found by fuzz_run: str/format of a huge int must fail before its (superlinear)
        # conversion runs when the digits cannot fit, not after seconds of work.
        Case("huge_int_text_over_limit",
             text("x = 10 ** 30000000\nfor f in (str, hex, lambda v: f'{v:,}', lambda v: '%d' % v):\n"
                  "    try:\n        f(x)\n    except MemoryError:\n        print('limited')\n"),
             (OK,), b"limited\n" * 4, options=("--max-memory", "16M"), bastion_only=True),
        Case("memory_error_recovers",
             b"try:\n    s = 'a' * (1 << 60)\nexcept MemoryError:\n    print('recovered')\n"
             b"print(len('b' * 1000000))\n",
             (OK,), b"recovered\n1000000\n"),
        # Digests, SHAKE output, pbkdf2_hmac keys and os.urandom bytes live in bytes objects on
        # the accounted heap: a huge length is a MemoryError, and the program carries on.
        Case("hashlib_huge_outputs_memory_error",
             text("import os, hashlib\n"
                  "for f in (lambda: os.urandom(1 << 40), lambda: hashlib.shake_128(b'x').hexdigest(1 << 40),\n"
                  "          lambda: hashlib.shake_256().digest(1 << 36),\n"
                  "          lambda: hashlib.pbkdf2_hmac('md5', b'p', b's', 1, 2**31 - 1)):\n"
                  "    try:\n        f()\n    except MemoryError:\n        print('limited')\n"
                  "print(hashlib.sha256(os.urandom(1 << 20)).digest_size)\n"),
             (OK,), b"limited\n" * 4 + b"32\n", options=("--max-memory", "64M"), bastion_only=True),
        # --- regular expressions (PCRE2 with its JIT, src/modules/pcre_module.cpp) -----------
        # A catastrophic pattern on the JIT path: without a step budget the match limit
        # stops it with re.error (CPython runs for ages); with one, StepLimitExceeded
        # (tests/unit/runtime/stdlib_modules_test.cpp, since that exits 3).
        Case("re_catastrophic_jit_match_limit",
             text("import re, _pcre\np = re.compile(r'(a+)+$')\nprint(p._code.jit_size() > 0)\n"
                  "try:\n    p.match('a' * 40 + 'b')\nexcept re.error as e:\n    print('limited', 'match limit' in str(e))\n"
                  "print(p.match('aaa').span())\n"),
             (OK,), b"True\nlimited True\n(0, 3)\n", bastion_only=True),
        # Deeper than the JIT's 32 KiB stack: the interpreted matcher takes over, its frames
        # on the accounted heap (MemoryError under --max-memory, never a C-stack overflow).
        Case("re_jit_stack_exhausted_falls_back",
             text("import re\nm = re.match(r'(?:(a)|b)*c', 'ab' * 300000 + 'c')\nprint(m.span(), m.group(1))\n"),
             (OK,), b"(0, 600001) a\n"),
        # Generators resumed by for / yield from run in the caller's loop (no C recursion):
        # the recursion limit, whatever the host set it to, ends a deep chain cleanly.
        Case("generator_chain_for_unbounded",
             text(gen_chain + "list(deep(10 ** 6))\n"), ("RecursionError",)),
        Case("generator_chain_yield_from_unbounded",
             text(gen_chain + "list(deep_from(10 ** 6))\n"), ("RecursionError",)),
        Case("generator_chain_recovers_200k_limit",
             text(gen_chain + "print(sum(deep(50000)), sum(deep_from(50000)))\n"
                  "for maker in (deep, deep_from):\n    try:\n        list(maker(10 ** 6))\n"
                  "    except RecursionError:\n        print('caught')\nprint(list(deep(3)))\n"),
             (OK,), b"50000 0\ncaught\ncaught\n[3]\n", recursion_limit=200_000,
             cpython_crashes=True),
        *native_chain_pair("generator_native_resume_chain", gen_native, "list", 100,
                           b"[[100], [100], [100], [100]]\n"),
        *native_chain_pair("generator_drive_chain", gen_drive, "sum", 50, b"[0, 1, 1, 1]\n"),
        # Async generators resumed through asend awaitables re-enter native code at every
        # level: the recursion limit (and the native stack guard under a huge one) ends it.
        Case("async_generator_chain_unbounded",
             text("async def rec(n):\n    async for x in rec(n + 1):\n        yield x\n    yield n\n"
                  "aw = rec(0).__anext__()\ntry:\n    aw.send(None)\nexcept RecursionError:\n    print('caught')\n"
                  "async def two():\n    yield 2\ntry:\n    two().__anext__().send(None)\nexcept StopIteration as e:\n"
                  "    print(e.value)\n"),
             (OK,), b"caught\n2\n"),
        Case("async_generator_chain_huge_limit",
             text("async def rec(n):\n    async for x in rec(n + 1):\n        yield x\n    yield n\n"
                  "rec(0).__anext__().send(None)\n"),
             ("RecursionError",), recursion_limit=1_000_000, cpython_crashes=True),
        Case("re_jit_stack_exhausted_memory_limit",
             text("import re\ntry:\n    re.match(r'(?:(a)|b)*c', 'ab' * 300000 + 'c')\nexcept MemoryError:\n"
                  "    print('limited')\nprint(re.match(r'(?:(a)|b)*c', 'abc').span())\n"),
             (OK,), b"limited\n(0, 3)\n", options=("--max-memory", "16M"), bastion_only=True),
        # Match.group(obj) calls obj.__index__, which matches again: every level re-enters
        # native code, so the native stack guard (checked before each JIT scan too) ends it.
        Case("re_group_index_native_recursion",
             text("import re\nclass I:\n    def __index__(self):\n"
                  "        return re.match('(a)', 'a').group(self)\nre.match('(a)', 'a').group(I())\n"),
             ("RecursionError",), recursion_limit=1_000_000, bastion_only=True),
        # struct: huge repeat counts are checked size arithmetic ("total struct size too long")
        # or an accounted allocation (MemoryError under --max-memory), never an overflow.
        Case("struct_huge_counts_max_memory",
             text("import struct\n"
                  "def run(fn, f, *args):\n"
                  "    try:\n"
                  "        return fn(f, *args)\n"
                  "    except MemoryError:\n"
                  "        return 'limited'\n"
                  "    except struct.error as e:\n"
                  "        return str(e)\n"
                  "for f in ['1000000000000s', '9999999999999999999q', '1000000000000x', '100000000x',\n"
                  "          '>4611686018427387904h', '@b1152921504606846975q']:\n"
                  "    print(f, run(struct.calcsize, f), run(struct.pack, f), run(struct.pack, f, b'x'))\n"
                  "    print(run(struct.unpack, f, b''), run(lambda *a: list(struct.iter_unpack(*a)), f, b''))\n"
                  "print(struct.pack('3x'), len(struct.pack('1000000x')))\n"),
             (OK,), b"".join(line + b"\n" for line in [
                 b"1000000000000s 1000000000000 pack expected 1 items for packing (got 0) limited",
                 b"unpack requires a buffer of 1000000000000 bytes []",
                 b"9999999999999999999q" + b" total struct size too long" * 3,
                 b"total struct size too long total struct size too long",
                 b"1000000000000x 1000000000000 limited pack expected 0 items for packing (got 1)",
                 b"unpack requires a buffer of 1000000000000 bytes []",
                 b"100000000x 100000000 limited pack expected 0 items for packing (got 1)",
                 b"unpack requires a buffer of 100000000 bytes []",
                 b">4611686018427387904h" + b" total struct size too long" * 3,
                 b"total struct size too long total struct size too long",
                 b"@b1152921504606846975q" + b" total struct size too long" * 3,
                 b"total struct size too long total struct size too long",
                 b"b'\\x00\\x00\\x00' 1000000"]),
             options=("--max-memory", "64M"), bastion_only=True),
        # pickle.loads over hostile bytes (lib/pickle.py): a million MARKs, lengths that claim
        # far more than the input holds (refused before anything is allocated), a structure a
        # million lists deep built without recursion and freed; pickling one recurses into
        # RecursionError.
        Case("pickle_million_marks",
             text("import pickle\npickle.loads(b'(' * 10**6 + b'.')\n"), ("UnpicklingError",)),
        Case("pickle_huge_lengths_max_memory",
             text("import pickle\n"
                  "for op in (b'B', b'X', b'T', b'\\x8e', b'\\x8d', b'\\x95'):\n"
                  "    n = 4 if op in (b'B', b'X', b'T') else 8\n"
                  "    data = op + b'\\xff' * (n - 1) + b'\\x7f' + b'abc.'\n"
                  "    try:\n"
                  "        pickle.loads(data)\n"
                  "    except (pickle.UnpicklingError, OverflowError, MemoryError) as e:\n"
                  "        print(type(e).__name__)\n"),
             (OK,), b"UnpicklingError\n" * 6, options=("--max-memory", "64M"),
             bastion_only=True),
        Case("pickle_loads_million_deep",
             text("import pickle\n"
                  "data = b'\\x80\\x02' + b']' * 10**6 + b'a' * (10**6 - 1) + b'.'\n"
                  "x = pickle.loads(data)\n"
                  "depth = 0\n"
                  "while x:\n"
                  "    x = x[0]\n"
                  "    depth += 1\n"
                  "print(depth)\n"),
             (OK,), b"999999\n"),
        Case("pickle_dumps_deep_recursion",
             text("import pickle\nx = []\nfor _ in range(10**5):\n    x = [x]\npickle.dumps(x)\n"),
             ("RecursionError",)),
        # struct: Python code run while packing (__index__) re-initialises the Struct or
        # shrinks the target; each operation keeps the format and size it checked, the
        # iterator re-checks its bounds (CPython frees the codes it is walking).
        Case("struct_reinit_during_operations",
             text("import struct\n"
                  "s = struct.Struct('<iiii')\n"
                  "class I:\n"
                  "    def __index__(self):\n"
                  "        s.__init__('b')\n"
                  "        return 1\n"
                  "b = s.pack(I(), 1, 2, 3)\n"
                  "print(len(b), b[:8], s.size, s.format)\n"
                  "s.__init__('<hh')\n"
                  "target = bytearray(4)\n"
                  "s.pack_into(target, 0, I(), 7)\n"
                  "print(target, s.size)\n"
                  "s.__init__('<i')\n"
                  "it = s.iter_unpack(bytes(range(8)))\n"
                  "print(next(it))\n"
                  "s.__init__('<q')\n"
                  "print(list(it), it.__length_hint__())\n"
                  "s.__init__('<h')\n"
                  "it = s.iter_unpack(bytes(range(8)))\n"
                  "s.__init__('<b')\n"
                  "print(it.__length_hint__(), len(list(it)))\n"),
             (OK,), b"16 b'\\x01\\x00\\x00\\x00\\x01\\x00\\x00\\x00' 1 b\n"
             b"bytearray(b'\\x01\\x00\\x07\\x00') 1\n(50462976,)\n[] 0\n8 8\n",
             bastion_only=True),
        # --- bytecode: the verifier and the loop under random co_code --------------------
        soak_code_replace(),
        # --- the step budget through fused `self.x` pairs ----------------------------------
        *attr_pair_step_cases(),
    ]


_CLASS_RE = re.compile(r"^([A-Za-z_][\w.]*)(?::|$)")


def judge(case: Case, got: testlib.Completed) -> tuple[list[str], str | None]:
    """(problems, note) for one finished run."""
    crash = got.crash_reason()
    if crash:
        return [crash], None
    if got.returncode == 0:
        if OK not in case.accept:
            return [f"exit 0, expected {' or '.join(case.accept)}"], None
        if case.stdout is not None and got.stdout != case.stdout:
            return [f"stdout {got.stdout[:200]!r}, expected {case.stdout!r}"], None
        return [], None if case.accept[0] == OK else f"succeeded (CPython: {case.accept[0]})"
    if got.returncode == 3 and "StepLimitExceeded" in case.accept:
        # --max-steps stopped it: exit 3, the exception before the CLI's closing line.
        if b"\nStepLimitExceeded: " not in b"\n" + got.stderr:
            return [f"exit 3 without StepLimitExceeded in stderr {got.stderr[-200:]!r}"], None
        if case.stdout is not None and got.stdout != case.stdout:
            return [f"stdout {got.stdout[:200]!r}, expected {case.stdout!r}"], None
        return [], None
    if got.returncode != 1:
        return [f"exit code {got.returncode}, expected 1"], None
    last = got.last_stderr_line()
    match = _CLASS_RE.match(last)
    name = match.group(1).rsplit(".", 1)[-1] if match else None
    allowed = [a for a in case.accept if a != OK]
    problems = []
    if name not in allowed:
        want = " or ".join(allowed) or "success"
        problems.append(f"last stderr line {last[:200]!r}, expected {want}")
    if case.stdout is not None and OK not in case.accept and got.stdout != case.stdout:
        problems.append(f"stdout {got.stdout[:200]!r}, expected {case.stdout!r}")
    note = None
    if not problems and name != case.accept[0]:
        note = f"raised {name} (CPython: {case.accept[0]})"
    return problems, note


def run_case(binary: str, cpython: bool, case: Case, workdir: Path, timeout: float):
    path = workdir / f"{case.name}.py"
    source = case.source
    argv = [binary]
    if case.recursion_limit is not None:
        if cpython:
            source = text(f"import sys; sys.setrecursionlimit({case.recursion_limit})\n") + source
        else:
            argv += ["--recursion-limit", str(case.recursion_limit)]
    if not cpython:
        argv += list(case.options)
    path.write_bytes(source)
    got = testlib.run(argv + [path.name], cwd=workdir, timeout=timeout)
    path.unlink()
    problems, note = judge(case, got)
    if problems and got.stderr:
        tail = got.stderr.decode("utf-8", "replace").rstrip().splitlines()[-8:]
        problems.append("stderr (last 8 lines):\n" + "\n".join("  " + line[:300] for line in tail))
    return case, problems, note, got.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bastion", help="interpreter to test (e.g. build/release/bastion)")
    parser.add_argument("--filter", action="append", default=[])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    binary = testlib.resolve_binary(args.bastion)
    cpython = testlib.is_cpython(binary)
    selected = [c for c in cases() if testlib.matches(c.name, args.filter)
                and not (cpython and (c.bastion_only or c.cpython_crashes))]
    print(f"tests/safety: {len(selected)} cases under {binary} (timeout {args.timeout:g}s)"
          + (" [CPython mode]" if cpython else ""), flush=True)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="bastion-safety-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda c: run_case(binary, cpython, c, Path(tmp), args.timeout), selected)
        for case, problems, note, seconds in results:
            if problems:
                failed += 1
                print(f"FAIL {case.name} ({seconds:.1f}s)")
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
            else:
                passed += 1
                if note:
                    print(f"note {case.name}: {note}")
                elif args.verbose:
                    print(f"ok   {case.name} ({seconds:.1f}s)")
            sys.stdout.flush()
    testlib.print_summary(passed, failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
