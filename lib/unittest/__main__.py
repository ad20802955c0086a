"""`bastion -m unittest NAME...`: runs the tests of the named modules, classes or methods.
(Discovery, the form without names, needs directory listings and fails with ImportError.)"""

import sys

if sys.argv and sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main

main(module=None)
