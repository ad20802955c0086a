// native.cpp: C++ functions as Python callables — builtin functions and bound builtin
// methods (builtin_function_or_method), method/classmethod descriptors of built-in types,
// slot wrapper descriptors and their bound form, getset descriptors, `T.__new__` — and
// the argument parser with CPython's messages (getargs.c / Argument Clinic wording).
#include <fmt/format.h>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/native_fast.h"
#include "objects/slots.h"

namespace bastion {

namespace {

std::string address(Value v) { return fmt::format("{:#x}", v.bits()); }

bool str_eq(StrObject* s, std::string_view text) {
    if (s->ascii)
        return s->ascii_view() == text;
    return str_to_utf8(s) == text;
}

std::string_view native_name(NativeFunctionObject* f) {
    switch (f->kind) {
    case NativeFunctionObject::Kind::Method:
        if (f->descr)
            return static_cast<MethodDescrObject*>(f->descr.obj())->name;
        return f->name;
    case NativeFunctionObject::Kind::MethodWrapper:
        return wrapper_name(static_cast<WrapperDescrObject*>(f->descr.obj()));
    case NativeFunctionObject::Kind::Function:
    case NativeFunctionObject::Kind::TypeNew:
        break;
    }
    return f->name;
}

// CPython tp_new_wrapper: `T.__new__(S, ...)` with its subtype and safety checks.
Result<Ref> type_new_wrapper(Interpreter& interp, Type* t, CallArgs args) {
    if (args.npos < 1)
        return interp.raise_fmt(interp.exc.TypeError, "{}.__new__(): not enough arguments", t->name);
    Value arg0 = args.items[0];
    if (!is_type_value(interp, arg0))
        return interp.raise_fmt(interp.exc.TypeError, "{}.__new__(X): X is not a type object ({})", t->name,
                                tname(interp, arg0));
    Type* sub = as_type(arg0);
    if (!is_subtype(sub, t))
        return interp.raise_fmt(interp.exc.TypeError, "{}.__new__({}): {} is not a subtype of {}", t->name, sub->name,
                                sub->name, t->name);
    Type* staticbase = sub;
    while (staticbase != nullptr && is_heap_new_dispatcher(staticbase->tp_new))
        staticbase = staticbase->base;
    if (staticbase != nullptr && staticbase->tp_new != t->tp_new)
        return interp.raise_fmt(interp.exc.TypeError, "{}.__new__({}) is not safe, use {}.__new__()", t->name, sub->name,
                                staticbase->name);
    return t->tp_new(interp, sub, drop_first(args));
}

Result<Ref> native_call(Interpreter& interp, Value callable, CallArgs args) {
    auto* f = static_cast<NativeFunctionObject*>(callable.obj());
    BASTION_TRY(check_stack(interp));
    switch (f->kind) {
    case NativeFunctionObject::Kind::Function:
        return f->fn(interp, args);
    case NativeFunctionObject::Kind::Method:
        return f->meth(interp, f->self, args);
    case NativeFunctionObject::Kind::MethodWrapper:
        return wrapper_invoke(interp, static_cast<WrapperDescrObject*>(f->descr.obj()), f->self, args);
    case NativeFunctionObject::Kind::TypeNew:
        return type_new_wrapper(interp, as_type(f->self), args);
    }
    return interp.raise(interp.exc.SystemError, "bad native function");
}

Result<Ref> native_repr(Interpreter& interp, Value v) {
    auto* f = static_cast<NativeFunctionObject*>(v.obj());
    std::string_view name = native_name(f);
    switch (f->kind) {
    case NativeFunctionObject::Kind::Function:
        return make_str(interp, fmt::format("<built-in function {}>", name));
    case NativeFunctionObject::Kind::Method:
        if (!f->self)
            return make_str(interp, fmt::format("<built-in function {}>", name));
        return make_str(interp, fmt::format("<built-in method {} of {} object at {}>", name, tname(interp, f->self),
                                            address(f->self)));
    case NativeFunctionObject::Kind::MethodWrapper:
        return make_str(interp, fmt::format("<method-wrapper '{}' of {} object at {}>", name, tname(interp, f->self),
                                            address(f->self)));
    case NativeFunctionObject::Kind::TypeNew:
        return make_str(interp, fmt::format("<built-in method __new__ of type object at {}>", address(f->self)));
    }
    return make_str(interp, "<built-in function>");
}

Result<Ref> native_get_name(Interpreter& interp, Value self) {
    return make_str(interp, native_name(static_cast<NativeFunctionObject*>(self.obj())));
}
Result<Ref> native_get_qualname(Interpreter& interp, Value self) {
    auto* f = static_cast<NativeFunctionObject*>(self.obj());
    if (f->kind == NativeFunctionObject::Kind::Function || !f->self)
        return make_str(interp, native_name(f));
    Type* owner = is_type_value(interp, f->self) ? as_type(f->self) : type_of(interp, f->self);
    return make_str(interp, fmt::format("{}.{}", owner->qualname, native_name(f)));
}
Result<Ref> native_get_self(Interpreter& interp, Value self) {
    auto* f = static_cast<NativeFunctionObject*>(self.obj());
    return f->self ? Ref(f->self) : interp.new_none();
}
Result<Ref> native_get_module(Interpreter& interp, Value self) {
    auto* f = static_cast<NativeFunctionObject*>(self.obj());
    if (f->kind == NativeFunctionObject::Kind::Function && !f->module.empty())
        return make_str(interp, f->module);
    return interp.new_none();
}
Result<Ref> get_none(Interpreter& interp, Value) { return interp.new_none(); }

// --- method_descriptor / classmethod_descriptor ------------------------------------------------

Result<Ref> bind_native_method(Interpreter& interp, MethodDescrObject* d, Value self) {
    BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
    f->kind = NativeFunctionObject::Kind::Method;
    f->meth = d->fn;
    f->self = Ref::borrow(self);
    f->descr = Ref::borrow(Value(d));
    return Ref(std::move(f));
}

Result<Ref> method_descr_get(Interpreter& interp, Value descr, Value inst, Value owner) {
    auto* d = static_cast<MethodDescrObject*>(descr.obj());
    if (d->flags & kMethClass) {
        Value cls = owner.is_null() ? Value(type_of(interp, inst)) : owner;
        if (!is_type_value(interp, cls) || !is_subtype(as_type(cls), d->owner))
            return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for type '{}' needs a subtype of '{}'", d->name,
                                    d->owner->name, d->owner->name);
        return bind_native_method(interp, d, cls);
    }
    if (inst.is_null())
        return Ref::borrow(descr);
    if (!is_subtype(type_of(interp, inst), d->owner))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                d->name, d->owner->name, tname(interp, inst));
    return bind_native_method(interp, d, inst);
}

