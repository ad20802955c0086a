// descriptors.cpp: the Python-level descriptor types — property, classmethod,
// staticmethod — and super (explicit two-argument form, and super_new for the VM's
// zero-argument super()). CPython: Objects/descrobject.c, funcobject.c, typeobject.c.
#include <fmt/format.h>

#include "gc/visitor.h"
#include "objects/attr_fast.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/type_object.h"
#include "vm/eval_internal.h"
#include "vm/frame.h"
#include "vm/function.h"

namespace bastion {

namespace {

// --- property ----------------------------------------------------------------------------------

struct PropertyObject : Object {
    Ref fget, fset, fdel, doc, name;
    bool getter_doc = false; // doc came from fget.__doc__
    void traverse(Visitor& v) const {
        v.visit(fget);
        v.visit(fset);
        v.visit(fdel);
        v.visit(doc);
        v.visit(name);
    }
};

PropertyObject* prop(Value v) { return static_cast<PropertyObject*>(v.obj()); }

Ref none_to_null(Interpreter& interp, Value v) {
    return v.is_null() || is_none_value(interp, v) ? Ref() : Ref::borrow(v);
}

Result<Ref> property_new(Interpreter& interp, Type* type, CallArgs) {
    BASTION_TRY_ASSIGN(Own<PropertyObject> p, interp.make<PropertyObject>(type));
    return Ref(std::move(p));
}

Status property_init(Interpreter& interp, Value self, CallArgs args) {
    Value a[4];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"property", {"fget", "fset", "fdel", "doc"}, 0}, a));
    PropertyObject* p = prop(self);
    p->fget = none_to_null(interp, a[0]);
    p->fset = none_to_null(interp, a[1]);
    p->fdel = none_to_null(interp, a[2]);
    p->doc = none_to_null(interp, a[3]);
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        BASTION_TRY_ASSIGN(Ref d, get_attr_opt(interp, p->fget, interp.names.__doc__));
        if (d && !is_none_value(interp, d)) {
            p->doc = std::move(d);
            p->getter_doc = true;
        }
    }
    return {};
}

Raised property_error(Interpreter& interp, PropertyObject* p, Value obj, std::string_view what) {
    const std::string& qual = type_of(interp, obj)->qualname;
    if (p->name) {
        auto r = repr(interp, p->name);
        if (!r.ok())
            return r.take_error();
        return interp.raise_fmt(interp.exc.AttributeError, "property {} of '{}' object has no {}", to_utf8(r.value().get()),
                                qual, what);
    }
    return interp.raise_fmt(interp.exc.AttributeError, "property of '{}' object has no {}", qual, what);
}

Result<Ref> property_get(Interpreter& interp, Value self, Value obj, Value) {
    if (obj.is_null())
        return Ref::borrow(self);
    PropertyObject* p = prop(self);
    if (!p->fget)
        return property_error(interp, p, obj, "getter");
    Ref f = p->fget;
    return call_positional(interp, f, {obj});
}

Status property_set(Interpreter& interp, Value self, Value obj, Value value) {
    PropertyObject* p = prop(self);
    Ref f = value.is_null() ? p->fdel : p->fset;
    if (!f)
        return property_error(interp, p, obj, value.is_null() ? "deleter" : "setter");
    if (value.is_null()) {
        BASTION_TRY(call_positional(interp, f, {obj}));
    } else {
        BASTION_TRY(call_positional(interp, f, {obj, value}));
    }
    return {};
}

// getter/setter/deleter: a copy of the property with one accessor replaced.
Result<Ref> property_copy(Interpreter& interp, Value self, int which, Value fn) {
    PropertyObject* p = prop(self);
    Value none(interp.none);
    Value parts[3] = {p->fget ? Value(p->fget) : none, p->fset ? Value(p->fset) : none, p->fdel ? Value(p->fdel) : none};
    parts[which] = fn;
    Value doc = p->getter_doc || !p->doc ? none : Value(p->doc);
    BASTION_TRY_ASSIGN(Ref copy, call_positional(interp, Value(type_of(interp, self)), {parts[0], parts[1], parts[2], doc}));
    if (type_of(interp, copy)->descr_get == &property_get && p->name)
        prop(copy)->name = p->name;
    return copy;
}

