# __hello__: a bundled module used by the tests of the bundled-module mechanism, as
# CPython ships one for its frozen-module tests.
initialized = True


def main():
    print("Hello world!")
