// runtime_test.cpp: the public embedding API — output capture, limits, host functions,
// isolation between runtimes, and two runtimes running at once on two threads.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#include "bastion/bastion.h"

namespace {

struct Captured {
    std::string out;
    std::string err;
};

void capture(bastion::Runtime& rt, Captured& c) {
    rt.set_output([&c](std::string_view s) { c.out.append(s); }, [&c](std::string_view s) { c.err.append(s); });
}

// `code` reaches outside the sandbox: PermissionError, with the message naming `function`
// (when given) as the host-access check words it.
void expect_refused(bastion::Runtime& rt, const char* code, std::string_view function = {}) {
    auto r = rt.run_string(code);
    EXPECT_EQ(r.status, bastion::RunResult::Status::Exception) << code;
    EXPECT_EQ(r.exception_type, "PermissionError") << code;
    if (!function.empty()) {
        EXPECT_EQ(r.message, std::string(function) + "() is not available: the host has not enabled file and console access")
            << code;
    }
}

TEST(Runtime, RunsSourceAndCapturesOutput) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    auto r = rt.run_string("print(sum(i * i for i in range(10)), 'ok')\n");
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(c.out, "285 ok\n");
}

TEST(Runtime, UncaughtExceptionGivesTypeMessageAndTraceback) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    auto r = rt.run_string("x = 1\nx / 0\n", "t.py");
    EXPECT_EQ(r.status, bastion::RunResult::Status::Exception);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.exception_type, "ZeroDivisionError");
    EXPECT_EQ(r.message, "division by zero");
    EXPECT_NE(c.err.find("Traceback (most recent call last):"), std::string::npos);
    EXPECT_NE(c.err.find("ZeroDivisionError: division by zero"), std::string::npos);
    // The runtime stays usable.
    EXPECT_TRUE(rt.run_string("print('still here')").ok());
    EXPECT_NE(c.out.find("still here"), std::string::npos);
}

TEST(Runtime, StepLimitStopsAnInfiniteLoop) {
    bastion::Limits limits;
    limits.max_steps = 100000;
    bastion::Runtime rt(limits);
    Captured c;
    capture(rt, c);
    auto r = rt.run_string("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n");
    EXPECT_EQ(r.status, bastion::RunResult::Status::LimitExceeded);
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.exception_type, "StepLimitExceeded");
}

TEST(Runtime, MemoryLimitRaisesCatchableMemoryError) {
    bastion::Limits limits;
    limits.max_memory_bytes = 32u << 20;
    bastion::Runtime rt(limits);
    Captured c;
    capture(rt, c);
    auto r = rt.run_string(
        "chunks = []\n"
        "try:\n"
        "    while True:\n"
        "        chunks.append('x' * 100000)\n"
        "except MemoryError:\n"
        "    n = len(chunks)\n"
        "    chunks = None\n"
        "print('recovered', n > 10, sum(range(1000)))\n");
    EXPECT_TRUE(r.ok()) << c.err;
    EXPECT_EQ(c.out, "recovered True 499500\n");
}

// The preallocated MemoryError kept the traceback of its last raise — the frame of fill(),
// and through it the chunks — until the next MemoryError, so the run after an uncaught one
// failed at the limit too (found by fuzz_source). Once nothing holds the exception, the
// collection an allocation at the limit makes releases that traceback.
TEST(Runtime, MemoryErrorLetGoGivesItsMemoryBack) {
    bastion::Limits limits;
    limits.max_memory_bytes = 16u << 20;
    bastion::Runtime rt(limits);
    Captured c;
    capture(rt, c);
    auto filled = rt.run_string(
        "def fill():\n"
        "    chunks = []\n"
        "    while True:\n"
        "        chunks.append('x' * 100000)\n"
        "fill()\n");
    ASSERT_FALSE(filled.ok());
    EXPECT_EQ(filled.exception_type, "MemoryError");
    c.out.clear();
    auto again = rt.run_string(
        "def fill_some():\n"
        "    chunks = []\n"
        "    for i in range(100):\n"
        "        chunks.append('y' * 100000)\n"
        "    return len(chunks)\n"
        "print(fill_some())\n");
    EXPECT_TRUE(again.ok()) << c.err;
    EXPECT_EQ(c.out, "100\n");
}