Result<Ref> method_descr_call(Interpreter& interp, Value descr, CallArgs args) {
    auto* d = static_cast<MethodDescrObject*>(descr.obj());
    if (args.npos < 1) {
        if (d->flags & kMethClass)
            return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' of '{}' object needs an argument", d->name,
                                    d->owner->name);
        return interp.raise_fmt(interp.exc.TypeError, "unbound method {}.{}() needs an argument", d->owner->name, d->name);
    }
    Value self = args.items[0];
    if (d->flags & kMethClass) {
        if (!is_type_value(interp, self) || !is_subtype(as_type(self), d->owner))
            return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 1",
                                    d->name, d->owner->name, tname(interp, self));
    } else if (type_of(interp, self) != d->owner && !is_subtype(type_of(interp, self), d->owner)) {
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                d->name, d->owner->name, tname(interp, self));
    }
    BASTION_TRY(check_stack(interp));
    return d->fn(interp, self, make_call_args(args.items + 1, args.npos - 1, args.kwnames));
}

Result<Ref> method_descr_repr(Interpreter& interp, Value v) {
    auto* d = static_cast<MethodDescrObject*>(v.obj());
    return make_str(interp, fmt::format("<method '{}' of '{}' objects>", d->name, d->owner->name));
}
Result<Ref> method_descr_name(Interpreter& interp, Value v) {
    return make_str(interp, static_cast<MethodDescrObject*>(v.obj())->name);
}
Result<Ref> method_descr_qualname(Interpreter& interp, Value v) {
    auto* d = static_cast<MethodDescrObject*>(v.obj());
    return make_str(interp, fmt::format("{}.{}", d->owner->qualname, d->name));
}
Result<Ref> method_descr_objclass(Interpreter&, Value v) {
    return Ref::borrow(Value(static_cast<MethodDescrObject*>(v.obj())->owner));
}

