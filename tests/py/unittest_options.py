# Runner options: buffer=True (a passing test's output is swallowed, a failing test's output is
# added to its report; `-b` of unittest.main), tb_locals (`--locals`), failfast (`-f`),
# -k patterns, -q, descriptions, and a custom resultclass.
import io
import re
import sys
import unittest


class Out(unittest.TestCase):
    def test_a_quiet_pass(self):
        print("printed by a passing test")

    def test_b_noisy_fail(self):
        print("printed by a failing test")
        sys.stderr.write("to stderr\n")
        local_value = [1, 2]
        self.assertEqual(local_value, [1])

    def test_c_error(self):
        print("no newline at end", end="")
        raise KeyError("x")

    def test_d_after(self):
        pass


def clean(text):
    # The script's path (absolute: __main__.__file__ is, since 3.9) is replaced, so the
    # output does not depend on where the checkout lives.
    return re.sub(r"in \d+\.\d+s", "in X s", text).replace(__file__, "<this file>")


def run(argv, **kw):
    stream = io.StringIO()
    saved = sys.stdout
    captured = io.StringIO()
    sys.stdout = captured
    try:
        prog = unittest.main(module=__name__, argv=["prog"] + argv, exit=False,
                             testRunner=unittest.TextTestRunner(stream=stream, **kw))
    finally:
        sys.stdout = saved
    print("===", argv, kw, prog.result.testsRun, prog.result.shouldStop)
    print("stdout:", repr(captured.getvalue()))
    print(clean(stream.getvalue()))


run([], buffer=True)
run([], tb_locals=True, verbosity=2)
run([], failfast=True)
run(["-k", "quiet"])
run(["-k", "*_c_*", "-k", "after"])


class Counting(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("<success>")


stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, resultclass=Counting, descriptions=False).run(
    unittest.TestSuite([Out("test_d_after")]))
print(type(r).__name__, clean(stream.getvalue()))