TEST(Runtime, HostFunctionsConvertValues) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    rt.define_function("host_add", [](const std::vector<bastion::HostValue>& args) -> bastion::HostValue {
        return std::get<int64_t>(args.at(0)) + std::get<int64_t>(args.at(1));
    });
    rt.define_function("host_fail", [](const std::vector<bastion::HostValue>&) -> bastion::HostValue {
        throw std::runtime_error("host says no");
    });
    EXPECT_TRUE(rt.run_string("print(host_add(2, 40))\ntry:\n    host_fail()\nexcept RuntimeError as e:\n    print(e)\n").ok())
        << c.err;
    EXPECT_EQ(c.out, "42\nhost says no\n");
}

TEST(Runtime, EvalReprAndPersistentMain) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    EXPECT_TRUE(rt.run_string("data = {'a': [1, 2.5, 'x']}").ok());
    auto v = rt.eval_repr("data");
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(*v, "{'a': [1, 2.5, 'x']}");
}

TEST(Runtime, RuntimesAreIsolated) {
    bastion::Runtime a, b;
    Captured ca, cb;
    capture(a, ca);
    capture(b, cb);
    EXPECT_TRUE(a.run_string("import sys\nsys.shared = 1\nx = 'a'").ok());
    EXPECT_TRUE(b.run_string("import sys\nprint(hasattr(sys, 'shared'), 'x' in globals())").ok());
    EXPECT_EQ(cb.out, "False False\n");
}

// Two interpreters on two threads at once: no global mutable state may be shared.
TEST(Runtime, TwoRuntimesOnTwoThreads) {
    const char* program =
        "class Node:\n"
        "    def __init__(self, v, nxt):\n"
        "        self.v = v\n"
        "        self.nxt = nxt\n"
        "def build(n):\n"
        "    head = None\n"
        "    for i in range(n):\n"
        "        head = Node(i, head)\n"
        "    return head\n"
        "total = 0\n"
        "for rounds in range(30):\n"
        "    h = build(2000)\n"
        "    while h is not None:\n"
        "        total += h.v\n"
        "        h = h.nxt\n"
        "d = {str(i): i for i in range(5000)}\n"
        "print(total, sum(d.values()), sorted(d)[:3], f'{3.5:.2f}')\n";
    std::string outs[2];
    bool oks[2] = {false, false};
    auto worker = [&](int k) {
        bastion::Runtime rt;
        rt.set_output([&outs, k](std::string_view s) { outs[k].append(s); }, [](std::string_view) {});
        oks[k] = rt.run_string(program).ok();
    };
    std::thread t0(worker, 0), t1(worker, 1);
    t0.join();
    t1.join();
    EXPECT_TRUE(oks[0]);
    EXPECT_TRUE(oks[1]);
    EXPECT_EQ(outs[0], "59970000 12497500 ['0', '1', '10'] 3.50\n");
    EXPECT_EQ(outs[1], outs[0]);
}

TEST(Runtime, CompileVerifyAndDisassemble) {
    bastion::Runtime rt;
    std::string error;
    auto bbc = rt.compile_to_bbc("def f(x):\n    return x + 1\nprint(f(41))\n", "m.py", &error);
    ASSERT_TRUE(bbc.has_value()) << error;
    EXPECT_TRUE(bastion::Runtime::looks_like_bbc(*bbc));
    EXPECT_TRUE(rt.verify_file_bytes(*bbc, "m.bbc").empty());
    auto text = rt.disassemble(*bbc, "m.bbc", &error);
    ASSERT_TRUE(text.has_value());
    EXPECT_NE(text->find("RETURN_VALUE"), std::string::npos);
    // Flip a byte in the middle of the code: either a clean load/verify failure or valid.
    std::string broken = *bbc;
    broken.resize(broken.size() / 2);
    auto failures = rt.verify_file_bytes(broken, "cut.bbc");
    ASSERT_EQ(failures.size(), 1u);
    EXPECT_NE(failures[0].find("cut.bbc"), std::string::npos);
}

} // namespace

