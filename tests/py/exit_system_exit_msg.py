# SystemExit with a string: the message goes to stderr and the exit code is 1.
print("about to stop")
raise SystemExit("fatal: stopping")
