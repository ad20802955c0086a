// import.cpp: IMPORT_NAME / IMPORT_FROM / IMPORT_STAR and builtins.__import__: a basic
// import system with CPython's semantics for what it supports — sys.modules first, then
// `name.py` or `name/__init__.py` on sys.path and the main script's folder, packages
// through __path__, relative imports, the fromlist rule for the returned module, and
// CPython's ImportError/ModuleNotFoundError messages; finders on sys.meta_path
// (find_spec, then the loader's create_module/exec_module, as importlib's _load_unlocked)
// and namespace packages (PEP 420: directories without __init__.py, their portions
// collected across the search path). The built-in finders (native, bundled, then the
// path search) run after every entry of sys.meta_path, as if they were at its end.
// Not supported: path hooks, bytecode caches. The path search runs only when the host enabled
// file access (Interpreter::host_io). Bundled modules run the image compiled at build time
// (tools/freeze_lib.cpp), verified here like any compiled file, or their embedded source.
#include "vm/import.h"

#include "modules/module_table.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "serial/serial.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/module.h"
#include "vm/source_code.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"

namespace bastion {

void set_main_dir(Interpreter& interp, std::string dir) { interp.vm().main_dir = std::move(dir); }

namespace {

std::string text_of(Value s) { return str_to_utf8(static_cast<StrObject*>(s.obj())); }

Result<Ref> text_ref(Interpreter& interp, std::string_view s) {
    BASTION_TRY_ASSIGN(Own<StrObject> o, str_from_utf8(interp, s));
    return Ref(std::move(o));
}

DictObject* modules_dict(Interpreter& interp) { return static_cast<DictObject*>(interp.modules.obj()); }

Result<Ref> sys_modules_get(Interpreter& interp, std::string_view name) {
    if (!interp.modules)
        return Ref();
    BASTION_TRY_ASSIGN(Ref key, text_ref(interp, name));
    BASTION_TRY_ASSIGN(Value v, dict_get(interp, modules_dict(interp), key));
    return Ref::borrow(v);
}

// A module name as CPython's import messages show it: its repr ('a.b', "it's", 'a\\nb').
// Plain quotes when the repr cannot be made (out of memory: the error being built wins).
std::string name_repr(Interpreter& interp, std::string_view name) {
    auto s = str_from_utf8(interp, name);
    if (s.ok()) {
        auto r = repr(interp, Value(s.value().get()));
        if (r.ok())
            return str_to_utf8(r.value().get());
    }
    return fmt::format("'{}'", name);
}

Raised module_not_found(Interpreter& interp, std::string_view name, std::string message) {
    Raised r = interp.raise(interp.exc.ModuleNotFoundError, message);
    StrObject* attr = interp.names.name;
    auto value = text_ref(interp, name);
    if (attr && value.ok())
        (void)set_attr(interp, r.exception, attr, value.value());
    return r;
}

bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::stringstream buf;
    buf << in.rdbuf();
    *out = buf.str();
    return true;
}

bool is_file(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

std::string current_dir() {
    std::error_code ec;
    std::filesystem::path cwd = std::filesystem::current_path(ec);
    return ec || cwd.empty() ? std::string(".") : cwd.string();
}

bool is_directory(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

// Directories to search: the parent package's __path__, or sys.path + the main folder.
Result<std::vector<std::string>> search_dirs(Interpreter& interp, Value parent, std::string_view fullname,
                                             std::string_view parent_name) {
    std::vector<std::string> dirs;
    if (parent.is_null() && !interp.vm().main_dir.empty())
        dirs.push_back(interp.vm().main_dir); // sys.path[0] in CPython: the script's folder
    Value path_list;
    if (!parent.is_null()) {
        Value p = is_module(interp, parent) ? dict_get_str(module_dict(parent), interp.names.__path__) : Value();
        if (p.is_null())
            return module_not_found(interp, fullname,
                                    fmt::format("No module named {}; {} is not a package", name_repr(interp, fullname),
                                                name_repr(interp, parent_name)));
        path_list = p;
    } else if (interp.sys_module) {
        StrObject* key = interp.intern("path");
        path_list = key ? dict_get_str(module_dict(interp.sys_module), key) : Value();
    }
    if (!path_list.is_null() && is_list(interp, path_list))
        for (const Ref& item : static_cast<ListObject*>(path_list.obj())->items)
            if (is_str(interp, item))
                dirs.push_back(text_of(item));
    return dirs;
}

void forget_module(Interpreter& interp, std::string_view name) {
    auto key = text_ref(interp, name);
    if (key.ok())
        (void)dict_del(interp, modules_dict(interp), key.value());
}

// A source module's `__cached__`: where CPython 3.11 would keep its compiled form
// (importlib's cache_from_source). Bastion writes no cache; the name is informational, as
// programs print or compare it.
std::string cached_path_of(std::string_view source_path) {
    std::size_t slash = source_path.rfind('/');
    std::string_view dir = slash == std::string_view::npos ? std::string_view() : source_path.substr(0, slash + 1);
    std::string_view base = slash == std::string_view::npos ? source_path : source_path.substr(slash + 1);
    std::size_t dot = base.rfind('.');
    std::string_view stem = dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot);
    return fmt::format("{}__pycache__/{}.cpython-311.pyc", dir, stem);
}

// Runs a module from source: a file on disk, or (with `frozen`) a bundled module.
Result<Ref> load_source_module(Interpreter& interp, std::string_view fullname, const std::string& path,
                               bool is_package, const std::string& package_dir, const FrozenModule* frozen = nullptr) {
    std::string source;
    if (frozen != nullptr)
        source = std::string(frozen->source);
    else if (!read_file(path, &source))
        return module_not_found(interp, fullname, fmt::format("No module named {}", name_repr(interp, fullname)));
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, fullname));
    DictObject* d = module_dict(module);
    BASTION_TRY_ASSIGN(Ref file, text_ref(interp, path));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__file__, file));
    BASTION_TRY_ASSIGN(Ref cached, text_ref(interp, cached_path_of(path)));
    StrObject* k_cached = interp.intern("__cached__");
    if (k_cached == nullptr)
        return interp.no_memory();
    BASTION_TRY(dict_set_str(interp, d, k_cached, cached));
    std::string package = is_package ? std::string(fullname)
                                     : std::string(fullname.substr(0, fullname.rfind('.') == std::string_view::npos
                                                                           ? 0
                                                                           : fullname.rfind('.')));
    BASTION_TRY_ASSIGN(Ref package_ref, text_ref(interp, package));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__package__, package_ref));
    if (is_package) {
        BASTION_TRY_ASSIGN(Ref dir, text_ref(interp, package_dir));
        Value dir_value = dir;
        BASTION_TRY_ASSIGN(Own<ListObject> paths, list_new(interp, std::span<const Value>(&dir_value, 1)));
        BASTION_TRY(dict_set_str(interp, d, interp.names.__path__, Value(paths.get())));
    }
    BASTION_TRY(dict_set_str(interp, d, interp.names.__builtins__, interp.builtins));
    BASTION_TRY_ASSIGN(Ref key, text_ref(interp, fullname));
    BASTION_TRY(dict_set(interp, modules_dict(interp), key, module));

    register_source(interp, path, source);
    auto& importing = interp.vm().importing;
    importing.emplace_back(fullname);
    auto code = frozen != nullptr ? frozen_module_code(interp, *frozen, path)
                                  : compile_to_code(interp, source, path, compile::CompileMode::Exec);
    Status ran;
    if (!code.ok())
        ran = code.take_error();
    else
        ran = [&]() -> Status {
            BASTION_TRY_ASSIGN(Ref r, run_code(interp, code.value().get(), Value(d), Value(d)));
            return {};
        }();
    importing.pop_back();
    if (!ran.ok()) {
        forget_module(interp, fullname);
        return ran.take_error();
    }
    // CPython returns what sys.modules holds now (a module may replace itself).
    BASTION_TRY_ASSIGN(Ref result, sys_modules_get(interp, fullname));
    return result ? result : module;
}

