#!/usr/bin/env python3
"""Command-line modes: -c, -, a script file and -m MODULE, with sys.path[0], sys.argv,
__main__'s attributes, exit statuses and the messages of a module -m cannot run.

Every case writes its files into a fresh temporary directory and runs `BASTION ARGS...`
there (10 s timeout). Expectations are CPython 3.11's: running this file with CPython as
BASTION checks them (its messages start with its own path where Bastion's start with
'bastion'; cases marked bastion_only are skipped).

Usage: tests/cli/run.py BASTION [--filter PAT]... [-v]. Ends with `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import testlib  # noqa: E402

SHOW = ("import os, sys\n"
        "here = os.getcwd()\n"
        "def rel(p):\n"
        "    return p.replace(here, '<cwd>') if isinstance(p, str) else p\n"
        "print(__name__, rel(globals().get('__file__')), repr(__package__),"
        " [rel(a) for a in sys.argv], repr(rel(sys.path[0])))\n")


@dataclasses.dataclass
class Case:
    name: str
    args: list[str]
    files: dict[str, str] = dataclasses.field(default_factory=dict)
    stdin: str | None = None
    status: int = 0
    stdout: str | None = None          # exact stdout, when given
    stderr_last: str | None = None     # the last stderr line ({prog}: the binary's name)
    stderr_has: tuple[str, ...] = ()   # substrings of stderr
    stdout_has: tuple[str, ...] = ()   # substrings of stdout
    bastion_only: bool = False


def cases() -> list[Case]:
    pkg = {"pkg/__init__.py": "print('init', __name__)\n", "pkg/__main__.py": SHOW,
           "pkg/sub.py": SHOW, "mod1.py": SHOW}
    unit = {"test_x.py": "import unittest\nclass T(unittest.TestCase):\n"
                         "    def test_a(self):\n        self.assertEqual(1, 1)\n"
                         "    def test_b(self):\n        self.assertTrue(True)\n",
            "test_fail.py": "import unittest\nclass T(unittest.TestCase):\n"
                            "    def test_a(self):\n        self.assertEqual(1, 2)\n"}
    return [
        Case("c_path", ["-c", SHOW, "a", "b"], stdout="__main__ None None ['-c', 'a', 'b'] ''\n"),
        Case("c_imports_cwd", ["-c", "import mod1, os; print(mod1.__file__ == os.path.join(os.getcwd(), 'mod1.py'))"],
             files={"mod1.py": ""}, stdout="True\n"),
        Case("c_imports_cwd_package", ["-c", "import pkg, os; print(pkg.__path__ == [os.path.join(os.getcwd(), 'pkg')])"],
             files={"pkg/__init__.py": ""}, stdout="True\n"),
        Case("stdin_path", ["-", "x"], stdin=SHOW, stdout="__main__ <stdin> None ['-', 'x'] ''\n"),
        Case("stdin_piped_path", [], stdin=SHOW + "print(__cached__)\n", stdout="__main__ <stdin> None [''] ''\nNone\n"),
        Case("script_path", ["sub/s.py", "y"], files={"sub/s.py": SHOW},
             stdout="__main__ <cwd>/sub/s.py None ['sub/s.py', 'y'] '<cwd>/sub'\n"),
        Case("m_module", ["-m", "mod1", "x", "-c", "y"], files=pkg,
             stdout="__main__ <cwd>/mod1.py '' ['<cwd>/mod1.py', 'x', '-c', 'y'] '<cwd>'\n"),
        Case("m_package", ["-m", "pkg", "z"], files=pkg,
             stdout="init pkg\n__main__ <cwd>/pkg/__main__.py 'pkg' ['<cwd>/pkg/__main__.py', 'z'] '<cwd>'\n"),
        Case("m_submodule", ["-m", "pkg.sub"], files=pkg,
             stdout="init pkg\n__main__ <cwd>/pkg/sub.py 'pkg' ['<cwd>/pkg/sub.py'] '<cwd>'\n"),
        Case("m_main_guard", ["-m", "guard"],
             files={"guard.py": "def main():\n    print('main ran')\nif __name__ == '__main__':\n    main()\n"},
             stdout="main ran\n"),
        Case("m_argv_while_importing", ["-m", "pkg.sub2", "q"],
             files={"pkg/__init__.py": "import sys\nprint(sys.argv)\n", "pkg/sub2.py": "import sys\nprint(sys.argv[1:])\n"},
             stdout="['-m', 'q']\n['q']\n"),
        Case("m_missing", ["-m", "nope"], status=1, stdout="", stderr_last="{prog}: No module named nope"),
        Case("m_missing_in_package", ["-m", "pkg.nope"], files=pkg, status=1, stdout="init pkg\n",
             stderr_last="{prog}: No module named pkg.nope"),
        Case("m_missing_parent", ["-m", "nope.x"], status=1, stdout="",
             stderr_last="{prog}: Error while finding module specification for 'nope.x' "
                         "(ModuleNotFoundError: No module named 'nope')"),
        Case("m_package_without_main", ["-m", "bare"], files={"bare/__init__.py": ""}, status=1, stdout="",
             stderr_last="{prog}: No module named bare.__main__; 'bare' is a package and cannot be directly executed"),
        Case("m_builtin", ["-m", "sys"], status=1, stdout="", stderr_last="{prog}: No code object available for sys"),
        Case("m_relative", ["-m", ".x"], status=1, stdout="", stderr_last="{prog}: Relative module names not supported"),
        Case("m_no_argument", ["-m"], status=2, stdout="", stderr_has=("Argument expected for the -m option",)),
        Case("m_exit_status", ["-m", "ex"], files={"ex.py": "raise SystemExit(3)\n"}, status=3, stdout=""),
        Case("m_exception", ["-m", "boom"], files={"boom.py": "print('before')\nraise ValueError('boom')\n"},
             status=1, stdout="before\n", stderr_last="ValueError: boom", stderr_has=("/boom.py\", line 2, in <module>",)),
        Case("m_parent_raises", ["-m", "bad.sub"], files={"bad/__init__.py": "1 / 0\n", "bad/sub.py": ""},
             status=1, stdout="", stderr_last="ZeroDivisionError: division by zero"),
        Case("m_unittest", ["-m", "unittest", "test_x"], files=unit, stdout="", stderr_has=("Ran 2 tests", "\nOK")),
        Case("m_unittest_verbose", ["-m", "unittest", "-v", "test_x.T.test_a"], files=unit, stdout="",
             stderr_has=("test_a (test_x.T.test_a) ... ok", "Ran 1 test")),
        Case("m_unittest_failure", ["-m", "unittest", "test_fail"], files=unit, status=1, stdout="",
             stderr_has=("FAILED (failures=1)", "AssertionError: 1 != 2")),
        Case("m_unittest_discover_default", ["-m", "unittest"], files=unit, status=1, stdout="",
             stderr_has=("Ran 3 tests", "FAILED (failures=1)")),
        Case("m_unittest_discover", ["-m", "unittest", "discover", "-p", "test_x*.py", "-v"], files=unit, stdout="",
             stderr_has=("test_a (test_x.T.test_a) ... ok", "Ran 2 tests", "\nOK")),
        Case("m_unittest_discover_start", ["-m", "unittest", "discover", "-s", "tests", "-t", "."],
             files={"tests/__init__.py": "", "tests/test_y.py": unit["test_x.py"]}, stdout="",
             stderr_has=("Ran 2 tests", "\nOK")),
        Case("m_bundled_module", ["-m", "this_is_not_a_module_name"], status=1, stdout="",
             stderr_last="{prog}: No module named this_is_not_a_module_name"),
        Case("m_timeit", ["-m", "timeit", "-n", "3", "-r", "2", "-s", "y = 2", "x = y * 3"],
             stdout_has=("3 loops, best of 2: ", " per loop\n")),
        Case("m_timeit_verbose", ["-m", "timeit", "-v", "-n", "1", "-r", "1", "pass"],
             stdout_has=("raw times: ", "\n\n1 loop, best of 1: ")),
        Case("m_timeit_bad_option", ["-m", "timeit", "-x"], status=2,
             stdout="option -x not recognized\nuse -h/--help for command line help\n"),
        Case("m_timeit_bad_unit", ["-m", "timeit", "-u", "hour", "pass"], status=2, stdout="",
             stderr_last="Unrecognized unit. Please select nsec, usec, msec, or sec."),
        Case("m_timeit_error", ["-m", "timeit", "-n", "1", "1/0"], status=1,
             stderr_last="ZeroDivisionError: division by zero",
             stderr_has=('File "<timeit-src>", line 6, in inner\n    1/0\n',)),
        Case("m_after_options", ["--max-steps", "100000", "-m", "spin"], files={"spin.py": "while True:\n    pass\n"},
             status=3, bastion_only=True),
        Case("m_recursion_limit_option", ["--recursion-limit", "50", "-m", "deep"],
             files={"deep.py": "import sys\nprint(sys.getrecursionlimit())\n"}, stdout="50\n", bastion_only=True),
    ]


def run_case(binary: str, cpython: bool, case: Case, verbose: bool) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory(prefix="bastion_cli_") as tmp:
        root = Path(tmp).resolve()
        for rel, text in case.files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        got = testlib.run([binary, *case.args], cwd=root, timeout=10.0,
                          stdin=case.stdin.encode() if case.stdin is not None else None)
        out = got.stdout.decode(errors="replace")
        err = got.stderr.decode(errors="replace")
        prog = binary if cpython else "bastion"
        if got.returncode != case.status:
            problems.append(f"exit status {got.returncode}, expected {case.status}")
        if case.stdout is not None and out != case.stdout:
            problems.append(f"stdout {out!r}, expected {case.stdout!r}")
        lines = err.rstrip("\n").split("\n")
        if case.stderr_last is not None and lines[-1] != case.stderr_last.format(prog=prog):
            problems.append(f"last stderr line {lines[-1]!r}, expected {case.stderr_last.format(prog=prog)!r}")
        for piece in case.stderr_has:
            if piece not in err:
                problems.append(f"stderr lacks {piece!r}")
        for piece in case.stdout_has:
            if piece not in out:
                problems.append(f"stdout lacks {piece!r}")
        if problems and verbose:
            problems.append("stderr was:\n" + err)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--filter", action="append", default=[])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    binary = testlib.resolve_binary(args.binary)
    cpython = testlib.is_cpython(binary)
    passed = failed = 0
    for case in cases():
        if not testlib.matches(case.name, args.filter) or (cpython and case.bastion_only):
            continue
        problems = run_case(binary, cpython, case, args.verbose)
        if problems:
            failed += 1
            print(f"FAIL {case.name}: " + "; ".join(problems))
        else:
            passed += 1
            if args.verbose:
                print(f"ok   {case.name}")
    testlib.print_summary(passed, failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