// open(), input() and sys.stdin reach outside the sandbox: a host that does not enable them
// gets a PermissionError naming the function, and the interpreter stays usable.
TEST(Runtime, FileAndConsoleAccessIsOffUnlessTheHostEnablesIt) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    expect_refused(rt, "open('/etc/hostname')\n", "open");
    expect_refused(rt, "input('x')\n", "input");
    expect_refused(rt, "import sys\nsys.stdin.readline()\n");
    auto r = rt.run_string("import io\nprint(io.StringIO('in memory').read())\n");
    EXPECT_TRUE(r.ok());
    EXPECT_NE(c.out.find("in memory"), std::string::npos);
}

TEST(Runtime, HostIoEnabledOpensFiles) {
    bastion::Runtime rt;
    rt.set_host_io(true);
    Captured c;
    capture(rt, c);
    auto r = rt.run_string("try:\n    open('/nonexistent/x')\nexcept FileNotFoundError as e:\n    print(e.errno, e.filename)\n");
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(c.out, "2 /nonexistent/x\n");
}

// The os module: the host's environment is never read (os.environ starts empty even though
// this process has PATH and HOME), and the working directory is behind the file-access flag.
TEST(Runtime, OsModuleKeepsTheHostOut) {
    {
        bastion::Runtime rt;
        Captured c;
        capture(rt, c);
        auto r = rt.run_string("import os\nprint(len(os.environ), os.getenv('PATH'), os.getenv('HOME'))\n"
                               "print(os.path.abspath('/a/../b'), os.path.relpath('/a/b/c', '/a'))\n"
                               "print(hasattr(os, 'listdir'), hasattr(os, 'remove'), hasattr(os, 'system'),\n"
                               "      hasattr(os, 'getpid'), hasattr(os, 'chdir'), hasattr(os, 'kill'))\n");
        EXPECT_TRUE(r.ok()) << r.message;
        // The file calls exist (and refuse, below); process calls do not.
        EXPECT_EQ(c.out, "0 None None\n/b b/c\nTrue True False False False False\n");
        expect_refused(rt, "os.getcwd()\n", "getcwd");
        expect_refused(rt, "os.path.abspath('relative')\n");
        // Questions about files refuse rather than answer False.
        expect_refused(rt, "os.path.exists('/')\n", "stat");
        expect_refused(rt, "os.path.getsize('/')\n");
        // What a program sets stays in the program.
        r = rt.run_string("os.environ['BASTION_SET_BY_SCRIPT'] = '1'\n");
        EXPECT_TRUE(r.ok());
        EXPECT_EQ(::getenv("BASTION_SET_BY_SCRIPT"), nullptr);
    }
    {
        bastion::Runtime rt;
        rt.set_host_io(true);
        Captured c;
        capture(rt, c);
        auto r = rt.run_string("import os\nprint(os.getcwd())\nprint(os.getcwdb() == os.fsencode(os.getcwd()))\n"
                               "print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))\n"
                               "print(os.path.exists('/'), os.path.isdir('/'), os.path.isfile('/'))\n");
        EXPECT_TRUE(r.ok()) << r.message;
        EXPECT_EQ(c.out, std::filesystem::current_path().string() + "\nTrue\nTrue\nTrue True False\n");
    }
}

