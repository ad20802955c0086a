# Argument-count errors of module functions name the function as CPython 3.11 does
# ("time.time() takes no arguments (1 given)"), and methods by their type.
import cmath
import gc
import marshal
import math
import sys
import time

cases = [
    'time.time(1)', 'time.time(x=1)', 'time.sleep()', 'time.sleep(x=1)', 'time.perf_counter(1)',
    'time.monotonic(1)', 'time.time_ns(1)', 'time.process_time(1)', 'time.perf_counter_ns(1)',
    'time.monotonic_ns(1)',
    'math.sqrt()', 'math.sqrt(x=1)', 'math.floor()', 'math.ceil()', 'math.exp(1, 2)',
    'math.factorial()', 'math.isqrt()', 'math.isnan()', 'math.trunc()', 'math.frexp()',
    'math.degrees()', 'math.fsum()', 'math.gcd(a=1)', 'math.lcm(x=1)', 'math.hypot(x=1)',
    'math.pow()', 'math.perm()', 'cmath.sqrt()', 'cmath.log(x=1)', 'cmath.exp(1, 2)',
    'gc.isenabled(1)', 'gc.isenabled(x=1)', 'gc.enable(1)', 'gc.disable(1)', 'gc.get_count(1)',
    'gc.get_threshold(1)', 'gc.is_tracked()', 'gc.is_finalized()', 'gc.set_debug()',
    'marshal.loads()', 'marshal.dumps()',
    'sys.getrefcount()', 'sys.exc_info(1)', 'sys.intern()', 'sys.getrecursionlimit(1)',
    'sys.setrecursionlimit()', 'sys.get_int_max_str_digits(1)', 'sys.exit(x=1)',
    'sys.exception(1)',
    'len()', 'abs()', 'id()', '[].append()', '"".upper(1)', '{}.keys(1)', '(1).bit_length(2)',
]
for c in cases:
    try:
        eval(c)
        print(c, 'ok')
    except TypeError as e:
        print(c, '->', e)
