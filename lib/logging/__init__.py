# logging for Bastion: levels (getLevelName/addLevelName), the Logger hierarchy by dotted
# names with propagation and effective levels (getLogger, root), LogRecord with its
# attributes (call site from sys._getframe), Formatter (%, { and $ styles, formatTime,
# formatException, formatStack), Filter/Filterer, Handler, StreamHandler, FileHandler,
# NullHandler, the last-resort handler, LoggerAdapter, basicConfig, disable, captureWarnings
# and shutdown. Bastion has no threads, so the handler and module locks do nothing; there is
# no os module, so process is a fixed number and paths are split by hand.
# Original code written for Bastion after CPython 3.11's documented behaviour.

import sys
import time
import io
import traceback
import re as _re
import warnings
from string import Template

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}

# Bastion runs one process with one thread; these stand in for the ids CPython reports.
_PROCESS_ID = 1
_THREAD_ID = 1


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or 'Level %s'."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# Locks: no threads in Bastion, so these do nothing.
def _acquireLock():
    pass


def _releaseLock():
    pass


def _basename(path):
    cut = path.rfind('/')
    return path[cut + 1:] if cut >= 0 else path


def _stem(filename):
    cut = filename.rfind('.')
    return filename[:cut] if cut > 0 else filename


def _is_nonempty_mapping(value):
    if isinstance(value, dict):
        return bool(value)
    try:
        from collections.abc import Mapping
    except ImportError:
        return False
    return isinstance(value, Mapping) and bool(value)


class LogRecord:
    """One logged event: the message, its arguments and where and when it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        created = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args, tuple) and \
                _is_nonempty_mapping(args[0]):
            args = args[0]  # log('%(key)s', {'key': ...})
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _stem(self.filename)
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = int((created - int(created)) * 1000) + 0.0
        self.relativeCreated = (created - _startTime) * 1000
        if logThreads:
            self.thread = _THREAD_ID
            self.threadName = 'MainThread'
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = _PROCESS_ID if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are taken from a dict (e.g. one sent over a socket)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# --- Formatting styles --------------------------------------------------------------------

class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def _field_names(self):
        # the names in %(name)... conversions
        names = []
        fmt = self._fmt
        i = 0
        while True:
            i = fmt.find('%(', i)
            if i < 0:
                return names
            j = fmt.find(')', i)
            if j < 0:
                return names
            names.append(fmt[i + 2:j])
            i = j + 1

    def validate(self):
        if not self._has_field():
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self._style))

    _style = '%'

    def _has_field(self):
        fmt = self._fmt
        i = 0
        while True:
            i = fmt.find('%(', i)
            if i < 0:
                return False
            j = fmt.find(')', i)
            if j < 0:
                return False
            # after the name: flags, width, precision, then a conversion letter
            k = j + 1
            while k < len(fmt) and fmt[k] in '#0+- ':
                k += 1
            while k < len(fmt) and (fmt[k].isdigit() or fmt[k] in '.*'):
                k += 1
            if k < len(fmt) and fmt[k] in 'diouxXeEfFgGcrsa%':
                return True
            i = j + 1

    def _format(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
        else:
            values = record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    _style = '{'

    def _has_field(self):
        # at least one {field[!conversion][:spec]}; doubled braces are literal
        fmt = self._fmt
        found = False
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            if c == '}':
                if i + 1 < n and fmt[i + 1] == '}':
                    i += 2
                    continue
                raise ValueError("invalid format: Single '}' encountered in format string")
            if c != '{':
                i += 1
                continue
            if i + 1 < n and fmt[i + 1] == '{':
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("invalid format: expected '}' before end of string")
            field = fmt[i + 1:j - 1]
            spec_at = field.find(':')
            if spec_at >= 0:
                field = field[:spec_at]
            conv_at = field.find('!')
            if conv_at >= 0:
                conversion = field[conv_at + 1:]
                field = field[:conv_at]
                if conversion not in ('r', 's', 'a'):
                    raise ValueError('invalid format: invalid conversion: %r' % conversion)
            if not _re.fullmatch(r'(?:\d+|\w+)(?:\.\w+|\[[^\]]+\])*', field):
                raise ValueError('invalid format: invalid field name/expression: %r' % field)
            found = True
            i = j
        return found

    def validate(self):
        if not self._has_field():
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return self._fmt.format(**values)
        return self._fmt.format(**record.__dict__)


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'
    _style = '$'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def _has_field(self):
        fmt = self._fmt
        i = 0
        n = len(fmt)
        while True:
            i = fmt.find('$', i)
            if i < 0 or i + 1 >= n:
                return False
            c = fmt[i + 1]
            if c == '$':
                i += 2
                continue
            if c == '{' or c.isalpha() or c == '_':
                return True
            i += 1

    def validate(self):
        if not self._has_field():
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
        else:
            values = record.__dict__
        return self._tpl.substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter:
    """Turns a LogRecord into text with a format string in one of three styles."""

    converter = staticmethod(time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self._converter()(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        text = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def _converter(self):
        # `converter = time.gmtime` in a subclass body: CPython's time functions are
        # builtins, which do not bind as methods; Bastion's are Python functions, which
        # would, so take them from the class dict as they are.
        if 'converter' not in self.__dict__:
            for klass in type(self).__mro__:
                raw = klass.__dict__.get('converter')
                if raw is not None:
                    if raw is time.gmtime or raw is time.localtime:
                        return raw
                    break
        return self.converter

    def formatException(self, ei):
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        text = sio.getvalue()
        sio.close()
        if text[-1:] == "\n":
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            # cache the traceback text: every handler would produce the same
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + record.exc_text
        if record.stack_info:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        for record in records:
            parts.append(self.linefmt.format(record))
        parts.append(self.formatFooter(records))
        return "".join(parts)


# --- Filters --------------------------------------------------------------------------------

class Filter:
    """Lets through the records of one logger and its descendants ('' lets all through)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer:
    """Base of loggers and handlers: a list of filters (objects with filter(), or callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = getattr(f, 'filter', None)
            ok = check(record) if check is not None else f(record)
            if not ok:
                return False
        return True


# --- Handlers -------------------------------------------------------------------------------

_handlers = {}        # name -> handler
_handlerList = []     # weak references to every handler made, oldest first, for shutdown()


def _removeHandlerRef(wr):
    if wr in _handlerList:
        _handlerList.remove(wr)


def _addHandlerRef(handler):
    try:
        import weakref
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))
    except (ImportError, TypeError):
        _handlerList.append(lambda: handler)


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Called when emit() fails: reports the error on sys.stderr when raiseExceptions."""
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                sys.stderr.write('Call stack:\n')
                frame = sys._getframe(1) if hasattr(sys, '_getframe') else None
                if frame is not None:
                    traceback.print_stack(frame, file=sys.stderr)
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                del t, v, tb

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records, each followed by terminator, to a stream (sys.stderr)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