// gettext, platform, locale, threading and tomllib in a sandbox: no catalog is looked for
// (NullTranslations, no PermissionError), platform reveals nothing of the host, the only
// locale is C, a Thread runs in start().
TEST(Runtime, MiscModulesInTheSandbox) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    auto r = rt.run_string(
        "import gettext, platform, locale, threading, tomllib\n"
        "t = gettext.translation('app', '/usr/share/locale', languages=['de'], fallback=True)\n"
        "print(type(t).__name__, t.gettext('x'), gettext.dgettext('app', 'y'))\n"
        "print(platform.system(), platform.node() == platform.machine() == '', platform.python_implementation())\n"
        "print(locale.setlocale(locale.LC_ALL, ''), locale.getlocale())\n"
        "out = []\nth = threading.Thread(target=out.append, args=(1,))\nth.start()\nth.join()\n"
        "print(out, th.is_alive())\n"
        "print(tomllib.loads('a = 1979-05-27T07:32:00Z')['a'])\n");
    EXPECT_TRUE(r.ok()) << r.message;
    EXPECT_EQ(c.out, "NullTranslations x y\nLinux True Bastion\nC (None, None)\n[1] False\n1979-05-27 07:32:00+00:00\n");
    expect_refused(rt, "gettext.GNUTranslations(open('/x.mo', 'rb'))\n", "open");
}

// pathlib's pure paths and unittest work in a sandbox; every question a Path asks about the
// host's files refuses (PermissionError) rather than answering, and what would change or
// list files is absent (NotImplementedError).
TEST(Runtime, PathlibAndUnittestInTheSandbox) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    auto r = rt.run_string(
        "import pathlib, unittest, io\n"
        "p = pathlib.Path('/etc') / 'passwd'\n"
        "print(p, p.name, p.parent, p.is_absolute(), p.relative_to('/etc'))\n"
        "class T(unittest.TestCase):\n"
        "    def test_x(self): self.assertEqual(p.suffix, '')\n"
        "s = io.StringIO()\n"
        "res = unittest.TextTestRunner(stream=s).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))\n"
        "print(res.wasSuccessful(), res.testsRun)\n");
    EXPECT_TRUE(r.ok()) << r.message;
    EXPECT_EQ(c.out, "/etc/passwd passwd /etc True passwd\nTrue 1\n");
    for (const char* code : {"p.exists()\n", "p.is_file()\n", "p.is_dir()\n", "p.stat()\n",
                             "p.read_text()\n", "p.read_bytes()\n", "pathlib.Path('/tmp/x').write_text('x')\n",
                             "pathlib.Path.cwd()\n", "pathlib.Path('rel').absolute()\n"})
        expect_refused(rt, code);
    for (const char* code : {"list(p.iterdir())\n", "p.unlink()\n", "p.resolve()\n", "list(p.glob('*'))\n",
                             "list(p.rglob('*'))\n", "p.mkdir()\n", "p.touch()\n", "p.rmdir()\n",
                             "p.rename('/tmp/y')\n", "p.replace('/tmp/y')\n", "p.symlink_to('/tmp/y')\n",
                             "p.readlink()\n", "p.chmod(0o600)\n", "p.samefile('/etc')\n", "p.is_mount()\n"})
        expect_refused(rt, code);
    r = rt.run_string("p.owner()\n");
    EXPECT_EQ(r.exception_type, "NotImplementedError");
}