// A native module (modules/module_table.h): a fresh module whose dict its init fills.
Result<Ref> load_native_module(Interpreter& interp, const NativeModuleDef& def) {
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, def.name));
    DictObject* d = module_dict(module);
    BASTION_TRY_ASSIGN(Ref key, text_ref(interp, def.name));
    BASTION_TRY(dict_set(interp, modules_dict(interp), key, module));
    Status filled = def.init(interp, d);
    if (!filled.ok()) {
        forget_module(interp, def.name);
        return filled.take_error();
    }
    return module;
}

// A namespace package (PEP 420): no code runs; __path__ lists its portions, __file__ is None.
Result<Ref> load_namespace_package(Interpreter& interp, std::string_view fullname,
                                   const std::vector<std::string>& portions) {
    BASTION_TRY_ASSIGN(Ref module, module_new(interp, fullname));
    DictObject* d = module_dict(module);
    BASTION_TRY(dict_set_str(interp, d, interp.names.__file__, Value(interp.none)));
    BASTION_TRY_ASSIGN(Ref package, text_ref(interp, fullname));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__package__, package));
    BASTION_TRY_ASSIGN(Own<ListObject> paths, list_new(interp));
    for (const std::string& portion : portions) {
        BASTION_TRY_ASSIGN(Ref dir, text_ref(interp, portion));
        BASTION_TRY(list_append(interp, paths.get(), dir));
    }
    BASTION_TRY(dict_set_str(interp, d, interp.names.__path__, Value(paths.get())));
    BASTION_TRY(dict_set(interp, modules_dict(interp), package, module));
    return module;
}