template <int Which>
Result<Ref> property_with(Interpreter& interp, Value self, CallArgs args) {
    static constexpr std::string_view kNames[] = {"getter", "setter", "deleter"};
    BASTION_TRY(no_keywords(interp, args, kNames[Which]));
    BASTION_TRY(check_positional(interp, args, kNames[Which], 1, 1));
    return property_copy(interp, self, Which, args.items[0]);
}

Result<Ref> property_set_name(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "__set_name__", 2, 2));
    prop(self)->name = Ref::borrow(args.items[1]);
    return interp.new_none();
}

Result<Ref> ref_or_none(Interpreter& interp, const Ref& r) { return r ? r : interp.new_none(); }
Result<Ref> property_fget(Interpreter& interp, Value self) { return ref_or_none(interp, prop(self)->fget); }
Result<Ref> property_fset(Interpreter& interp, Value self) { return ref_or_none(interp, prop(self)->fset); }
Result<Ref> property_fdel(Interpreter& interp, Value self) { return ref_or_none(interp, prop(self)->fdel); }
Result<Ref> property_doc(Interpreter& interp, Value self) { return ref_or_none(interp, prop(self)->doc); }
Status property_set_doc(Interpreter& interp, Value self, Value value) {
    prop(self)->doc = none_to_null(interp, value);
    prop(self)->getter_doc = false;
    return {};
}

// --- classmethod / staticmethod ----------------------------------------------------------------

struct WrappedCallableObject : Object {
    Ref callable;
    void traverse(Visitor& v) const { v.visit(callable); }
};

WrappedCallableObject* wrapped(Value v) { return static_cast<WrappedCallableObject*>(v.obj()); }

Result<Ref> wrapped_new(Interpreter& interp, Type* type, CallArgs) {
    BASTION_TRY_ASSIGN(Own<WrappedCallableObject> w, interp.make<WrappedCallableObject>(type));
    return Ref(std::move(w));
}

Status wrapped_init(Interpreter& interp, Value self, CallArgs args, std::string_view name) {
    BASTION_TRY(no_keywords(interp, args, name));
    BASTION_TRY(check_positional(interp, args, name, 1, 1));
    Value callable = args.items[0];
    wrapped(self)->callable = Ref::borrow(callable);
    // 3.10+ (functools_wraps): copy the callable's identity into the instance __dict__.
    for (std::string_view attr : {"__module__", "__name__", "__qualname__", "__doc__"}) {
        StrObject* key = interp.intern(attr);
        if (key == nullptr)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Ref v, get_attr_opt(interp, callable, key));
        if (v)
            BASTION_TRY(set_attr(interp, self, key, v));
    }
    return {};
}
Status classmethod_init(Interpreter& interp, Value self, CallArgs args) {
    return wrapped_init(interp, self, args, "classmethod");
}
Status staticmethod_init(Interpreter& interp, Value self, CallArgs args) {
    return wrapped_init(interp, self, args, "staticmethod");
}

Result<Ref> classmethod_get(Interpreter& interp, Value self, Value obj, Value owner) {
    Value cls = owner.is_null() ? Value(type_of(interp, obj)) : owner;
    Ref f = wrapped(self)->callable;
    if (!f)
        return interp.raise(interp.exc.RuntimeError, "uninitialized classmethod object");
    // 3.9-3.12: a wrapped descriptor is bound to the class (classmethod chaining).
    DescrGetFn get = type_of(interp, f)->descr_get;
    if (get != nullptr)
        return get(interp, f, cls, cls);
    BASTION_TRY_ASSIGN(Own<MethodObject> m, method_new(interp, f, cls));
    return Ref(std::move(m));
}