// --- wrapper_descriptor ----------------------------------------------------------------------------

Result<Ref> wrapper_descr_get(Interpreter& interp, Value descr, Value inst, Value) {
    auto* d = static_cast<WrapperDescrObject*>(descr.obj());
    if (inst.is_null())
        return Ref::borrow(descr);
    if (!is_subtype(type_of(interp, inst), d->owner))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                wrapper_name(d), d->owner->name, tname(interp, inst));
    return make_method_wrapper(interp, d, inst);
}

Result<Ref> wrapper_descr_call(Interpreter& interp, Value descr, CallArgs args) {
    auto* d = static_cast<WrapperDescrObject*>(descr.obj());
    if (args.npos < 1)
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' of '{}' object needs an argument", wrapper_name(d),
                                d->owner->name);
    Value self = args.items[0];
    if (!is_subtype(type_of(interp, self), d->owner))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' requires a '{}' object but received a '{}'",
                                wrapper_name(d), d->owner->name, tname(interp, self));
    BASTION_TRY(check_stack(interp));
    return wrapper_invoke(interp, d, self, drop_first(args));
}

Result<Ref> wrapper_descr_repr(Interpreter& interp, Value v) {
    auto* d = static_cast<WrapperDescrObject*>(v.obj());
    return make_str(interp, fmt::format("<slot wrapper '{}' of '{}' objects>", wrapper_name(d), d->owner->name));
}
Result<Ref> wrapper_descr_name(Interpreter& interp, Value v) {
    return make_str(interp, wrapper_name(static_cast<WrapperDescrObject*>(v.obj())));
}
Result<Ref> wrapper_descr_qualname(Interpreter& interp, Value v) {
    auto* d = static_cast<WrapperDescrObject*>(v.obj());
    return make_str(interp, fmt::format("{}.{}", d->owner->qualname, wrapper_name(d)));
}
Result<Ref> wrapper_descr_objclass(Interpreter&, Value v) {
    return Ref::borrow(Value(static_cast<WrapperDescrObject*>(v.obj())->owner));
}

// --- getset_descriptor -------------------------------------------------------------------------------

Result<Ref> getset_get(Interpreter& interp, Value descr, Value inst, Value) {
    auto* d = static_cast<GetSetDescrObject*>(descr.obj());
    if (inst.is_null())
        return Ref::borrow(descr);
    if (!is_subtype(type_of(interp, inst), d->owner))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                d->name, d->owner->name, tname(interp, inst));
    if (d->get == nullptr)
        return interp.raise_fmt(interp.exc.AttributeError, "attribute '{}' of '{}' objects is not readable", d->name,
                                d->owner->name);
    return d->get(interp, inst);
}

Status getset_set(Interpreter& interp, Value descr, Value inst, Value value) {
    auto* d = static_cast<GetSetDescrObject*>(descr.obj());
    if (!is_subtype(type_of(interp, inst), d->owner))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                d->name, d->owner->name, tname(interp, inst));
    if (d->set == nullptr)
        return interp.raise_fmt(interp.exc.AttributeError, "attribute '{}' of '{}' objects is not writable", d->name,
                                d->owner->name);
    return d->set(interp, inst, value);
}

Result<Ref> getset_repr(Interpreter& interp, Value v) {
    auto* d = static_cast<GetSetDescrObject*>(v.obj());
    return make_str(interp, fmt::format("<attribute '{}' of '{}' objects>", d->name, d->owner->name));
}
Result<Ref> getset_name(Interpreter& interp, Value v) {
    return make_str(interp, static_cast<GetSetDescrObject*>(v.obj())->name);
}
Result<Ref> getset_qualname(Interpreter& interp, Value v) {
    auto* d = static_cast<GetSetDescrObject*>(v.obj());
    return make_str(interp, fmt::format("{}.{}", d->owner->qualname, d->name));
}
Result<Ref> getset_objclass(Interpreter&, Value v) {
    return Ref::borrow(Value(static_cast<GetSetDescrObject*>(v.obj())->owner));
}

void set_descriptor_type(Type* t, std::size_t size, DestroyFn destroy) {
    t->flags |= kTypeGC;
    t->flags &= ~uint32_t(kTypeBaseType);
    t->instance_size = size;
    t->destroy = destroy;
    t->getattr = generic_getattr;
    t->setattr = generic_setattr;
}

} // namespace

