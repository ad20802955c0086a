// sys_module.cpp: the sys module — argv, path, modules, limits, version facts, flags,
// exit, intern, refcounts, displayhook, and the text streams stdout/stderr/stdin. The stream class is a
// few lines of bundled Python (kStreamsSource) over two natives that write through the
// host's hooks, so a program may replace sys.stdout with any object that has write().
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "modules/module_table.h"
#include "objects/abstract.h"
#include "objects/bootstrap.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/generator.h"
#include "vm/module.h"
#include "vm/vm_natives.h"

namespace bastion {

namespace {

constexpr std::string_view kStreamsSource = R"PY(
class TextIOWrapper:
    def __init__(self, name, fd, mode):
        self.name = name
        self.mode = mode
        self._fd = fd
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        _write(self._fd, s)
        return len(s)
    def flush(self):
        _flush(self._fd)
    def readline(self):
        return _readline()
    def isatty(self):
        return False
    def writable(self):
        return self._fd != 0
    def readable(self):
        return self._fd == 0
    def fileno(self):
        return self._fd
    def __repr__(self):
        return "<_io.TextIOWrapper name='" + self.name + "' mode='" + self.mode + "' encoding='utf-8'>"
stdin = __stdin__ = TextIOWrapper('<stdin>', 0, 'r')
stdout = __stdout__ = TextIOWrapper('<stdout>', 1, 'w')
stderr = __stderr__ = TextIOWrapper('<stderr>', 2, 'w')
del TextIOWrapper
class _Implementation:
    name = 'bastion'
    cache_tag = None
    def __repr__(self):
        return "namespace(name='bastion', cache_tag=None, version=" + repr(self.version) + ")"
implementation = _Implementation()
implementation.version = version_info
class version_info(tuple):
    __slots__ = ()
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return 'sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)' % tuple(self)
version_info = implementation.version = version_info(implementation.version)
def _structseq(name, fields, values):
    def make_getter(i):
        return property(lambda self: self[i])
    ns = {'__slots__': (), '__module__': 'sys'}
    for i, f in enumerate(fields):
        ns[f] = make_getter(i)
    def __repr__(self):
        return 'sys.' + name + '(' + ', '.join(f + '=' + repr(v) for f, v in zip(fields, self)) + ')'
    ns['__repr__'] = __repr__
    return type(name, (tuple,), ns)(values)
float_info = _structseq('float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds'), (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
    -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _structseq('int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'), (64, 8, 0, 640))
hash_info = _structseq('hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff'), (64, 2305843009213693951, 314159, 0, 1000003, 'bastion', 64, 0, 0))
flags = _structseq('flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
    'int_max_str_digits'), (0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, False, 1, 0, True, 0))
del _structseq
_asyncgen_hooks = type('asyncgen_hooks', (tuple,), {
    '__slots__': (), '__module__': 'sys',
    'firstiter': property(lambda self: self[0]), 'finalizer': property(lambda self: self[1]),
    '__repr__': lambda self: 'asyncgen_hooks(firstiter=%r, finalizer=%r)' % tuple(self)})
def get_asyncgen_hooks():
    return _asyncgen_hooks(_get_asyncgen_hooks())
maxunicode = 0x10FFFF
float_repr_style = 'short'
api_version = 1013
copyright = 'Bastion: a memory-safe Python 3.11 interpreter.'
prefix = exec_prefix = base_prefix = base_exec_prefix = ''  # no installation on disk
platlibdir = 'lib'
orig_argv = list(argv)
warnoptions = []  # the CLI has no -W option: always empty at startup, as CPython without -W
_xoptions = {}  # nor -X
def getdefaultencoding():
    return 'utf-8'
def getfilesystemencoding():
    return 'utf-8'
def getfilesystemencodeerrors():
    return 'surrogateescape'
def displayhook(value):
    # The interactive echo of an expression statement (PRINT_EXPR), as CPython's.
    if value is None:
        return
    import builtins
    builtins._ = None
    text = repr(value)
    out = globals().get('stdout')
    if out is None:
        raise RuntimeError('lost sys.stdout')
    out.write(text)
    out.write('\n')
    builtins._ = value
__displayhook__ = displayhook
stdlib_module_names = frozenset(_stdlib_module_names)
del _stdlib_module_names
executable = ''  # CPython's value when the interpreter's path is unknown
_no_default = object()
def getsizeof(object, default=_no_default):
    try:
        size = type(object).__sizeof__(object)
    except (AttributeError, TypeError):
        if default is not _no_default:
            return default
        raise TypeError("Type %s doesn't define __sizeof__" % type(object).__name__) from None
    if not isinstance(size, int):
        raise TypeError("an integer is required")
    if size < 0:
        raise ValueError("__sizeof__() should return >= 0")
    return size
del _Implementation
)PY";

