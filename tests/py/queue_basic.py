# queue in one thread: FIFO/LIFO/priority order, maxsize with Full, Empty, nowait forms,
# timeouts (short ones), task_done/join bookkeeping, SimpleQueue.
import queue


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return '%s%s' % (type(e).__name__, (': ' + str(e)) if str(e) else '')
    return repr(r)


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
    print(' ', show(q.get, block=False), show(q.get_nowait), show(q.get, timeout=0.01),
          show(q.get, True, 0), show(q.get, timeout=-1))

q = queue.Queue(maxsize=2)
q.put('a')
q.put_nowait('b')
print(q.full(), q.qsize(), show(q.put, 'c', block=False), show(q.put_nowait, 'c'),
      show(q.put, 'c', timeout=0.01), show(q.put, 'c', timeout=-1), show(q.put, 'c', False, -1))
print(q.get(), q.full(), q.unfinished_tasks)
q.put('c', timeout=1)
print(list(q.queue), q.maxsize)
q.task_done()
q.task_done()
q.task_done()
print(q.unfinished_tasks, show(q.task_done))
q.join()
print('joined')

pq = queue.PriorityQueue()
for item in [(2, 'two'), (0, 'zero'), (1, 'one'), (0, 'also zero')]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize(), show(sq.get_nowait), show(sq.get, block=False), show(sq.get, timeout=0.01),
      show(sq.get, timeout=-1), show(sq.get, False, -1))
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=0), sq.empty())

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Queue[int],
      queue.SimpleQueue[str], queue.Empty.__doc__)
q = queue.Queue(maxsize=-1)
for i in range(5):
    q.put(i, block=False)
print(q.full(), q.qsize())
