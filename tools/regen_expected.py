#!/usr/bin/env python3
"""Regenerates the expected results of tests/py from CPython 3.11 (the oracle).

For every tests/py/NAME.py it runs CPython's real binary (sys.executable of `python3`, not a
pyenv shim) exactly as tools/run_py_tests.py runs Bastion, then writes NAME.out (stdout),
NAME.err (last stderr line, only when the exit code is not 0) and NAME.exit (only when the
exit code is neither 0 nor 1), deleting stale .err/.exit files.
A script with a line starting `# bastion-differs:` has hand-written expectations (the rest of
that line says why) and is skipped.

Usage: tools/regen_expected.py [--python PATH] [--filter PAT]... [--check]
  --check   write nothing; exit 1 if any expectation is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import testlib  # noqa: E402

DIFFERS_MARKER = "# bastion-differs:"


def hand_written(script: Path) -> bool:
    text = script.read_text(encoding="utf-8", errors="replace")
    return any(line.lstrip().startswith(DIFFERS_MARKER) for line in text.splitlines())


def wanted_files(script: Path, python: str) -> dict[Path, bytes | None]:
    """Expected-result files for `script` (None: the file must not exist)."""
    got = testlib.run([python, script.name], cwd=script.parent, timeout=120)
    if got.timed_out:
        sys.exit(f"error: {script.name} timed out under CPython")
    files: dict[Path, bytes | None] = {script.with_suffix(".out"): got.stdout}
    code = got.returncode
    files[script.with_suffix(".err")] = (
        (got.last_stderr_line() + "\n").encode("utf-8") if code != 0 else None)
    files[script.with_suffix(".exit")] = f"{code}\n".encode() if code not in (0, 1) else None
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--python", help="CPython binary (default: sys.executable of python3)")
    parser.add_argument("--filter", action="append", default=[])
    parser.add_argument("--dir", type=Path, default=testlib.REPO_ROOT / "tests" / "py")
    parser.add_argument("--check", action="store_true", help="only report stale expectations")
    args = parser.parse_args()

    python = testlib.real_cpython(args.python)
    version = testlib.run([python, "--version"]).stdout.decode().strip()
    if not version.startswith("Python 3.11"):
        print(f"warning: the oracle is CPython 3.11, but {python} is {version}", file=sys.stderr)

    changed = skipped = total = 0
    for script in sorted(args.dir.glob("*.py")):
        if not testlib.matches(script.stem, args.filter):
            continue
        if hand_written(script):
            skipped += 1
            continue
        total += 1
        for path, content in wanted_files(script, python).items():
            current = path.read_bytes() if path.exists() else None
            if current == content:
                continue
            changed += 1
            print(("stale: " if args.check else "wrote: ") + path.name
                  + (" (delete)" if content is None else ""))
            if args.check:
                continue
            if content is None:
                path.unlink()
            else:
                path.write_bytes(content)
    print(f"{total} scripts run under {python} ({version}); {skipped} hand-written skipped; "
          f"{changed} file(s) {'stale' if args.check else 'changed'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
