# sys.path[0] is the main script's folder, absolute, as CPython sets it for a script.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, os.path.isabs(sys.path[0]), type(sys.path[0]).__name__)
print(sys.argv[0].endswith('sys_path_main.py'), __name__)