Result<StrObject*> name_key(Interpreter& interp, std::string_view name) {
    StrObject* key = interp.intern(name);
    if (key == nullptr)
        return interp.no_memory();
    return key;
}

// importlib's _init_module_attrs: __loader__, __package__, __spec__, __path__, __file__.
Status init_module_attrs(Interpreter& interp, Value module, Value spec, Value loader, std::string_view fullname) {
    BASTION_TRY_ASSIGN(StrObject * k_loader, name_key(interp, "__loader__"));
    BASTION_TRY_ASSIGN(StrObject * k_spec, name_key(interp, "__spec__"));
    BASTION_TRY_ASSIGN(StrObject * k_parent, name_key(interp, "parent"));
    BASTION_TRY_ASSIGN(StrObject * k_locations, name_key(interp, "submodule_search_locations"));
    BASTION_TRY_ASSIGN(StrObject * k_origin, name_key(interp, "origin"));
    BASTION_TRY_ASSIGN(StrObject * k_has_location, name_key(interp, "has_location"));
    BASTION_TRY(set_attr(interp, module, k_loader, loader));
    BASTION_TRY_ASSIGN(Ref parent, get_attr_opt(interp, spec, k_parent));
    if (!parent) {
        std::size_t dot = fullname.rfind('.');
        BASTION_TRY_ASSIGN(parent, text_ref(interp, dot == std::string_view::npos ? "" : fullname.substr(0, dot)));
    }
    BASTION_TRY(set_attr(interp, module, interp.names.__package__, parent));
    BASTION_TRY(set_attr(interp, module, k_spec, spec));
    BASTION_TRY_ASSIGN(Ref locations, get_attr_opt(interp, spec, k_locations));
    if (locations && !locations.get().is(Value(interp.none)))
        BASTION_TRY(set_attr(interp, module, interp.names.__path__, locations));
    BASTION_TRY_ASSIGN(Ref has_location, get_attr_opt(interp, spec, k_has_location));
    bool located = false;
    if (has_location) {
        BASTION_TRY_ASSIGN(located, is_true(interp, has_location));
    }
    if (located) {
        BASTION_TRY_ASSIGN(Ref origin, get_attr_opt(interp, spec, k_origin));
        if (origin)
            BASTION_TRY(set_attr(interp, module, interp.names.__file__, origin));
    }
    return {};
}

// importlib's module_from_spec + _load_unlocked for a spec a sys.meta_path finder returned.
Result<Ref> load_from_spec(Interpreter& interp, std::string_view fullname, Value spec) {
    BASTION_TRY_ASSIGN(StrObject * k_loader, name_key(interp, "loader"));
    BASTION_TRY_ASSIGN(StrObject * k_create, name_key(interp, "create_module"));
    BASTION_TRY_ASSIGN(StrObject * k_exec, name_key(interp, "exec_module"));
    BASTION_TRY_ASSIGN(StrObject * k_load, name_key(interp, "load_module"));
    BASTION_TRY_ASSIGN(Ref loader, get_attr_opt(interp, spec, k_loader));
    if (!loader)
        loader = Ref::borrow(Value(interp.none));
    bool has_loader = !loader.get().is(Value(interp.none));
    Ref exec, legacy_load;
    if (has_loader) {
        BASTION_TRY_ASSIGN(exec, get_attr_opt(interp, loader, k_exec));
        if (!exec) {
            BASTION_TRY_ASSIGN(legacy_load, get_attr_opt(interp, loader, k_load));
            if (legacy_load) { // the legacy protocol: the loader makes and registers the module
                BASTION_TRY_ASSIGN(Ref name, text_ref(interp, fullname));
                return call_positional(interp, legacy_load, {name});
            }
        }
    }
    Ref module;
    if (has_loader) {
        BASTION_TRY_ASSIGN(Ref create, get_attr_opt(interp, loader, k_create));
        if (create) {
            BASTION_TRY_ASSIGN(module, call_positional(interp, create, {spec}));
            if (module.get().is(Value(interp.none)))
                module = Ref();
        } else if (exec) {
            return interp.raise(interp.exc.ImportError, "loaders that define exec_module() must also define create_module()");
        }
    }
    if (!module) {
        BASTION_TRY_ASSIGN(module, module_new(interp, fullname));
    }
    BASTION_TRY(init_module_attrs(interp, module, spec, loader, fullname));
    BASTION_TRY_ASSIGN(Ref key, text_ref(interp, fullname));
    BASTION_TRY(dict_set(interp, modules_dict(interp), key, module));
    if (!has_loader)
        return module; // a namespace package's spec
    if (!exec) {
        forget_module(interp, fullname);
        return interp.raise(interp.exc.ImportError, "loader has neither exec_module() nor load_module()");
    }
    auto& importing = interp.vm().importing;
    importing.emplace_back(fullname);
    auto ran = call_positional(interp, exec, {module});
    importing.pop_back();
    if (!ran.ok()) {
        forget_module(interp, fullname);
        return ran.take_error();
    }
    BASTION_TRY_ASSIGN(Ref result, sys_modules_get(interp, fullname));
    if (!result)
        return module_not_found(interp, fullname, fmt::format("No module named {}", name_repr(interp, fullname)));
    return result;
}

