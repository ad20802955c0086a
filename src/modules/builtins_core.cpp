// builtins_core.cpp: builtins about objects and I/O — print, repr, ascii, format, len,
// hash, id, isinstance, issubclass, callable, getattr/setattr/delattr/hasattr, iter, next,
// vars, dir. Each is a thin wrapper over the protocol in objects/abstract.h.
#include <string>

#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/vm_natives.h"
#include "vm/generator.h"

namespace bastion {

namespace {

Result<Ref> str_arg_or_default(Interpreter& interp, Value v, std::string_view what, std::string* out,
                               std::string_view fallback) {
    if (v.is_null() || v.is(Value(interp.none))) {
        *out = fallback;
        return Ref();
    }
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "{} must be None or a string, not {}", what,
                                type_of(interp, v)->name);
    *out = str_to_utf8(static_cast<StrObject*>(v.obj()));
    return Ref();
}

// Writes text to a file object: the fast path for the interpreter's own stdout.
Status write_text(Interpreter& interp, Value file, std::string_view text) {
    if (file.is_null()) {
        interp.write_stdout(text);
        return {};
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    BASTION_TRY_ASSIGN(Ref r, call_method(interp, file, interp.names.write, {Value(s)}));
    (void)r;
    return {};
}

// sys.stdout when it has been replaced by the program; null when it is the original.
Result<Ref> current_stdout(Interpreter& interp) {
    if (!interp.sys_module)
        return Ref();
    BASTION_TRY_ASSIGN(Ref out, get_attr_opt(interp, interp.sys_module, interp.names.stdout));
    if (!out)
        return interp.raise(interp.exc.RuntimeError, "lost sys.stdout");
    StrObject* orig = interp.intern("__stdout__");
    BASTION_TRY_ASSIGN(Ref original, get_attr_opt(interp, interp.sys_module, orig));
    if (original && original.get().is(out.get()))
        return Ref();
    return out;
}

Result<Ref> builtin_print(Interpreter& interp, CallArgs args) {
    Value sep, end, file, flush;
    for (std::size_t i = 0; i < args.nkw(); ++i) {
        StrObject* name = args.keyword_name(i);
        Value v = args.keyword_value(i);
        // By value after the interned fast check: a name built at run time is not interned.
        auto is = [&](StrObject* want) { return name == want || str_equal(name, want); };
        if (is(interp.names.sep))
            sep = v;
        else if (is(interp.names.end))
            end = v;
        else if (is(interp.names.file))
            file = v;
        else if (is(interp.names.flush))
            flush = v;
        else
            return interp.raise_fmt(interp.exc.TypeError, "'{}' is an invalid keyword argument for print()",
                                    str_to_utf8(name));
    }
    std::string sep_text, end_text;
    BASTION_TRY(str_arg_or_default(interp, sep, "sep", &sep_text, " "));
    BASTION_TRY(str_arg_or_default(interp, end, "end", &end_text, "\n"));
    Ref target;
    if (file.is_null() || file.is(Value(interp.none))) {
        BASTION_TRY_ASSIGN(target, current_stdout(interp));
    } else {
        target = Ref::borrow(file);
    }
    std::string out;
    for (std::size_t i = 0; i < args.npos; ++i) {
        if (i > 0)
            out += sep_text;
        BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, args.items[i]));
        if (s->ascii)
            out.append(s->ascii_view());
        else
            out += str_to_utf8(s.get());
        // Flush large outputs early so memory stays bounded for huge prints.
        if (!target && out.size() > (1u << 20)) {
            interp.write_stdout(out);
            out.clear();
        }
    }
    out += end_text;
    BASTION_TRY(write_text(interp, target, out));
    if (!flush.is_null()) {
        BASTION_TRY_ASSIGN(bool do_flush, is_true(interp, flush));
        if (do_flush && target) {
            BASTION_TRY_ASSIGN(Ref r, call_method(interp, target, interp.names.flush, {}));
            (void)r;
        }
    }
    return interp.new_none();
}

Result<Ref> builtin_repr(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "repr", 1, 1));
    BASTION_TRY_ASSIGN(Own<StrObject> s, repr(interp, args.items[0]));
    return Ref(std::move(s));
}

Result<Ref> builtin_ascii(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "ascii", 1, 1));
    BASTION_TRY_ASSIGN(Own<StrObject> s, ascii(interp, args.items[0]));
    return Ref(std::move(s));
}

Result<Ref> builtin_format(Interpreter& interp, CallArgs args) {
    Value out[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"format", {"value", "format_spec"}, 1, 2}, out));
    StrObject* spec = interp.empty_str;
    if (!out[1].is_null()) {
        if (!is_str(interp, out[1]))
            return interp.raise_fmt(interp.exc.TypeError, "format() argument 2 must be str, not {}",
                                    type_of(interp, out[1])->name);
        spec = static_cast<StrObject*>(out[1].obj());
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, format(interp, out[0], spec));
    return Ref(std::move(s));
}

