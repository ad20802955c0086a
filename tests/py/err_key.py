# Uncaught KeyError: repr of the key is the message.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
