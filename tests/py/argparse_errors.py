# argparse: error messages on stderr (usage line + "prog: error: ..."), exit status 2,
# exit_on_error=False, ArgumentTypeError, parser.error/exit.
import argparse
import io
import sys


def run(parser, args, known=False):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        if known:
            ns = parser.parse_known_args(args)
        else:
            ns = parser.parse_args(args)
    except SystemExit as e:
        sys.stderr = old
        print('exit', e.code)
        print(err.getvalue(), end='')
    else:
        sys.stderr = old
        print(ns)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


p = argparse.ArgumentParser(prog='err')
p.add_argument('name')
p.add_argument('count', type=int)
p.add_argument('--size', type=positive)
p.add_argument('--kind', choices=['a', 'b'])
p.add_argument('--num', type=int, choices=range(1, 4))
p.add_argument('--two', nargs=2)
p.add_argument('--opt', nargs='?')
p.add_argument('--plus', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version', action='store_true')
run(p, [])
run(p, ['x'])
run(p, ['x', 'notint'])
run(p, ['x', '1', '--size', '-3'])
run(p, ['x', '1', '--size', 'big'])
run(p, ['x', '1', '--kind', 'c'])
run(p, ['x', '1', '--num', '7'])
run(p, ['x', '1', '--two', 'a'])
run(p, ['x', '1', '--plus'])
run(p, ['x', '1', '--size'])
run(p, ['x', '1', 'extra', '--unknown'])
run(p, ['x', '1', '--ver'])
run(p, ['x', '1', '--flag=yes'])
run(p, ['x', '1', '--opt', 'a', 'b'])
run(p, ['x', '1', '--opt=a', '--two', 'p', 'q'])
run(p, ['x', '1', '--unknown'], known=True)

m = argparse.ArgumentParser(prog='mutex')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('-a', action='store_true')
g.add_argument('-b', type=int)
g.add_argument('--hidden', help=argparse.SUPPRESS)
run(m, [])
run(m, ['-a', '-b', '3'])
run(m, ['-b', '1'])
run(m, ['-ab', '2'])

s = argparse.ArgumentParser(prog='short')
s.add_argument('-x', action='store_true')
s.add_argument('-y', action='store_true')
s.add_argument('-z')
run(s, ['-xyzval'])
run(s, ['-xq'])
run(s, ['-x=1'])

q = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

e = argparse.ArgumentParser(prog='manual')
run_err = io.StringIO()
sys.stderr = run_err
try:
    e.error('something bad')
except SystemExit as ex:
    sys.stderr = sys.__stderr__
    print('exit', ex.code, repr(run_err.getvalue()))
run_err = io.StringIO()
sys.stderr = run_err
try:
    e.exit(5, 'bye\n')
except SystemExit as ex:
    sys.stderr = sys.__stderr__
    print('exit', ex.code, repr(run_err.getvalue()))
try:
    e.exit()
except SystemExit as ex:
    print('exit', ex.code)
print(str(argparse.ArgumentError(None, 'plain')))