// Asks each finder on sys.meta_path (a snapshot: finders may change the list) for a spec;
// null when none has one.
Result<Ref> find_with_meta_path(Interpreter& interp, std::string_view fullname, Value parent) {
    if (!interp.sys_module)
        return Ref();
    BASTION_TRY_ASSIGN(StrObject * k_meta_path, name_key(interp, "meta_path"));
    BASTION_TRY_ASSIGN(StrObject * k_find_spec, name_key(interp, "find_spec"));
    Value meta_path = dict_get_str(module_dict(interp.sys_module), k_meta_path);
    if (meta_path.is_null() || !is_list(interp, meta_path))
        return Ref();
    auto* list = static_cast<ListObject*>(meta_path.obj());
    if (list->items.empty())
        return Ref();
    std::vector<Value> items;
    for (const Ref& item : list->items)
        items.push_back(item);
    BASTION_TRY_ASSIGN(Own<TupleObject> finders, tuple_from(interp, items));
    Ref path = Ref::borrow(Value(interp.none));
    if (!parent.is_null() && is_module(interp, parent)) {
        Value p = dict_get_str(module_dict(parent), interp.names.__path__);
        if (!p.is_null())
            path = Ref::borrow(p);
    }
    BASTION_TRY_ASSIGN(Ref name, text_ref(interp, fullname));
    for (int64_t i = 0; i < finders->size; ++i) {
        BASTION_TRY_ASSIGN(Ref find_spec, get_attr_opt(interp, finders->at(i), k_find_spec));
        if (!find_spec)
            continue;
        BASTION_TRY_ASSIGN(Ref spec, call_positional(interp, find_spec, {name, path, Value(interp.none)}));
        if (!spec.get().is(Value(interp.none)))
            return load_from_spec(interp, fullname, spec);
    }
    return Ref();
}

// Bundled modules show this path in tracebacks (their source is registered, so lines print).
constexpr std::string_view kLibPrefix = "/bastion/lib/";

Result<Ref> find_and_load(Interpreter& interp, std::string_view fullname, Value parent, std::string_view parent_name) {
    BASTION_TRY_ASSIGN(Ref hooked, find_with_meta_path(interp, fullname, parent));
    if (hooked)
        return hooked;
    if (const NativeModuleDef* native = find_native_module(fullname))
        return load_native_module(interp, *native);
    if (const FrozenModule* frozen = find_frozen_module(fullname)) {
        std::string rel(fullname);
        for (char& c : rel)
            if (c == '.')
                c = '/';
        std::string dir = std::string(kLibPrefix) + rel;
        std::string path = frozen->is_package ? dir + "/__init__.py" : dir + ".py";
        return load_source_module(interp, fullname, path, frozen->is_package, dir, frozen);
    }
    // The file system is outside the sandbox: only a host that enabled file access
    // (Runtime::set_host_io; the CLI does) lets an import read .py files. Otherwise a script
    // could put any folder on sys.path (or in a package's __path__) and run, or read through
    // its attributes and error messages, the host's own .py files.
    if (!interp.host_io)
        return module_not_found(interp, fullname,
                                fmt::format("No module named {} (imports from files need the host's file access)",
                                            name_repr(interp, fullname)));
    BASTION_TRY_ASSIGN(std::vector<std::string> dirs, search_dirs(interp, parent, fullname, parent_name));
    std::string_view leaf = fullname.substr(fullname.rfind('.') == std::string_view::npos ? 0 : fullname.rfind('.') + 1);
    std::vector<std::string> portions; // directories without __init__.py (PEP 420), in path order
    for (const std::string& dir : dirs) {
        // '' (sys.path[0] under -c, - and the REPL) is the current directory, made absolute
        // as CPython's FileFinder does, so __file__ and __path__ are absolute.
        std::string base = dir.empty() ? current_dir() : dir;
        std::string pkg_dir = base + "/" + std::string(leaf);
        std::string init = pkg_dir + "/__init__.py";
        if (is_file(init))
            return load_source_module(interp, fullname, init, true, pkg_dir);
        std::string file = base + "/" + std::string(leaf) + ".py";
        if (is_file(file))
            return load_source_module(interp, fullname, file, false, "");
        if (is_directory(pkg_dir))
            portions.push_back(pkg_dir);
    }
    if (!portions.empty())
        return load_namespace_package(interp, fullname, portions);
    return module_not_found(interp, fullname, fmt::format("No module named {}", name_repr(interp, fullname)));
}

