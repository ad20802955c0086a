// builtins_module.cpp: creates the builtins module — its functions (from the tables in
// builtins_*.cpp), the built-in types and exception classes under their Python names,
// and the constants None, Ellipsis, NotImplemented, True, False.
#include "modules/builtins_module.h"

#include "objects/bootstrap.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "vm/import.h"
#include "vm/vm_natives.h"

namespace bastion {

Status check_builtin_args_slow(Interpreter& interp, CallArgs args, std::string_view name, std::size_t min,
                               std::size_t max) {
    BASTION_TRY(no_keywords(interp, args, name));
    return check_positional(interp, args, name, min, max);
}

static Status set_name(Interpreter& interp, DictObject* dict, std::string_view name, Value v) {
    StrObject* key = interp.intern(name);
    if (!key)
        return interp.no_memory();
    return dict_set_str(interp, dict, key, v);
}

static Status add_table(Interpreter& interp, DictObject* dict, std::span<const BuiltinEntry> table) {
    for (const BuiltinEntry& e : table) {
        BASTION_TRY_ASSIGN(Ref fn, make_native_function(interp, e.name, e.fn));
        BASTION_TRY(set_name(interp, dict, e.name, fn));
    }
    return {};
}

Status init_builtins_module(Interpreter& interp) {
    BASTION_TRY_ASSIGN(Own<DictObject> dict, dict_new(interp));
    DictObject* d = dict.get();

    BASTION_TRY(add_table(interp, d, builtins_core_functions()));
    BASTION_TRY(add_table(interp, d, builtins_sequence_functions()));
    BASTION_TRY(add_table(interp, d, builtins_number_functions()));
    BASTION_TRY(add_table(interp, d, builtins_io_functions()));
    static const BuiltinEntry kExecution[] = {
        {"__build_class__", builtin___build_class__},
        {"__import__", builtin___import__},
        {"exec", builtin_exec},
        {"eval", builtin_eval},
        {"compile", builtin_compile},
        {"globals", builtin_globals},
        {"locals", builtin_locals},
    };
    BASTION_TRY(add_table(interp, d, kExecution));

    // Types callable by name. (Types not listed are reachable only through type(x).)
    struct NamedType {
        std::string_view name;
        Type* type;
    };
    const auto& t = interp.types;
    const NamedType types[] = {
        {"object", t.object},     {"type", t.type},           {"int", t.int_},         {"bool", t.bool_},
        {"float", t.float_},      {"complex", t.complex},     {"str", t.str},          {"bytes", t.bytes},
        {"bytearray", t.bytearray}, {"memoryview", t.memoryview}, {"tuple", t.tuple},       {"list", t.list},        {"dict", t.dict},
        {"set", t.set},           {"frozenset", t.frozenset}, {"range", t.range},      {"slice", t.slice},
        {"enumerate", t.enumerate}, {"zip", t.zip},           {"map", t.map},          {"filter", t.filter},
        {"reversed", t.reversed}, {"property", t.property},   {"classmethod", t.classmethod},
        {"staticmethod", t.staticmethod}, {"super", t.super},
    };
    for (const NamedType& nt : types)
        if (nt.type)
            BASTION_TRY(set_name(interp, d, nt.name, Value(nt.type)));

#define EXC(name, base) BASTION_TRY(set_name(interp, d, #name, Value(interp.exc.name)));
#include "objects/exceptions.def"
#undef EXC
    BASTION_TRY(set_name(interp, d, "IOError", Value(interp.exc.OSError)));
    BASTION_TRY(set_name(interp, d, "EnvironmentError", Value(interp.exc.OSError)));

    BASTION_TRY(set_name(interp, d, "None", Value(interp.none)));
    BASTION_TRY(set_name(interp, d, "Ellipsis", Value(interp.ellipsis)));
    BASTION_TRY(set_name(interp, d, "NotImplemented", Value(interp.not_implemented)));
    BASTION_TRY(set_name(interp, d, "True", Value(interp.true_)));
    BASTION_TRY(set_name(interp, d, "False", Value(interp.false_)));
    BASTION_TRY(set_name(interp, d, "__debug__", Value(interp.true_)));
    BASTION_TRY_ASSIGN(Own<StrObject> modname, str_from_ascii(interp, "builtins"));
    BASTION_TRY(set_name(interp, d, "__name__", modname));

    interp.builtins = std::move(dict);
    return {};
}

} // namespace bastion
