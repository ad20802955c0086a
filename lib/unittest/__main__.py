"""`bastion -m unittest NAME...`: runs the tests of the named modules, classes or methods;
`bastion -m unittest [discover [-s START] [-p PATTERN] [-t TOP]]` discovers them."""

import sys

if sys.argv and sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main

main(module=None)
