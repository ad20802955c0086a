"""warnings: issue, filter, show and record warning messages, as CPython 3.11's module.

The whole module is Python here (CPython's filter engine is C, `_warnings`); the observable
behaviour is the same: the filter list and its 3.11 defaults, the per-module
`__warningregistry__` that the "default", "module" and "once" actions consult, the
"file:line: Category: message" text on sys.stderr followed by the source line (linecache:
the sources the interpreter ran), and catch_warnings. One difference: a warning turned
into an exception by the "error" action is raised from this module, so an uncaught one's
traceback shows this module's frames after the caller's (docs/differences.md).
"""

import sys
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter: (action, message regex or None, category, module regex or None, lineno).
# The 3.11 defaults of a release build; the '__main__' module filter is a plain string,
# which matches by equality.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
_onceregistry = {}
onceregistry = _onceregistry
_filters_version = 0


def _filters_mutated():
    """Invalidates every __warningregistry__ (each records the version it was filled at)."""
    global _filters_version
    _filters_version += 1


# --- Showing -------------------------------------------------------------------------------

class WarningMessage(object):
    """One warning as showwarning() receives it; catch_warnings(record=True) lists these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # No tracemalloc here: CPython without tracing says how to get the allocation site.
        text += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for one warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default); programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# --- Filters -------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `message` and `module` are regular expressions matched at the start
    (the message case-insensitively); the newest filter is consulted first unless `append`."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter, the defaults included."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(text, category, module, lineno):
    """(action, filter) of the first filter matching the warning, else the default."""
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for index, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            return action, item
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(defaultaction).__name__)
    return defaultaction, None


# --- Issuing -------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning attributed to the caller (`stacklevel` 2: the caller's caller...)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    frame = sys._getframe(1)
    level = stacklevel
    while level > 1 and frame is not None:
        frame = frame.f_back
        level -= 1
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals["__name__"] if "__name__" in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning with its location given: the filters and registry decide whether
    it is shown, raised or dropped."""
    lineno = _index(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _choose_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        # Every action but "always" records the location; "once" also records the text
        # in the registry (the global one when there is none), "module" per registry.
        if registry is not None:
            registry[key] = True
        if action == "once":
            once = registry
            if once is None:
                once = onceregistry
                if not isinstance(once, dict):
                    raise TypeError("_warnings.onceregistry must be a dict, not '%s'"
                                    % type(once).__name__)
            if _already_warned(once, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category, 0), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _warn_unawaited_coroutine(qualname):
    """The interpreter's report of a coroutine freed before it ever ran (CPython's hook of
    the same name takes the coroutine; here it is being freed, so its __qualname__ comes)."""
    warn(f"coroutine '{qualname}' was never awaited", category=RuntimeWarning, stacklevel=2,
         source=qualname)


def _already_warned(registry, key, should_set):
    """Whether `registry` (reset when the filters changed since it was filled) holds
    `key`; records it when `should_set`."""
    version = registry.get("version")
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


# --- catch_warnings ------------------------------------------------------------------------

class catch_warnings(object):
    """Saves the filters and showwarning on entry and restores them on exit; with
    record=True, warnings are appended to the list __enter__ returns instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl
