# Fixture module for mod_packages.py.
print('helper loaded', __name__, __package__)


def twice(x):
    return 2 * x
