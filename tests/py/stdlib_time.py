import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(type(time.time_ns()), type(time.perf_counter_ns()), type(time.monotonic_ns()), type(time.process_time()))
print(time.perf_counter_ns() > 0, time.process_time() >= 0, time.process_time_ns() >= 0)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, tuple(g))
g = time.gmtime(1700000000)
print(tuple(g), time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %b %d %j", g))
print(time.asctime(time.gmtime(1700000000)))
print(time.strftime("%%", time.gmtime(0)), time.strftime("", time.gmtime(0)) == "")
for bad in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.strftime("%Y", (1,))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
