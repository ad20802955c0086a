#!/usr/bin/env python3
"""The driver behind `make test`: every suite on a release build, then again under ASan+UBSan.

Stages, in order (each tree: build, then its three suites):
  release  build       make build              (build/release)
  release  unit        ctest -j2 --output-on-failure
  release  py          tools/run_py_tests.py build/release/bastion       (10 s per script)
  release  safety      tests/safety/run.py build/release/bastion         (60 s per case)
  asan     build       make asan               (build/asan, -DBASTION_SANITIZE=ON)
  asan     unit        ctest, with ASAN_OPTIONS/UBSAN_OPTIONS below
  asan     py          tools/run_py_tests.py build/asan/bastion          (60 s per script)
  asan     safety      tests/safety/run.py build/asan/bastion            (180 s per case)
  fuzz     smoke       tools/fuzz_smoke.sh (clang only): builds the fuzz targets in build/fuzz
                       (ASan+UBSan+libFuzzer) and runs each for FUZZ_SECONDS (default 40) on
                       its seed corpus; a crash or sanitizer report fails its target
Every stage runs even when an earlier one failed (a tree whose build failed skips its
suites). Passed/failed counts are the suites' own (ctest's tests, the runners' scripts); a
failed build or a suite that ends without its counts adds one failure. The last line is the
sum, `N passed, N failed`; the exit status is 1 when N failed > 0.

Usage: tools/test_all.py [--jobs N] [--no-asan | --only-asan]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import testlib  # noqa: E402

ROOT = testlib.REPO_ROOT
SANITIZER_ENV = {
    # LeakSanitizer is on: interpreter teardown frees every object (gc/teardown.cpp). A failed
    # allocation returns null (so the interpreter's MemoryError path runs) instead of aborting.
    "ASAN_OPTIONS": "detect_leaks=1:allocator_may_return_null=1",
    "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
}
CTEST_RE = re.compile(r"(\d+)% tests passed, (\d+) tests? failed out of (\d+)")


class Stage:
    def __init__(self, tree: str, name: str):
        self.tree, self.name = tree, name
        self.passed = self.failed = 0
        self.note = ""
        self.seconds = 0.0
        self.failures: list[str] = []  # the runner's own lines naming what failed

    def line(self) -> str:
        counts = self.note or f"{self.passed} passed, {self.failed} failed"
        return f"  {self.tree:<8} {self.name:<8} {counts:<40} {self.seconds:7.1f}s"


def stream(argv: list[str], env: dict[str, str]) -> tuple[int, list[str]]:
    """Runs argv with its output echoed live; returns (exit code, output lines)."""
    print("$ " + " ".join(argv), flush=True)
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace", bufsize=1)
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        sys.stdout.write(line)
        lines.append(line.rstrip("\n"))
    sys.stdout.flush()
    return proc.wait(), lines


def run_build(stage: Stage, target: str, env: dict[str, str]) -> bool:
    make = os.environ.get("MAKE", "make")
    code, _ = stream([make, "--no-print-directory", target], env)
    if code != 0:
        stage.failed, stage.note = 1, f"FAILED (make {target} exited {code})"
        return False
    stage.note = "ok"
    return True


def run_ctest(stage: Stage, build_dir: str, jobs: int, timeout: int, env: dict[str, str]) -> None:
    # The fuzz-smoke tests (a fuzz tree's ctest label) belong to the fuzz stage.
    code, lines = stream(["ctest", "--test-dir", build_dir, "--output-on-failure", "-LE", "fuzz-smoke",
                          "-j", str(jobs), "--timeout", str(timeout)], env)
    stage.failures = [line for line in lines if FAILURE_RE.match(line)]
    for line in reversed(lines):
        m = CTEST_RE.search(line)
        if m:
            total, failed = int(m.group(3)), int(m.group(2))
            stage.passed, stage.failed = total - failed, failed
            break
    else:
        if any("No tests were found" in line for line in lines) and code == 0:
            stage.note = "0 passed, 0 failed (no unit tests registered)"
        else:
            stage.failed = 1
            stage.note = f"FAILED (ctest exited {code} without a summary)"
            return
    if code != 0 and stage.failed == 0:
        stage.failed, stage.note = 1, f"FAILED (ctest exited {code})"


# Lines that name a failure: the runners' `FAIL name`, fuzz_smoke's report, ctest's list.
FAILURE_RE = re.compile(r"^(FAIL |fuzz_smoke: .*FAILED|  \| |\s+\d+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)\))")


def run_runner(stage: Stage, argv: list[str], env: dict[str, str], command: list[str] | None = None) -> None:
    code, lines = stream((command or [sys.executable]) + argv, env)
    stage.failures = [line for line in lines if FAILURE_RE.match(line)]
    m = testlib.SUMMARY_RE.match(lines[-1]) if lines else None
    if not m:
        stage.failed, stage.note = 1, f"FAILED (runner exited {code} without a summary)"
        return
    stage.passed, stage.failed = int(m.group(1)), int(m.group(2))
    if code != 0 and stage.failed == 0:
        stage.failed, stage.note = 1, f"FAILED (runner exited {code})"


def run_tree(tree: str, target: str, build_dir: str, jobs: int, py_timeout: int,
             ctest_timeout: int, safety_timeout: int, env: dict[str, str], stages: list[Stage]) -> None:
    def stage(name: str) -> Stage:
        s = Stage(tree, name)
        stages.append(s)
        print(f"\n==== {tree}: {name} ====", flush=True)
        return s

    def timed(s: Stage, fn, *args) -> object:
        start = time.monotonic()
        try:
            return fn(s, *args)
        finally:
            s.seconds = time.monotonic() - start

    if not timed(stage("build"), run_build, target, env):
        return
    binary = f"{build_dir}/bastion"
    timed(stage("unit"), run_ctest, build_dir, jobs, ctest_timeout, env)
    timed(stage("py"), run_runner,
          ["tools/run_py_tests.py", binary, "-j", str(jobs), "--timeout", str(py_timeout)], env)
    timed(stage("safety"), run_runner,
          ["tests/safety/run.py", binary, "-j", str(jobs), "--timeout", str(safety_timeout)], env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--jobs", type=int, default=2)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--no-asan", action="store_true", help="release tree only")
    group.add_argument("--only-asan", action="store_true", help="sanitizer tree only")
    args = parser.parse_args()

    started = time.monotonic()
    stages: list[Stage] = []
    plain_env = dict(os.environ)
    if not args.only_asan:
        run_tree("release", "build", "build/release", args.jobs, 10, 300, 60, plain_env, stages)
    if not args.no_asan:
        asan_env = dict(os.environ, **SANITIZER_ENV)
        run_tree("asan", "asan", "build/asan", args.jobs, 60, 900, 180, asan_env, stages)
        # The fuzz stage goes with the sanitizer tree (--no-asan skips both).
        fuzz = Stage("fuzz", "smoke")
        stages.append(fuzz)
        print("\n==== fuzz: smoke ====", flush=True)
        start = time.monotonic()
        run_runner(fuzz, ["tools/fuzz_smoke.sh"], dict(asan_env, JOBS=str(args.jobs)), command=["bash"])
        fuzz.seconds = time.monotonic() - start

    passed = sum(s.passed for s in stages)
    failed = sum(s.failed for s in stages)
    # What failed, compactly, just above the summary: CI keeps only the tail of the output.
    failures = [f"{s.tree} {s.name}: {line.strip()}" for s in stages for line in s.failures]
    if failures:
        print("\n==== failures ====")
        for line in failures[:10]:
            print(line[:600])
        if len(failures) > 10:
            print(f"... and {len(failures) - 10} more (above)")
    print(f"\n==== summary ({time.monotonic() - started:.0f}s) ====")
    for s in stages:
        print(s.line())
    testlib.print_summary(passed, failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
