# TextTestRunner output at verbosity 0, 1 and 2: status letters and lines, the ERROR/FAIL
# blocks with tracebacks (unittest's own frames hidden), the summary line.
import io
import re
import unittest


def helper(x):
    return x["missing"]


class Sample(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        """Checks arithmetic.

        More text that is not shown."""
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        helper({})

    def test_fail_message(self):
        self.assertTrue(False, "with a message")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_chained(self):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("while handling")

    def test_raise_from(self):
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    def test_fail_in_helper(self):
        def inner():
            self.fail("deep")
        inner()


class Passing(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        """Docstring shown at verbosity 2."""


def run(cls, verbosity, **kw):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(cls)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    # The script's path (absolute: __main__.__file__ is, since 3.9) is replaced, so the
    # output does not depend on where the checkout lives.
    text = re.sub(r"in \d+\.\d+s", "in X s", stream.getvalue()).replace(__file__, "<this file>")
    print(f"--- {cls.__name__} verbosity={verbosity} {kw}")
    print(text, end="")
    print(result, result.wasSuccessful(), result.testsRun,
          len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses))


for v in (0, 1, 2):
    run(Sample, v)
for v in (0, 1, 2):
    run(Passing, v)
run(Sample, 2, descriptions=False)
run(Sample, 1, failfast=True)
r = unittest.TestResult()
Sample("test_fail").run(r)
print(r.failures[0][0], repr(r.failures[0][0]), r.failures[0][0].id())
print(r.failures[0][1].replace(__file__, "<this file>"), end="")
r2 = Sample("test_ok").run()
print(r2)
