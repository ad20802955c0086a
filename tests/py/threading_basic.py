# threading: locks, conditions, semaphores, events, Barrier(1), Thread/Timer/local/excepthook — only behaviour that is the same with real threads and with Bastion's run-at-start threads.
import threading as T, io, sys, warnings, time

print(T.__all__)
print(T.TIMEOUT_MAX, T.ThreadError is RuntimeError, T.stack_size(), T.gettrace(), T.getprofile())

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

# Lock
l = T.Lock()
print(type(l).__module__, type(l).__name__, repr(l).split(" object")[0])
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01), l.acquire(timeout=0), repr(l).split(" object")[0])
print(err(l.acquire, False, 1), err(l.acquire, timeout=-2), err(l.acquire, blocking=False, timeout=0.5))
l.release()
print(l.locked(), err(l.release))
with l:
    print("in with", l.locked())
print(l.locked())

# RLock
r = T.RLock()
print(type(r).__module__, type(r).__name__, repr(r).split(" object")[0], "count=0" in repr(r))
print(r.acquire(), r.acquire(), r.acquire(False), "count=3" in repr(r), repr(r).split(" object")[0])
r.release(); r.release(); r.release()
print(err(r.release), "count=0" in repr(r))
with r:
    with r:
        print("nested with ok")

# Condition
c = T.Condition()
print(repr(c).startswith("<Condition(<unlocked _thread.RLock object"), repr(c).endswith(", 0)>"))
print(err(c.wait), err(c.wait, 0.01), err(c.notify), err(c.notify_all))
with c:
    print(c.wait(0.01), c.wait(timeout=0), c.wait_for(lambda: 42), c.wait_for(lambda: 0, timeout=0.01), c.notify(), c.notify_all(), c.notify(5))
c2 = T.Condition(T.Lock())
with c2:
    print(c2.wait(0.01), c2._lock.locked())
print(c2._lock.locked(), err(c2.wait, 0))

# Semaphores
s = T.Semaphore(2)
print(repr(s).split(":")[-1], s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), repr(s).split(":")[-1])
print(err(s.acquire, False, 1), err(s.release, 0), s.release(2), repr(s).split(":")[-1], err(T.Semaphore, -1))
with s:
    print("sem with", repr(s).split(":")[-1])
b = T.BoundedSemaphore(2)
print(repr(b).split(":")[-1], b.acquire(), err(b.release, 2), b.release(), err(b.release), repr(b).split(":")[-1])

# Event
e = T.Event()
print(repr(e).split(":")[-1], e.is_set(), e.wait(0.01), e.wait(0), e.set(), e.is_set(), e.wait(), e.wait(5), repr(e).split(":")[-1], e.clear(), e.is_set())

# Barrier of one party
calls = []
br = T.Barrier(1, action=lambda: calls.append("action"))
print(br.wait(), br.wait(0.5), calls, br.parties, br.n_waiting, br.broken, repr(br).split(":")[-1])
br2 = T.Barrier(2, timeout=0.01)
print(err(br2.wait), br2.broken, repr(br2).split(":")[-1], err(br2.wait))
br2.reset()
print(br2.broken, err(br2.wait, 0.01))
br3 = T.Barrier(1)
br3.abort()
print(br3.broken, err(br3.wait))
br4 = T.Barrier(1, action=lambda: 1 / 0)
print(err(br4.wait), br4.broken)
print(T.BrokenBarrierError.__mro__[1:])

# Threads
main = T.current_thread()
print(main.name, main is T.main_thread(), main.daemon, main.is_alive(), T.active_count(), T.enumerate() == [main],
      T.get_ident() == main.ident, type(T.get_native_id()).__name__, repr(main).split(",")[0])
log = []
def work(a, b, *, c=0):
    me = T.current_thread()
    log.append((me.name, a + b + c, me is not main, me.is_alive(), T.active_count(), main in T.enumerate(), me in T.enumerate(),
                T.get_ident() != main.ident, T.get_ident() == me.ident, T.main_thread() is main))
t = T.Thread(target=work, args=(1, 2), kwargs={"c": 3}, name="worker")
print(repr(t), t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(log, t.is_alive(), t.ident is not None, repr(t).split(",")[0], repr(t).split(" ")[1])
print(err(t.start), t.join(), t.join(0.5), err(T.Thread().join), err(setattr, t, "daemon", True))
print(hasattr(t, "_target"), hasattr(t, "_args"))
names = [T.Thread(target=print).name.split(" ", 1)[1], T.Thread(target=lambda: 0).name.split(" ", 1)[1], T.Thread(name=5).name,
         T.Thread(name="x").name, T.Thread().name.startswith("Thread-")]
print(names)
print(err(T.Thread, group=1))

class Counter(T.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
threads = [Counter(n) for n in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print([th.total for th in threads], [th.name for th in threads])

d = T.Thread(daemon=True)
print(d.daemon, repr(d).endswith("initial daemon)>"))
def inner():
    log.append(("inner daemon", T.current_thread().daemon))
def outer():
    x = T.Thread(target=inner)
    x.start()
    x.join()
od = T.Thread(target=outer, daemon=True)
od.start(); od.join()
print(log[-1])

# A thread calling join() on itself
def self_join():
    log.append(err(T.current_thread().join))
sj = T.Thread(target=self_join)
sj.start(); sj.join()
print(log[-1])

# Exceptions in threads go to threading.excepthook
print(T.excepthook is T.__excepthook__)
saved, sys.stderr = sys.stderr, io.StringIO()
def boom():
    raise ValueError("boom")
bt = T.Thread(target=boom, name="bad")
bt.start(); bt.join()
out = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(out[0], out[1], out[-1], bt.is_alive())
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None, type(args).__name__))
T.excepthook = hook
bt = T.Thread(target=boom, name="bad2")
bt.start(); bt.join()
ex = T.Thread(target=sys.exit, args=(3,), name="exiter")
ex.start(); ex.join()
T.excepthook = T.__excepthook__
print(seen)
saved, sys.stderr = sys.stderr, io.StringIO()
ex = T.Thread(target=sys.exit, args=(3,))
ex.start(); ex.join()
print(repr(sys.stderr.getvalue()))
sys.stderr = saved
print(T.ExceptHookArgs([ValueError, None, None, None]).exc_type)

# thread-local data
data = T.local()
data.x = "main"
def show():
    log.append((hasattr(data, "x"), getattr(data, "x", None)))
    data.x = T.current_thread().name
    log.append(data.x)
lt = T.Thread(target=show, name="loc")
lt.start(); lt.join()
print(log[-2:], data.x, type(data).__module__, type(data).__name__)
class MyLocal(T.local):
    initialized = 0
    def __init__(self, v):
        MyLocal.initialized += 1
        self.v = v
ml = MyLocal(7)
def use():
    log.append((ml.v, MyLocal.initialized))
    ml.v = 8
u = T.Thread(target=use)
u.start(); u.join()
print(log[-1], ml.v, MyLocal.initialized, err(T.local, 1))
del data.x
print(hasattr(data, "x"))

# Timer
fired = []
tm = T.Timer(0.01, fired.append, args=["t1"])
print(tm.interval, tm.args, tm.kwargs, repr(tm).split(",")[0], tm.name.startswith("Thread-"))
tm.start(); tm.join()
tc = T.Timer(5, fired.append, ["never"])
tc.cancel()
tc.start(); tc.join()
tk = T.Timer(0, lambda **k: fired.append(k), kwargs={"k": 1})
tk.start(); tk.join()
print(fired, tm.finished.is_set(), tc.is_alive())

# Deprecated spellings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t5 = T.Thread(name="old")
    t5.setName("renamed"); t5.setDaemon(True)
    print(t5.getName(), t5.isDaemon(), T.currentThread() is main, T.activeCount(), T.Event().isSet())
    cv = T.Condition()
    with cv:
        cv.notifyAll()
    print([str(x.message) for x in w])

# settrace / setprofile record their functions
f = lambda *a: None
T.settrace(f); T.setprofile(f)
print(T.gettrace() is f, T.getprofile() is f)
T.settrace(None); T.setprofile(None)
print(err(T.stack_size, 100), T.stack_size(0))
