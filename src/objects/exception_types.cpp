// exception_types.cpp: exception subclasses with attributes and text of their own —
// KeyError, StopIteration, SystemExit, OSError (errno -> subclass mapping), SyntaxError,
// ImportError, AttributeError/NameError, the Unicode errors and (Base)ExceptionGroup.
// Attributes live in the exception's own field dict (set by __init__ or by assignment) and
// otherwise derive from args, so exceptions made by exception_new() answer too.
#include <fmt/format.h>

#include <cerrno>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/exception_group.h"
#include "objects/exception_types.h"

namespace bastion {

namespace {

Value arg_at(Interpreter& interp, Value self, int64_t i) {
    TupleObject* a = exc_args(interp, self);
    return i < a->size ? a->at(i) : Value();
}

Result<Ref> value_or_none(Interpreter& interp, Value v) { return v.is_null() ? interp.new_none() : Ref::borrow(v); }

// A dict-backed attribute with a fallback computed from args.
template <typename Derive>
Result<Ref> dict_attr(Interpreter& interp, Value self, std::string_view key, Derive derive) {
    Value v = exc_dict_get(interp, self, key);
    if (!v.is_null())
        return Ref::borrow(v);
    return value_or_none(interp, derive());
}

#define BASTION_EXC_ATTR(fn, key, derive)                                          \
    Result<Ref> fn##_get(Interpreter& interp, Value self) {                        \
        return dict_attr(interp, self, key, [&]() -> Value { return derive; });    \
    }                                                                              \
    Status fn##_set(Interpreter& interp, Value self, Value value) {                \
        return exc_dict_set(interp, self, key, value);                             \
    }

Result<Own<StrObject>> str_of(Interpreter& interp, Value v) {
    return str(interp, v.is_null() ? Value(interp.none) : v);
}

// --- KeyError, StopIteration, SystemExit ------------------------------------------------------

Result<Ref> keyerror_str(Interpreter& interp, Value self) {
    TupleObject* a = exc_args(interp, self);
    if (a->size == 1) {
        BASTION_TRY_ASSIGN(Own<StrObject> r, repr(interp, a->at(0)));
        return Ref(std::move(r));
    }
    return interp.exc.BaseException->str(interp, self);
}

BASTION_EXC_ATTR(stop_value, "value", arg_at(interp, self, 0))

Value system_exit_code(Interpreter& interp, Value self) {
    TupleObject* a = exc_args(interp, self);
    if (a->size == 0)
        return Value();
    return a->size == 1 ? a->at(0) : Value(a);
}
BASTION_EXC_ATTR(exit_code, "code", system_exit_code(interp, self))

// --- OSError -----------------------------------------------------------------------------------

Type* oserror_subtype(Interpreter& interp, int64_t err) {
    auto& e = interp.exc;
    switch (err) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return e.BlockingIOError;
    case ECHILD: return e.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return e.BrokenPipeError;
    case ECONNABORTED: return e.ConnectionAbortedError;
    case ECONNREFUSED: return e.ConnectionRefusedError;
    case ECONNRESET: return e.ConnectionResetError;
    case EEXIST: return e.FileExistsError;
    case ENOENT: return e.FileNotFoundError;
    case EISDIR: return e.IsADirectoryError;
    case ENOTDIR: return e.NotADirectoryError;
    case EINTR: return e.InterruptedError;
    case EACCES:
    case EPERM: return e.PermissionError;
    case ESRCH: return e.ProcessLookupError;
    case ETIMEDOUT: return e.TimeoutError;
    default: return nullptr;
    }
}

bool oserror_has_errno_args(Interpreter& interp, Value self) {
    int64_t n = exc_args(interp, self)->size;
    return n >= 2 && n <= 5;
}

BASTION_EXC_ATTR(os_errno, "errno", oserror_has_errno_args(interp, self) ? arg_at(interp, self, 0) : Value())
BASTION_EXC_ATTR(os_strerror, "strerror", oserror_has_errno_args(interp, self) ? arg_at(interp, self, 1) : Value())
BASTION_EXC_ATTR(os_filename, "filename", Value())
BASTION_EXC_ATTR(os_filename2, "filename2", Value())