Result<Ref> make_method_wrapper(Interpreter& interp, WrapperDescrObject* d, Value self) {
    BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
    f->kind = NativeFunctionObject::Kind::MethodWrapper;
    f->self = Ref::borrow(self);
    f->descr = Ref::borrow(Value(d));
    return Ref(std::move(f));
}

Result<Ref> make_type_new(Interpreter& interp, Type* t) {
    BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
    f->kind = NativeFunctionObject::Kind::TypeNew;
    f->self = Ref::borrow(Value(t));
    f->name = "__new__";
    return Ref(std::move(f));
}

bool is_type_new(Interpreter& interp, Value v, Type** owner) {
    if (!v.is_obj() || v.obj()->type != interp.types.builtin_function)
        return false;
    auto* f = static_cast<NativeFunctionObject*>(v.obj());
    if (f->kind != NativeFunctionObject::Kind::TypeNew)
        return false;
    *owner = as_type(f->self);
    return true;
}

void init_native_slots(Interpreter& interp) {
    Type* bf = interp.types.builtin_function;
    set_descriptor_type(bf, sizeof(NativeFunctionObject), destroy_as<NativeFunctionObject>);
    bf->call = native_call;
    bf->repr = native_repr;

    for (Type* t : {interp.types.method_descriptor, interp.types.classmethod_descriptor}) {
        set_descriptor_type(t, sizeof(MethodDescrObject), destroy_as<MethodDescrObject>);
        t->call = method_descr_call;
        t->descr_get = method_descr_get;
        t->repr = method_descr_repr;
    }
    Type* gs = interp.types.getset_descriptor;
    set_descriptor_type(gs, sizeof(GetSetDescrObject), destroy_as<GetSetDescrObject>);
    gs->descr_get = getset_get;
    gs->descr_set = getset_set;
    gs->repr = getset_repr;
    // member_descriptor: the __slots__ members (objects/slots.cpp), same layout as getset.
    set_descriptor_type(interp.types.member_descriptor, sizeof(GetSetDescrObject), destroy_as<GetSetDescrObject>);
    init_member_descriptor_slots(interp);
}

void init_wrapper_descriptor_type(Interpreter& interp) {
    Type* t = interp.types.wrapper_descriptor;
    set_descriptor_type(t, sizeof(WrapperDescrObject), destroy_as<WrapperDescrObject>);
    t->flags &= ~uint32_t(kTypeGC);
    t->call = wrapper_descr_call;
    t->descr_get = wrapper_descr_get;
    t->repr = wrapper_descr_repr;
}

Status init_native_methods(Interpreter& interp) {
    static constexpr GetSetDef kNativeGetSets[] = {
        {"__name__", native_get_name}, {"__qualname__", native_get_qualname}, {"__self__", native_get_self},
        {"__module__", native_get_module}, {"__doc__", get_none}, {"__text_signature__", get_none},
    };
    BASTION_TRY(add_getsets(interp, interp.types.builtin_function, kNativeGetSets));
    static constexpr GetSetDef kMethodDescrGetSets[] = {
        {"__name__", method_descr_name}, {"__qualname__", method_descr_qualname},
        {"__objclass__", method_descr_objclass}, {"__doc__", get_none}, {"__text_signature__", get_none},
    };
    BASTION_TRY(add_getsets(interp, interp.types.method_descriptor, kMethodDescrGetSets));
    BASTION_TRY(add_getsets(interp, interp.types.classmethod_descriptor, kMethodDescrGetSets));
    static constexpr GetSetDef kWrapperGetSets[] = {
        {"__name__", wrapper_descr_name}, {"__qualname__", wrapper_descr_qualname},
        {"__objclass__", wrapper_descr_objclass}, {"__doc__", get_none}, {"__text_signature__", get_none},
    };
    BASTION_TRY(add_getsets(interp, interp.types.wrapper_descriptor, kWrapperGetSets));
    static constexpr GetSetDef kGetSetGetSets[] = {
        {"__name__", getset_name}, {"__qualname__", getset_qualname},
        {"__objclass__", getset_objclass}, {"__doc__", get_none},
    };
    BASTION_TRY(add_getsets(interp, interp.types.getset_descriptor, kGetSetGetSets));
    BASTION_TRY(add_getsets(interp, interp.types.member_descriptor, kGetSetGetSets));
    return {};
}