Result<Ref> builtin_len(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "len", 1, 1));
    // length()'s slot call made here (length() itself for its "has no len()" error), and a
    // small result tagged in place: what length() and int_from_i64 do, without two calls.
    Value v = args.items[0];
    Type* t = type_of(interp, v);
    int64_t n = 0;
    if (t->length != nullptr) [[likely]] {
        BASTION_TRY_ASSIGN(n, t->length(interp, v));
    } else {
        BASTION_TRY_ASSIGN(n, length(interp, v));
    }
    if (Value::fits_small(n)) [[likely]]
        return Ref::small_int(n);
    return int_from_i64(interp, n);
}

Result<Ref> builtin_hash(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "hash", 1, 1));
    BASTION_TRY_ASSIGN(int64_t h, hash(interp, args.items[0]));
    return int_from_i64(interp, h);
}

Result<Ref> builtin_id(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "id", 1, 1));
    // The address for objects; small ints have no address, so their tagged word stands in
    // (distinct from every object address, since objects are aligned).
    return int_from_i64(interp, static_cast<int64_t>(args.items[0].bits() >> 0));
}

Result<Ref> builtin_isinstance(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "isinstance", 2, 2));
    // is_instance's own first test (the exact class), without the call.
    if (Value(type_of(interp, args.items[0])).is(args.items[1]))
        return interp.new_bool(true);
    BASTION_TRY_ASSIGN(bool r, is_instance(interp, args.items[0], args.items[1]));
    return interp.new_bool(r);
}

Result<Ref> builtin_issubclass(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "issubclass", 2, 2));
    BASTION_TRY_ASSIGN(bool r, is_subclass(interp, args.items[0], args.items[1]));
    return interp.new_bool(r);
}

Result<Ref> builtin_callable(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "callable", 1, 1));
    return interp.new_bool(is_callable(interp, args.items[0]));
}

Result<StrObject*> attr_name(Interpreter& interp, Value v, std::string_view fn) {
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "attribute name must be string, not '{}'",
                                type_of(interp, v)->name);
    StrObject* s = interp.intern(static_cast<StrObject*>(v.obj()));
    if (!s)
        return interp.no_memory();
    return s;
}

Result<Ref> builtin_getattr(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "getattr"));
    if (args.npos < 2)
        return interp.raise_fmt(interp.exc.TypeError, "getattr expected at least 2 arguments, got {}", args.npos);
    if (args.npos > 3)
        return interp.raise_fmt(interp.exc.TypeError, "getattr expected at most 3 arguments, got {}", args.npos);
    BASTION_TRY_ASSIGN(StrObject * name, attr_name(interp, args.items[1], "getattr"));
    if (args.npos == 2)
        return get_attr(interp, args.items[0], name);
    BASTION_TRY_ASSIGN(Ref v, get_attr_opt(interp, args.items[0], name));
    if (!v)
        return Ref::borrow(args.items[2]);
    return v;
}

Result<Ref> builtin_hasattr(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "hasattr", 2, 2));
    BASTION_TRY_ASSIGN(StrObject * name, attr_name(interp, args.items[1], "hasattr"));
    BASTION_TRY_ASSIGN(Ref v, get_attr_opt(interp, args.items[0], name));
    return interp.new_bool(static_cast<bool>(v));
}

Result<Ref> builtin_setattr(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "setattr", 3, 3));
    BASTION_TRY_ASSIGN(StrObject * name, attr_name(interp, args.items[1], "setattr"));
    BASTION_TRY(set_attr(interp, args.items[0], name, args.items[2]));
    return interp.new_none();
}

Result<Ref> builtin_delattr(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "delattr", 2, 2));
    BASTION_TRY_ASSIGN(StrObject * name, attr_name(interp, args.items[1], "delattr"));
    BASTION_TRY(del_attr(interp, args.items[0], name));
    return interp.new_none();
}

Result<Ref> builtin_iter(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "iter", 1, 2));
    if (args.npos == 1)
        return get_iter(interp, args.items[0]);
    if (!is_callable(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "iter(v, w): v must be callable");
    return make_callable_iterator(interp, args.items[0], args.items[1]);
}

