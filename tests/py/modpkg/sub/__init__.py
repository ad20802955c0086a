# Fixture subpackage for mod_packages.py.
print('sub init', __name__)
