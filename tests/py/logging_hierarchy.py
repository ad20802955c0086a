# logging: dotted-name hierarchy, propagation, effective levels, filters on loggers and
# handlers, Filter by name, LoggerAdapter, extra, handler levels, NullHandler, reprs
import logging
import sys
import io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


root = logging.getLogger()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
root.addHandler(out)
root.addHandler(out)
print(len(root.handlers))

# children created before parents get re-parented
c = logging.getLogger('a.b.c')
print(c.parent.name)
b = logging.getLogger('a.b')
print(c.parent.name, b.parent.name)
a = logging.getLogger('a')
print(c.parent.name, b.parent.name, a.parent.name)
x = logging.getLogger('a.x.y')
print(x.parent.name, logging.getLogger('a.x').parent.name, x.parent.name)
print(logging.getLogger('a.b') is b, a.getChild('b') is b, a.getChild('b.c') is c,
      root.getChild('a') is a)
print(type(logging.getLogger('a.b.c').manager).__name__, 'a.x' in root.manager.loggerDict)
print(a, b, c, root)

a.setLevel(logging.ERROR)
print(c.getEffectiveLevel(), b.getEffectiveLevel(), c.isEnabledFor(logging.WARNING))
b.setLevel('DEBUG')
print(c.getEffectiveLevel(), c.isEnabledFor(logging.DEBUG), repr(c))
c.debug('debug via b level')
a.warning('not shown: a is ERROR')
a.error('shown')

# handlers on a logger, propagation
ha = logging.StreamHandler(sys.stdout)
ha.setFormatter(logging.Formatter('[A] %(name)s %(message)s'))
a.addHandler(ha)
c.info('propagates to a and root')
b.propagate = False
c.info('stops at b: nothing')
b.propagate = True
ha.setLevel(logging.WARNING)
c.info('a handler level too high')
c.warning('a handler passes warning')
print(c.hasHandlers(), logging.getLogger('zzz').hasHandlers())
a.removeHandler(ha)
a.removeHandler(ha)

# logger filters and handler filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

f = OnlyOdd()
c.addFilter(f)
c.addFilter(f)
print(len(c.filters))
for i in range(4):
    c.info('n=%d', i)
c.removeFilter(f)
c.removeFilter(f)
c.addFilter(lambda record: 'secret' not in record.getMessage())
c.info('public')
c.info('secret stuff')
c.filters.clear()

nf = logging.Filter('a.b')
for name in ('a.b', 'a.b.c', 'a.bc', 'a', 'x.a.b'):
    rec = logging.makeLogRecord({'name': name})
    print(name, nf.filter(rec))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))
out.addFilter(logging.Filter('a.b'))
a.error('filtered out by root handler filter')
c.error('kept by root handler filter')
out.filters.clear()

# a logger's own filters apply only to records logged on it, not propagated ones
b.addFilter(lambda r: False)
c.error('b filter does not see this')
b.error('b filter drops this')
b.filters.clear()

# disabled loggers
c.disabled = True
c.error('disabled')
c.disabled = False

# LoggerAdapter and extra
out.setFormatter(logging.Formatter('%(name)s:%(message)s user=%(user)s'))
ad = logging.LoggerAdapter(c, {'user': 'ann'})
ad.info('adapter %s', 'info')
ad.warning('adapter warning')
ad.error('adapter error')
ad.critical('adapter critical')
ad.debug('adapter debug')
ad.log(logging.WARNING, 'adapter log')
print(ad, ad.name, ad.manager is root.manager, ad.isEnabledFor(logging.DEBUG),
      ad.getEffectiveLevel(), ad.hasHandlers(), ad.extra)
ad.setLevel(logging.WARNING)
print(c.level)
ad.info('now filtered')

class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return '[%s] %s' % (self.extra['user'], msg), kwargs

p = Prefixed(c, {'user': 'bob'})
p.warning('custom process')
c.warning('explicit extra', extra={'user': 'zed'})
t(lambda: c.warning('bad extra', extra={'message': 1}))
t(lambda: c.warning('bad extra', extra={'levelname': 1}))
t(lambda: c.log('WARNING', 'x'))
out.setFormatter(logging.Formatter('%(name)s:%(message)s'))

# handler basics
h = logging.Handler()
print(h, h.level, h.formatter, h.name, h.filters)
t(lambda: h.emit(None))
h.set_name('mine')
print(h.name, h.get_name())
h.setLevel('INFO')
print(h)
print(logging.NullHandler(), logging.StreamHandler(sys.stdout).terminator)
sh = logging.StreamHandler(io.StringIO())
sh.terminator = '|'
lg = logging.getLogger('term')
lg.propagate = False
lg.addHandler(sh)
lg.warning('one')
lg.warning('two')
print(repr(sh.stream.getvalue()))
old = sh.setStream(sys.stdout)
print(type(old).__name__, sh.setStream(sys.stdout))
lg.warning('three')
print()
nl = logging.getLogger('lib')
nl.addHandler(logging.NullHandler())
nl.propagate = False
nl.error('swallowed by NullHandler')
print(logging.getLoggerClass() is logging.Logger)

class MyLogger(logging.Logger):
    pass

logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('made.by.mine')).__name__, type(logging.getLogger('a')).__name__)
logging.setLoggerClass(logging.Logger)
t(lambda: logging.setLoggerClass(int))

# deprecated warn(), placeholders in loggerDict, root's child, hasHandlers and propagate
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    c.warn('old style %s', 'warn')
    logging.warn('module warn')
    ad.warn('adapter warn')
for w in caught:
    print(w.category.__name__, w.message, w.filename.rsplit('/', 1)[-1], w.lineno)
logging.getLogger('p.q.r')
print(type(root.manager.loggerDict['p.q']).__name__, type(root.manager.loggerDict['p']).__name__)
print(sorted(k for k in root.manager.loggerDict if k.startswith('p')))
print(root.getChild('kid').name, logging.getLogger('kid').parent is root)
iso = logging.getLogger('iso')
iso.propagate = False
print(iso.hasHandlers(), logging.getLogger('iso.kid').hasHandlers())
iso.addHandler(logging.NullHandler())
print(logging.getLogger('iso.kid').hasHandlers())
print(repr(logging.getLogger('iso.kid')), logging.getLogger('iso.kid').getEffectiveLevel())
root.setLevel(logging.NOTSET)
print(repr(root), root.getEffectiveLevel(), root.isEnabledFor(1))
root.setLevel(logging.WARNING)
import re
out.setStream(io.StringIO())
logging.exception('module exception outside handler')
try:
    raise KeyError('inside')
except KeyError:
    logging.exception('module exception')
    logging.error('error with exc_info', exc_info=True)
text = out.setStream(sys.stdout).getvalue()
print(re.sub(r'File "[^"]*/', 'File "', text))