// characters_written exists only once set (BlockingIOError's third argument, or assignment);
// CPython keeps it as a C integer, so a stored value must be an index.
Result<Ref> os_written_get(Interpreter& interp, Value self) {
    Value v = exc_dict_get(interp, self, "characters_written");
    if (v.is_null())
        return interp.raise(interp.exc.AttributeError, "characters_written");
    return Ref::borrow(v);
}

Status os_written_set(Interpreter& interp, Value self, Value value) {
    if (value.is_null()) {
        if (exc_dict_get(interp, self, "characters_written").is_null())
            return interp.raise(interp.exc.AttributeError, "characters_written");
        return exc_dict_set(interp, self, "characters_written", Value());
    }
    BASTION_TRY_ASSIGN(Ref n, index(interp, value));
    return exc_dict_set(interp, self, "characters_written", n);
}

Result<Ref> oserror_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, type->name));
    std::size_t n = args.npos;
    if (type == interp.exc.OSError && n >= 2 && args.items[0].is_small_int()) {
        Type* sub = oserror_subtype(interp, args.items[0].small_int_value());
        if (sub != nullptr)
            type = sub;
    }
    // BlockingIOError(errno, strerror, characters_written): the third argument is a count.
    bool written = n == 3 && is_subtype(type, interp.exc.BlockingIOError) && is_int(interp, args.items[2]);
    std::size_t keep = n >= 3 && n <= 5 && !written ? 2 : n;
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, std::span<const Value>(args.items, keep)));
    BASTION_TRY_ASSIGN(Own<ExceptionObject> e, exception_new(interp, type, Value(t)));
    Value self(e);
    if (written) {
        BASTION_TRY(exc_dict_set(interp, self, "characters_written", args.items[2]));
    } else if (n >= 3 && n <= 5) {
        BASTION_TRY(exc_dict_set(interp, self, "filename", args.items[2]));
        if (n == 5)
            BASTION_TRY(exc_dict_set(interp, self, "filename2", args.items[4]));
    }
    return Ref(std::move(e));
}

Status oserror_init(Interpreter&, Value, CallArgs) { return {}; } // oserror_new did the work

Result<Ref> oserror_str(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref err, os_errno_get(interp, self));
    BASTION_TRY_ASSIGN(Ref msg, os_strerror_get(interp, self));
    BASTION_TRY_ASSIGN(Ref fn, os_filename_get(interp, self));
    BASTION_TRY_ASSIGN(Ref fn2, os_filename2_get(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> es, str(interp, err));
    BASTION_TRY_ASSIGN(Own<StrObject> ms, str(interp, msg));
    if (!is_none_value(interp, fn)) {
        BASTION_TRY_ASSIGN(Own<StrObject> fr, repr(interp, fn));
        if (!is_none_value(interp, fn2)) {
            BASTION_TRY_ASSIGN(Own<StrObject> fr2, repr(interp, fn2));
            return make_str(interp, fmt::format("[Errno {}] {}: {} -> {}", to_utf8(es.get()), to_utf8(ms.get()),
                                                to_utf8(fr.get()), to_utf8(fr2.get())));
        }
        return make_str(interp, fmt::format("[Errno {}] {}: {}", to_utf8(es.get()), to_utf8(ms.get()), to_utf8(fr.get())));
    }
    if (!is_none_value(interp, err) && !is_none_value(interp, msg))
        return make_str(interp, fmt::format("[Errno {}] {}", to_utf8(es.get()), to_utf8(ms.get())));
    return interp.exc.BaseException->str(interp, self);
}

// --- SyntaxError -------------------------------------------------------------------------------

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
Value syntax_info(Interpreter& interp, Value self, int64_t i) {
    TupleObject* a = exc_args(interp, self);
    if (a->size != 2 || !is_tuple(interp, a->at(1)))
        return Value();
    auto* info = static_cast<TupleObject*>(a->at(1).obj());
    return i < info->size ? info->at(i) : Value();
}

BASTION_EXC_ATTR(syn_msg, "msg", arg_at(interp, self, 0))
BASTION_EXC_ATTR(syn_filename, "filename", syntax_info(interp, self, 0))
BASTION_EXC_ATTR(syn_lineno, "lineno", syntax_info(interp, self, 1))
BASTION_EXC_ATTR(syn_offset, "offset", syntax_info(interp, self, 2))
BASTION_EXC_ATTR(syn_text, "text", syntax_info(interp, self, 3))
BASTION_EXC_ATTR(syn_end_lineno, "end_lineno", syntax_info(interp, self, 4))
BASTION_EXC_ATTR(syn_end_offset, "end_offset", syntax_info(interp, self, 5))
BASTION_EXC_ATTR(syn_print_file_and_line, "print_file_and_line", Value())

