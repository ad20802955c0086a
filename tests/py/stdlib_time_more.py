# time: struct_time from gmtime, strftime with a fixed time, mktime round trip shape,
# monotonic clocks move forward, sleep(0), and argument errors.
import time

t = time.gmtime(1_000_000_000)
print(t, t.tm_year, t.tm_yday, t[0:3], len(t), type(t).__name__)
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b %%', t), time.strftime('%A %B %y %I %p', t))
print(time.gmtime(0)[:6], time.asctime(t) if hasattr(time, 'asctime') else '')
a = time.monotonic()
b = time.perf_counter()
time.sleep(0)
print(time.monotonic() >= a, time.perf_counter() >= b, isinstance(time.time(), float), isinstance(time.time_ns(), int))
print(time.monotonic_ns() > 0, time.perf_counter_ns() > 0, time.process_time() >= 0)
for bad in (lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.gmtime('x'), lambda: time.strftime(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
