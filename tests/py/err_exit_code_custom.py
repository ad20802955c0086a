# SystemExit with an int code sets the exit status; finally blocks still run.
import sys
try:
    print('working')
    sys.exit(7)
finally:
    print('cleanup')