Status syntax_init(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(interp.exc.BaseException->tp_init(interp, self, args));
    if (args.npos != 2)
        return {};
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, args.items[1]));
    std::vector<Ref> info;
    for (;;) {
        BASTION_TRY_ASSIGN(Ref x, iter_next(interp, it));
        if (x.is_null())
            break;
        info.push_back(std::move(x));
    }
    if (info.size() < 4)
        return interp.raise_fmt(interp.exc.TypeError, "function takes at least 4 arguments ({} given)", info.size());
    if (info.size() > 6)
        return interp.raise_fmt(interp.exc.TypeError, "function takes at most 6 arguments ({} given)", info.size());
    static constexpr std::string_view kKeys[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (std::size_t i = 0; i < info.size(); ++i)
        BASTION_TRY(exc_dict_set(interp, self, kKeys[i], info[i]));
    return {};
}

Result<Ref> syntax_str(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref msg, syn_msg_get(interp, self));
    BASTION_TRY_ASSIGN(Ref fn, syn_filename_get(interp, self));
    BASTION_TRY_ASSIGN(Ref line, syn_lineno_get(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> ms, str(interp, msg));
    std::string text = to_utf8(ms.get());
    bool have_file = is_str(interp, fn);
    bool have_line = is_int_value(interp, line);
    std::string file;
    if (have_file) {
        file = to_utf8(static_cast<StrObject*>(fn.obj()));
        auto slash = file.rfind('/');
        if (slash != std::string::npos)
            file = file.substr(slash + 1);
    }
    std::string line_text;
    if (have_line) {
        BASTION_TRY_ASSIGN(Own<StrObject> ls, str(interp, line));
        line_text = to_utf8(ls.get());
    }
    if (have_file && have_line)
        return make_str(interp, fmt::format("{} ({}, line {})", text, file, line_text));
    if (have_file)
        return make_str(interp, fmt::format("{} ({})", text, file));
    if (have_line)
        return make_str(interp, fmt::format("{} (line {})", text, line_text));
    return Ref(std::move(ms));
}

// --- ImportError, AttributeError, NameError: keyword-only attributes --------------------------------

Status init_with_keywords(Interpreter& interp, Value self, CallArgs args, std::initializer_list<std::string_view> allowed) {
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, args.positional()));
    exc_of(self)->args = std::move(t);
    std::size_t nkw = args.kwnames != nullptr ? args.nkw() : 0;
    for (std::size_t i = 0; i < nkw; ++i) {
        std::string key = to_utf8(args.keyword_name(i));
        bool ok = false;
        for (auto a : allowed)
            ok = ok || a == key;
        if (!ok)
            return interp.raise_fmt(interp.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key,
                                    tname(interp, self));
        BASTION_TRY(exc_dict_set(interp, self, key, args.keyword_value(i)));
    }
    return {};
}

Status import_init(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(init_with_keywords(interp, self, args, {"name", "path"}));
    if (args.npos == 1)
        BASTION_TRY(exc_dict_set(interp, self, "msg", args.items[0]));
    return {};
}
Status attribute_init(Interpreter& interp, Value self, CallArgs args) {
    return init_with_keywords(interp, self, args, {"name", "obj"});
}
Status name_init(Interpreter& interp, Value self, CallArgs args) {
    return init_with_keywords(interp, self, args, {"name"});
}

BASTION_EXC_ATTR(imp_name, "name", Value())
BASTION_EXC_ATTR(imp_path, "path", Value())
BASTION_EXC_ATTR(imp_msg, "msg", Value())
BASTION_EXC_ATTR(attr_obj, "obj", Value())

Result<Ref> import_str(Interpreter& interp, Value self) {
    Value msg = exc_dict_get(interp, self, "msg");
    if (!msg.is_null() && type_of(interp, msg) == interp.types.str)
        return Ref::borrow(msg);
    return interp.exc.BaseException->str(interp, self);
}

// --- Unicode errors ----------------------------------------------------------------------------