// --- Registration ----------------------------------------------------------------------------------

Status add_methods(Interpreter& interp, Type* type, std::span<const MethodDef> methods) {
    auto* dict = reinterpret_cast<DictObject*>(type->dict.obj());
    BASTION_CHECK(dict != nullptr);
    for (const MethodDef& m : methods) {
        StrObject* name = interp.intern(m.name);
        if (name == nullptr)
            return interp.no_memory();
        Ref entry;
        if (m.flags & kMethStatic) {
            BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
            f->kind = NativeFunctionObject::Kind::Method;
            f->meth = m.fn;
            f->name = std::string(m.name);
            BASTION_TRY_ASSIGN(entry, make_staticmethod(interp, Value(f)));
        } else {
            Type* dt = (m.flags & kMethClass) ? interp.types.classmethod_descriptor : interp.types.method_descriptor;
            BASTION_TRY_ASSIGN(Own<MethodDescrObject> d, interp.make<MethodDescrObject>(dt));
            d->owner = type;
            d->name = std::string(m.name);
            d->fn = m.fn;
            d->flags = m.flags;
            entry = std::move(d);
        }
        BASTION_TRY(dict_set_str(interp, dict, name, entry));
    }
    ++type->version;
    return {};
}

Status add_getsets(Interpreter& interp, Type* type, std::span<const GetSetDef> getsets) {
    auto* dict = reinterpret_cast<DictObject*>(type->dict.obj());
    BASTION_CHECK(dict != nullptr);
    for (const GetSetDef& g : getsets) {
        StrObject* name = interp.intern(g.name);
        if (name == nullptr)
            return interp.no_memory();
        BASTION_TRY_ASSIGN(Own<GetSetDescrObject> d, interp.make<GetSetDescrObject>(interp.types.getset_descriptor));
        d->owner = type;
        d->name = std::string(g.name);
        d->get = g.get;
        d->set = g.set;
        BASTION_TRY(dict_set_str(interp, dict, name, Value(d)));
    }
    ++type->version;
    return {};
}

Result<Ref> make_native_function(Interpreter& interp, std::string_view name, NativeFunction fn, std::string_view module) {
    BASTION_TRY_ASSIGN(Own<NativeFunctionObject> f, interp.make<NativeFunctionObject>(interp.types.builtin_function));
    f->kind = NativeFunctionObject::Kind::Function;
    f->fn = fn;
    f->name = std::string(name);
    f->module = std::string(module);
    return Ref(std::move(f));
}

Status define_function(Interpreter& interp, Value dict, std::string_view name, NativeFunction fn) {
    if (!is_dict(interp, dict))
        return interp.raise(interp.exc.SystemError, "define_function: not a dict");
    auto* d = static_cast<DictObject*>(dict.obj());
    std::string module = "builtins";
    Value modname = dict_get_str(d, interp.names.__name__);
    if (!modname.is_null() && is_str(interp, modname))
        module = to_utf8(static_cast<StrObject*>(modname.obj()));
    BASTION_TRY_ASSIGN(Ref f, make_native_function(interp, name, fn, module));
    StrObject* key = interp.intern(name);
    if (key == nullptr)
        return interp.no_memory();
    return dict_set_str(interp, d, key, f);
}

// --- Argument parsing ------------------------------------------------------------------------------

Status no_keywords(Interpreter& interp, CallArgs args, std::string_view function_name) {
    if (args.kwnames != nullptr && args.nkw() != 0)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes no keyword arguments", function_name);
    return {};
}

Status check_positional(Interpreter& interp, CallArgs args, std::string_view name, std::size_t min, std::size_t max) {
    std::size_t n = args.npos;
    if (n >= min && n <= max)
        return {};
    if (min == max && min == 1) // CPython METH_O
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes exactly one argument ({} given)", name, n);
    if (min == max && min == 0) // METH_NOARGS
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes no arguments ({} given)", name, n);
    // CPython _PyArg_CheckPositional
    std::size_t bound = n < min ? min : max;
    const char* qualifier = min == max ? "" : (n < min ? "at least " : "at most ");
    return interp.raise_fmt(interp.exc.TypeError, "{} expected {}{} argument{}, got {}", name, qualifier, bound,
                            bound == 1 ? "" : "s", n);
}

