# logging: level names, basicConfig (level, format, datefmt, style, stream, handlers, force,
# errors), the module-level functions, disable(), lastResort and the default formats
import logging
import sys
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for v in (50, 40, 30, 20, 10, 0, 5, 'INFO', 'WARN', 'FATAL', 'nope', None):
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.BASIC_FORMAT)

root = logging.getLogger()
print(root, root.name, root.level, root.handlers, logging.root is root,
      logging.getLogger('root') is root, logging.getLogger('') is root)
t(lambda: root.setLevel('BOGUS'))
t(lambda: root.setLevel(1.5))
t(lambda: root.setLevel([]))
t(lambda: logging.getLogger(5))

# the last resort: no handlers anywhere -> WARNING and above to sys.stderr, message only
saved = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger('quiet').warning('to lastResort %d', 1)
logging.getLogger('quiet').info('dropped')
logging.getLogger('quiet').error('err %s', 'x')
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
print(logging.lastResort, logging.lastResort.level)

t(lambda: logging.basicConfig(stream=sys.stdout, filename='x.log'))
t(lambda: logging.basicConfig(handlers=[], stream=sys.stdout))
t(lambda: logging.basicConfig(style='?'))
t(lambda: logging.basicConfig(stream=sys.stdout, bogus=1, other=2))
# that call installed the handler before complaining
print(root.handlers)
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True)
print(root.level, len(root.handlers), type(root.handlers[0]).__name__,
      root.handlers[0].stream is sys.stdout, root.handlers[0].formatter._fmt)
logging.debug('debug %s', 'arg')
logging.info('info %d%%', 50)
logging.warning('warning')
logging.error('error %(a)s %(b)s', {'a': 1, 'b': 2})
logging.critical('critical')
logging.fatal('fatal')
logging.log(25, 'notice')
logging.log(logging.INFO, 'log info %s %s', 1, 2)
t(lambda: logging.log('INFO', 'x'))
logging.getLogger('app.sub').info('child message')
# a second basicConfig is ignored while the root has handlers
logging.basicConfig(format='IGNORED %(message)s')
logging.info('still basic')

logging.basicConfig(stream=sys.stdout, format='{levelname}|{name}|{message}', style='{', force=True)
logging.warning('brace style %s', 'ok')
logging.basicConfig(stream=sys.stdout, format='$levelname/${name}: $message', style='$', force=True)
logging.warning('dollar style')
logging.basicConfig(stream=sys.stdout, style='{', force=True, level='INFO')
logging.info('default brace format')
logging.basicConfig(stream=sys.stdout, style='$', force=True)
logging.info('default dollar format')
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('H2 %(message)s'))
logging.basicConfig(handlers=[h1, h2], format='H1 %(levelname)s %(message)s', force=True)
logging.warning('two handlers')
print(h1.formatter._fmt, h2.formatter._fmt)

# disable
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True)
logging.disable(logging.INFO)
logging.info('hidden')
logging.warning('shown after disable(INFO)')
print(root.manager.disable, root.isEnabledFor(logging.INFO), root.isEnabledFor(logging.WARNING))
logging.disable()
logging.critical('hidden too')
logging.disable(logging.NOTSET)
logging.debug('visible again')
t(lambda: logging.disable('NOPE'))
logging.disable('WARNING')
print(root.manager.disable)
logging.disable(0)

# module functions configure the root when it has no handlers
for h in root.handlers[:]:
    root.removeHandler(h)
saved = sys.stderr
sys.stderr = io.StringIO()
logging.warning('auto configured')
print(repr(sys.stderr.getvalue()), len(root.handlers), root.handlers[0].formatter._fmt)
sys.stderr = saved
print(root.handlers[0])
logging.shutdown()
