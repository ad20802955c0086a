# Uncaught AttributeError on an instance.
class Robot:
    def __init__(self):
        self.name = "R2"
r = Robot()
print(r.name)
print(r.speed)
