#!/usr/bin/env python3
"""Runs the tests/py corpus under an interpreter and compares with CPython 3.11's results.

Each test is `NAME.py` with its expectations beside it (written by tools/regen_expected.py):
  NAME.out   stdout, compared byte for byte (required)
  NAME.err   present when the script must fail: the last line of stderr (e.g.
             `ZeroDivisionError: division by zero`); the exit code must then be 1
  NAME.exit  optional: the expected exit code when it is neither 0 nor 1
Scripts run with the test directory as working directory and the bare file name as argv[1],
stdin closed, a timeout (10 s; pass --timeout 60 under ASan). A crash, a timeout or a
sanitizer report is a failure whatever the expectations say.

Usage: tools/run_py_tests.py BASTION [--filter PAT]... [--timeout S] [-j N] [-v]
Ends with `N passed, N failed`; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import testlib  # noqa: E402

DEFAULT_DIR = testlib.REPO_ROOT / "tests" / "py"
MAX_DIFF_LINES = 60


def expected_for(script: Path) -> tuple[bytes, int, str | None]:
    """(stdout, exit code, last stderr line or None) that `script` must produce."""
    out_path = script.with_suffix(".out")
    if not out_path.exists():
        raise FileNotFoundError(f"{out_path.name} is missing (run tools/regen_expected.py)")
    stdout = out_path.read_bytes()
    err_path = script.with_suffix(".err")
    exit_path = script.with_suffix(".exit")
    err_line = None
    code = 0
    if err_path.exists():
        err_line = err_path.read_text(encoding="utf-8").rstrip("\r\n")
        code = 1
    if exit_path.exists():
        code = int(exit_path.read_text().strip())
    return stdout, code, err_line


def diff(expected: bytes, actual: bytes) -> str:
    lines = list(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        "expected", "actual",
    ))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... ({len(lines) - MAX_DIFF_LINES} more diff lines)\n"]
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def check(binary: str, script: Path, timeout: float) -> list[str]:
    """Runs one script; returns the reasons it failed (empty when it passed)."""
    try:
        want_out, want_code, want_err = expected_for(script)
    except (OSError, ValueError) as exc:
        return [str(exc)]
    got = testlib.run([binary, script.name], cwd=script.parent, timeout=timeout)
    crash = got.crash_reason()
    problems = [crash] if crash else []
    if not got.timed_out and got.returncode != want_code:
        problems.append(f"exit code {got.returncode}, expected {want_code}")
    if got.stdout != want_out:
        problems.append("stdout differs:\n" + diff(want_out, got.stdout))
    if want_err is not None and not got.timed_out:
        last = got.last_stderr_line()
        if last != want_err:
            problems.append(f"last stderr line differs:\n  expected: {want_err}\n  actual:   {last}")
    if problems and got.stderr:
        tail = got.stderr.decode("utf-8", "replace").rstrip().splitlines()[-15:]
        problems.append("stderr (last 15 lines):\n" + "\n".join("  " + line for line in tail))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bastion", help="interpreter to test (e.g. build/release/bastion)")
    parser.add_argument("--filter", action="append", default=[],
                        help="run only tests whose name contains PAT or matches glob PAT")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per script")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="test directory")
    parser.add_argument("-v", "--verbose", action="store_true", help="list passing tests too")
    args = parser.parse_args()

    binary = testlib.resolve_binary(args.bastion)
    scripts = sorted(p for p in args.dir.glob("*.py") if testlib.matches(p.stem, args.filter))
    if not scripts:
        print(f"no tests in {args.dir} match {args.filter}")
        testlib.print_summary(0, 0)
        return 0 if args.filter else 1

    print(f"tests/py: {len(scripts)} scripts under {binary} (timeout {args.timeout:g}s)", flush=True)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda s: (s, check(binary, s, args.timeout)), scripts)
        for script, problems in results:
            if problems:
                failed += 1
                print(f"FAIL {script.stem}")
                for problem in problems:
                    print("  " + problem.rstrip("\n").replace("\n", "\n  "))
            else:
                passed += 1
                if args.verbose:
                    print(f"ok   {script.stem}")
            sys.stdout.flush()
    testlib.print_summary(passed, failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
