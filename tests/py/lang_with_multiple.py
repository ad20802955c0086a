# with several items: order of enter/exit, exceptions in the middle item, nested suppression
log = []
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

with CM("a"), CM("b"), CM("c"):
    log.append("body")
print(log); log.clear()

try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log); log.clear()

with CM("a", suppress=True), CM("b"):
    raise ValueError
print(log); log.clear()

with CM("a"), CM("b", suppress=True):
    raise ValueError
print(log); log.clear()

def gen_ret():
    with CM("x") as x, CM("y") as y:
        return x.name + y.name
print(gen_ret(), log); log.clear()

for i in range(2):
    with CM(f"l{i}"), CM(f"m{i}"):
        if i == 0:
            continue
        break
print(log)
