# TestLoader (test method names, prefix, sort function, name patterns, loading by class,
# module, dotted names and callables, load_tests), TestSuite (add, count, iterate, repr,
# nesting, errors), FunctionTestCase, and unittest.main with argv, verbosity, defaultTest
# and its exit status.
import io
import re
import sys
import types
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5


class Beta(unittest.TestCase):
    def test_fails(self):
        self.assertEqual([1], [2])

    def runTest(self):
        pass


class NoTests(unittest.TestCase):
    def runTest(self):
        pass


def clean(text):
    # The script's path (absolute: __main__.__file__ is, since 3.9) is replaced, so the
    # output does not depend on where the checkout lives.
    return re.sub(r"in \d+\.\d+s", "in X s", text).replace(__file__, "<this file>")


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*test_a*"]
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
print(list(loader.loadTestsFromTestCase(NoTests)))
s = loader.loadTestsFromTestCase(Alpha)
print(s, s.countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)

mod = sys.modules[__name__]
ms = loader.loadTestsFromModule(mod)
print(ms.countTestCases(), [t.id() for suite in ms for t in suite])
print(loader.loadTestsFromName("Alpha.test_a", mod))
print(loader.loadTestsFromName("Beta", mod).countTestCases())
print(loader.loadTestsFromNames(["Alpha.test_b", "NoTests"], mod).countTestCases())


def make_suite():
    return unittest.TestSuite([Alpha("test_a")])


print(loader.loadTestsFromName("make_suite", mod))
try:
    loader.loadTestsFromName("clean", mod)
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
bad = loader.loadTestsFromName("Nope", mod)
print(type(list(bad)[0]).__name__, len(loader.errors))
r = unittest.TestResult()
bad.run(r)
print(r.errors[0][0].id(), r.errors[0][1].splitlines()[-1])

fake = types.ModuleType("fake")
fake.Alpha = Alpha


def load_tests(loader, tests, pattern):
    print("load_tests called with", tests.countTestCases(), pattern)
    return unittest.TestSuite([Beta("runTest")])


fake.load_tests = load_tests
print(loader.loadTestsFromModule(fake))

suite = unittest.TestSuite()
suite.addTest(Alpha("test_a"))
suite.addTests([Alpha("test_b"), unittest.TestSuite([NoTests()])])
print(suite.countTestCases(), len(list(suite)))
for bad_arg in (5, Alpha, "text"):
    try:
        (suite.addTests if isinstance(bad_arg, str) else suite.addTest)(bad_arg)
    except TypeError as e:
        print("TypeError:", e)
print(unittest.TestSuite([Alpha("test_a")]) == unittest.TestSuite([Alpha("test_a")]))
print(Alpha("test_a") == Alpha("test_a"), Alpha("test_a") != Alpha("test_b"),
      hash(Alpha("test_a")) == hash(Alpha("test_a")))
try:
    Alpha("test_zzz")
except ValueError as e:
    print(e)
print(Alpha("test_a").countTestCases(), Alpha("test_a").shortDescription())


def standalone():
    """Function test doc."""
    assert 1 == 2, "plain assert"


ft = unittest.FunctionTestCase(standalone, setUp=lambda: print("ft setUp"),
                               tearDown=lambda: print("ft tearDown"))
print(ft, repr(ft).split(" at ")[0], ft.id(), ft.shortDescription())
r = unittest.TestResult()
ft.run(r)
print(r.failures[0][1].splitlines()[-1])

for argv in (["prog"], ["prog", "-v", "Alpha"], ["prog", "-q", "Beta.test_fails"],
             ["prog", "-k", "test_a"], ["prog", "Alpha.test_b", "NoTests"]):
    stream = io.StringIO()
    prog = unittest.main(module=__name__, argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=argv.count("-v") + 1))
    print(argv, prog.result.testsRun, prog.result.wasSuccessful())
    print(clean(stream.getvalue()))

stream = io.StringIO()
try:
    unittest.main(argv=["prog", "Alpha"], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print("exit code", e.code)
try:
    unittest.main(defaultTest="Beta", argv=["prog"],
                  testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print("exit code", e.code)
prog = unittest.main(argv=["prog"], defaultTest=["Alpha.test_a", "NoTests"], exit=False,
                     verbosity=2, testRunner=unittest.TextTestRunner)
print(prog.verbosity, prog.result.testsRun)
