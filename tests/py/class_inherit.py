# Single inheritance: overriding, super().__init__, isinstance across the chain.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return self.name + " says " + self.speak()
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return "Meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.intro(), "|", a.kind, type(a).__name__)
p = Puppy("Nib", 2)
print(p.name, p.age)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(isinstance(p, (Cat, Dog)), isinstance(p, object))
print(Puppy.__name__, Dog.kind, Puppy.kind, Cat.kind)
class Base:
    def __init__(self):
        self.log = ["base"]
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("child")
print(Child().log)
class NoInit(Base):
    pass
print(NoInit().log)
