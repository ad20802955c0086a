# unittest discovery: TestLoader.discover over a tree made in a fresh temporary directory —
# test*.py modules at the top and in packages (recursing), a package's load_tests taking
# over, a folder without __init__.py skipped, a module that fails to import (a _FailedTest),
# SkipTest at import, a custom pattern, top_level_dir, a dotted start name, an unimportable
# start directory; then the tree and its modules are removed.
import io
import os
import shutil
import sys
import tempfile
import unittest

base = tempfile.mkdtemp(prefix='bastion_discover_')
files = {
    'test_top.py': 'import unittest\nclass TopTest(unittest.TestCase):\n'
                   '    def test_a(self): pass\n    def test_b(self): self.assertEqual(1, 2)\n',
    'dpkg/__init__.py': '',
    'dpkg/test_inner.py': 'import unittest\nclass InnerTest(unittest.TestCase):\n    def test_c(self): pass\n',
    'dpkg/helper.py': 'X = 1\n',
    'dpkg/sub/__init__.py': 'def load_tests(loader, tests, pattern):\n'
                            '    print("load_tests", pattern, tests.countTestCases())\n'
                            '    import os\n'
                            '    here = os.path.dirname(__file__)\n'
                            '    tests.addTests(loader.discover(here, pattern=pattern))\n'
                            '    return tests\n',
    'dpkg/sub/test_deep.py': 'import unittest\nclass DeepTest(unittest.TestCase):\n    def test_d(self): pass\n',
    'nopkg/test_hidden.py': 'import unittest\nclass Hidden(unittest.TestCase):\n    def test_e(self): pass\n',
    'test_broken.py': 'import nonexistent_module_for_discovery\n',
    'test_skipped.py': 'import unittest\nraise unittest.SkipTest("not here")\n',
    'check_x.py': 'import unittest\nclass X(unittest.TestCase):\n    def test_x(self): pass\n',
    'test-not-identifier.py': 'raise RuntimeError("never imported")\n',
}
for name, text in files.items():
    path = os.path.join(base, *name.split('/'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
before = set(sys.modules)
saved_path = list(sys.path)


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


def run(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    return result.testsRun, len(result.failures), len(result.errors), len(result.skipped)


loader = unittest.TestLoader()
suite = loader.discover(base)
print(sorted(ids(suite)))
print(run(suite), len(loader.errors), loader.errors[0].splitlines()[0] if loader.errors else None)
print(sys.path[0] == base)

loader = unittest.TestLoader()
print(ids(loader.discover(base, pattern='check_*.py')))
loader = unittest.TestLoader()
print(sorted(ids(loader.discover(os.path.join(base, 'dpkg'), top_level_dir=base))))
loader = unittest.TestLoader()
print(sorted(ids(loader.discover('dpkg', top_level_dir=base))))
try:
    unittest.TestLoader().discover(os.path.join(base, 'nopkg'), top_level_dir=base)
except ImportError as e:
    print('ImportError', str(e).replace(base, '<base>'))
try:
    unittest.TestLoader().discover('sys')
except TypeError as e:
    print('TypeError', e)

sys.path[:] = saved_path
for name in set(sys.modules) - before:
    del sys.modules[name]
shutil.rmtree(base)
print(os.path.exists(base))
