// weakref_module.cpp: the native `_weakref` module — ref, proxy, getweakrefcount,
// getweakrefs, the three weakref types and _remove_dead_weakref — over gc/weakref.cpp.
// The `weakref` module itself is bundled Python (lib/weakref.py).
#include "gc/gc_state.h"
#include "gc/weakref_object.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/native.h"

namespace bastion {

namespace {

Result<Ref> wr_proxy(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "proxy"));
    BASTION_TRY(check_positional(interp, args, "proxy", 1, 2));
    Value referent = args.items[0];
    Value cb = args.npos >= 2 ? args.items[1] : Value();
    Interpreter::GcState& g = interp.gc();
    Type* t = is_callable(interp, referent) ? g.callable_proxy_type : g.proxy_type;
    return weakref_new(interp, t, referent, cb, true);
}

Result<Ref> wr_getweakrefcount(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "getweakrefcount", 1, 1));
    Value v = args.items[0];
    return int_from_i64(interp, v.is_obj() ? weakref_count(interp, v.obj()) : 0);
}

Result<Ref> wr_getweakrefs(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "getweakrefs", 1, 1));
    Value v = args.items[0];
    if (!v.is_obj())
        return weakref_list(interp, interp.none); // an empty list: None has no weakrefs
    return weakref_list(interp, v.obj());
}

// _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weak reference.
Result<Ref> wr_remove_dead(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_remove_dead_weakref", 2, 2));
    if (!is_dict(interp, args.items[0]))
        return interp.raise_fmt(interp.exc.TypeError, "_remove_dead_weakref() argument 1 must be dict, not {}",
                                type_of(interp, args.items[0])->name);
    auto* d = static_cast<DictObject*>(args.items[0].obj());
    BASTION_TRY_ASSIGN(Value v, dict_get(interp, d, args.items[1]));
    if (v.is_null())
        return interp.new_none();
    Type* rt = interp.gc().ref_type;
    if (v.is_obj() && is_subtype(v.obj()->type, rt) && static_cast<WeakRefObject*>(v.obj())->referent == nullptr) {
        BASTION_TRY_ASSIGN(bool removed, dict_del(interp, d, args.items[1]));
        (void)removed;
    }
    return interp.new_none();
}

} // namespace

Status init_weakref_native_module(Interpreter& interp, DictObject* d) {
    BASTION_TRY(gc_weakref_types(interp));
    Interpreter::GcState& g = interp.gc();
    const std::pair<std::string_view, NativeFunction> fns[] = {
        {"proxy", wr_proxy},
        {"getweakrefcount", wr_getweakrefcount},
        {"getweakrefs", wr_getweakrefs},
        {"_remove_dead_weakref", wr_remove_dead},
    };
    for (const auto& [name, fn] : fns) {
        BASTION_TRY_ASSIGN(Ref f, make_native_function(interp, name, fn, "_weakref"));
        BASTION_TRY(dict_set_str(interp, d, interp.intern(name), f));
    }
    BASTION_TRY(dict_set_str(interp, d, interp.intern("ref"), Value(g.ref_type)));
    BASTION_TRY(dict_set_str(interp, d, interp.intern("ReferenceType"), Value(g.ref_type)));
    BASTION_TRY(dict_set_str(interp, d, interp.intern("ProxyType"), Value(g.proxy_type)));
    return dict_set_str(interp, d, interp.intern("CallableProxyType"), Value(g.callable_proxy_type));
}

} // namespace bastion