Result<Ref> staticmethod_get(Interpreter& interp, Value self, Value, Value) {
    Ref f = wrapped(self)->callable;
    if (!f)
        return interp.raise(interp.exc.RuntimeError, "uninitialized staticmethod object");
    return f;
}

Result<Ref> staticmethod_call(Interpreter& interp, Value self, CallArgs args) {
    Ref f = wrapped(self)->callable;
    return call(interp, f, args);
}

template <bool Class>
Result<Ref> wrapped_repr(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Own<StrObject> inner, repr(interp, wrapped(self)->callable));
    return make_str(interp, fmt::format("<{}({})>", Class ? "classmethod" : "staticmethod", to_utf8(inner.get())));
}

Result<Ref> wrapped_func(Interpreter& interp, Value self) { return ref_or_none(interp, wrapped(self)->callable); }

Result<Ref> wrapped_isabstract(Interpreter& interp, Value self) {
    Ref f = wrapped(self)->callable;
    BASTION_TRY_ASSIGN(Ref r, get_attr_opt(interp, f, name_of(interp, "__isabstractmethod__")));
    if (!r)
        return interp.new_bool(false);
    BASTION_TRY_ASSIGN(bool b, is_true(interp, r));
    return interp.new_bool(b);
}

// --- super -------------------------------------------------------------------------------------

struct SuperObject : Object {
    Ref type;     // the class super() was called in
    Ref obj;      // the instance or class, or null (unbound)
    Ref obj_type; // the type whose MRO is searched
    void traverse(Visitor& v) const {
        v.visit(type);
        v.visit(obj);
        v.visit(obj_type);
    }
};

SuperObject* sup(Value v) { return static_cast<SuperObject*>(v.obj()); }

Result<Ref> supercheck(Interpreter& interp, Type* type, Value obj) {
    if (is_type_value(interp, obj) && is_subtype(as_type(obj), type))
        return Ref::borrow(obj);
    if (is_subtype(type_of(interp, obj), type))
        return Ref::borrow(Value(type_of(interp, obj)));
    BASTION_TRY_ASSIGN(Ref cls, get_attr_opt(interp, obj, interp.names.__class__));
    if (cls && is_type_value(interp, cls) && !cls.get().is(Value(type_of(interp, obj))) &&
        is_subtype(as_type(cls), type))
        return cls;
    return interp.raise(interp.exc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

Status super_fill(Interpreter& interp, SuperObject* s, Value type, Value obj) {
    if (!is_type_value(interp, type))
        return interp.raise_fmt(interp.exc.TypeError, "super() argument 1 must be a type, not {}", tname(interp, type));
    Ref obj_type;
    if (!obj.is_null() && !is_none_value(interp, obj)) {
        BASTION_TRY_ASSIGN(obj_type, supercheck(interp, as_type(type), obj));
    } else {
        obj = Value();
    }
    s->type = Ref::borrow(type);
    s->obj = Ref::borrow(obj);
    s->obj_type = std::move(obj_type);
    return {};
}

Result<Ref> super_alloc(Interpreter& interp, Type* type, CallArgs) {
    BASTION_TRY_ASSIGN(Own<SuperObject> s, interp.make<SuperObject>(type));
    return Ref(std::move(s));
}

Status super_init(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "super"));
    if (args.npos == 0) {
        // Zero-argument form: __class__ and the first argument of the calling frame.
        Ref type, obj;
        BASTION_TRY(current_super_args(interp, &type, &obj));
        return super_fill(interp, sup(self), type, obj);
    }
    BASTION_TRY(check_positional(interp, args, "super", 1, 2));
    return super_fill(interp, sup(self), args.items[0], args.npos == 2 ? args.items[1] : Value());
}