Status unicode_init(Interpreter& interp, Value self, CallArgs args, std::initializer_list<std::string_view> keys) {
    BASTION_TRY(interp.exc.BaseException->tp_init(interp, self, args));
    if (args.npos != keys.size())
        return interp.raise_fmt(interp.exc.TypeError, "function takes exactly {} arguments ({} given)", keys.size(),
                                args.npos);
    std::size_t i = 0;
    for (auto k : keys)
        BASTION_TRY(exc_dict_set(interp, self, k, args.items[i++]));
    return {};
}
Status decode_init(Interpreter& interp, Value self, CallArgs args) {
    return unicode_init(interp, self, args, {"encoding", "object", "start", "end", "reason"});
}
Status encode_init(Interpreter& interp, Value self, CallArgs args) {
    return unicode_init(interp, self, args, {"encoding", "object", "start", "end", "reason"});
}
Status translate_init(Interpreter& interp, Value self, CallArgs args) {
    return unicode_init(interp, self, args, {"object", "start", "end", "reason"});
}

BASTION_EXC_ATTR(uni_encoding, "encoding", Value())
BASTION_EXC_ATTR(uni_object, "object", Value())
BASTION_EXC_ATTR(uni_start, "start", Value())
BASTION_EXC_ATTR(uni_end, "end", Value())
BASTION_EXC_ATTR(uni_reason, "reason", Value())

std::string char_escape(uint32_t c) {
    if (c < 0x100)
        return fmt::format("\\x{:02x}", c);
    if (c < 0x10000)
        return fmt::format("\\u{:04x}", c);
    return fmt::format("\\U{:08x}", c);
}

// CPython UnicodeDecodeError_str / UnicodeEncodeError_str / UnicodeTranslateError_str.
Result<Ref> unicode_str(Interpreter& interp, Value self) {
    Type* t = type_of(interp, self);
    Value obj = exc_dict_get(interp, self, "object");
    Value start_v = exc_dict_get(interp, self, "start");
    Value end_v = exc_dict_get(interp, self, "end");
    if (obj.is_null() || !start_v.is_small_int() || !end_v.is_small_int())
        return interp.exc.BaseException->str(interp, self);
    int64_t start = start_v.small_int_value(), end = end_v.small_int_value();
    BASTION_TRY_ASSIGN(Own<StrObject> reason, str_of(interp, exc_dict_get(interp, self, "reason")));
    std::string why = to_utf8(reason.get());
    std::string enc;
    if (!is_subtype(t, interp.exc.UnicodeTranslateError)) {
        BASTION_TRY_ASSIGN(Own<StrObject> es, str_of(interp, exc_dict_get(interp, self, "encoding")));
        enc = to_utf8(es.get());
    }
    bool single = end == start + 1;
    if (is_subtype(t, interp.exc.UnicodeDecodeError)) {
        if (single) {
            BASTION_TRY_ASSIGN(Ref byte, get_item(interp, obj, Value::small_int(start)));
            BASTION_TRY_ASSIGN(int64_t b, index_to_i64(interp, byte));
            return make_str(interp, fmt::format("'{}' codec can't decode byte {:#04x} in position {}: {}", enc, b, start,
                                                why));
        }
        return make_str(interp, fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1,
                                            why));
    }
    std::string verb = is_subtype(t, interp.exc.UnicodeEncodeError) ? "encode" : "translate";
    std::string prefix = enc.empty() ? "can't " + verb : fmt::format("'{}' codec can't {}", enc, verb);
    if (single && is_str(interp, obj) && start >= 0 && start < static_cast<StrObject*>(obj.obj())->length) {
        uint32_t c = static_cast<StrObject*>(obj.obj())->at(start);
        return make_str(interp, fmt::format("{} character '{}' in position {}: {}", prefix, char_escape(c), start, why));
    }
    return make_str(interp, fmt::format("{} characters in position {}-{}: {}", prefix, start, end - 1, why));
}

// --- (Base)ExceptionGroup (minimal: construction, message, exceptions, str) ----------------------