Result<Ref> import_absolute(Interpreter& interp, std::string_view fullname) {
    if (interp.native_stack_exhausted())
        return interp.native_recursion_error();
    BASTION_TRY_ASSIGN(Ref existing, sys_modules_get(interp, fullname));
    if (existing) {
        if (existing.get().is(Value(interp.none)))
            return module_not_found(interp, fullname, fmt::format("import of {} halted; None in sys.modules", fullname));
        return existing;
    }
    Ref parent;
    std::string_view parent_name;
    std::size_t dot = fullname.rfind('.');
    if (dot != std::string_view::npos) {
        parent_name = fullname.substr(0, dot);
        BASTION_TRY_ASSIGN(parent, import_absolute(interp, parent_name));
        BASTION_TRY_ASSIGN(Ref again, sys_modules_get(interp, fullname));
        if (again)
            return again;
    }
    BASTION_TRY_ASSIGN(Ref module, find_and_load(interp, fullname, parent, parent_name));
    if (parent) {
        StrObject* leaf = interp.intern(fullname.substr(dot + 1));
        if (!leaf)
            return interp.no_memory();
        BASTION_TRY(set_attr(interp, parent, leaf, module));
    }
    return module;
}

// CPython's importlib._bootstrap._calc___package__ + _resolve_name.
Result<std::string> resolve_relative(Interpreter& interp, std::string_view name, Value globals, int64_t level) {
    std::string package;
    if (!globals.is_null() && is_dict(interp, globals)) {
        auto* g = static_cast<DictObject*>(globals.obj());
        Value pkg = dict_get_str(g, interp.names.__package__);
        if (!pkg.is_null() && is_str(interp, pkg)) {
            package = text_of(pkg);
        } else {
            Value modname = dict_get_str(g, interp.names.__name__);
            if (!modname.is_null() && is_str(interp, modname)) {
                package = text_of(modname);
                if (dict_get_str(g, interp.names.__path__).is_null()) {
                    std::size_t dot = package.rfind('.');
                    package = dot == std::string::npos ? std::string() : package.substr(0, dot);
                }
            }
        }
    }
    if (package.empty())
        return interp.raise(interp.exc.ImportError, "attempted relative import with no known parent package");
    std::string base = package;
    for (int64_t i = 1; i < level; ++i) {
        std::size_t dot = base.rfind('.');
        if (dot == std::string::npos)
            return interp.raise(interp.exc.ImportError, "attempted relative import beyond top-level package");
        base = base.substr(0, dot);
    }
    return name.empty() ? base : base + "." + std::string(name);
}