// Every file-system native of _fileio refuses with host I/O off, naming itself, before it
// looks at its arguments; and so does each library function built on them (os, shutil,
// tempfile, glob), including the ones that would otherwise swallow an OSError (os.walk's
// onerror, glob's unreadable folders, rmtree's ignore_errors, tempfile's directory search).
TEST(Runtime, FileSystemCallsRefuseWithoutHostIo) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    ASSERT_TRUE(rt.run_string("import _fileio, os, shutil, tempfile, glob, stat\n").ok());
    const std::pair<const char*, const char*> natives[] = {
        {"_fileio.listdir('/')\n", "listdir"},
        {"_fileio.scandir('/')\n", "scandir"},
        {"_fileio.mkdir('/tmp/bastion_refused', 0o777)\n", "mkdir"},
        {"_fileio.rmdir('/tmp/bastion_refused')\n", "rmdir"},
        {"_fileio.unlink('/tmp/bastion_refused')\n", "unlink"},
        {"_fileio.rename('/tmp/a', '/tmp/b')\n", "rename"},
        {"_fileio.remove('/tmp/bastion_refused')\n", "remove"},
        {"_fileio.replace('/tmp/a', '/tmp/b')\n", "replace"},
        {"_fileio.stat('/', True)\n", "stat"},
        {"_fileio.chmod('/tmp/a', 0o600)\n", "chmod"},
        {"_fileio.utime('/tmp/a', None, True)\n", "utime"},
        {"_fileio.readlink('/tmp/a')\n", "readlink"},
        {"_fileio.symlink('/tmp/a', '/tmp/b')\n", "symlink"},
        {"_fileio.access('/', 0)\n", "access"},
        {"_fileio.openfd('/tmp/a', 0, 0)\n", "open"},
        {"_fileio.terminal_size(1)\n", "get_terminal_size"},
        // Bad arguments still meet the refusal first.
        {"_fileio.listdir(None)\n", "listdir"},
        {"_fileio.mkdir('a\\0b', 'mode')\n", "mkdir"},
    };
    for (const auto& [code, name] : natives)
        expect_refused(rt, code, name);
    for (const char* code : {
             "os.listdir('/')\n", "os.listdir()\n", "os.scandir('/')\n", "os.mkdir('/tmp/x')\n",
             "os.makedirs('/tmp/x/y', exist_ok=True)\n", "os.rmdir('/tmp/x')\n", "os.removedirs('/tmp/x')\n",
             "os.remove('/tmp/x')\n", "os.unlink('/tmp/x')\n", "os.rename('/tmp/x', '/tmp/y')\n",
             "os.replace('/tmp/x', '/tmp/y')\n", "os.renames('/tmp/x', '/tmp/y')\n", "os.stat('/')\n",
             "os.lstat('/')\n", "os.chmod('/tmp/x', 0o600)\n", "os.utime('/tmp/x')\n", "os.readlink('/tmp/x')\n",
             "os.symlink('/tmp/x', '/tmp/y')\n", "os.access('/', os.F_OK)\n", "os.open('/etc/hostname', os.O_RDONLY)\n",
             "os.walk('/')\n", "list(os.walk('/', onerror=print))\n", "os.get_terminal_size()\n",
             "os.path.realpath('/tmp')\n", "os.path.samefile('/', '/')\n",
             "shutil.copyfile('/etc/hostname', '/tmp/x')\n", "shutil.copy2('/etc/hostname', '/tmp/x')\n",
             "shutil.copytree('/etc', '/tmp/x')\n", "shutil.rmtree('/tmp/x')\n",
             "shutil.rmtree('/tmp/x', ignore_errors=True)\n", "shutil.move('/tmp/x', '/tmp/y')\n",
             "shutil.which('sh')\n", "tempfile.mkstemp()\n", "tempfile.mkdtemp()\n", "tempfile.gettempdir()\n",
             "tempfile.NamedTemporaryFile()\n", "tempfile.TemporaryFile()\n", "tempfile.TemporaryDirectory()\n",
             "tempfile.mkstemp(dir='/tmp')\n", "glob.glob('/*')\n", "glob.glob('/etc/hostname')\n",
             "glob.glob('**', recursive=True)\n", "list(glob.iglob('/*'))\n",
             "import unittest\nunittest.TestLoader().discover('/tmp')\n"})
        expect_refused(rt, code);
    // What needs no file access still works: the terminal size falls back, stat's constants,
    // an in-memory spooled file.
    auto r = rt.run_string("print(tuple(shutil.get_terminal_size()), stat.filemode(0o100644), glob.escape('a*'))\n"
                           "s = tempfile.SpooledTemporaryFile(max_size=100)\ns.write(b'abc'); s.seek(0); print(s.read())\n");
    EXPECT_TRUE(r.ok()) << r.message;
    EXPECT_EQ(c.out, "(80, 24) -rw-r--r-- a[*]\nb'abc'\n");
}

