"""Shared helpers for Bastion's script-level test runners (tests/py, tests/safety, bench).

Runs one interpreter process with a hard timeout (its whole process group is killed when
it runs over), recognises sanitizer reports and signal deaths, finds CPython's real binary
behind a pyenv-style `python3` shim, and prints the closing `N passed, N failed` line that
the Makefile's test driver adds up.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# Lines an ASan/UBSan/LSan build writes when it finds a bug. UBSan's exit status is 1, the
# same as an uncaught Python exception, so the stream is what tells the two apart.
_SANITIZER_RE = re.compile(
    rb"(ERROR: (Address|Leak|Memory|Thread)Sanitizer"
    rb"|SUMMARY: (Address|UndefinedBehavior|Leak|Memory|Thread)Sanitizer"
    rb"|: runtime error: )"
)

SUMMARY_RE = re.compile(r"^(\d+) passed, (\d+) failed$")


@dataclasses.dataclass
class Completed:
    """What one interpreter run produced."""

    returncode: int | None  # None when it was killed for running past the timeout
    stdout: bytes
    stderr: bytes
    seconds: float

    @property
    def timed_out(self) -> bool:
        return self.returncode is None

    def crash_reason(self) -> str | None:
        """Why this run counts as a crash no matter what was expected, or None."""
        if self.timed_out:
            return f"timed out after {self.seconds:.1f}s"
        if self.returncode < 0:
            try:
                name = signal.Signals(-self.returncode).name
            except ValueError:
                name = f"signal {-self.returncode}"
            return f"killed by {name}"
        if self.returncode >= 128:
            return f"exit code {self.returncode} (a signal or an abort, not a Python exit)"
        match = _SANITIZER_RE.search(self.stderr)
        if match:
            start = self.stderr.rfind(b"\n", 0, match.start()) + 1
            end = self.stderr.find(b"\n", match.end())
            line = self.stderr[start : end if end >= 0 else len(self.stderr)]
            return "sanitizer report: " + line.decode("utf-8", "replace").strip()
        return None

    def last_stderr_line(self) -> str:
        text = self.stderr.decode("utf-8", "replace").rstrip("\r\n")
        return text.rsplit("\n", 1)[-1].rstrip("\r") if text else ""


def child_env() -> dict[str, str]:
    """Environment for interpreter runs: deterministic and UTF-8 everywhere."""
    env = dict(os.environ)
    env.update(
        PYTHONHASHSEED="0",
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        LC_ALL="C.UTF-8",
    )
    env.pop("PYTHONSTARTUP", None)
    return env


def run(argv: list[str], *, cwd: Path | str | None = None, timeout: float = 10.0,
        stdin: bytes | None = None) -> Completed:
    """Runs argv to completion or until timeout; never raises for the child's behaviour."""
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=child_env(),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, so a timeout kills everything
    )
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        code = None
    return Completed(code, out, err, time.monotonic() - start)


def resolve_binary(name: str) -> str:
    """Turns 'python3' or 'build/release/bastion' into an absolute path, or exits."""
    if os.sep in name or name.startswith("."):
        path = Path(name).resolve()
        if not (path.is_file() and os.access(path, os.X_OK)):
            sys.exit(f"error: {name} is not an executable file (build it first: make build)")
        return str(path)
    found = shutil.which(name)
    if not found:
        sys.exit(f"error: {name} not found on PATH")
    return found


def real_cpython(explicit: str | None = None) -> str:
    """CPython's own binary, not the pyenv shim that `python3` may be on this machine."""
    if explicit:
        return resolve_binary(explicit)
    probe = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"],
        capture_output=True, text=True, check=False,
    )
    path = probe.stdout.strip()
    if probe.returncode != 0 or not path:
        sys.exit("error: could not ask python3 for sys.executable: " + probe.stderr.strip())
    return path


def is_cpython(binary: str) -> bool:
    """True when `binary` is CPython itself (used when a runner checks its own expectations)."""
    probe = run([binary, "--version"], timeout=30)
    text = (probe.stdout + probe.stderr).decode("utf-8", "replace").strip()
    return text.startswith("Python ")


def matches(name: str, filters: list[str]) -> bool:
    """A test is selected when there are no filters or any filter is a substring or glob of it."""
    import fnmatch

    return not filters or any(f in name or fnmatch.fnmatchcase(name, f) for f in filters)


def print_summary(passed: int, failed: int) -> None:
    """The closing line every runner prints; tools/test_all.py sums these."""
    print(f"{passed} passed, {failed} failed", flush=True)
