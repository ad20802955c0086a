# Fixture module for mod_packages.py.
NAME = 'sibling'
