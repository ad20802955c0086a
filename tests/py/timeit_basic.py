# timeit: Timer with a fake timer (call counts, results), callables, globals, autorange, repeat, errors, main()'s output.
import timeit, sys, io, warnings

class FakeTimer:
    """Advances by `step` seconds on each call."""
    def __init__(self, step=0.5):
        self.now, self.calls, self.step = 0.0, 0, step
    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now

print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.__all__, timeit.dummy_src_name)
print(timeit.reindent("a\nb\nc", 3))

counter = []
ft = FakeTimer()
t = timeit.Timer("counter.append(1)", "counter.append('s')", timer=ft, globals={"counter": counter})
print(t.src)
print(t.timeit(7), ft.calls, counter.count(1), counter.count('s'))
print(t.repeat(3, 2), ft.calls, counter.count(1), counter.count('s'))

calls = {"stmt": 0, "setup": 0}
def stmt():
    calls["stmt"] += 1
def setup():
    calls["setup"] += 1
ft = FakeTimer(0.25)
t = timeit.Timer(stmt, setup, ft)
print(t.src)
print(t.timeit(number=10), calls, ft.calls)

print(timeit.timeit(stmt, timer=FakeTimer(1.0), number=3), calls)
print(timeit.repeat("x = 1", "y = 2", FakeTimer(2.0), repeat=4, number=5))
print(timeit.timeit("x += 1", "x = 0", timer=FakeTimer(), number=0))

# stmt runs in timeit's namespace unless globals are given.
try:
    timeit.timeit("counter", number=1)
except NameError as e:
    print("NameError", e)
print(timeit.timeit("z", number=2, timer=FakeTimer(), globals={"z": 1}))
print(timeit.timeit("y = x * 2", "x = 21", number=1, timer=FakeTimer(), globals={}))

# autorange: a timer that reads the amount of work done (1 ms per statement run).
W = []
work_timer = lambda: len(W) / 1000
seen = []
t = timeit.Timer("W.append(1)", timer=work_timer, globals=globals())
print(t.autorange(lambda n, dt: seen.append((n, round(dt, 6)))), seen, len(W))
ft = FakeTimer(0.3)
print(timeit.Timer(timer=ft).autorange(), ft.calls)

for bad in [dict(stmt=1), dict(setup=None), dict(stmt="pass", setup=3)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["x = ", "return 1", "yield 1"]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    timeit.Timer("break")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.Timer("pass", "x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)

# The command line with a fake timer: deterministic output.
def wrap(step):
    return lambda timer: FakeTimer(step)
for args, step in [(["-n", "10", "pass"], 1e-6), (["-n", "3", "-r", "2", "-u", "msec", "x=1"], 0.003),
                   (["--number=1", "--repeat=1", "-v", "-v", "pass"], 2.5), (["-r", "0", "-n", "4", "pass"], 4e-9),
                   (["-v", "-s", "from __main__ import W", "-s", "b = 2", "W.append(b)"], "work"), (["-n", "2", "-u", "nsec", "--", "-1"], 0.5),
                   (["-x"], 1), (["--bogus"], 1), (["-n"], 1), (["-u", "hour", "pass"], 1), (["--rep", "2", "-n", "1"], 0.1),
                   (["--ver", "-n", "5", "pass"], 1e-7), (["-t", "-c", "-n", "1", "pass"], 1.0), (["-p", "-n", "1", "pass"], 1.0),
                   (["-n", "1", "-r", "3", "pass"], None)]:
    sys.stderr = io.StringIO()
    if step == "work":
        w = lambda timer: work_timer
    elif step is None:
        steps = iter([0.0, 1.0, 1.0, 1.5, 1.5, 9.0])
        w = lambda timer: (lambda: next(steps))
    else:
        w = wrap(step)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(args, "->", timeit.main(args, _wrap_timer=w))
    err = sys.stderr.getvalue()
    sys.stderr = sys.__stderr__
    print("stderr:", repr(err), [str(c.message) for c in caught], [c.category.__name__ for c in caught])