Result<Ref> import_impl(Interpreter& interp, std::string_view name, Value globals, Value fromlist, int64_t level) {
    if (level < 0)
        return interp.raise(interp.exc.ValueError, "level must be >= 0");
    std::string fullname;
    if (level > 0) {
        BASTION_TRY_ASSIGN(fullname, resolve_relative(interp, name, globals, level));
    } else {
        if (name.empty())
            return interp.raise(interp.exc.ValueError, "Empty module name");
        fullname = std::string(name);
    }
    BASTION_TRY_ASSIGN(Ref module, import_absolute(interp, fullname));
    bool has_fromlist = false;
    if (!fromlist.is_null() && !fromlist.is(Value(interp.none))) {
        BASTION_TRY_ASSIGN(has_fromlist, is_true(interp, fromlist));
    }
    if (!has_fromlist) {
        if (level == 0) {
            std::size_t dot = fullname.find('.');
            return import_absolute(interp, dot == std::string::npos ? fullname : fullname.substr(0, dot));
        }
        if (name.empty())
            return module;
        // `from . import` style handled above; here `import .a.b` is not valid syntax, but
        // __import__('a.b', level=1) returns the package one level below the base.
        std::size_t first_dot = name.find('.');
        std::size_t cut = first_dot == std::string_view::npos ? 0 : name.size() - first_dot;
        return import_absolute(interp, fullname.substr(0, fullname.size() - cut));
    }
    // Submodules named in the fromlist of a package are imported too.
    if (is_module(interp, module) && !dict_get_str(module_dict(module), interp.names.__path__).is_null()) {
        BASTION_TRY_ASSIGN(Ref it, get_iter(interp, fromlist));
        for (;;) {
            BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
            if (!item)
                break;
            if (!is_str(interp, item))
                return interp.raise_fmt(interp.exc.TypeError, "Item in {}.__all__ must be str, not {}", fullname,
                                        type_of(interp, item)->name);
            std::string sub = text_of(item);
            if (sub == "*")
                continue;
            BASTION_TRY_ASSIGN(Ref present, get_attr_opt(interp, module, static_cast<StrObject*>(item.obj())));
            if (present)
                continue;
            auto loaded = import_absolute(interp, fullname + "." + sub);
            if (!loaded.ok()) {
                Value e = loaded.error().exception;
                if (!(e.is_obj() && is_subtype(e.obj()->type, interp.exc.ModuleNotFoundError)))
                    return loaded.take_error();
            }
        }
    }
    return module;
}

} // namespace

Result<Ref> import_module(Interpreter& interp, std::string_view name) { return import_absolute(interp, name); }

namespace {

// Where runpy's _get_module_details finds a module's code without running the module:
// the built-in finders' order (native, bundled, then the path search).
struct MainSource {
    std::string path;
    std::string source;
    const FrozenModule* frozen = nullptr;
    bool is_package = false;
    bool found = false;
};

Result<MainSource> find_main_source(Interpreter& interp, std::string_view fullname, Value parent,
                                    std::string_view parent_name) {
    MainSource m;
    if (find_native_module(fullname) != nullptr) {
        m.found = true; // no code: the caller reports it
        return m;
    }
    if (const FrozenModule* frozen = find_frozen_module(fullname)) {
        std::string rel(fullname);
        for (char& c : rel)
            if (c == '.')
                c = '/';
        std::string dir = std::string(kLibPrefix) + rel;
        m.path = frozen->is_package ? dir + "/__init__.py" : dir + ".py";
        m.source = std::string(frozen->source);
        m.frozen = frozen;
        m.is_package = frozen->is_package;
        m.found = true;
        return m;
    }
    if (!interp.host_io)
        return m;
    BASTION_TRY_ASSIGN(std::vector<std::string> dirs, search_dirs(interp, parent, fullname, parent_name));
    std::size_t dot = fullname.rfind('.');
    std::string leaf(fullname.substr(dot == std::string_view::npos ? 0 : dot + 1));
    for (const std::string& dir : dirs) {
        std::string base = dir.empty() ? current_dir() : dir;
        std::string pkg_dir = base + "/" + leaf;
        if (is_file(pkg_dir + "/__init__.py") || is_directory(pkg_dir)) {
            m.is_package = true; // a namespace package too: its __main__ is looked up by import
            m.found = true;
            return m;
        }
        std::string file = base + "/" + leaf + ".py";
        if (is_file(file) && read_file(file, &m.source)) {
            m.path = file;
            m.found = true;
            return m;
        }
    }
    return m;
}

bool is_import_error(Interpreter& interp, const Raised& raised) {
    return is_subtype(type_of(interp, raised.exception), interp.exc.ImportError);
}

std::string exception_line(Interpreter& interp, const Raised& raised) {
    std::string line = type_of(interp, raised.exception)->name;
    auto text = str(interp, raised.exception);
    if (text.ok() && text.value()->length != 0)
        line += ": " + str_to_utf8(text.value().get());
    return line;
}

} // namespace

