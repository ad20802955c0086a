# argparse: subparsers (dest, aliases, help, required, set_defaults(func=...), titles),
# parents, argument groups in subcommands, fromfile_prefix_chars without files.
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args):
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
    else:
        shown = argparse.Namespace(**vars(ns))
        if hasattr(shown, 'func'):
            shown.func = shown.func.__name__
        print(shown)
        return ns


def cmd_add(ns):
    return ns.a + ns.b


parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--debug', action='store_true', help='debug mode')

p = argparse.ArgumentParser(prog='git', parents=[parent], description='Version control.')
p.add_argument('--root', default='.')
sub = p.add_subparsers(dest='command', help='sub-command help')
add = sub.add_parser('add', help='add numbers', aliases=['plus', 'a'])
add.add_argument('a', type=int)
add.add_argument('b', type=int)
add.set_defaults(func=cmd_add)
commit = sub.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
sub.add_parser('status')
ns = run(p, ['add', '1', '2'])
print(ns.func(ns))
run(p, ['--debug', 'plus', '3', '4'])
run(p, ['commit', '-m', 'msg', '--amend'])
run(p, ['status'])
run(p, [])
run(p, ['bogus'])
run(p, ['commit'])
run(p, ['add', '1'])
run(p, ['add', '1', '2', '3'])
run(p, ['-h'])
run(p, ['add', '-h'])
run(p, ['commit', '--help'])
print(p.parse_known_args(['status', '--zzz']))

r = argparse.ArgumentParser(prog='req')
rs = r.add_subparsers(title='commands', description='available commands', required=True,
                      metavar='CMD')
rs.add_parser('one', help='first')
rs.add_parser('two', help='second')
run(r, [])
run(r, ['-h'])
r2 = argparse.ArgumentParser(prog='req2')
r2s = r2.add_subparsers(required=True)
r2s.add_parser('x')
run(r2, [])
r2.print_help()
r3 = argparse.ArgumentParser(prog='nested')
r3.add_argument('input')
r3s = r3.add_subparsers(dest='cmd')
inner = r3s.add_parser('go')
inner_s = inner.add_subparsers(dest='sub')
deep = inner_s.add_parser('deep')
deep.add_argument('--level', type=int, default=1)
run(r3, ['in', 'go', 'deep', '--level', '3'])
run(r3, ['in', 'go', 'deep', '-h'])

g = argparse.ArgumentParser(prog='groups')
grp = g.add_argument_group('output')
excl = grp.add_mutually_exclusive_group()
excl.add_argument('--quiet', action='store_true')
excl.add_argument('--loud', action='store_true')
g.print_help()
run(g, ['--quiet', '--loud'])
try:
    p.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
