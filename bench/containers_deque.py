# Containers: collections.deque as a FIFO queue (append / popleft), breadth-first style.
from collections import deque

q = deque()
total = 0
for i in range(300_000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
while q:
    total += q.popleft()
r = deque(range(1000), maxlen=500)
for i in range(200_000):
    r.append(i)
print(total, len(r), r[0])
