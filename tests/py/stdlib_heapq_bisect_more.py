# heapq and bisect beyond the basics: keys, merge, heapreplace/pushpop, nlargest ties,
# insort with key, bisect bounds and errors.
import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
data = [('b', 2), ('a', 2), ('c', 1), ('d', 3)]
print(heapq.nlargest(2, data, key=lambda t: t[1]), heapq.nsmallest(3, data, key=lambda t: t[1]))
print(heapq.nlargest(3, [1, 5, 5, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['b', 'a'], ['c'], key=str.upper, reverse=True)))
x = [9, 4, 7, 1]
heapq.heapify(x)
print(x, [heapq.heappop(x) for _ in range(len(x))])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush(5, 1), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 4, 3),
      bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
recs = [(1, 'a'), (3, 'c')]
bisect.insort(recs, (2, 'b'), key=lambda r: r[0])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[0]))
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError:', e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
