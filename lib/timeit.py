"""Time small pieces of code (the 3.11 `timeit` interface).

Bastion's bundled timeit, written from CPython 3.11's documentation and behaviour.

Command line:
    bastion -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: chosen so that the
                 total time is at least 0.2 seconds)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass');
                several -s options are joined by newlines
  -p/--process: measure process time, not wall clock time
  -u/--unit: unit of the timer output (nsec, usec, msec or sec)
  -v/--verbose: print the raw timing results; repeat for more digits of precision
  -h/--help: print this help and exit
  --: separate options from the statement (for a statement starting with -)
  statement: statement to be timed (default 'pass'); several arguments are joined
             by newlines, so a multi-line statement can be given one line per argument

Statements run in this module's namespace unless a `globals` mapping is given; a setup
such as "from __main__ import f" brings a program's names in. The measured code is the
statement placed in a loop inside a generated function, compiled once per Timer.
"""

import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The generated function: setup once, then the statement `number` times between two
# readings of the timer.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line after the first of src by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times the execution of a statement (a string of code or a callable) after a setup
    (likewise); `timer` returns seconds as a float, `globals` is the namespace the code
    runs in (this module's by default)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")     # a syntax error names the setup
            prefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        exec(compile(src, dummy_src_name, "exec"), global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the generated
        source's lines."""
        import linecache, traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times (garbage collection is off
        meanwhile)."""
        loops = range(number)    # Bastion's itertools.repeat is Python code, range is native
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... whose run
        takes at least 0.2 seconds; callback(number, seconds) is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """The command line: returns the exit status (None for success)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0                  # 0: chosen by autorange
    setups = []
    repeat = default_repeat
    verbose = 0
    unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setups.append(a)
        if o in ("-u", "--unit"):
            if a not in units:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = a
        if o in ("-r", "--repeat"):
            repeat = max(1, int(a))
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setups) or "pass"

    import os
    sys.path.insert(0, os.curdir)     # so that the setup can import the current folder's modules
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s='s' if number != 1 else '', secs=taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        if unit is not None:
            name, scale = unit, units[unit]
        else:
            for name, scale in sorted(units.items(), key=lambda kv: kv[1], reverse=True):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw)))
        print()
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) "
                               "was more than four times slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
