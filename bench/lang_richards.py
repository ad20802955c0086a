# A richards-style operating-system simulation: task objects with priorities, a scheduler
# loop, packets passed between tasks, attribute-heavy method calls and small-int state.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
K_DEVICE, K_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.count = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            self.waiting = False
        return p

    def receive(self, packet):
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.waiting = False
        else:
            self.queue = packet.append_to(self.queue)


class IdleTask(Task):
    def run(self, packet):
        self.count += 1
        s = self.scheduler
        if self.count % 2:
            return s.release(DEVICE_A)
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.count += packet.data[packet.datum % 4]
        packet.datum += 1
        packet.ident = DEVICE_A if self.ident == HANDLER_A else DEVICE_B
        return self.scheduler.send(packet)


class DeviceTask(Task):
    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.count += 1
        packet.ident = WORKER if self.count % 3 else (HANDLER_A if self.ident == DEVICE_A else HANDLER_B)
        return self.scheduler.send(packet)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t

    def send(self, packet):
        target = self.tasks[packet.ident]
        target.receive(packet)
        return target

    def run(self, steps):
        for _ in range(steps):
            for task in self.order:
                if task.runnable():
                    self.switches += 1
                    task.run(task.take_packet())
                    break
            else:
                for task in self.order:
                    task.waiting = False
        return self.switches


def bench(steps):
    s = Scheduler()
    queue = None
    for i in range(3):
        queue = Packet(queue, WORKER, K_WORK)
    s.add(IdleTask(s, IDLE, 0, None))
    s.add(WorkerTask(s, WORKER, 1000, queue))
    for ident, prio in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        q = None
        for i in range(3):
            q = Packet(q, DEVICE_A if ident == HANDLER_A else DEVICE_B, K_DEVICE)
        s.add(HandlerTask(s, ident, prio, q))
    s.add(DeviceTask(s, DEVICE_A, 4000, None))
    s.add(DeviceTask(s, DEVICE_B, 5000, None))
    switches = s.run(steps)
    return switches, sum(t.count for t in s.order)


print(bench(300_000))