Result<Ref> group_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, type->name));
    if (args.npos != 2)
        return interp.raise_fmt(interp.exc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                                args.npos);
    Value msg = args.items[0], excs = args.items[1];
    if (!is_str(interp, msg))
        return interp.raise_fmt(interp.exc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                                tname(interp, msg));
    Type* et = type_of(interp, excs);
    if (et->getitem == nullptr || et->length == nullptr || et->has_flag(kTypeDictSubclass))
        return interp.raise(interp.exc.TypeError, "second argument (exceptions) must be a sequence");
    BASTION_TRY_ASSIGN(Ref it, get_iter(interp, excs));
    std::vector<Ref> items;
    for (;;) {
        BASTION_TRY_ASSIGN(Ref x, iter_next(interp, it));
        if (x.is_null())
            break;
        items.push_back(std::move(x));
    }
    if (items.empty())
        return interp.raise(interp.exc.ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!is_exception_instance(interp, items[i]))
            return interp.raise_fmt(interp.exc.ValueError, "Item {} of second argument (exceptions) is not an exception",
                                    i);
        all_exceptions = all_exceptions && is_subtype(type_of(interp, items[i]), interp.exc.Exception);
    }
    if (type == interp.exc.BaseExceptionGroup && all_exceptions)
        type = interp.exc.ExceptionGroup;
    else if (type == interp.exc.ExceptionGroup && !all_exceptions)
        return interp.raise(interp.exc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    else if (!all_exceptions && is_subtype(type, interp.exc.Exception))
        return interp.raise_fmt(interp.exc.TypeError, "Cannot nest BaseExceptions in '{}'", type->name);
    std::vector<Value> views(items.begin(), items.end());
    BASTION_TRY_ASSIGN(Own<TupleObject> tup, tuple_from(interp, views));
    BASTION_TRY_ASSIGN(Own<TupleObject> targs, tuple_of(interp, {msg, excs}));
    BASTION_TRY_ASSIGN(Own<ExceptionObject> e, exception_new(interp, type, Value(targs)));
    BASTION_TRY(exc_dict_set(interp, Value(e), "message", msg));
    BASTION_TRY(exc_dict_set(interp, Value(e), "exceptions", Value(tup)));
    return Ref(std::move(e));
}

Status group_init(Interpreter&, Value, CallArgs) { return {}; }

BASTION_EXC_ATTR(group_message, "message", arg_at(interp, self, 0))
BASTION_EXC_ATTR(group_exceptions, "exceptions", Value())

Result<Ref> group_str(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref msg, group_message_get(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> ms, str(interp, msg));
    Value excs = exc_dict_get(interp, self, "exceptions");
    int64_t n = 0;
    if (!excs.is_null() && is_tuple(interp, excs))
        n = static_cast<TupleObject*>(excs.obj())->size;
    return make_str(interp, fmt::format("{} ({} sub-exception{})", to_utf8(ms.get()), n, n == 1 ? "" : "s"));
}

Result<Ref> group_repr(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref msg, group_message_get(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> mr, repr(interp, msg));
    Value excs = arg_at(interp, self, 1);
    BASTION_TRY_ASSIGN(Own<StrObject> er, repr(interp, excs.is_null() ? Value(interp.none) : excs));
    return make_str(interp, fmt::format("{}({}, {})", tname(interp, self), to_utf8(mr.get()), to_utf8(er.get())));
}

// ExceptionGroup derives from both BaseExceptionGroup and Exception (exceptions.def can
// only give one base): give it the second base and its C3 MRO once both are ready.
Status fix_exception_group_bases(Interpreter& interp) {
    Type* eg = interp.exc.ExceptionGroup;
    BASTION_TRY_ASSIGN(Own<TupleObject> bases,
                       tuple_of(interp, {Value(interp.exc.BaseExceptionGroup), Value(interp.exc.Exception)}));
    eg->bases = std::move(bases);
    BASTION_TRY_ASSIGN(Ref mro, mro_c3(interp, eg));
    eg->mro = std::move(mro);
    // A new MRO: no lookup record of the old one may match (type_cache.h "Stamps and MRO
    // replacement"; type_bases.cpp forget_lookups).
    eg->stamp = 0;
    ++eg->version;
    return {};
}

template <std::size_t N>
Status getsets(Interpreter& interp, Type* t, const GetSetDef (&defs)[N]) {
    return add_getsets(interp, t, std::span<const GetSetDef>(defs, N));
}

} // namespace