Result<Ref> builtin_next(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "next", 1, 2));
    Value it = args.items[0];
    Type* t = type_of(interp, it);
    if (!t->iternext)
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not an iterator", t->name);
    if (is_generator(interp, it)) {
        // A generator's return value travels in the StopIteration (iternext cannot carry it).
        bool returned = false;
        BASTION_TRY_ASSIGN(Ref r, generator_send(interp, static_cast<GeneratorObject*>(it.obj()),
                                                 Value(interp.none), &returned));
        if (!returned)
            return r;
        if (args.npos == 2)
            return Ref::borrow(args.items[1]);
        if (r.get().is(Value(interp.none)))
            return interp.raise_object(Value(interp.exc.StopIteration));
        BASTION_TRY_ASSIGN(Ref stop, call_positional(interp, Value(interp.exc.StopIteration), {r}));
        return Raised{std::move(stop)};
    }
    BASTION_TRY_ASSIGN(Ref item, t->iternext(interp, it));
    if (item)
        return item;
    if (args.npos == 2)
        return Ref::borrow(args.items[1]);
    return interp.raise_object(Value(interp.exc.StopIteration));
}

Result<Ref> builtin_vars(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "vars", 0, 1));
    if (args.npos == 0) // vars() is locals()
        return builtin_locals(interp, args);
    BASTION_TRY_ASSIGN(Ref d, get_attr_opt(interp, args.items[0], interp.names.__dict__));
    if (!d)
        return interp.raise(interp.exc.TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

Result<Ref> builtin_dir(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "dir", 0, 1));
    if (args.npos == 0) {
        // dir(): the sorted names of the current local scope.
        BASTION_TRY_ASSIGN(Ref scope, current_locals(interp));
        BASTION_TRY_ASSIGN(Own<ListObject> names, list_from_iterable(interp, scope));
        BASTION_TRY_ASSIGN(Ref sorted, call_method(interp, Value(names.get()), interp.intern("sort"), {}));
        (void)sorted;
        return Ref(std::move(names));
    }
    // A class's own __dir__ decides (CPython calls type(obj).__dir__ and sorts the result).
    {
        StrObject* dir_name = interp.intern("__dir__");
        if (dir_name == nullptr)
            return interp.no_memory();
        Value own = type_lookup(type_of(interp, args.items[0]), dir_name);
        Value base = type_lookup(interp.types.object, dir_name);
        if (!own.is_null() && !own.is(base) && !is_type_value(interp, args.items[0])) {
            bool found = false;
            BASTION_TRY_ASSIGN(Ref result, call_special(interp, args.items[0], dir_name, {}, &found));
            BASTION_TRY_ASSIGN(Own<ListObject> names, list_from_iterable(interp, result));
            BASTION_TRY_ASSIGN(Ref sorted, call_method(interp, Value(names.get()), interp.intern("sort"), {}));
            (void)sorted;
            return Ref(std::move(names));
        }
    }
    // Names from the instance dict and the MRO's dicts, sorted.
    BASTION_TRY_ASSIGN(Own<DictObject> seen, dict_new(interp));
    auto add_dict = [&](Value d) -> Status {
        if (d.is_null() || !is_dict(interp, d))
            return {};
        int64_t pos = 0;
        Value k, v;
        while (dict_next(static_cast<DictObject*>(d.obj()), &pos, &k, &v))
            BASTION_TRY(dict_set(interp, seen.get(), k, Value(interp.none)));
        return {};
    };
    BASTION_TRY_ASSIGN(Ref inst_dict, get_attr_opt(interp, args.items[0], interp.names.__dict__));
    if (inst_dict)
        BASTION_TRY(add_dict(inst_dict));
    Type* t = type_of(interp, args.items[0]);
    Value target = args.items[0];
    Type* walk = (target.is_obj() && is_subtype(t, interp.types.type)) ? static_cast<Type*>(target.obj()) : t;
    if (walk->mro && is_tuple(interp, walk->mro)) {
        auto* mro = static_cast<TupleObject*>(walk->mro.obj());
        for (int64_t i = 0; i < mro->size; ++i)
            BASTION_TRY(add_dict(static_cast<Type*>(mro->at(i).obj())->dict));
    }
    BASTION_TRY_ASSIGN(Own<ListObject> keys, list_from_iterable(interp, Value(seen.get())));
    BASTION_TRY_ASSIGN(Ref sorted, call_method(interp, Value(keys.get()), interp.intern("sort"), {}));
    (void)sorted;
    return Ref(std::move(keys));
}

const BuiltinEntry kCore[] = {
    {"print", builtin_print},       {"repr", builtin_repr},         {"ascii", builtin_ascii},
    {"format", builtin_format},     {"len", builtin_len},           {"hash", builtin_hash},
    {"id", builtin_id},             {"isinstance", builtin_isinstance}, {"issubclass", builtin_issubclass},
    {"callable", builtin_callable}, {"getattr", builtin_getattr},   {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},   {"delattr", builtin_delattr},   {"iter", builtin_iter},
    {"next", builtin_next},         {"vars", builtin_vars},         {"dir", builtin_dir},
    {"aiter", builtin_aiter},       {"anext", builtin_anext},
};

} // namespace

std::span<const BuiltinEntry> builtins_core_functions() { return kCore; }

} // namespace bastion
