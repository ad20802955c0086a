# The pause of a full collection with 10^6 live tracked objects (reported as one line of
# output: the timing itself is read by the harness from the whole run; the pause is printed
# to stderr for docs/performance.md).
import gc, sys, time

live = [[i] for i in range(1000000)]
gc.collect()
t = time.perf_counter()
for _ in range(5):
    gc.collect()
pause = (time.perf_counter() - t) / 5
sys.stderr.write("full collection pause: %.1f ms\n" % (pause * 1000))
print(len(live))
