# sys attributes programs check: maxunicode, encodings, flags (names and kinds; values are
# the interpreter's), builtin/stdlib module names, and displayhook driving the echo of
# expression statements compiled in 'single' mode (PRINT_EXPR), "lost sys.displayhook".
import builtins
import io
import sys

print(sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(),
      sys.getfilesystemencodeerrors(), sys.float_repr_style, sys.api_version)
print(type(sys.flags).__name__, len(sys.flags), sys.flags.optimize, sys.flags.debug,
      sys.flags.dev_mode, isinstance(sys.flags, tuple))
print([f for f in ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
                   'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
                   'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
                   'warn_default_encoding', 'safe_path', 'int_max_str_digits')
       if not hasattr(sys.flags, f)])
names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(names), 'sys' in names, 'builtins' in names)
print(type(sys.stdlib_module_names).__name__, 'sys' in sys.stdlib_module_names)
print(type(sys.orig_argv).__name__, isinstance(sys.copyright, str))

out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    exec(compile('1 + 1', '<s>', 'single'))
    exec(compile('None', '<s>', 'single'))
    exec(compile("'text'", '<s>', 'single'))
finally:
    sys.stdout = saved
print(repr(out.getvalue()), builtins._)

seen = []
sys.displayhook = seen.append
exec(compile('40 + 2', '<s>', 'single'))
print(seen, sys.__displayhook__ is not sys.displayhook)
del sys.displayhook
try:
    exec(compile('3', '<s>', 'single'))
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__
sys.__displayhook__(None)
print(builtins._)
