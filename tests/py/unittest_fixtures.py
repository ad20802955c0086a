# Fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule/tearDownModule, cleanups
# (instance, class, module, enterContext), their order and their failures; skips of methods,
# classes, from setUp and setUpClass; expected failures.
import contextlib
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")


def tearDownModule():
    log.append("tearDownModule")


@contextlib.contextmanager
def ctx(name):
    log.append("enter " + name)
    yield name.upper()
    log.append("exit " + name)


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A class cleanup")
        cls.value = cls.enterClassContext(ctx("classctx"))

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(lambda: log.append("cleanup2 " + self._testMethodName))

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_1(self):
        log.append("test_1 " + self.value)
        self.assertEqual(self.enterContext(ctx("inner")), "INNER")

    def test_2_fails(self):
        log.append("test_2")
        self.fail("boom")

    def test_3_cleanup_error(self):
        def bad():
            raise KeyError("in cleanup")
        self.addCleanup(bad)

    def test_4_skip_in_test(self):
        self.skipTest("decided at run time")


class B(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest("skip from setUp")

    def test_x(self):
        log.append("never")


@unittest.skip("whole class")
class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("C.setUpClass must not run")

    def test_y(self):
        pass


class D(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "D class cleanup after failed setUpClass")
        raise RuntimeError("setUpClass broke")

    def test_z(self):
        log.append("D.test_z must not run")


class E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("class skipped in setUpClass")

    def test_w(self):
        pass


class F(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("tearDownClass broke")

    def test_v(self):
        pass

    @unittest.skipIf(True, "skipIf true")
    def test_skipif(self):
        pass

    @unittest.skipIf(False, "skipIf false")
    def test_skipif_false(self):
        pass

    @unittest.skipUnless(False, "skipUnless false")
    def test_skipunless(self):
        pass

    @unittest.skip
    def test_bare_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail_error(self):
        raise IndexError

    def test_teardown_error_in_setup(self):
        self.addCleanup(log.append, "F cleanup runs even when setUp fails")


class G(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "G cleanup after setUp error")
        raise OSError("setUp broke")

    def tearDown(self):
        log.append("G tearDown must not run")

    def test_u(self):
        log.append("G test must not run")


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (A, B, C, D, E, F, G):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
# The script's path (absolute: __main__.__file__ is, since 3.9) is replaced, so the
# output does not depend on where the checkout lives.
print(re.sub(r"in \d+\.\d+s", "in X s", stream.getvalue()).replace(__file__, "<this file>"))
print("\n".join(log))
print(result.skipped[0][0], "|", result.skipped[0][1])
print([str(t) for t, _ in result.errors])
print(suite.countTestCases(), list(suite)[0])

# doCleanups directly, and a cleanup that raises while others still run
log.clear()


class H(unittest.TestCase):
    def runTest(self):
        pass


h = H()
h.addCleanup(log.append, "last")
h.addCleanup(lambda: 1 / 0)
h.addCleanup(log.append, "first")
print(h.doCleanups(), log)
print(A("test_1").debug.__name__)
try:
    G("test_u").debug()
except OSError as e:
    print("debug raised", e)
