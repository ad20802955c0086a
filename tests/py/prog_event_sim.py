# A discrete-event simulation: a bank with tellers, a heapq event queue, seeded random
# arrivals, dataclass events with ordering, and summary statistics.
import heapq
import random
import statistics
from dataclasses import dataclass, field


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)


class Bank:
    def __init__(self, tellers, seed):
        self.rng = random.Random(seed)
        self.free = tellers
        self.queue = []
        self.events = []
        self.seq = 0
        self.waits = []
        self.arrived = {}
        self.log = []

    def schedule(self, t, kind, cust):
        self.seq += 1
        heapq.heappush(self.events, Event(t, self.seq, kind, cust))

    def run(self, customers):
        t = 0.0
        for c in range(customers):
            t += round(self.rng.expovariate(1.0), 3)
            self.schedule(t, 'arrive', c)
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.kind == 'arrive':
                self.arrived[ev.customer] = ev.time
                if self.free:
                    self.free -= 1
                    self.start(ev.time, ev.customer)
                else:
                    self.queue.append(ev.customer)
            else:
                self.log.append((round(ev.time, 3), ev.customer))
                if self.queue:
                    self.start(ev.time, self.queue.pop(0))
                else:
                    self.free += 1

    def start(self, now, cust):
        self.waits.append(round(now - self.arrived[cust], 3))
        self.schedule(now + round(self.rng.uniform(0.5, 2.5), 3), 'depart', cust)


bank = Bank(tellers=2, seed=42)
bank.run(12)
print(bank.log[:5])
print(len(bank.waits), round(statistics.mean(bank.waits), 3), max(bank.waits), statistics.median(bank.waits))
print(sorted(c for _, c in bank.log) == list(range(12)))
