# argparse: help and usage formatting (wrapping, groups, mutually exclusive groups, the
# formatter classes, description/epilog, metavars, suppressed arguments).
import argparse
import sys

p = argparse.ArgumentParser(prog='tool', description='A tool that does several useful things '
                            'with files, written to show how argparse wraps long description '
                            'text to the width of the terminal.', epilog='See the manual.')
p.add_argument('input', help='input file')
p.add_argument('output', nargs='?', help='output file (default: standard output)')
p.add_argument('extra', nargs='*', help='extra things')
p.add_argument('-c', '--config', metavar='FILE', help='read configuration from FILE')
p.add_argument('-j', '--jobs', type=int, default=1, help='number of jobs to run at the '
               'same time; a larger number uses more memory but finishes sooner')
p.add_argument('--level', choices=['low', 'mid', 'high'], help='one of %(choices)s, '
               'default %(default)s, prog %(prog)s')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--a-very-long-option-name-that-overflows', action='store_true',
               help='short help')
p.add_argument('--nohelp')
g = p.add_argument_group('network', 'Options for the network connection.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, help='port')
m = p.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true', help='JSON output')
m.add_argument('--xml', action='store_true', help='XML output')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))

long = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-to-force-other-wrapping')
for i in range(6):
    long.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
long.add_argument('positional_one')
long.add_argument('positional_two', nargs='+')
long.print_help()

many = argparse.ArgumentParser(prog='many')
for name in 'abcdefgijklmnopq':
    many.add_argument('-' + name, metavar=name.upper() * 3)
many.add_argument('files', nargs='*')
many.print_usage()

req = argparse.ArgumentParser(prog='req')
rg = req.add_mutually_exclusive_group(required=True)
rg.add_argument('--one', action='store_true')
rg.add_argument('--two', nargs=2)
req.add_argument('--must', required=True)
req.print_help()

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='''\
Keep this:
    indented line
  and this''', epilog='   epilog  kept  ')
raw.add_argument('--x', help='help  text   is\n   still    wrapped')
raw.print_help()

rawt = argparse.ArgumentParser(prog='rawt', formatter_class=argparse.RawTextHelpFormatter)
rawt.add_argument('--x', help='line one\n  line two')
rawt.print_help()

dflt = argparse.ArgumentParser(prog='dflt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument('--n', type=int, default=4, help='count')
dflt.add_argument('--s', help='string')
dflt.add_argument('--t', help='has %(default)s already', default='T')
dflt.add_argument('--nohelp', default=3)
dflt.add_argument('pos', help='positional')
dflt.add_argument('opt', nargs='?', default='o', help='optional positional')
dflt.add_argument('--flag', action=argparse.BooleanOptionalAction, default=False, help='flag')
dflt.print_help()

mt = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument('--n', type=int)
mt.add_argument('f', type=float)
mt.print_help()

u = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] thing', add_help=False)
u.add_argument('thing')
u.print_help()
n = argparse.ArgumentParser(prog='empty', add_help=False)
n.print_help()
print(repr(n.format_help()))
w = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(
    prog, max_help_position=40, width=60))
w.add_argument('--medium-length', help='help that is long enough to wrap at sixty columns '
               'of width')
w.add_argument('-s', help='short')
w.print_help()
print(repr(p))