Result<Ref> sys_write(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_write", 2, 2));
    int64_t fd = 0;
    if (!int_to_i64(args.items[0], &fd) || !is_str(interp, args.items[1]))
        return interp.raise(interp.exc.TypeError, "_write(fd, str)");
    auto* s = static_cast<StrObject*>(args.items[1].obj());
    std::string text = s->ascii ? std::string(s->ascii_view()) : str_to_utf8(s);
    if (fd == 2)
        interp.write_stderr(text);
    else
        interp.write_stdout(text);
    return interp.new_none();
}

Result<Ref> sys_flush(Interpreter& interp, CallArgs args) {
    int64_t fd = 1;
    if (args.npos == 1)
        (void)int_to_i64(args.items[0], &fd);
    std::fflush(fd == 2 ? stderr : stdout);
    return interp.new_none();
}

Result<Ref> sys_readline(Interpreter& interp, CallArgs args) {
    if (!interp.host_io)
        return interp.raise(interp.exc.PermissionError,
                            "sys.stdin is not available: the host has not enabled file and console access");
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF) {
        if (interp.limits.max_memory_bytes != 0 && line.size() >= interp.limits.max_memory_bytes)
            return interp.no_memory(); // a line longer than the memory limit is never buffered
        line.push_back(static_cast<char>(c));
        if (c == '\n')
            break;
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, line));
    return Ref(std::move(s));
}

Result<Ref> sys_exit(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "sys.exit"));
    BASTION_TRY(check_positional(interp, args, "exit", 0, 1));
    Ref exc;
    if (args.npos == 0) {
        BASTION_TRY_ASSIGN(exc, call_positional(interp, Value(interp.exc.SystemExit), {}));
    } else {
        BASTION_TRY_ASSIGN(exc, call_positional(interp, Value(interp.exc.SystemExit), {args.items[0]}));
    }
    return interp.raise_object(exc);
}

Result<Ref> sys_getrecursionlimit(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "sys.getrecursionlimit", 0, 0));
    return int_from_i64(interp, interp.recursion_limit);
}

Result<Ref> sys_setrecursionlimit(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "sys.setrecursionlimit"));
    BASTION_TRY(check_positional(interp, args, "sys.setrecursionlimit", 1, 1));
    if (is_instance_exact(interp, args.items[0], interp.types.float_))
        return interp.raise(interp.exc.TypeError, "'float' object cannot be interpreted as an integer");
    BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, args.items[0]));
    if (n < 1)
        return interp.raise(interp.exc.ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX)
        return interp.raise(interp.exc.OverflowError, "Python int too large to convert to C int");
    if (static_cast<uint32_t>(n) <= interp.python_depth)
        return interp.raise_fmt(interp.exc.RecursionError,
                                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                                n, interp.python_depth);
    interp.recursion_limit = static_cast<uint32_t>(n);
    return interp.new_none();
}

Result<Ref> sys_getrefcount(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "sys.getrefcount", 1, 1));
    Value v = args.items[0];
    // Small ints are unboxed and so have no count; report a large constant like CPython's immortals.
    if (!v.is_obj())
        return int_from_i64(interp, 1000000000);
    return int_from_i64(interp, static_cast<int64_t>(v.obj()->refcount));
}

Result<Ref> sys_intern(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "sys.intern", 1, 1));
    if (!is_instance_exact(interp, args.items[0], interp.types.str))
        return interp.raise_fmt(interp.exc.TypeError, "intern() argument must be str, not {}",
                                type_of(interp, args.items[0])->name);
    StrObject* s = interp.intern(static_cast<StrObject*>(args.items[0].obj()));
    if (!s)
        return interp.no_memory();
    return Ref::borrow(Value(s));
}

Result<Ref> sys_get_int_max_str_digits(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "sys.get_int_max_str_digits", 0, 0));
    // DIFFERENCE: int<->str conversion is subquadratic, so there is no limit (0).
    return Ref::small_int(0);
}

Result<Ref> sys_set_int_max_str_digits(Interpreter& interp, CallArgs args) {
    Value out[1];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"set_int_max_str_digits", {"maxdigits"}, 1}, out));
    BASTION_TRY_ASSIGN(int64_t n, index_to_i64(interp, out[0]));
    if (n != 0 && n < 640)
        return interp.raise(interp.exc.ValueError, "maxdigits must be 0 or larger than 640");
    // Accepted for compatibility; conversions stay unlimited (docs/differences.md).
    return interp.new_none();
}

Status set(Interpreter& interp, DictObject* d, std::string_view name, Value v) {
    StrObject* key = interp.intern(name);
    if (!key)
        return interp.no_memory();
    return dict_set_str(interp, d, key, v);
}

Result<Ref> str_value(Interpreter& interp, std::string_view text) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return Ref(std::move(s));
}

struct SysFunction {
    std::string_view name;
    NativeFunction fn;
};

