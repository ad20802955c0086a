# os.path questions about files (exists, isfile, isdir, islink, lexists, getsize, get*time):
# the script asks about itself, its folder and a name that does not exist. (Bastion needs the
# host's file access for these; the command line has it.)
import os

me = __file__
missing = 'no_such_file_for_bastion_test.txt'
print(os.path.exists(me), os.path.isfile(me), os.path.isdir(me), os.path.islink(me),
      os.path.lexists(me))
print(os.path.exists('.'), os.path.isfile('.'), os.path.isdir('.'), os.path.isdir(b'.'))
print(os.path.exists(missing), os.path.isfile(missing), os.path.isdir(missing),
      os.path.islink(missing), os.path.lexists(missing))
print(os.path.exists('bad\0name'), os.path.isfile(b'bad\0name'))
with open(me, 'rb') as f:
    print(os.path.getsize(me) == len(f.read()))
print(type(os.path.getmtime(me)).__name__, os.path.getmtime(me) > 1e9,
      type(os.path.getatime(me)).__name__, type(os.path.getctime(me)).__name__)
for fn in (os.path.getsize, os.path.getmtime):
    try:
        fn(missing)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)


class P:
    def __fspath__(self):
        return me


print(os.path.exists(P()), os.path.isfile(P()))
here = os.path.dirname(os.path.abspath(me))
print(os.path.abspath(me) == os.path.normpath(os.path.join(os.getcwd(), me)),
      os.path.isdir(here), os.path.relpath(os.path.abspath(me), here) == os.path.basename(me),
      os.path.relpath(os.getcwd()), os.path.isabs(os.getcwd()), os.getcwdb() == os.fsencode(os.getcwd()))
