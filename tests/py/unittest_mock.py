# unittest.mock basics: Mock calls and assertions with CPython's messages, return_value,
# side_effect (exception, iterable, function, DEFAULT), child mocks and mock_calls/method_calls,
# call objects, ANY, sentinel, spec, reset_mock, configure_mock, MagicMock's magic methods,
# PropertyMock, patch / patch.object / patch.dict / patch.multiple as decorators, context
# managers and start/stop, and mock_open.
import re
import os.path
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch


def noid(text):
    return re.sub(r"id='\d+'", "id=X", str(text))


def check(f):
    try:
        r = f()
        print("ok", noid(repr(r)))
    except AssertionError as e:
        print("AssertionError:", noid(e))
    except Exception as e:
        print(type(e).__name__ + ":", noid(e))


m = Mock()
print(noid(repr(m)), m.called, m.call_count, m.call_args)
r = m(1, 2, key="v")
print(noid(repr(r)), m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
m(3)
print(m.call_args_list, m.mock_calls)
check(lambda: m.assert_called_with(3))
check(lambda: m.assert_called_with(4))
check(lambda: m.assert_called_once())
check(lambda: m.assert_called_once_with(3))
check(lambda: m.assert_any_call(1, 2, key="v"))
check(lambda: m.assert_any_call(9))
check(lambda: m.assert_not_called())
check(lambda: m.assert_has_calls([call(1, 2, key="v"), call(3)]))
check(lambda: m.assert_has_calls([call(3), call(1, 2, key="v")]))
check(lambda: m.assert_has_calls([call(3), call(1, 2, key="v")], any_order=True))
check(lambda: m.assert_has_calls([call(5)], any_order=True))
check(lambda: Mock().assert_called_with(1))
check(lambda: Mock().assert_called())
check(lambda: Mock(name="named").assert_called_once())
check(lambda: m.assret_called())
m.reset_mock()
print(m.called, m.call_count, m.call_args_list, m.mock_calls)

m = Mock(return_value=5)
print(m(), m.return_value)
m.return_value = sentinel.result
print(m(), sentinel.result is sentinel.result, sentinel.other)
m = Mock(side_effect=KeyError("k"))
check(m)
m = Mock(side_effect=[1, 2, ValueError("third")])
print(m(), m())
check(m)
check(m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value="dflt")
print(m())

parent = Mock()
parent.child.method(1)
parent.child(2)
parent().ret.value(3)
parent.other.attr = 4
print(parent.mock_calls)
print(parent.method_calls)
print(parent.child.method.call_args, noid(repr(parent.child.method)), noid(repr(parent().ret)))
print(parent.mock_calls == [call.child.method(1), call.child(2), call(), call().ret.value(3)])
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), call(ANY, 2) == call(1, 2))
print(repr(call), repr(call.x), repr(call().y(1, z=2)), call(1, a=2).args, call(1, a=2).kwargs)
print(call.x(1).call_list())
print(ANY == 3, repr(ANY), Mock(name="nm"), sep=" | ") if False else print(ANY == 3, repr(ANY))

m = Mock(x=1, **{"y.return_value": 2, "z.side_effect": KeyError})
print(m.x, m.y())
check(m.z)
m.configure_mock(x=10)
print(m.x)
del m.gone
check(lambda: m.gone)


class Spec:
    attr = 1

    def method(self, a):
        pass


s = Mock(spec=Spec)
print(isinstance(s, Spec), noid(repr(s)))
check(lambda: s.missing)
s.method(1)
s2 = Mock(spec_set=Spec)
check(lambda: setattr(s2, "nope", 1))
s3 = Mock(spec=["a", "b"])
print(noid(repr(s3.a)))
check(lambda: s3.c)

mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm), mm == mm, mm != mm)
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2]
mm.__getitem__.return_value = "item"
mm.__contains__.return_value = True
print(len(mm), list(mm), mm[0], 5 in mm, mm.__getitem__.call_args)
with mm as entered:
    print(noid(repr(entered)))
print(mm.__enter__.called, mm.__exit__.call_args)
mm.__str__.return_value = "as string"
print(str(mm))
mm2 = MagicMock()
mm2.__len__ = lambda self: 42
print(len(mm2))
print(mm < 1 if False else "cmp", noid(repr(mm.x.y())))


class WithProp:
    @property
    def value(self):
        return "real"


with patch.object(WithProp, "value", new_callable=mock.PropertyMock) as pm:
    pm.return_value = "fake"
    w = WithProp()
    print(w.value)
    w.value = "set"
    print(pm.mock_calls)
print(WithProp().value)

print(os.path.basename("/a/b"))
with patch("os.path.basename") as fake:
    fake.return_value = "patched"
    print(os.path.basename("/a/b"), fake.call_args, noid(repr(fake)))
print(os.path.basename("/a/b"))


@patch("os.path.dirname", return_value="D")
@patch("os.path.basename")
def decorated(extra, base_mock, dir_mock):
    base_mock.return_value = "B"
    return os.path.basename("x"), os.path.dirname("y"), extra


print(decorated("E"), os.path.dirname("/p/q"))
p = patch.object(os.path, "join", return_value="joined")
started = p.start()
print(os.path.join("a", "b"), started is os.path.join)
p.stop()
print(os.path.join("a", "b"))
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(d)
print(d)
with patch.dict(d, {"c": 3}, clear=True):
    print(d)
print(d)
with patch.multiple(os.path, sep="!", altsep=DEFAULT) as values:
    print(os.path.sep, sorted(values), noid(repr(values["altsep"])))
print(os.path.sep)
try:
    patch.object(os.path, "no_such_attr").start()
except AttributeError as e:
    print("AttributeError: ...", str(e).split(">")[-1])
check(lambda: patch("nodots"))
with patch.object(os.path, "no_such_attr", 5, create=True):
    print(os.path.no_such_attr)
print(hasattr(os.path, "no_such_attr"))


class Target:
    def compute(self):
        return "real"


@patch.object(Target, "compute", return_value="mocked")
class PatchedTests(unittest.TestCase):
    def test_one(self, compute):
        self.assertEqual(Target().compute(), "mocked")
        compute.assert_called_once_with()

    def helper(self):
        return Target().compute()


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(PatchedTests).run(result)
print(result.wasSuccessful(), result.testsRun, Target().compute())

m = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", m):
    with open("whatever.txt") as f:
        print(repr(f.read()))
    with open("again.txt") as f:
        print(f.readline(), f.readlines())
    with open("out.txt", "w") as f:
        f.write("data")
print(m.call_args_list)
m().write.assert_called_once_with("data")
