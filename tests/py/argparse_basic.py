# argparse: positionals and options, nargs, type/choices/default/dest/metavar, Namespace,
# parse_known_args, '--', -x=v / --x=v / -xv, combined short flags, prefix matching.
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args):
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
    else:
        print(ns)


p = argparse.ArgumentParser(prog='basic')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('-q', action='store_false', dest='loud')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--ratio', type=float, metavar='R')
run(p, ['a'])
run(p, ['a', 'b', '-n', '7', '--verbose'])
run(p, ['-n5', 'x'])
run(p, ['--num=9', 'x', '--mode', 'slow'])
run(p, ['-n=4', 'x'])
run(p, ['--verb', 'x', '--ra', '2.5'])
run(p, ['-vq', 'x'])
run(p, ['--', '-x'])
run(p, ['x', '--', '--num'])
run(p, ['x', '--ratio', '-1.5'])

p2 = argparse.ArgumentParser(prog='nargs')
p2.add_argument('first', nargs=2)
p2.add_argument('rest', nargs='*')
p2.add_argument('--pair', nargs=2, type=int)
p2.add_argument('--many', nargs='+')
p2.add_argument('--opt', nargs='?', const='C', default='D')
p2.add_argument('--any', nargs='*')
run(p2, ['a', 'b'])
run(p2, ['a', 'b', 'c', 'd', '--pair', '1', '2'])
run(p2, ['--many', 'x', 'y', '--', 'a', 'b'])
run(p2, ['a', 'b', '--opt'])
run(p2, ['a', 'b', '--opt', 'v', '--any'])
run(p2, ['a', 'b', '--any', '1', '2', '3'])

p3 = argparse.ArgumentParser(prog='rem')
p3.add_argument('--flag', action='store_true')
p3.add_argument('cmd')
p3.add_argument('args', nargs=argparse.REMAINDER)
run(p3, ['ls', '-l', '--flag', 'x'])
run(p3, ['--flag', 'ls'])

p4 = argparse.ArgumentParser(prog='known')
p4.add_argument('--a', type=int)
p4.add_argument('pos')
print(p4.parse_known_args(['--a', '1', 'x', '--b', '2', 'y']))
print(p4.parse_known_args(['x', '-z']))

ns = argparse.Namespace(a=1, b='two')
print(ns, ns == argparse.Namespace(b='two', a=1), ns != argparse.Namespace(a=1), 'a' in ns)
print(vars(ns))
print(argparse.Namespace(**{'with-dash': 1, 'ok': 2}))
ns2 = argparse.Namespace(preset=5)
p5 = argparse.ArgumentParser(prog='ns')
p5.add_argument('--x', default='1', type=int)
p5.add_argument('--preset', type=int, default=0)
print(p5.parse_args([], namespace=ns2), ns2)
p5.set_defaults(extra='e', x='4')
print(p5.parse_args([]), p5.get_default('x'), p5.get_default('extra'))

p6 = argparse.ArgumentParser(prog='neg')
p6.add_argument('-1', dest='one', action='store_true')
p6.add_argument('vals', nargs='*')
run(p6, ['-1'])
p7 = argparse.ArgumentParser(prog='neg2')
p7.add_argument('vals', nargs='*', type=int)
p7.add_argument('-k', type=int)
run(p7, ['-5', '3', '-k', '-2'])

p8 = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
p8.add_argument('+f', action='store_true')
p8.add_argument('++level', type=int)
run(p8, ['+f', '++lev', '3'])

p9 = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p9.add_argument('--verbose', action='store_true')
try:
    print(p9.parse_known_args(['--verb']))
except SystemExit as e:
    print('exit', e.code)

p10 = argparse.ArgumentParser(prog='meta')
p10.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float)
p10.add_argument('--to', dest='target')
run(p10, ['--point', '1', '2', '--to', 'z'])
print(repr(p10.parse_args([]).target))