Result<Ref> run_module_as_main(Interpreter& interp, std::string_view name, Value main_dict, std::string* not_runnable) {
    std::string fullname(name);
    for (int depth = 0;; ++depth) {
        if (fullname.empty() || fullname.front() == '.') {
            *not_runnable = "Relative module names not supported";
            return Ref();
        }
        // The parent packages are imported (their __init__ runs), as runpy does.
        Ref parent;
        std::string parent_name;
        std::size_t dot = fullname.rfind('.');
        if (dot != std::string::npos) {
            parent_name = fullname.substr(0, dot);
            auto imported = import_absolute(interp, parent_name);
            if (!imported.ok()) {
                Raised raised = imported.take_error();
                if (!is_import_error(interp, raised))
                    return raised;
                *not_runnable = fmt::format("Error while finding module specification for '{}' ({})", fullname,
                                            exception_line(interp, raised));
                return Ref();
            }
            parent = std::move(imported.value());
        }
        auto located = find_main_source(interp, fullname, parent, parent_name);
        if (!located.ok()) {
            Raised raised = located.take_error();
            if (!is_import_error(interp, raised))
                return raised;
            *not_runnable = fmt::format("Error while finding module specification for '{}' ({})", fullname,
                                        exception_line(interp, raised));
            return Ref();
        }
        MainSource m = std::move(located.value());
        if (!m.found) {
            // A module no finder knows but sys.modules holds (sys, builtins) has no code.
            BASTION_TRY_ASSIGN(Ref existing, sys_modules_get(interp, fullname));
            if (existing && !existing.get().is(Value(interp.none))) {
                *not_runnable = fmt::format("No code object available for {}", fullname);
                return Ref();
            }
            if (depth > 0) {
                std::string pkg = fullname.substr(0, fullname.size() - std::string_view(".__main__").size());
                *not_runnable = fmt::format("No module named {}; '{}' is a package and cannot be directly executed",
                                            fullname, pkg);
            } else {
                *not_runnable = fmt::format("No module named {}", fullname);
            }
            return Ref();
        }
        if (m.is_package) {
            if (depth > 0) {
                *not_runnable = fmt::format("Cannot use package as __main__ module");
                return Ref();
            }
            // A package runs its __main__ submodule, after the package itself is imported.
            auto imported = import_absolute(interp, fullname);
            if (!imported.ok()) {
                Raised raised = imported.take_error();
                if (!is_import_error(interp, raised))
                    return raised;
                *not_runnable = fmt::format("Error while finding module specification for '{}' ({})",
                                            fullname + ".__main__", exception_line(interp, raised));
                return Ref();
            }
            fullname += ".__main__";
            continue;
        }
        if (m.path.empty()) {
            *not_runnable = fmt::format("No code object available for {}", fullname);
            return Ref();
        }
        // Found: from here on, errors are the module's own.
        auto* d = static_cast<DictObject*>(main_dict.obj());
        BASTION_TRY_ASSIGN(Ref file, text_ref(interp, m.path));
        BASTION_TRY(dict_set_str(interp, d, interp.names.__file__, file));
        StrObject* k_cached = interp.intern("__cached__");
        if (k_cached == nullptr)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Ref cached, text_ref(interp, cached_path_of(m.path)));
        BASTION_TRY(dict_set_str(interp, d, k_cached, cached));
        BASTION_TRY_ASSIGN(Ref package, text_ref(interp, parent_name));
        BASTION_TRY(dict_set_str(interp, d, interp.names.__package__, package));
        // sys.argv[0] becomes the module's file, as runpy sets it.
        if (interp.sys_module) {
            StrObject* k_argv = interp.intern("argv");
            if (k_argv == nullptr)
                return interp.no_memory();
            Value argv = dict_get_str(module_dict(interp.sys_module), k_argv);
            if (!argv.is_null() && is_list(interp, argv)) {
                auto* list = static_cast<ListObject*>(argv.obj());
                if (list->items.empty())
                    BASTION_TRY(list_append(interp, list, file));
                else
                    list->items[0] = file;
            }
        }
        register_source(interp, m.path, m.source);
        BASTION_TRY_ASSIGN(Own<CodeObject> code, m.frozen != nullptr
                                                     ? frozen_module_code(interp, *m.frozen, m.path)
                                                     : compile_to_code(interp, m.source, m.path,
                                                                       compile::CompileMode::Exec));
        return run_code(interp, code.get(), main_dict, main_dict);
    }
}

Result<Own<CodeObject>> frozen_module_code(Interpreter& interp, const FrozenModule& m, std::string_view path) {
    if (!m.image.empty()) {
        auto image = serial::read_bbc(m.image);
        // A rejected image (unreadable, another module's, or refused by the verifier: the
        // build went wrong, or the binary was altered) is not used; the source still is.
        if (image.ok() && image.value()->filename == path) {
            auto code = load_code(interp, image.value());
            if (code.ok())
                return code;
        }
    }
    return compile_to_code(interp, m.source, path, compile::CompileMode::Exec);
}

Result<Ref> import_name(Interpreter& interp, Frame* f, StrObject* name, Value fromlist, Value level) {
    BASTION_TRY_ASSIGN(int64_t lvl, index_to_i64(interp, level));
    return import_impl(interp, str_to_utf8(name), f->globals, fromlist, lvl);
}

