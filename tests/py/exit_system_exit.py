# Uncaught SystemExit sets the exit code and prints no traceback.
print("exiting with 3")
raise SystemExit(3)
