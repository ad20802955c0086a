# getopt and gnu_getopt: short options (clustered, with attached and separate values),
# long options (=value, unique prefixes), '--', '-', and every GetoptError message.
import getopt


def run(f, args, short, long=[]):
    try:
        return repr(f(args, short, long))
    except getopt.GetoptError as e:
        return 'GetoptError: %s | msg=%r opt=%r args=%r' % (e, e.msg, e.opt, e.args)


short = 'ab:c:v'
long = ['alpha', 'beta=', 'verbose', 'version', 'output=', 'out-dir=']
argvs = [
    [], ['-a'], ['-ab', 'x'], ['-abx', 'y'], ['-b'], ['-c', '-a'], ['-av', 'file', '-a'],
    ['--alpha', 'f'], ['--beta=1', '--beta', '2'], ['--beta'], ['--alp'], ['--ver'], ['--verb'],
    ['--alpha=x'], ['--output=', 'x'], ['--out'], ['--out-d', 'd'], ['--nope'], ['-x'], ['-:'],
    ['--', '-a'], ['-', '-a'], ['f', '-a', '--alpha', '--', '-v'], ['-a', '--', '--', '-b'],
    ['--beta=a=b'], ['-b', ''], ['--=x'], ['---a'], ['--version'], ['-v', 'x', '-b1', 'y', '--beta', 'z', 'w'],
]
for argv in argvs:
    print(argv)
    print('  getopt    ', run(getopt.getopt, argv, short, long))
    print('  gnu_getopt', run(getopt.gnu_getopt, argv, short, long))
    print('  gnu +     ', run(getopt.gnu_getopt, argv, '+' + short, long))
print(run(getopt.getopt, ['--alpha'], '', 'alpha'), run(getopt.gnu_getopt, ['--a=1'], '', 'alpha='))
print(run(getopt.getopt, ['-a', 'x'], 'a'), run(getopt.getopt, ('-a',), 'a', ()))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(str(e), repr(e), e.opt, e.args)
try:
    getopt.getopt(['-z'], 'a')
except getopt.error as err:
    print('caught', err)