Result<Ref> super_getattr(Interpreter& interp, Value self, StrObject* name) {
    SuperObject* s = sup(self);
    if (s->obj_type && name != interp.names.__class__) {
        Type* start = as_type(s->obj_type);
        auto* mro = static_cast<TupleObject*>(start->mro.obj());
        int64_t i = 0;
        while (i < mro->size && !mro->at(i).is(s->type))
            ++i;
        for (++i; i < mro->size; ++i) {
            Type* t = as_type(mro->at(i));
            Ref res = Ref::borrow(dict_get_str(static_cast<DictObject*>(t->dict.obj()), name));
            if (!res)
                continue;
            DescrGetFn get = type_of(interp, res)->descr_get;
            if (get == nullptr)
                return res;
            Ref obj = s->obj;
            Ref start_ref = s->obj_type;
            return get(interp, res, obj.get().is(start_ref) ? Value() : Value(obj), start_ref);
        }
    }
    return generic_getattr(interp, self, name);
}

} // namespace

namespace {

// What super_getattr finds for `name` on super(type, obj) with obj_type's MRO, when that is
// a plain function binding to the instance `obj`: the function (borrowed); else null.
Value super_find_function(Interpreter& interp, Value type, Value obj, Value obj_type, StrObject* name) {
    if (obj_type.is_null() || name == interp.names.__class__ || obj.is(obj_type) || is_none_value(interp, obj))
        return Value();
    // The walk super_getattr makes: the classes after `type` on the instance's MRO.
    Type* start = as_type(obj_type);
    auto* mro = static_cast<TupleObject*>(start->mro.obj());
    int64_t i = 0;
    while (i < mro->size && !mro->at(i).is(type))
        ++i;
    for (++i; i < mro->size; ++i) {
        Type* t = as_type(mro->at(i));
        Value res = dict_get_str(static_cast<DictObject*>(t->dict.obj()), name);
        if (res.is_null())
            continue;
        // A function binds to a non-None instance as a bound method (function_descr_get):
        // the caller calls it with the instance first instead.
        if (!res.is_obj() || res.obj()->type != interp.types.function)
            return Value();
        return res;
    }
    return Value();
}

} // namespace

bool super_method(Interpreter& interp, Value self, StrObject* name, Ref* func, Ref* inst) {
    if (!self.is_obj() || type_of(interp, self)->getattr != &super_getattr)
        return false;
    SuperObject* s = sup(self);
    Value fn = super_find_function(interp, s->type, s->obj, s->obj_type, name);
    if (fn.is_null())
        return false;
    *func = Ref::borrow(fn);
    *inst = s->obj;
    return true;
}

Result<bool> super_method_zero_arg(Interpreter& interp, StrObject* name, Ref* base) {
    BASTION_CHECK(base[0].is_null() && base[1].get().is(Value(interp.types.super)));
    // super_init's zero-argument form, then super_fill's checks: those that need no Python
    // code (the `__class__` attribute lookup of supercheck's last case takes the generic path).
    Ref type, obj;
    BASTION_TRY(current_super_args(interp, &type, &obj));
    if (is_none_value(interp, obj))
        return false;
    Value obj_type;
    if (is_type_value(interp, obj) && is_subtype(as_type(obj), as_type(type)))
        obj_type = obj;
    else if (is_subtype(type_of(interp, obj), as_type(type)))
        obj_type = Value(type_of(interp, obj));
    else
        return false;
    Value fn = super_find_function(interp, type, obj, obj_type, name);
    if (fn.is_null())
        return false;
    base[0] = Ref::borrow(fn);
    base[1] = std::move(obj); // releases the reference to super
    return true;
}

