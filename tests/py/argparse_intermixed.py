# argparse: parse_intermixed_args / parse_known_intermixed_args (two passes, their TypeErrors),
# and fromfile_prefix_chars and FileType naming files that do not exist ("-" for stdin/stdout).
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

ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('infile', type=argparse.FileType('r'))
ft.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
print(ft.parse_args(['-']).infile is sys.stdin, ft.parse_args(['-', '--out', '-']).out is sys.stdout)
try:
    ft.parse_args(['no_such_file_for_bastion_test.txt'])
except SystemExit as e:
    print('exit', e.code)
print(argparse.FileType('rb', 0), argparse.FileType(), argparse.FileType('w', encoding='latin-1', errors='strict'))
try:
    argparse.ArgumentParser().add_argument('x', type=argparse.FileType)
except ValueError as e:
    print('ValueError', str(e).replace(' at ', '@').split('@')[0])
