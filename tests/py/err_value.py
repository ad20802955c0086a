# Uncaught ValueError from int().
for s in ["10", "20", "thirty"]:
    print(int(s) * 2)
