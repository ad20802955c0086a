# an except* that handles part of a group lets the rest propagate
try:
    raise ExceptionGroup("problems", [ValueError("v"), KeyError("k")])
except* ValueError:
    print("handled the ValueError")