def _absolute(path):
    if path.startswith('/'):
        return path
    try:
        import os
        return os.path.abspath(path)
    except (ImportError, OSError):  # no working directory without the host's file access
        return path


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens (at once, or at the first record when delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if not isinstance(filename, str):
            filename = str(filename)
        self.baseFilename = _absolute(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode and encoding is None:
            self.encoding = 'locale'  # what io.text_encoding(None) names
        self.errors = errors
        self.delay = delay
        self._builtin_open = _file_opener()
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            pass

    def _open(self):
        encoding = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode, encoding=encoding,
                                  errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


def _file_opener():
    import builtins
    opener = getattr(builtins, 'open', None)
    if opener is None:
        opener = io.open
    return opener


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is when a record comes."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing; libraries add one so that their loggers have a handler."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# --- Loggers --------------------------------------------------------------------------------

_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class PlaceHolder:
    """Stands in loggerDict for a dotted name that only has descendants so far."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """Holds the logger hierarchy: loggerDict maps dotted names to loggers."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        found = self.loggerDict.get(name)
        if found is not None and not isinstance(found, PlaceHolder):
            return found
        klass = self.loggerClass or _loggerClass
        logger = klass(name)
        logger.manager = self
        self.loggerDict[name] = logger
        self._link(logger, found)
        return logger

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link(self, logger, placeholder):
        # Parent: the nearest ancestor name that is a logger; the ancestors in between get
        # placeholders naming this logger among their descendants.
        name = logger.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(entry, PlaceHolder):
                entry.append(logger)
            else:
                parent = entry
            cut = name.rfind('.', 0, cut)
        logger.parent = parent if parent is not None else self.root
        # Descendants made first: those whose parent is above this logger now hang from it.
        if placeholder is not None:
            below = name + '.'
            for child in placeholder.loggerMap:
                if child.parent is self.root or not child.parent.name.startswith(below):
                    child.parent = logger

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel for log records; names with dots form a hierarchy."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line number, function name, stack text) of the logging call."""
        frame = _caller_frame()
        while stacklevel > 1 and frame is not None:
            frame = _outside_logging(frame.f_back)
            stacklevel -= 1
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        sinfo = None
        if stack_info:
            sio = io.StringIO()
            sio.write('Stack (most recent call last):\n')
            traceback.print_stack(frame, file=sio)
            sinfo = sio.getvalue()
            if sinfo[-1:] == '\n':
                sinfo = sinfo[:-1]
            sio.close()
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        seen = 0
        logger = self
        while logger:
            for hdlr in logger.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if seen == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger, adding contextual information (extra) to each call via process()."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# --- Call sites -----------------------------------------------------------------------------

def _this_file():
    return _caller_file_marker.__code__.co_filename


def _caller_file_marker():
    pass


_srcfile = _this_file()


def _is_internal(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or ('importlib' in filename and '_bootstrap' in filename)


def _outside_logging(frame):
    while frame is not None and _is_internal(frame):
        frame = frame.f_back
    return frame


def _caller_frame():
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        frame = getframe(1)
    except ValueError:
        return None
    return _outside_logging(frame)


# --- Module-level functions -----------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler with a formatter, unless it already has handlers
    (force=True removes them first)."""
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be "
                                 "specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                elif encoding is None:
                    encoding = 'locale'
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                stream = kwargs.pop("stream", None)
                h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ', '.join(kwargs.keys())
            raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """The logger with this dotted name (made on first use); the root logger for none."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = _checkLevel(level)


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (registered with atexit)."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if not h:
                continue
            h.acquire()
            try:
                h.flush()
                h.close()
            except (OSError, ValueError):
                pass
            finally:
                h.release()
        except Exception:
            if raiseExceptions:
                raise


try:
    import atexit as _atexit
    _atexit.register(shutdown)
except ImportError:
    pass


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Sends a warning to the 'py.warnings' logger (with captureWarnings(True))."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        text = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(text))


def captureWarnings(capture):
    """Route warnings to logging (True) or back to their own display (False)."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