namespace {

Result<Ref> super_descr_get(Interpreter& interp, Value self, Value obj, Value) {
    SuperObject* s = sup(self);
    if (obj.is_null() || s->obj)
        return Ref::borrow(self);
    return super_new(interp, s->type, obj);
}

Result<Ref> super_repr(Interpreter& interp, Value self) {
    SuperObject* s = sup(self);
    std::string type_text = s->type ? fmt::format("<class '{}'>", as_type(s->type)->name) : "NULL";
    if (s->obj_type)
        return make_str(interp, fmt::format("<super: {}, <{} object>>", type_text, as_type(s->obj_type)->name));
    return make_str(interp, fmt::format("<super: {}, NULL>", type_text));
}

Result<Ref> super_thisclass(Interpreter& interp, Value self) { return ref_or_none(interp, sup(self)->type); }
Result<Ref> super_self(Interpreter& interp, Value self) { return ref_or_none(interp, sup(self)->obj); }
Result<Ref> super_self_class(Interpreter& interp, Value self) { return ref_or_none(interp, sup(self)->obj_type); }

template <typename T>
void basic_type(Type* t) {
    t->flags |= kTypeBaseType | kTypeGC;
    t->instance_size = sizeof(T);
    t->destroy = destroy_as<T>;
    t->traverse = traverse_as<T>;
}

} // namespace

Result<Ref> super_new(Interpreter& interp, Value type, Value obj) {
    BASTION_TRY_ASSIGN(Own<SuperObject> s, interp.make<SuperObject>(interp.types.super));
    BASTION_TRY(super_fill(interp, s.get(), type, obj));
    return Ref(std::move(s));
}

Result<Ref> make_staticmethod(Interpreter& interp, Value callable) {
    BASTION_TRY_ASSIGN(Own<WrappedCallableObject> w, interp.make<WrappedCallableObject>(interp.types.staticmethod));
    w->callable = Ref::borrow(callable);
    return Ref(std::move(w));
}

void init_descriptor_slots(Interpreter& interp) {
    Type* p = interp.types.property;
    basic_type<PropertyObject>(p);
    p->tp_new = property_new;
    p->tp_init = property_init;
    p->descr_get = property_get;
    p->descr_set = property_set;

    Type* cm = interp.types.classmethod;
    basic_type<WrappedCallableObject>(cm);
    cm->flags |= kTypeManagedDict;
    cm->tp_new = wrapped_new;
    cm->tp_init = classmethod_init;
    cm->descr_get = classmethod_get;
    cm->repr = wrapped_repr<true>;

    Type* sm = interp.types.staticmethod;
    basic_type<WrappedCallableObject>(sm);
    sm->flags |= kTypeManagedDict;
    sm->tp_new = wrapped_new;
    sm->tp_init = staticmethod_init;
    sm->descr_get = staticmethod_get;
    sm->call = staticmethod_call;
    sm->repr = wrapped_repr<false>;

    Type* su = interp.types.super;
    basic_type<SuperObject>(su);
    su->tp_new = super_alloc;
    su->tp_init = super_init;
    su->getattr = super_getattr;
    su->descr_get = super_descr_get;
    su->repr = super_repr;
}

Status init_descriptor_methods(Interpreter& interp) {
    static constexpr MethodDef kPropertyMethods[] = {
        {"getter", property_with<0>},
        {"setter", property_with<1>},
        {"deleter", property_with<2>},
        {"__set_name__", property_set_name},
    };
    BASTION_TRY(add_methods(interp, interp.types.property, kPropertyMethods));
    static constexpr GetSetDef kPropertyGetSets[] = {
        {"fget", property_fget},
        {"fset", property_fset},
        {"fdel", property_fdel},
        {"__doc__", property_doc, property_set_doc},
    };
    BASTION_TRY(add_getsets(interp, interp.types.property, kPropertyGetSets));
    static constexpr GetSetDef kWrappedGetSets[] = {
        {"__func__", wrapped_func},
        {"__wrapped__", wrapped_func},
        {"__isabstractmethod__", wrapped_isabstract},
    };
    BASTION_TRY(add_getsets(interp, interp.types.classmethod, kWrappedGetSets));
    BASTION_TRY(add_getsets(interp, interp.types.staticmethod, kWrappedGetSets));
    static constexpr GetSetDef kSuperGetSets[] = {
        {"__thisclass__", super_thisclass},
        {"__self__", super_self},
        {"__self_class__", super_self_class},
    };
    return add_getsets(interp, interp.types.super, kSuperGetSets);
}

} // namespace bastion
