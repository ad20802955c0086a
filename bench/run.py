#!/usr/bin/env python3
"""Times every bench/*.py program under Bastion and under CPython 3.11, in one run.

Each program runs --runs times (default 5) under each interpreter, alternating, and the
median wall time is kept (with --cpu: the median CPU time, user + system, of the child —
steadier than wall time on a machine that is busy with other work). Both must print the same
output (a mismatch is reported and the program's ratio is left out). The table shows the ratio
cpython/bastion of the medians (> 1: Bastion is faster), the same ratio of the fastest runs
("min ratio": the development machines' CPU times are bimodal, the same binary taking 0.16 s
or 0.27 s, and the minimum is the estimator least moved by that, as timeit advises), and the
geometric mean of each column, the figure SPEC.md's speed bar refers to.
CPython is the real binary (sys.executable of `python3`), never a pyenv shim, whose
start-up cost would flatter Bastion.

Usage: bench/run.py [BASTION] [--cpython PATH] [--runs N] [--cpu] [--filter PAT]...
"""

from __future__ import annotations

import argparse
import math
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import testlib  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
TIMEOUT_S = 300


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_once(binary: str, program: Path, cpu: bool) -> tuple[float | None, bytes, str]:
    cpu_before = children_cpu_seconds()
    got = testlib.run([binary, program.name], cwd=program.parent, timeout=TIMEOUT_S)
    if got.timed_out or got.returncode != 0:
        reason = got.crash_reason() or f"exit code {got.returncode}"
        return None, got.stdout, f"{reason}: {got.last_stderr_line()}"
    return (children_cpu_seconds() - cpu_before) if cpu else got.seconds, got.stdout, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bastion", nargs="?", default=str(testlib.REPO_ROOT / "build/release/bastion"))
    parser.add_argument("--cpython", help="CPython binary (default: sys.executable of python3)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--filter", action="append", default=[])
    parser.add_argument("--cpu", action="store_true", help="time CPU (user + system), not wall")
    args = parser.parse_args()

    bastion = testlib.resolve_binary(args.bastion)
    cpython = testlib.real_cpython(args.cpython)
    programs = sorted(p for p in BENCH_DIR.glob("*.py")
                      if p.name != "run.py" and testlib.matches(p.stem, args.filter))
    version = testlib.run([cpython, "--version"]).stdout.decode().strip()
    print(f"bastion: {bastion}\ncpython: {cpython} ({version})\n"
          f"runs: {args.runs} per interpreter (median {'CPU' if args.cpu else 'wall'} time)\n")
    header = f"{'benchmark':<16}{'bastion s':>11}{'cpython s':>11}{'ratio':>8}{'min ratio':>11}"
    print(header)
    print("-" * len(header), flush=True)

    ratios = []
    min_ratios = []
    failures = 0
    for program in programs:
        times: dict[str, list[float]] = {"bastion": [], "cpython": []}
        outputs: dict[str, bytes] = {}
        error = ""
        for _ in range(args.runs):
            for label, binary in (("bastion", bastion), ("cpython", cpython)):
                seconds, out, err = time_once(binary, program, args.cpu)
                if seconds is None:
                    error = error or f"{label}: {err}"
                    continue
                times[label].append(seconds)
                outputs.setdefault(label, out)
            if error:
                break
        if not error and outputs.get("bastion") != outputs.get("cpython"):
            error = (f"output differs: bastion {outputs.get('bastion', b'')[:80]!r} "
                     f"cpython {outputs.get('cpython', b'')[:80]!r}")
        b = statistics.median(times["bastion"]) if times["bastion"] else math.nan
        c = statistics.median(times["cpython"]) if times["cpython"] else math.nan
        if error:
            failures += 1
            print(f"{program.stem:<16}{b:>11.3f}{c:>11.3f}{'-':>8}   ({error})", flush=True)
            continue
        ratio = c / b
        min_ratio = min(times["cpython"]) / min(times["bastion"])
        ratios.append(ratio)
        min_ratios.append(min_ratio)
        print(f"{program.stem:<16}{b:>11.3f}{c:>11.3f}{ratio:>8.2f}{min_ratio:>11.2f}", flush=True)

    print("-" * len(header))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        geo_min = math.exp(sum(math.log(r) for r in min_ratios) / len(min_ratios))
        print(f"{'geometric mean':<38}{geo:>8.2f}{geo_min:>11.2f}   ({len(ratios)} of {len(programs)} "
              "benchmarks; > 1 means Bastion is faster)")
    else:
        print("geometric mean: n/a (no benchmark completed)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
