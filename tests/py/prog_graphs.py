# Graph algorithms: BFS, DFS (recursive and iterative), Dijkstra with heapq, topological
# sort with cycle detection, connected components with union-find.
import heapq
from collections import deque, defaultdict

edges = [('a', 'b', 4), ('a', 'c', 2), ('b', 'c', 5), ('b', 'd', 10), ('c', 'e', 3), ('e', 'd', 4), ('d', 'f', 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


print(bfs('a'))
print(dfs('a'))
dist, prev = dijkstra('a')
print(sorted(dist.items()), path(prev, 'f'))


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(indeg):
        raise ValueError('cycle among ' + ', '.join(sorted(n for n in indeg if indeg[n])))
    return order


print(toposort({'app': ['lib', 'util'], 'lib': ['util', 'core'], 'util': ['core'], 'core': []}))
try:
    toposort({'x': ['y'], 'y': ['z'], 'z': ['x'], 'w': []})
except ValueError as e:
    print('ValueError:', e)


class DSU:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


dsu = DSU()
for a, b in [(1, 2), (3, 4), (2, 5), (6, 6), (7, 3)]:
    dsu.union(a, b)
groups = defaultdict(list)
for n in range(1, 8):
    groups[dsu.find(n)].append(n)
print(sorted(sorted(g) for g in groups.values()))