const SysFunction kFunctions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getrefcount", sys_getrefcount},
    {"intern", sys_intern},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"_getframe", sys__getframe},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
    {"_get_asyncgen_hooks", sys_get_asyncgen_hooks_tuple},
    {"excepthook", sys_excepthook},
    {"_write", sys_write},
    {"_flush", sys_flush},
    {"_readline", sys_readline},
};

} // namespace

Status init_sys_module(Interpreter& interp) {
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, "sys"));
    DictObject* d = module_dict(module);
    for (const SysFunction& f : kFunctions) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, f.name, f.fn, "sys"));
        BASTION_TRY(set(interp, d, f.name, fn));
    }

    BASTION_TRY_ASSIGN(Own<ListObject> argv, list_new(interp));
    for (const std::string& a : interp.argv) {
        BASTION_TRY_ASSIGN(Ref s, str_value(interp, a));
        BASTION_TRY(list_append(interp, argv.get(), s));
    }
    BASTION_TRY(set(interp, d, "argv", Value(argv.get())));
    BASTION_TRY_ASSIGN(Own<ListObject> path, list_new(interp));
    BASTION_TRY(set(interp, d, "path", Value(path.get())));
    BASTION_TRY_ASSIGN(Own<ListObject> meta_path, list_new(interp)); // finders (vm/import.cpp)
    BASTION_TRY(set(interp, d, "meta_path", Value(meta_path.get())));
    if (!interp.modules) {
        BASTION_TRY_ASSIGN(Own<DictObject> modules, dict_new(interp));
        interp.modules = std::move(modules);
    }
    BASTION_TRY(set(interp, d, "modules", interp.modules));

    BASTION_TRY_ASSIGN(Ref maxsize, int_from_i64(interp, INT64_MAX));
    BASTION_TRY(set(interp, d, "maxsize", maxsize));
    BASTION_TRY_ASSIGN(Ref byteorder, str_value(interp, "little"));
    BASTION_TRY(set(interp, d, "byteorder", byteorder));
    BASTION_TRY_ASSIGN(Ref platform, str_value(interp, "linux"));
    BASTION_TRY(set(interp, d, "platform", platform));
    BASTION_TRY_ASSIGN(Ref version, str_value(interp, "3.11.0 (bastion 0.1.0)"));
    BASTION_TRY(set(interp, d, "version", version));
    BASTION_TRY_ASSIGN(Ref final_str, str_value(interp, "final"));
    BASTION_TRY_ASSIGN(Own<TupleObject> version_info,
                       tuple_of(interp, {Value::small_int(3), Value::small_int(11), Value::small_int(0), final_str,
                                         Value::small_int(0)}));
    BASTION_TRY(set(interp, d, "version_info", Value(version_info.get())));
    BASTION_TRY(set(interp, d, "dont_write_bytecode", Value(interp.true_)));

    BASTION_TRY(set(interp, d, "__excepthook__", dict_get_str(d, interp.intern("excepthook"))));

    interp.sys_module = module;
    BASTION_TRY(dict_set_str(interp, static_cast<DictObject*>(interp.modules.obj()), interp.intern("sys"), module));
    // `import builtins`: a module whose namespace is the builtins dict itself.
    BASTION_TRY_ASSIGN(Ref builtins, module_new(interp, "builtins"));
    static_cast<ModuleObject*>(builtins.obj())->dict = interp.builtins;
    static_cast<ModuleObject*>(builtins.obj())->builtin = true;
    BASTION_TRY(dict_set_str(interp, static_cast<DictObject*>(interp.modules.obj()), interp.intern("builtins"), builtins));

    // builtin_module_names: the native modules and the two made here, sorted (CPython's
    // compiled-in modules); stdlib_module_names: those and the bundled Python modules.
    std::vector<std::string_view> builtin_names{"builtins", "sys"};
    for (const NativeModuleDef& m : native_modules())
        builtin_names.push_back(m.name);
    std::sort(builtin_names.begin(), builtin_names.end());
    BASTION_TRY_ASSIGN(Own<ListObject> names, list_new(interp));
    for (std::string_view n : builtin_names) {
        BASTION_TRY_ASSIGN(Ref s, str_value(interp, n));
        BASTION_TRY(list_append(interp, names.get(), s));
    }
    BASTION_TRY_ASSIGN(Ref builtin_tuple, call_positional(interp, Value(interp.types.tuple), {Value(names.get())}));
    BASTION_TRY(set(interp, d, "builtin_module_names", builtin_tuple));
    for (const FrozenModule& m : frozen_modules()) {
        if (m.name.find('.') == std::string_view::npos) {
            BASTION_TRY_ASSIGN(Ref s, str_value(interp, m.name));
            BASTION_TRY(list_append(interp, names.get(), s));
        }
    }
    BASTION_TRY(set(interp, d, "_stdlib_module_names", Value(names.get())));

    // The text streams, defined in Python inside the sys namespace.
    BASTION_TRY_ASSIGN(Ref r, interp.eval_source(kStreamsSource, "<sys>", Value(d), Value(d)));
    (void)r;
    return {};
}

} // namespace bastion
