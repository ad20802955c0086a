# bastion-differs: Bastion has one thread, so these waits could never end; CPython would hang
# forever on each of them, Bastion raises RuntimeError naming the wait instead (docs/differences.md,
# threading). The expected output is hand-written. Also: a Thread runs in start(), so its output
# comes before the line after start().
import threading as T, io, sys

def err(f, *a, **k):
    try:
        return f(*a, **k)
    except RuntimeError as e:
        return "RuntimeError: %s" % e

l = T.Lock()
l.acquire()
print(err(l.acquire))
r = T.RLock()
c = T.Condition()
with c:
    print(err(c.wait))
    print(err(c.wait_for, lambda: False))
print(err(T.Semaphore(0).acquire))
print(err(T.Event().wait))
print(err(T.Barrier(2).wait))

def holder():
    r.acquire()             # the thread ends holding it
h = T.Thread(target=holder)
h.start()
print(err(r.acquire), r.acquire(False))

order = []
def child():
    order.append("child runs")
t = T.Thread(target=child)
t.start()
order.append("after start")
t.join()
print(order)

# A thread that needs a lock the main thread holds fails (through excepthook).
saved, sys.stderr = sys.stderr, io.StringIO()
def needs_lock():
    with l:
        pass
n = T.Thread(target=needs_lock, name="needy")
n.start()
text = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(text[0], "|", text[-1])

# A thread joining the thread that started it (still running, up the call chain).
def inner(parent):
    order.append(err(parent.join))
def outer():
    x = T.Thread(target=inner, args=(T.current_thread(),))
    x.start()
o = T.Thread(target=outer)
o.start()
print(order[-1])
