# verify_throughput.py: verifier benchmarks (in a subfolder so bench/run.py, which also runs
# every bench/*.py under CPython, skips it) for docs/performance.md ("Verification"). Run
# with Bastion only (verify, marshal and dis.assemble are Bastion's):
#   build/release/bastion bench/bytecode/verify_throughput.py
# 1. verify.verify() throughput in MB of co_code per second on generated functions of 10^4,
#    10^5 and 10^6 instructions (straight-line arithmetic with a forward branch every 8 units).
# 2. Loading a module from marshal data (what a .bbc file holds) vs compiling its source.
# 3. The share of that load spent in the verifier.
import dis
import marshal
import time
import verify


def body(n):
    out = []
    while len(out) < n - 2:
        pc = len(out)
        out += [('LOAD_FAST', 0), ('LOAD_CONST', 1), ('BINARY_OP', 0), ('STORE_FAST', 0),
                ('LOAD_FAST', 0), ('POP_JUMP_IF_FALSE', pc + 7), ('NOP', 0), ('NOP', 0)]
    out = out[:n - 2]
    # keep jump targets in range after the cut
    out = [(op, min(arg, n - 2)) if op == 'POP_JUMP_IF_FALSE' else (op, arg) for op, arg in out]
    return out + [('LOAD_FAST', 0), ('RETURN_VALUE', 0)]


def template(x):
    return x


# CPU time of this process, not wall time: on a shared machine a run longer than a scheduler
# time slice is otherwise inflated by preemption (the 10^6 case was, by 5-10x, under load).
def best_of(fn, repeat):
    best = None
    for _ in range(repeat):
        start = time.process_time()
        fn()
        took = time.process_time() - start
        best = took if best is None or took < best else best
    return best


print('verification throughput')
for n in (10 ** 4, 10 ** 5, 10 ** 6):
    code = template.__code__.replace(co_code=dis.assemble(body(n)), co_consts=(None, 1), co_stacksize=2)
    repeat = 20 if n <= 10 ** 5 else 5
    took = best_of(lambda: verify.verify(code), repeat)
    mb = n * 4 / 1e6
    print('  %8d instructions  %7.3f ms  %7.1f MB/s  %6.1f ns/instruction'
          % (n, took * 1e3, mb / took, took * 1e9 / n))

lines = []
for i in range(2000):
    lines.append('def f%d(a, b=%d):\n    if a > b:\n        return [x * a for x in range(b)]\n'
                 '    try:\n        return {a: b}\n    except KeyError as e:\n        return str(e)\n' % (i, i))
source = ''.join(lines)
module = compile(source, '<bench>', 'exec')
data = marshal.dumps(module)
t_compile = best_of(lambda: compile(source, '<bench>', 'exec'), 5)
t_load = best_of(lambda: marshal.loads(data), 5)
t_verify = best_of(lambda: verify.verify(module), 5)
print('module of %d functions: %d source bytes, %d marshal bytes' % (2000, len(source), len(data)))
print('  compile source      %8.2f ms' % (t_compile * 1e3))
print('  load marshal data   %8.2f ms  (%.1fx faster than compiling)' % (t_load * 1e3, t_compile / t_load))
print('  verify (all code)   %8.2f ms  (%.0f%% of the load)' % (t_verify * 1e3, 100 * t_verify / t_load))
