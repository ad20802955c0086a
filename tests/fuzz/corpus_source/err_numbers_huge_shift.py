# A shift whose result cannot exist is refused before any allocation.
print(len(str(1 << 1000)))
x = 1 << (1 << 62)
print("not reached")
