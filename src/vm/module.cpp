// module.cpp: the `module` type — a namespace dict with attribute access through it
// (type attributes first, then the dict, then a module-level __getattr__ as in PEP 562),
// `module(name, doc=None)`, and CPython's reprs.
#include "vm/module.h"

#include <fmt/format.h>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

ModuleObject* as_module(Value v) { return static_cast<ModuleObject*>(v.obj()); }
DictObject* dict_of(Value module) { return static_cast<DictObject*>(as_module(module)->dict.obj()); }

Status init_namespace(Interpreter& interp, DictObject* d, Value name, Value doc) {
    BASTION_TRY(dict_set_str(interp, d, interp.names.__name__, name));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__doc__, doc));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__package__, Value(interp.none)));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__loader__, Value(interp.none)));
    BASTION_TRY(dict_set_str(interp, d, interp.names.__spec__, Value(interp.none)));
    return {};
}

std::string module_name_text(Interpreter& interp, Value self) {
    Value name = dict_get_str(dict_of(self), interp.names.__name__);
    if (!name.is_null() && is_str(interp, name))
        return str_to_utf8(static_cast<StrObject*>(name.obj()));
    return "?";
}

Result<Ref> module_getattr(Interpreter& interp, Value self, StrObject* name) {
    // Data descriptors and methods of the module type (__dict__, __class__ ...).
    Value descr = type_lookup(type_of(interp, self), name);
    if (!descr.is_null()) {
        Type* dt = type_of(interp, descr);
        if (dt->descr_get)
            return dt->descr_get(interp, descr, self, Value(type_of(interp, self)));
        return Ref::borrow(descr);
    }
    DictObject* d = dict_of(self);
    Value v = dict_get_str(d, name);
    if (!v.is_null())
        return Ref::borrow(v);
    StrObject* hook_name = interp.intern("__getattr__");
    Value hook = hook_name ? dict_get_str(d, hook_name) : Value();
    if (!hook.is_null())
        return call_positional(interp, hook, {Value(name)});
    return interp.raise_fmt(interp.exc.AttributeError, "module '{}' has no attribute '{}'",
                            module_name_text(interp, self), str_to_utf8(name));
}

Status module_setattr(Interpreter& interp, Value self, StrObject* name, Value value) {
    Value descr = type_lookup(type_of(interp, self), name);
    if (!descr.is_null()) {
        Type* dt = type_of(interp, descr);
        if (dt->descr_set)
            return dt->descr_set(interp, descr, self, value);
    }
    DictObject* d = dict_of(self);
    if (value.is_null()) {
        BASTION_TRY_ASSIGN(bool found, dict_del(interp, d, Value(name)));
        if (!found)
            return interp.raise_fmt(interp.exc.AttributeError, "module '{}' has no attribute '{}'",
                                    module_name_text(interp, self), str_to_utf8(name));
        return {};
    }
    return dict_set_str(interp, d, name, value);
}

Result<Ref> module_repr(Interpreter& interp, Value self) {
    std::string name = module_name_text(interp, self);
    std::string text;
    StrObject* file_key = interp.names.__file__;
    Value file = dict_get_str(dict_of(self), file_key);
    if (!file.is_null() && is_str(interp, file))
        text = fmt::format("<module '{}' from '{}'>", name, str_to_utf8(static_cast<StrObject*>(file.obj())));
    else if (as_module(self)->builtin)
        text = fmt::format("<module '{}' (built-in)>", name);
    else
        text = fmt::format("<module '{}'>", name);
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return Ref(std::move(s));
}

// module(name, doc=None)
Result<Ref> module_tp_new(Interpreter& interp, Type* type, CallArgs args) {
    Value parsed[2];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"module", {"name", "doc"}, 1}, parsed));
    if (!is_str(interp, parsed[0]))
        return interp.raise_fmt(interp.exc.TypeError, "module.__init__() argument 'name' must be str, not {}",
                                type_of(interp, parsed[0])->name);
    BASTION_TRY_ASSIGN(Own<ModuleObject> m, interp.make<ModuleObject>(type));
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    BASTION_TRY(init_namespace(interp, d.get(), parsed[0], parsed[1].is_null() ? Value(interp.none) : parsed[1]));
    m->dict = std::move(d);
    return Ref(std::move(m));
}

Result<Ref> module_get_dict(Interpreter&, Value self) { return as_module(self)->dict; }

constexpr GetSetDef kModuleGetSets[] = {
    {"__dict__", module_get_dict},
};

// module.__dir__ (CPython's module_dir): a `__dir__` function in the module's namespace
// (PEP 562) decides; otherwise the namespace's keys — not the module type's attributes.
Result<Ref> module_dir(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__dir__", 0, 0));
    BASTION_TRY_ASSIGN(Ref dict, get_attr(interp, self, interp.names.__dict__));
    if (!is_dict(interp, dict))
        return interp.raise(interp.exc.TypeError, "<module>.__dict__ is not a dictionary");
    auto* d = static_cast<DictObject*>(dict.obj());
    StrObject* dir_name = interp.intern("__dir__");
    if (dir_name == nullptr)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Value hook, dict_get(interp, d, Value(dir_name)));
    if (!hook.is_null()) {
        Ref keep = Ref::borrow(hook);
        return call(interp, keep, CallArgs{});
    }
    BASTION_TRY_ASSIGN(Own<ListObject> keys, list_new(interp));
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        BASTION_TRY(list_append(interp, keys.get(), k));
    return Ref(std::move(keys));
}

constexpr MethodDef kModuleMethods[] = {
    {"__dir__", module_dir},
};

} // namespace

Result<Ref> module_new(Interpreter& interp, std::string_view name) {
    BASTION_TRY_ASSIGN(Own<ModuleObject> m, interp.make<ModuleObject>(interp.types.module));
    BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
    BASTION_TRY_ASSIGN(Own<StrObject> n, str_from_utf8(interp, name));
    BASTION_TRY(init_namespace(interp, d.get(), Value(n.get()), Value(interp.none)));
    m->dict = std::move(d);
    m->builtin = name == "sys" || name == "builtins";
    return Ref(std::move(m));
}

DictObject* module_dict(Value module) { return dict_of(module); }

bool is_module(Interpreter& interp, Value v) {
    return v.is_obj() && is_subtype(v.obj()->type, interp.types.module);
}

void init_module_type_slots(Interpreter& interp) {
    Type* t = interp.types.module;
    t->instance_size = sizeof(ModuleObject);
    t->flags |= kTypeGC | kTypeBaseType;
    t->destroy = destroy_as<ModuleObject>;
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->repr = module_repr;
    t->tp_new = module_tp_new;
}

Status init_module_type_methods(Interpreter& interp) {
    BASTION_TRY(add_methods(interp, interp.types.module, kModuleMethods));
    return add_getsets(interp, interp.types.module, kModuleGetSets);
}

} // namespace bastion
