# Fixture package for mod_circular.py.
