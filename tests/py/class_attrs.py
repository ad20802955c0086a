# Class attributes versus instance attributes, shadowing, shared mutable state.
class Dog:
    species = "canis"
    count = 0
    tricks_shared = []
    def __init__(self, name):
        self.name = name
        self.tricks = []
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
        self.tricks_shared.append(t)
a = Dog("Rex")
b = Dog("Fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.name, b.name, a.species, Dog.species, Dog.count)
print(a.tricks, b.tricks, Dog.tricks_shared)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
print(getattr(b, "species"), getattr(Dog, "count"))
class Config:
    debug = False
    level = 1
Config.level = 5
cfg = Config()
print(cfg.debug, cfg.level)
setattr(Config, "debug", True)
print(cfg.debug)
