# argparse: parse_intermixed_args / parse_known_intermixed_args (two passes, their TypeErrors),
# and fromfile_prefix_chars naming a file that does not exist.
import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo'); p.add_argument('cmd'); p.add_argument('rest', nargs='*', type=int)
p.add_argument('-r', required=True)
g = p.add_mutually_exclusive_group(required=True); g.add_argument('--a', action='store_true'); g.add_argument('--b', action='store_true')
for args in [['doit', '1', '--foo', 'bar', '2', '3', '-r', 'x', '--a'], ['c', '-r', '1'], ['--a'], ['x', '--a', '-r', '1', 'q'], ['x', '-r', 'y', '--a', '--zz']]:
    for fn in (p.parse_intermixed_args, p.parse_known_intermixed_args, p.parse_known_args):
        try: print(fn(args))
        except SystemExit as e: print('exit', e.code)
q = argparse.ArgumentParser(prog='q'); q.add_argument('x', nargs='...')
try: q.parse_intermixed_args([])
except TypeError as e: print(e)
q = argparse.ArgumentParser(prog='q'); s = q.add_subparsers()
try: q.parse_intermixed_args([])
except TypeError as e: print(e)
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('items', nargs='*')
print(ff.parse_args(['a', 'b']))
try:
    ff.parse_args(['a', '@no_such_file_for_bastion_test.txt'])
except SystemExit as e:
    print('exit', e.code)
