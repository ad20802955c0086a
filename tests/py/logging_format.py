# logging: Formatter (styles, validation, defaults, asctime/formatTime/datefmt/msecs with a
# fixed converter, exceptions, stack_info), LogRecord attributes and call sites, mapping
# arguments, exception()/exc_info, captureWarnings, handleError, shutdown
import logging
import sys
import io
import time
import warnings
import re


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def clean(text):
    # paths differ between runs: keep only the file names
    text = re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', text)
    return re.sub(r'[^\s"]*/([^/\s"]+\.py):', r'\1:', text)


lg = logging.getLogger('fmt')
lg.propagate = False
lg.setLevel(logging.DEBUG)
buf = io.StringIO()
h = logging.StreamHandler(buf)
lg.addHandler(h)


def emit(fmt, *args, style='%', datefmt=None, **kw):
    h.setFormatter(logging.Formatter(fmt, datefmt, style))
    lg.info(*args, **kw)
    print(repr(clean(buf.getvalue())))
    buf.seek(0)
    buf.truncate()


def where():
    emit('%(filename)s %(module)s %(funcName)s %(lineno)d %(levelno)s %(levelname)s', 'x')


where()
emit('%(message)s', 'plain')
emit(None, 'default format %s', 'arg')
emit('%(name)-6s|%(levelname)8s|%(message)r', 'padded')
emit('{name!r:>8} {levelname:.4} {message}', 'brace', style='{')
emit('${name} $levelname ${message}$$', 'dollar', style='$')
emit('%(threadName)s %(processName)s', 'ids')
emit('%(message)s', 'mapping %(k)s %(n)d', {'k': 'v', 'n': 3})
emit('%(message)s', 'tuple %s', (1, 2))
emit('%(message)s', 'empty mapping %s', {})
emit('%(message)s', ['not', 'a', 'string'])
emit('%(message)s', 'extra %s', 1, extra={'ctx': 'c'})
emit('%(ctx)s %(message)s', 'extra field', extra={'ctx': 'c'})

t(lambda: logging.Formatter('no fields'))
t(lambda: logging.Formatter('{bad', style='{'))
t(lambda: logging.Formatter('a } b {message}', style='{'))
t(lambda: logging.Formatter('{message!x}', style='{'))
t(lambda: logging.Formatter('{a-b}', style='{'))
t(lambda: logging.Formatter('{{message}}', style='{'))
t(lambda: logging.Formatter('$$message', style='$'))
t(lambda: logging.Formatter('%%(message)s')._fmt)
t(lambda: logging.Formatter('%(message)'))
print(logging.Formatter('{message}', style='{')._fmt, logging.Formatter('$message', style='$')._fmt)
print(logging.Formatter(style='{')._fmt, logging.Formatter(style='$')._fmt)
t(lambda: logging.Formatter('{message}', style='%'))
t(lambda: logging.Formatter('%(message)s', style='{'))
t(lambda: logging.Formatter('no dollar', style='$'))
t(lambda: logging.Formatter('x', style='#'))
print(logging.Formatter('no fields', validate=False)._fmt)
f = logging.Formatter('%(message)s %(app)s', defaults={'app': 'demo'})
print(f.format(logging.makeLogRecord({'msg': 'with default'})))
print(f.format(logging.makeLogRecord({'msg': 'override', 'app': 'mine'})))
t(lambda: logging.Formatter('%(missing)s').format(logging.makeLogRecord({'msg': 'm'})))
print(logging.Formatter().usesTime(), logging.Formatter('%(asctime)s').usesTime(),
      logging.Formatter('{asctime}', style='{').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime())

# times: a fixed creation time and a UTC converter
rec = logging.makeLogRecord({'msg': 'timed', 'created': 1700000000.25, 'msecs': 250.0,
                             'levelname': 'INFO', 'name': 'clock'})