// CPython 3.11 _PyArg_UnpackKeywords (Argument Clinic), message for message.
Status parse_args(Interpreter& interp, CallArgs args, const ArgSpec& spec, std::span<Value> out) {
    const std::size_t nnames = spec.names.size();
    BASTION_CHECK(out.size() >= nnames && spec.npositional_only <= nnames && spec.nkeyword_only <= nnames);
    const std::string_view* names = spec.names.begin();
    const std::size_t maxargs = nnames;
    const std::size_t maxpos = nnames - spec.nkeyword_only;
    const std::size_t minpos = std::min(spec.nrequired, maxpos);
    const std::size_t posonly = spec.npositional_only;
    const std::size_t nargs = args.npos;
    const std::size_t nkw = args.kwnames != nullptr ? args.nkw() : 0;
    const std::string_view fname = spec.function_name;
    for (std::size_t i = 0; i < nnames; ++i)
        out[i] = Value();

    if (nargs + nkw > maxargs)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes at most {} {}argument{} ({} given)", fname, maxargs,
                                nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
    if (nargs > maxpos) {
        if (maxpos == 0)
            return interp.raise_fmt(interp.exc.TypeError, "{}() takes no positional arguments", fname);
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes {} {} positional argument{} ({} given)", fname,
                                minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    }
    const std::size_t minposonly = std::min(minpos, posonly);
    if (nargs < minposonly)
        return interp.raise_fmt(interp.exc.TypeError, "{}() takes {} {} positional argument{} ({} given)", fname,
                                minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
                                nargs);
    for (std::size_t i = 0; i < nargs; ++i)
        out[i] = args.items[i];

    auto find_keyword = [&](std::string_view key, std::size_t* which) -> bool {
        for (std::size_t k = 0; k < nkw; ++k) {
            if (str_eq(args.keyword_name(k), key)) {
                *which = k;
                return true;
            }
        }
        return false;
    };

    std::size_t remaining = nkw;
    for (std::size_t i = std::max(nargs, posonly); i < maxargs; ++i) {
        std::size_t k = 0;
        if (remaining != 0 && find_keyword(names[i], &k)) {
            out[i] = args.keyword_value(k);
            --remaining;
        } else if (i < spec.nrequired) {
            return interp.raise_fmt(interp.exc.TypeError, "{}() missing required argument '{}' (pos {})", fname, names[i],
                                    i + 1);
        }
    }
    if (remaining != 0) {
        for (std::size_t i = posonly; i < nargs; ++i) {
            std::size_t k = 0;
            if (find_keyword(names[i], &k))
                return interp.raise_fmt(interp.exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                                        fname, names[i], i + 1);
        }
        for (std::size_t k = 0; k < nkw; ++k) {
            StrObject* key = args.keyword_name(k);
            bool known = false;
            for (std::size_t i = posonly; i < maxargs && !known; ++i)
                known = str_eq(key, names[i]);
            if (!known)
                return interp.raise_fmt(interp.exc.TypeError, "'{}' is an invalid keyword argument for {}()",
                                        str_to_utf8(key), fname);
        }
    }
    return {};
}

// CALL of a method descriptor from the interpreter loop (attr_fast.h): what call() does
// for it — the native stack check with call()'s message, then method_descr_call — with
// the common case (an instance of exactly the owner type, not a classmethod descriptor)
// calling the native directly: method_descr_call's checks all pass for it, and its
// second stack check, one C frame deeper, is the only thing skipped.
Result<Ref> call_method_descriptor(Interpreter& interp, Value descr, CallArgs args) {
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while calling a Python object");
    auto* d = static_cast<MethodDescrObject*>(descr.obj());
    if (args.npos >= 1 && (d->flags & kMethClass) == 0 && type_of(interp, args.items[0]) == d->owner) [[likely]]
        return d->fn(interp, args.items[0], make_call_args(args.items + 1, args.npos - 1, args.kwnames));
    return method_descr_call(interp, descr, args);
}

Result<Ref> call_builtin_function(Interpreter& interp, Value callable, CallArgs args) {
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.recursion_error(" while calling a Python object");
    auto* f = static_cast<NativeFunctionObject*>(callable.obj());
    if (f->kind == NativeFunctionObject::Kind::Function) [[likely]]
        return f->fn(interp, args);
    if (f->kind == NativeFunctionObject::Kind::Method)
        return f->meth(interp, f->self, args);
    return native_call(interp, callable, args);
}

} // namespace bastion