void init_exception_subtype_slots(Interpreter& interp) {
    auto& e = interp.exc;
    e.KeyError->str = keyerror_str;
    e.OSError->tp_new = oserror_new;
    e.OSError->tp_init = oserror_init;
    e.OSError->str = oserror_str;
    e.SyntaxError->tp_init = syntax_init;
    e.SyntaxError->str = syntax_str;
    e.ImportError->tp_init = import_init;
    e.ImportError->str = import_str;
    e.AttributeError->tp_init = attribute_init;
    e.NameError->tp_init = name_init;
    e.UnicodeDecodeError->tp_init = decode_init;
    e.UnicodeEncodeError->tp_init = encode_init;
    e.UnicodeTranslateError->tp_init = translate_init;
    for (Type* t : {e.UnicodeDecodeError, e.UnicodeEncodeError, e.UnicodeTranslateError})
        t->str = unicode_str;
    for (Type* t : {e.BaseExceptionGroup, e.ExceptionGroup}) {
        t->tp_new = group_new;
        t->tp_init = group_init;
        t->str = group_str;
        t->repr = group_repr;
    }
    // OSError subclasses share its constructor (they were given base_new by default).
#define EXC(name, base)                                                  \
    if (e.name != e.OSError && is_subtype_by_base(e.name, e.OSError))    \
        e.name->tp_new = oserror_new;
    auto is_subtype_by_base = [](Type* t, Type* base) {
        for (; t != nullptr; t = t->base)
            if (t == base)
                return true;
        return false;
    };
#include "objects/exceptions.def"
#undef EXC
}

Status init_exception_subtype_methods(Interpreter& interp) {
    auto& e = interp.exc;
    BASTION_TRY(fix_exception_group_bases(interp));
    static constexpr GetSetDef kStop[] = {{"value", stop_value_get, stop_value_set}};
    BASTION_TRY(getsets(interp, e.StopIteration, kStop));
    static constexpr GetSetDef kExit[] = {{"code", exit_code_get, exit_code_set}};
    BASTION_TRY(getsets(interp, e.SystemExit, kExit));
    static constexpr GetSetDef kOs[] = {
        {"errno", os_errno_get, os_errno_set},
        {"strerror", os_strerror_get, os_strerror_set},
        {"filename", os_filename_get, os_filename_set},
        {"filename2", os_filename2_get, os_filename2_set},
        {"characters_written", os_written_get, os_written_set},
    };
    BASTION_TRY(getsets(interp, e.OSError, kOs));
    static constexpr GetSetDef kSyntax[] = {
        {"msg", syn_msg_get, syn_msg_set},
        {"filename", syn_filename_get, syn_filename_set},
        {"lineno", syn_lineno_get, syn_lineno_set},
        {"offset", syn_offset_get, syn_offset_set},
        {"text", syn_text_get, syn_text_set},
        {"end_lineno", syn_end_lineno_get, syn_end_lineno_set},
        {"end_offset", syn_end_offset_get, syn_end_offset_set},
        {"print_file_and_line", syn_print_file_and_line_get, syn_print_file_and_line_set},
    };
    BASTION_TRY(getsets(interp, e.SyntaxError, kSyntax));
    static constexpr GetSetDef kImport[] = {
        {"name", imp_name_get, imp_name_set},
        {"path", imp_path_get, imp_path_set},
        {"msg", imp_msg_get, imp_msg_set},
    };
    BASTION_TRY(getsets(interp, e.ImportError, kImport));
    static constexpr GetSetDef kAttr[] = {{"name", imp_name_get, imp_name_set}, {"obj", attr_obj_get, attr_obj_set}};
    BASTION_TRY(getsets(interp, e.AttributeError, kAttr));
    static constexpr GetSetDef kName[] = {{"name", imp_name_get, imp_name_set}};
    BASTION_TRY(getsets(interp, e.NameError, kName));
    static constexpr GetSetDef kUnicode[] = {
        {"encoding", uni_encoding_get, uni_encoding_set},
        {"object", uni_object_get, uni_object_set},
        {"start", uni_start_get, uni_start_set},
        {"end", uni_end_get, uni_end_set},
        {"reason", uni_reason_get, uni_reason_set},
    };
    // CPython 3.11 has them on the three subclasses only (a plain UnicodeError has none).
    for (Type* t : {e.UnicodeEncodeError, e.UnicodeDecodeError, e.UnicodeTranslateError})
        BASTION_TRY(getsets(interp, t, kUnicode));
    static constexpr GetSetDef kGroup[] = {
        {"message", group_message_get, group_message_set},
        {"exceptions", group_exceptions_get, group_exceptions_set},
    };
    BASTION_TRY(getsets(interp, e.BaseExceptionGroup, kGroup));
    return init_exception_group_methods(interp);
}

} // namespace bastion
