# argparse: every built-in action (store, store_const, store_true/false, append,
# append_const, count, help, version, extend, BooleanOptionalAction) and custom Action classes.
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


p = argparse.ArgumentParser(prog='acts')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--add', action='append')
p.add_argument('--addi', action='append', type=int, default=[0])
p.add_argument('--str', dest='types', action='append_const', const=str)
p.add_argument('--int', dest='types', action='append_const', const=int)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use color')
p.add_argument('--fancy', action=argparse.BooleanOptionalAction)
p.add_argument('-V', '--version', action='version', version='%(prog)s 1.2.3')
run(p, [])
run(p, ['--const', '--yes', '--no', '--add', 'a', '--add', 'b', '--addi', '5'])
run(p, ['--str', '--int', '--str', '-vvv', '--verbose'])
run(p, ['--ext', 'a', 'b', '--ext', 'c', '--no-color', '--fancy'])
run(p, ['--no-fancy', '--color'])
run(p, ['-V'])
run(p, ['--version'])
p.print_help()
print(repr(p._actions[1]))


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('called', option_string, values)
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)


q = argparse.ArgumentParser(prog='custom')
q.add_argument('--name', action=Upper)
q.add_argument('words', action=Upper, nargs='*')
run(q, ['--name', 'bob', 'x', 'y'])

r = argparse.ArgumentParser(prog='helpme', description='Do things.')
r.add_argument('--x', help='the x')
run(r, ['-h'])
run(r, ['--he'])

v = argparse.ArgumentParser(prog='ver')
v.version = '9.9'
v.add_argument('--version', action='version')
run(v, ['--version'])

for bad in [dict(action='store', nargs=0), dict(action='append', nargs=0),
            dict(action='store', const=1), dict(action='bogus')]:
    try:
        argparse.ArgumentParser().add_argument('--z', **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('--z', type='notcallable')
except ValueError as e:
    print('ValueError', e)
try:
    argparse.ArgumentParser().add_argument('--z', nargs=2, metavar=('A', 'B', 'C'))
except ValueError as e:
    print('ValueError', e)
try:
    argparse.ArgumentParser().add_argument('pos', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    argparse.ArgumentParser().add_argument('x', dest='y')
except ValueError as e:
    print('ValueError', e)
try:
    argparse.ArgumentParser().add_argument('--')
except ValueError as e:
    print('ValueError', e)
try:
    pp = argparse.ArgumentParser()
    pp.add_argument('--a')
    pp.add_argument('-b', '--a')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
pr = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
pr.add_argument('-a', '--all', help='old')
pr.add_argument('--all', help='new', action='store_true')
pr.print_help()
run(pr, ['-a', 'v', '--all'])
