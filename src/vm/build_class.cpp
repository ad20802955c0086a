// build_class.cpp: builtins.__build_class__, the function a class statement calls
// (CPython's Python/bltinmodule.c builtin___build_class__): __mro_entries__, metaclass
// selection, __prepare__, running the class body with the namespace as its locals, the
// metaclass call, and the __classcell__ consistency check.
#include <fmt/format.h>

#include <vector>

#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "vm/cell.h"
#include "vm/eval.h"
#include "vm/function.h"
#include "vm/interpreter.h"

namespace bastion {

namespace {

// PEP 560: replace non-type bases that define __mro_entries__ by what it returns.
Result<Ref> update_bases(Interpreter& interp, TupleObject* orig_bases, bool* changed) {
    *changed = false;
    std::vector<Ref> out;
    for (Value base : orig_bases->view()) {
        if (is_type(interp, base)) {
            out.push_back(Ref::borrow(base));
            continue;
        }
        BASTION_TRY_ASSIGN(Ref meth, get_attr_opt(interp, base, interp.names.__mro_entries__));
        if (!meth) {
            out.push_back(Ref::borrow(base));
            continue;
        }
        BASTION_TRY_ASSIGN(Ref entries, call_positional(interp, meth, {Value(orig_bases)}));
        if (!is_tuple(interp, entries))
            return interp.raise(interp.exc.TypeError, "__mro_entries__ must return a tuple");
        for (Value e : static_cast<TupleObject*>(entries.obj())->view())
            out.push_back(Ref::borrow(e));
        *changed = true;
    }
    if (!*changed)
        return Ref::borrow(Value(orig_bases));
    std::vector<Value> items(out.begin(), out.end());
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, items));
    return Ref(std::move(t));
}

std::string repr_text(Interpreter& interp, Value v) {
    auto r = repr(interp, v);
    return r.ok() ? str_to_utf8(r.value().get()) : std::string("?");
}

} // namespace

Result<Ref> builtin___build_class__(Interpreter& interp, CallArgs args) {
    if (args.npos < 2)
        return interp.raise(interp.exc.TypeError, "__build_class__: not enough arguments");
    Value func = args.items[0];
    if (!is_function(interp, func))
        return interp.raise(interp.exc.TypeError, "__build_class__: func must be a function");
    Value name = args.items[1];
    if (!is_str(interp, name))
        return interp.raise(interp.exc.TypeError, "__build_class__: name is not a string");
    BASTION_TRY_ASSIGN(Own<TupleObject> orig_bases, tuple_from(interp, std::span<const Value>(args.items + 2, args.npos - 2)));
    bool bases_changed = false;
    BASTION_TRY_ASSIGN(Ref bases_ref, update_bases(interp, orig_bases.get(), &bases_changed));
    auto* bases = static_cast<TupleObject*>(bases_ref.obj());

    // Keyword arguments without `metaclass`, which selects the metaclass instead.
    Ref meta;
    std::vector<Value> kw_names;
    std::vector<Value> kw_values;
    for (std::size_t i = 0; i < args.nkw(); ++i) {
        StrObject* kw = args.keyword_name(i);
        if (str_equal(kw, interp.names.metaclass)) {
            meta = Ref::borrow(args.keyword_value(i));
            continue;
        }
        kw_names.push_back(Value(kw));
        kw_values.push_back(args.keyword_value(i));
    }
    bool is_class = false;
    if (meta) {
        is_class = is_type(interp, meta);
    } else {
        meta = bases->size == 0 ? Ref::borrow(Value(interp.types.type)) : Ref::borrow(Value(type_of(interp, bases->at(0))));
        is_class = true;
    }
    if (is_class) {
        BASTION_TRY_ASSIGN(Type * winner, calculate_metaclass(interp, static_cast<Type*>(meta.obj()), bases));
        meta = Ref::borrow(Value(winner));
    }
    Ref kwnames;
    if (!kw_names.empty()) {
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_from(interp, kw_names));
        kwnames = std::move(t);
    }
    auto* kwnames_tuple = kwnames ? static_cast<TupleObject*>(kwnames.obj()) : nullptr;

    // ns = meta.__prepare__(name, bases, **kwds), or a new dict.
    Ref ns;
    BASTION_TRY_ASSIGN(Ref prepare, get_attr_opt(interp, meta, interp.names.__prepare__));
    if (!prepare) {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        ns = std::move(d);
    } else {
        std::vector<Value> pargs{name, Value(bases)};
        pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
        BASTION_TRY_ASSIGN(ns, call(interp, prepare, CallArgs{pargs.data(), 2, kwnames_tuple}));
    }
    Type* ns_type = type_of(interp, ns);
    if (!ns_type->getitem || !ns_type->setitem)
        return interp.raise_fmt(interp.exc.TypeError, "{}.__prepare__() must return a mapping, not {}",
                                is_class ? static_cast<Type*>(meta.obj())->name : std::string("<metaclass>"),
                                ns_type->name);

    BASTION_TRY_ASSIGN(Ref cell, call_function_with_locals(interp, static_cast<FunctionObject*>(func.obj()), ns));
    if (bases_changed) {
        StrObject* key = interp.intern("__orig_bases__");
        if (!key)
            return interp.no_memory();
        BASTION_TRY(set_item(interp, ns, Value(key), Value(orig_bases.get())));
    }
    std::vector<Value> margs{name, Value(bases), Value(ns)};
    margs.insert(margs.end(), kw_values.begin(), kw_values.end());
    BASTION_TRY_ASSIGN(Ref cls, call(interp, meta, CallArgs{margs.data(), 3, kwnames_tuple}));
    if (is_type(interp, cls) && is_cell(interp, cell)) {
        Value cell_cls = cell_get(cell.obj());
        if (!cell_cls.is(cls)) {
            if (cell_cls.is_null())
                return interp.raise_fmt(interp.exc.RuntimeError,
                                        "__class__ not set defining {} as {}. Was __classcell__ propagated to "
                                        "type.__new__?",
                                        repr_text(interp, name), repr_text(interp, cls));
            return interp.raise_fmt(interp.exc.TypeError, "__class__ set to {} defining {} as {}",
                                    repr_text(interp, cell_cls), repr_text(interp, name), repr_text(interp, cls));
        }
    }
    return cls;
}

} // namespace bastion
