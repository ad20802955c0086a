# _thread: locks, identifiers, start_new_thread (synchronised with a lock, so the output is the same with real threads), errors.
import _thread, threading, io, sys

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, _thread.allocate is _thread.allocate_lock or _thread.allocate().locked(), _thread.error is RuntimeError)
print(_thread.get_ident() == threading.get_ident(), _thread.TIMEOUT_MAX, _thread.stack_size(), _thread._count())
results = []
done = _thread.allocate_lock()
done.acquire()
def work(a, b, c=0):
    results.append((a + b + c, _thread.get_ident() != threading.main_thread().ident, threading.current_thread() is not threading.main_thread()))
    done.release()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(results, type(ident).__name__)
for args in [(1, ()), (work, []), (work, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
def quit_thread():
    try:
        _thread.exit()
    finally:
        done.release()
_thread.start_new_thread(quit_thread, ())
done.acquire()
r = _thread.RLock()
with r:
    with r:
        print("rlock nested", type(r).__name__)
loc = _thread._local()
loc.v = 1
print(loc.v, type(loc).__name__)
try:
    raise _thread.error("x")
except RuntimeError as e:
    print("error", e)