TEST(Runtime, SleepGoesThroughTheHostHook) {
    bastion::Runtime rt;
    std::vector<double> asked;
    rt.set_sleep([&](double seconds) { asked.push_back(seconds); });
    // A day of sleep returns at once: the host's hook decides; the argument checks still run.
    auto r = rt.run_string("import time\ntime.sleep(86400)\ntime.sleep(0.25)\ntime.sleep(2)\n");
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(asked, (std::vector<double>{86400.0, 0.25, 2.0}));
    r = rt.run_string("time.sleep(-1)\n");
    EXPECT_EQ(r.exception_type, "ValueError");
    EXPECT_EQ(r.message, "sleep length must be non-negative");
    EXPECT_EQ(asked.size(), 3u);
}

// Imports read .py files only when the host enabled file access: otherwise a script could
// put any folder on sys.path and run (or read through its attributes) the host's files.
TEST(Runtime, ImportsFromFilesNeedHostIo) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("bastion_import_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    {
        std::ofstream(dir / "host_secret.py") << "SECRET = 'hunter2'\n";
    }
    std::string add_path = "import sys\nsys.path.insert(0, '" + dir.string() + "')\n";
    {
        bastion::Runtime rt;
        Captured c;
        capture(rt, c);
        auto r = rt.run_string(add_path + "import host_secret\n");
        EXPECT_EQ(r.exception_type, "ModuleNotFoundError");
        EXPECT_EQ(r.message, "No module named 'host_secret' (imports from files need the host's file access)");
        // Bundled and native modules still import.
        EXPECT_TRUE(rt.run_string("import json, re, collections\n").ok());
    }
    {
        bastion::Runtime rt;
        rt.set_host_io(true);
        Captured c;
        capture(rt, c);
        auto r = rt.run_string(add_path + "import host_secret\nprint(host_secret.SECRET)\n");
        EXPECT_TRUE(r.ok()) << r.message;
        EXPECT_EQ(c.out, "hunter2\n");
    }
    fs::remove_all(dir);
}

namespace {

TEST(Runtime, SetPathFillsSysPathAndEmbeddersStartEmpty) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    ASSERT_TRUE(rt.run_string("import sys\nprint(sys.path)\n").ok());
    rt.set_path({"", "/some/dir"});
    ASSERT_TRUE(rt.run_string("print(sys.path)\n").ok());
    EXPECT_EQ(c.out, "[]\n['', '/some/dir']\n");
}

TEST(Runtime, RunModuleRunsABundledModuleAsMain) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    rt.set_argv({"-m", "x"});
    // A bundled module runs without file access; __main__ gets its file, package and argv[0].
    auto r = rt.run_module("__hello__");
    EXPECT_TRUE(r.ok());
    ASSERT_TRUE(rt.run_string("import sys\nprint(__name__, __file__, repr(__package__), sys.argv, initialized)\n").ok());
    EXPECT_EQ(c.out, "__main__ /bastion/lib/__hello__.py '' ['/bastion/lib/__hello__.py', 'x'] True\n");
}

TEST(Runtime, RunModuleReportsWhatCannotRun) {
    bastion::Runtime rt;
    Captured c;
    capture(rt, c);
    auto r = rt.run_module("no_such_module_here");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.exception_type, "ImportError");
    EXPECT_EQ(c.err, "bastion: No module named no_such_module_here\n");
    c.err.clear();
    r = rt.run_module("sys");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(c.err, "bastion: No code object available for sys\n");
    c.err.clear();
    r = rt.run_module("importlib");
    EXPECT_EQ(c.err, "bastion: No module named importlib.__main__; 'importlib' is a package and cannot be "
                     "directly executed\n");
    // Nothing ran and the runtime stays usable.
    EXPECT_TRUE(rt.run_string("print('still here')").ok());
    EXPECT_EQ(c.out, "still here\n");
}

} // namespace