f = logging.Formatter('%(asctime)s %(msecs)03d %(message)s')
f.converter = time.gmtime
print(f.format(rec))
print(f.formatTime(rec), f.formatTime(rec, '%d/%m/%Y %H-%M'))
f = logging.Formatter('%(asctime)s|%(message)s', datefmt='%Y%m%d')
f.converter = time.gmtime
print(f.format(rec))
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
f.default_msec_format = '%s.%03d'
print(f.format(rec))
f.default_msec_format = None
f.default_time_format = '%H:%M'
print(f.format(rec))
print(rec.asctime, rec.message)

class UTCFormatter(logging.Formatter):
    converter = time.gmtime

print(UTCFormatter('{asctime} {message}', style='{').format(rec))

# LogRecord attributes
r = logging.LogRecord('n.m', logging.WARNING, '/some/dir/prog.py', 42, 'hello %s', ('you',),
                      None, 'func', None)
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName,
      r.getMessage(), r.args, r.exc_info, r.exc_text, r.stack_info)
print(type(r.thread).__name__, type(r.process).__name__, r.threadName, r.processName)
print(type(r.created).__name__, type(r.msecs).__name__, 0 <= r.msecs < 1000,
      type(r.relativeCreated).__name__, r.relativeCreated >= 0)
print(repr(r))
r = logging.LogRecord('n', 10, 'prog', 1, 'm %(a)s', ({'a': 1},), None)
print(r.args, r.getMessage(), r.filename, r.module, r.funcName)
r = logging.makeLogRecord({'msg': 'made', 'custom': 5})
print(r.name, r.levelno, r.getMessage(), r.custom, r.pathname, r.lineno)
print(logging.getLogRecordFactory() is logging.LogRecord)

def factory(*args, **kwargs):
    rec = logging.LogRecord(*args, **kwargs)
    rec.tag = 'F'
    return rec

logging.setLogRecordFactory(factory)
emit('%(tag)s %(message)s', 'from factory')
logging.setLogRecordFactory(logging.LogRecord)

# exceptions
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('boom %d', 1)
    lg.error('with exc_info', exc_info=True)
    lg.info('no exc_info')
err = ValueError('kept')
lg.warning('exception object', exc_info=err)
lg.warning('tuple', exc_info=(KeyError, KeyError('k'), None))
lg.exception('outside except')
print(clean(buf.getvalue()))
buf.seek(0)
buf.truncate()

def inner():
    lg.info('with stack', stack_info=True)

inner()
print(clean(buf.getvalue()))
buf.seek(0)
buf.truncate()

def helper(msg):
    lg.info(msg, stacklevel=2)

def caller():
    helper('stacklevel 2')

h.setFormatter(logging.Formatter('%(funcName)s %(lineno)d %(message)s'))
caller()
helper('direct')
print(buf.getvalue())
buf.seek(0)
buf.truncate()
print(lg.findCaller()[1:3])

# warnings through logging
logging.captureWarnings(True)
pw = logging.getLogger('py.warnings')
pw.propagate = False
wbuf = io.StringIO()
wh = logging.StreamHandler(wbuf)
wh.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
pw.addHandler(wh)
warnings.warn('careful', UserWarning)
print(repr(clean(wbuf.getvalue())))
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig if hasattr(warnings, '_showwarning_orig') else True)

# errors while emitting go to handleError (stderr)
saved = sys.stderr
sys.stderr = io.StringIO()
lg.info('bad %d', 'not a number')
report = sys.stderr.getvalue()
sys.stderr = saved
print(report.splitlines()[0], 'TypeError' in report, report.splitlines()[-2:])
logging.raiseExceptions = False
sys.stderr = io.StringIO()
lg.info('bad %d', 'quiet')
print(repr(sys.stderr.getvalue()))
sys.stderr = saved
logging.raiseExceptions = True

class Closing(logging.Handler):
    def emit(self, record):
        pass
    def flush(self):
        print('flush', self.name)
    def close(self):
        print('close', self.name)
        super().close()

c1 = Closing()
c1.name = 'first'
c2 = Closing()
c2.name = 'second'
import weakref
logging.shutdown([weakref.ref(c1), weakref.ref(c2)])
