# Every assert* method of unittest.TestCase: passing calls, and the message of each failure.
import unittest
import logging
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f"{name}: {e}")
    except Exception as e:
        print(f"{name}: raised {type(e).__name__}: {e}")
    else:
        print(f"{name}: passed")


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "custom")
check("assertEqual", "abc", "abd")
check("assertEqual", "a\nb\nc\n", "a\nB\nc\n")
check("assertEqual", "first line\nsecond line", "first line\nsecond  line\nthird")
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset([1]), frozenset())
check("assertEqual", list(range(100)), list(range(1, 101)))
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", "a" * 50 + "b" * 50, "a" * 50 + "c" * 50)
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", {"key%d" % i: i for i in range(30)}, {"key%d" % i: i + (i == 7) for i in range(30)})
check("assertNotEqual", 1, 1)
check("assertNotEqual", 1, 2)
check("assertTrue", 0)
check("assertTrue", [], "why")
check("assertFalse", "x")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertNotIn", 2, [1, 2, 3])
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertNotAlmostEqual", 1.0, 2.0)
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2, 3], [2, 1, 1])
check("assertCountEqual", [[1], [2], [2]], [[2], [1]])
check("assertSequenceEqual", "abc", ["a", "b", "c"])
check("assertSequenceEqual", [1], 5)
check("assertListEqual", (1,), [1])
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1, 2), (1, 3))
check("assertSetEqual", {1}, [1])
check("assertSetEqual", set(), {1})
check("assertDictEqual", {}, [])
check("assertMultiLineEqual", "a", 1)
check("assertRegex", "hello world", r"wor")
check("assertRegex", "hello world", r"^wor")
check("assertNotRegex", "hello world", r"o w")
check("assertRaises", ValueError, int, "x")
check("assertRaises", ValueError, int, "5")
check("assertRaises", ValueError, lambda: None)
check("assertRaises", 5)
check("assertRaisesRegex", ValueError, "invalid literal", int, "x")
check("assertRaisesRegex", ValueError, "nomatch", int, "x")
check("assertWarns", UserWarning, warnings.warn, "boo")
check("assertWarns", UserWarning, lambda: None)
check("assertWarns", ValueError)
check("assertWarnsRegex", UserWarning, "b.o", warnings.warn, "boo")
check("assertWarnsRegex", UserWarning, "zzz", warnings.warn, "boo")
check("fail")
check("fail", "explicit")

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(KeyError, msg="extra"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("other")
except IndexError as e:
    print("propagated", repr(e))
try:
    with t.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print(e)
with t.assertRaisesRegex(ValueError, r"\d+") as cm:
    raise ValueError("code 42")
print(cm.exception.args)
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old", DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0)

with t.assertLogs("demo", level="INFO") as cm:
    logging.getLogger("demo").info("first")
    logging.getLogger("demo.sub").warning("second %d", 2)
    logging.getLogger("demo").debug("hidden")
print(cm.output)
print([r.getMessage() for r in cm.records])
try:
    with t.assertLogs("demo", level="ERROR"):
        logging.getLogger("demo").warning("only a warning")
except AssertionError as e:
    print(e)
try:
    with t.assertLogs():
        pass
except AssertionError as e:
    print(e)
with t.assertNoLogs("quiet"):
    pass
try:
    with t.assertNoLogs("quiet"):
        logging.getLogger("quiet").error("oops")
except AssertionError as e:
    print(e)

t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = None
check("assertEqual", list(range(100)), list(range(1, 101)))
t.maxDiff = 20
check("assertEqual", "a\nb\n", "a\nc\n")


class Eq(unittest.TestCase):
    def runTest(self):
        pass


e = Eq()
e.addTypeEqualityFunc(int, lambda a, b, msg=None: print("custom int compare", a, b))
e.assertEqual(3, 4)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    e.assertEquals(1, 1)
    e.failUnless(True)
print([str(x.message) for x in w])
print(unittest.TestCase.failureException, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
