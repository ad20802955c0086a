# sys.warnoptions and sys._xoptions (no -W / -X options: empty) and sys.flags' shape.
import sys
import warnings

print(sys.warnoptions, type(sys.warnoptions).__name__, sys._xoptions)
sys.warnoptions.append('ignore')  # a plain list programs may change
print(sys.warnoptions)
del sys.warnoptions[:]
print(sys.warnoptions)

flags = sys.flags
print(isinstance(flags, tuple), len(flags), type(flags).__name__)
names = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
         'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
         'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
         'safe_path', 'int_max_str_digits')
print(all(hasattr(flags, n) for n in names))
print([getattr(flags, n) == flags[i] for i, n in enumerate(names)].count(True))
print(flags.debug, flags.inspect, flags.interactive, flags.optimize, flags.verbose,
      flags.bytes_warning, flags.quiet, flags.dev_mode, flags.warn_default_encoding)
print(repr(flags).startswith('sys.flags(debug=0, inspect=0, interactive=0, optimize=0, '))
try:
    flags.debug = 1
except AttributeError:
    print('read-only')

# unittest.main's choice of the warnings filter reads sys.warnoptions.
print(not sys.warnoptions)