Result<Ref> builtin___import__(Interpreter& interp, CallArgs args) {
    Value parsed[5];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1},
                           parsed));
    if (!is_str(interp, parsed[0]))
        return interp.raise_fmt(interp.exc.TypeError, "__import__() argument 1 must be str, not {}",
                                type_of(interp, parsed[0])->name);
    int64_t level = 0;
    if (!parsed[4].is_null()) {
        BASTION_TRY_ASSIGN(level, index_to_i64(interp, parsed[4]));
    }
    Value globals = parsed[1].is_null() ? Value() : parsed[1];
    return import_impl(interp, text_of(parsed[0]), globals, parsed[3], level);
}

Result<Ref> import_from(Interpreter& interp, Value module, StrObject* name) {
    auto attr = get_attr(interp, module, name);
    if (attr.ok())
        return attr;
    Value e = attr.error().exception;
    if (!(e.is_obj() && is_subtype(e.obj()->type, interp.exc.AttributeError)))
        return attr.take_error();
    BASTION_TRY_ASSIGN(Ref pkgname, get_attr_opt(interp, module, interp.names.__name__));
    if (!pkgname || !is_str(interp, pkgname))
        return interp.raise_fmt(interp.exc.ImportError, "cannot import name '{}'", str_to_utf8(name));
    std::string pkg = text_of(pkgname);
    BASTION_TRY_ASSIGN(Ref sub, sys_modules_get(interp, pkg + "." + str_to_utf8(name)));
    if (sub)
        return sub;
    std::string location = "unknown location";
    if (is_module(interp, module)) {
        Value file = dict_get_str(module_dict(module), interp.names.__file__);
        if (!file.is_null() && is_str(interp, file))
            location = text_of(file);
    }
    const auto& importing = interp.vm().importing;
    bool partial = std::find(importing.begin(), importing.end(), pkg) != importing.end();
    Raised raised = partial ? interp.raise_fmt(interp.exc.ImportError,
                                               "cannot import name '{}' from partially initialized module '{}' (most "
                                               "likely due to a circular import) ({})",
                                               str_to_utf8(name), pkg, location)
                            : interp.raise_fmt(interp.exc.ImportError, "cannot import name '{}' from '{}' ({})",
                                               str_to_utf8(name), pkg, location);
    // CPython sets ImportError.name (the module) and .path (its file) here.
    Ref exc = raised.exception;
    StrObject* name_key = interp.names.name;
    StrObject* path_key = interp.intern("path");
    if (name_key == nullptr || path_key == nullptr)
        return interp.no_memory();
    BASTION_TRY(set_attr(interp, exc, name_key, pkgname));
    if (location != "unknown location") {
        BASTION_TRY_ASSIGN(Own<StrObject> path, str_from_utf8(interp, location));
        BASTION_TRY(set_attr(interp, exc, path_key, Value(path.get())));
    }
    return Raised{std::move(exc)};
}

Status import_star(Interpreter& interp, Frame* f, Value module) {
    if (f->locals().is_null())
        return interp.raise(interp.exc.SystemError, "no locals found during 'import *'");
    std::string modname = "?";
    BASTION_TRY_ASSIGN(Ref n, get_attr_opt(interp, module, interp.names.__name__));
    if (n && is_str(interp, n))
        modname = text_of(n);
    BASTION_TRY_ASSIGN(Ref all, get_attr_opt(interp, module, interp.names.__all__));
    bool skip_private = false;
    if (!all) {
        BASTION_TRY_ASSIGN(Ref dict, get_attr_opt(interp, module, interp.names.__dict__));
        if (!dict)
            return interp.raise(interp.exc.ImportError, "from-import-* object has no __dict__ and no __all__");
        BASTION_TRY_ASSIGN(Ref keys, call_method(interp, dict, interp.names.keys, {}));
        all = std::move(keys);
        skip_private = true;
    }
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, all));
    for (;;) {
        BASTION_TRY_ASSIGN(Ref item, iter_next(interp, it));
        if (!item)
            return {};
        if (!is_str(interp, item))
            return interp.raise_fmt(interp.exc.TypeError, "{} in {}.{} must be str, not {}",
                                    skip_private ? "Key" : "Item", modname, skip_private ? "__dict__" : "__all__",
                                    type_of(interp, item)->name);
        auto* key = static_cast<StrObject*>(item.obj());
        if (skip_private && key->length > 0 && key->at(0) == '_')
            continue;
        BASTION_TRY_ASSIGN(Ref value, get_attr(interp, module, key));
        BASTION_TRY(store_name(interp, f, key, value));
    }
}

} // namespace bastion
