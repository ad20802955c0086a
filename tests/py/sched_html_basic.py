# sched.scheduler with a fake clock (order by time, priority, insertion; cancel; non-blocking
# run), and html.escape.
import sched
import html

now = [0.0]
log = []


def clock():
    return now[0]


def sleep(d):
    log.append(('sleep', d))
    now[0] += d


def act(name, *rest, **kw):
    log.append((name, clock(), rest, kw))


s = sched.scheduler(clock, sleep)
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enterabs(2, 2, act, ('two-low',))
e3 = s.enterabs(2, 1, act, ('two-high',), {'k': 1})
e4 = s.enter(2, 1, act, argument=('two-high-again',))
e5 = s.enter(3, 0, act, ('cancelled',))
print([ev.argument for ev in s.queue], s.empty(), e3.kwargs, e1.sequence, type(e1).__name__, e1._fields)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False), log)
now[0] = 2
print(s.run(blocking=False), log[-3:])
s.run()
print(log[-3:], s.empty(), s.run(blocking=False), s.queue)
print(sched.Event(1, 2, 3, 4, 5, 6) < sched.Event(1, 2, 4, 0, 0, 0))

for t in ['', 'plain', '<a href="x">Tom & Jerry\'s</a>', '&amp;', "'\"<>&"]:
    print(repr(html.escape(t)), repr(html.escape(t, quote=False)), repr(html.escape(t, False)))
try:
    html.escape(5)
except AttributeError as e:
    print('AttributeError', e)
