# subTest: failures and errors per subtest with their messages and params (nested params
# merge), the status lines at verbosity 1 and 2, skips inside subtests, failfast stopping
# after the first failing subtest, subtests in an expected failure, ids and descriptions.
import io
import re
import unittest


class S(unittest.TestCase):
    def test_numbers(self):
        """Even numbers only."""
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_messages(self):
        with self.subTest("plain message"):
            self.fail("first")
        with self.subTest("msg and params", a=1, b="x"):
            raise TypeError("an error")
        with self.subTest():
            self.assertTrue(False)
        with self.subTest(a=1):
            with self.subTest(b=2):
                with self.subTest("inner", a=3):
                    self.assertIn(1, [])

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                pass

    def test_skip_inside(self):
        with self.subTest(case="skipped"):
            self.skipTest("not this one")
        with self.subTest(case="ok"):
            pass

    @unittest.expectedFailure
    def test_xfail(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
        print("not reached")

    def test_after_subtests(self):
        with self.subTest(n=1):
            pass
        self.assertEqual("a", "b")


def run(verbosity, **kw):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(S)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(f"--- verbosity={verbosity} {kw}")
    # The script's path (absolute: __main__.__file__ is, since 3.9) is replaced, so the
    # output does not depend on where the checkout lives.
    print(re.sub(r"in \d+\.\d+s", "in X s", stream.getvalue()).replace(__file__, "<this file>"), end="")
    for test, _ in result.failures + result.errors:
        print(type(test).__name__, test.id(), "|", test.shortDescription(), "|", test.params if hasattr(test, "params") else "")
    print([(str(t), r) for t, r in result.skipped])


run(1)
run(2)
run(0, failfast=True)
# subTest outside a run is a no-op context
t = S("test_numbers")
with t.subTest(x=1):
    print("plain body runs")
