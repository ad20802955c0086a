# Concrete paths: Path() is a PosixPath with the pure API; reading and writing files,
# exists/is_file/is_dir/is_symlink, stat sizes, cwd/absolute/home/expanduser. (Bastion needs
# the host's file access for these; the command line has it.)
import os
import time
from pathlib import Path, PosixPath, PurePosixPath, WindowsPath

here = Path(__file__)
print(type(here).__name__, isinstance(here, PurePosixPath), here.name, here.suffix)
print(here.exists(), here.is_file(), here.is_dir(), here.is_symlink())
print(Path(".").is_dir(), Path("no_such_file_here.txt").exists(),
      Path("no_such_file_here.txt").is_file())
print(here.stat().st_size == len(here.read_bytes()), here.stat().st_size > 100)
print(here.read_text().splitlines()[0][:40])
tmp = Path("/tmp") / ("bastion_pathlib_%d.txt" % time.time_ns())
print(tmp.write_text("héllo\nworld\n"), tmp.read_text(), tmp.read_bytes())
print(tmp.write_text("x\ny\n", newline="\r\n"), tmp.read_bytes())
print(tmp.write_bytes(b"\x00\x01bytes"), tmp.read_bytes(), tmp.stat().st_size)
print(tmp.write_text("latin ü", encoding="latin-1"), tmp.read_bytes(),
      tmp.read_text(encoding="latin-1"))
with tmp.open("a") as f:
    f.write("!")
print(tmp.read_text(encoding="latin-1", errors="replace"))
try:
    tmp.write_text(b"bytes")
except TypeError as e:
    print("TypeError:", e)
tmp.unlink()
print(tmp.exists())
try:
    Path("no_such_dir_xyz/file.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    Path("no_such_file_here.txt").stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(),
      Path("x/y").absolute() == Path.cwd() / "x" / "y", Path("/abs").absolute())
os.environ["HOME"] = "/home/tester"
print(Path("~/docs").expanduser(), Path("~").expanduser(), Path("a/~").expanduser(),
      Path.home())
print(Path("a", "b") / "c", Path("/x/y.txt").with_suffix(".md"), repr(Path("rel")))
try:
    WindowsPath("c:/x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(type(Path("x").parent).__name__, type(Path("/a/b").parents[0]).__name__)
