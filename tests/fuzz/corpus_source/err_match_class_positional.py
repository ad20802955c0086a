# too many positional sub-patterns is a TypeError at match time
class Point:
    def __init__(self):
        self.x = 1

match Point():
    case Point(1):
        print("no")
