// function.cpp: the `function`, `method` and `cell` types — construction, attributes
// (CPython's funcobject.c getsets and their error messages), descriptor binding,
// calling (into eval.h), reprs.
#include "vm/function.h"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "objects/alloc_fast.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/core_internal.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/vm_state.h"

namespace bastion {

namespace {

FunctionObject* as_func(Value v) { return static_cast<FunctionObject*>(v.obj()); }
MethodObject* as_method(Value v) { return static_cast<MethodObject*>(v.obj()); }
CellObject* as_cell(Value v) { return static_cast<CellObject*>(v.obj()); }

Ref none_if_null(Interpreter& interp, const Ref& r) { return r ? r : interp.new_none(); }
bool is_none(Interpreter& interp, Value v) { return v.is(Value(interp.none)); }

Result<Ref> make_text(Interpreter& interp, const std::string& text) {
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return Ref(std::move(s));
}

std::string utf8_of(Value s) { return str_to_utf8(static_cast<StrObject*>(s.obj())); }

} // namespace

// --- Construction ---------------------------------------------------------------------------

namespace {

// FunctionObject::exact_call_nargs1 for `code`.
uint32_t exact_call_nargs1_of(const CodeObject* code) {
    constexpr uint32_t kNeedsMore =
        bc::kCoVarargs | bc::kCoVarkeywords | bc::kCoGenerator | bc::kCoCoroutine | bc::kCoAsyncGenerator;
    if (((code->flags & kNeedsMore) | code->kwonlyargcount | code->ncells | code->nfrees) != 0 ||
        code->argcount == UINT32_MAX)
        return 0;
    return code->argcount + 1;
}

} // namespace

Value builtins_for_globals(Interpreter& interp, Value globals) {
    if (globals.is_obj() && is_dict(interp, globals)) {
        Value b = dict_get_str(static_cast<DictObject*>(globals.obj()), interp.names.__builtins__);
        if (!b.is_null()) {
            if (is_module(interp, b))
                return Value(module_dict(b));
            if (is_dict(interp, b))
                return b;
        }
    }
    return interp.builtins;
}

Result<Own<FunctionObject>> function_new(Interpreter& interp, CodeObject* code, Value globals) {
    BASTION_TRY_ASSIGN(Own<FunctionObject> fn, interp.make<FunctionObject>(interp.types.function));
    fn->code = Ref::borrow(Value(code));
    fn->exact_call_nargs1 = exact_call_nargs1_of(code);
    fn->globals = Ref::borrow(globals);
    fn->builtins = Ref::borrow(builtins_for_globals(interp, globals));
    fn->name = code->name;
    fn->qualname = code->qualname;
    // CPython 3.11: the docstring is co_consts[0] when it is a str.
    auto* consts = static_cast<TupleObject*>(code->consts.obj());
    if (consts->size > 0 && is_str(interp, consts->at(0)))
        fn->doc = Ref::borrow(consts->at(0));
    if (is_dict(interp, globals)) {
        Value mod = dict_get_str(static_cast<DictObject*>(globals.obj()), interp.names.__name__);
        if (!mod.is_null())
            fn->module = Ref::borrow(mod);
    }
    return fn;
}

Result<Own<MethodObject>> method_new(Interpreter& interp, Value func, Value self) {
    BASTION_TRY_ASSIGN(Own<MethodObject> m, (make_fixed<MethodObject>(interp, interp.types.method)));
    m->func = Ref::borrow(func);
    m->self = Ref::borrow(self);
    return m;
}

// --- Cells ------------------------------------------------------------------------------------

Result<Own<CellObject>> cell_new(Interpreter& interp, Value value) {
    BASTION_TRY_ASSIGN(Own<CellObject> c, (make_fixed<CellObject>(interp, interp.types.cell)));
    c->contents = Ref::borrow(value);
    return c;
}
void cell_set(Object* cell, Value value) { static_cast<CellObject*>(cell)->contents = Ref::borrow(value); }
Value cell_get(Object* cell) { return static_cast<CellObject*>(cell)->contents; }
bool is_cell(Interpreter& interp, Value v) { return v.is_obj() && v.obj()->type == interp.types.cell; }

namespace {

// --- function slots ---------------------------------------------------------------------------

Result<Ref> function_call(Interpreter& interp, Value callable, CallArgs args) {
    return call_function(interp, as_func(callable), args);
}

Result<Ref> function_descr_get(Interpreter& interp, Value descr, Value instance, Value) {
    if (instance.is_null() || is_none(interp, instance))
        return Ref::borrow(descr);
    BASTION_TRY_ASSIGN(Own<MethodObject> m, method_new(interp, descr, instance));
    return Ref(std::move(m));
}

Result<Ref> function_repr(Interpreter& interp, Value self) {
    return make_text(interp, fmt::format("<function {} at {}>", utf8_of(as_func(self)->qualname),
                                         static_cast<const void*>(self.obj())));
}

// --- function attributes ----------------------------------------------------------------------

Result<Ref> fn_get_name(Interpreter&, Value self) { return as_func(self)->name; }
Status fn_set_name(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || !is_str(interp, v))
        return interp.raise(interp.exc.TypeError, "__name__ must be set to a string object");
    as_func(self)->name = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_qualname(Interpreter&, Value self) { return as_func(self)->qualname; }
Status fn_set_qualname(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || !is_str(interp, v))
        return interp.raise(interp.exc.TypeError, "__qualname__ must be set to a string object");
    as_func(self)->qualname = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_doc(Interpreter& interp, Value self) { return none_if_null(interp, as_func(self)->doc); }
Status fn_set_doc(Interpreter&, Value self, Value v) {
    as_func(self)->doc = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_module(Interpreter& interp, Value self) { return none_if_null(interp, as_func(self)->module); }
Status fn_set_module(Interpreter&, Value self, Value v) {
    as_func(self)->module = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_defaults(Interpreter& interp, Value self) { return none_if_null(interp, as_func(self)->defaults); }
Status fn_set_defaults(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || is_none(interp, v)) {
        as_func(self)->defaults.reset();
        return {};
    }
    if (!is_tuple(interp, v))
        return interp.raise(interp.exc.TypeError, "__defaults__ must be set to a tuple object");
    as_func(self)->defaults = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_kwdefaults(Interpreter& interp, Value self) {
    return none_if_null(interp, as_func(self)->kwdefaults);
}
Status fn_set_kwdefaults(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || is_none(interp, v)) {
        as_func(self)->kwdefaults.reset();
        return {};
    }
    if (!is_dict(interp, v))
        return interp.raise(interp.exc.TypeError, "__kwdefaults__ must be set to a dict object");
    as_func(self)->kwdefaults = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_code(Interpreter&, Value self) { return as_func(self)->code; }
Status fn_set_code(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || !is_code(interp, v))
        return interp.raise(interp.exc.TypeError, "__code__ must be set to a code object");
    FunctionObject* fn = as_func(self);
    auto* co = static_cast<CodeObject*>(v.obj());
    int64_t nclosure = fn->closure ? static_cast<TupleObject*>(fn->closure.obj())->size : 0;
    // The frame takes its free cells from the closure: the counts must agree.
    if (nclosure != co->nfrees)
        return interp.raise_fmt(interp.exc.ValueError, "{}() requires a code object with {} free vars, not {}",
                                utf8_of(fn->name), nclosure, co->nfrees);
    // Thread frames running fn borrow its code (Frame): each takes its own reference
    // before the function drops it. Every running thread frame is on this chain;
    // generator frames own their code.
    for (Frame* f = interp.vm().current; f != nullptr; f = f->previous)
        if (f->func.get().is(Value(fn)))
            frame_own_code(f);
    fn->code = Ref::borrow(v);
    fn->exact_call_nargs1 = exact_call_nargs1_of(co);
    return {};
}
Result<Ref> fn_get_globals(Interpreter&, Value self) { return as_func(self)->globals; }
Result<Ref> fn_get_builtins(Interpreter&, Value self) { return as_func(self)->builtins; }
Result<Ref> fn_get_closure(Interpreter& interp, Value self) { return none_if_null(interp, as_func(self)->closure); }
Result<Ref> fn_get_annotations(Interpreter& interp, Value self) {
    FunctionObject* fn = as_func(self);
    if (!fn->annotations) {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        fn->annotations = std::move(d);
    }
    return fn->annotations;
}
Status fn_set_annotations(Interpreter& interp, Value self, Value v) {
    if (v.is_null() || is_none(interp, v)) {
        as_func(self)->annotations.reset();
        return {};
    }
    if (!is_dict(interp, v))
        return interp.raise(interp.exc.TypeError, "__annotations__ must be set to a dict object");
    as_func(self)->annotations = Ref::borrow(v);
    return {};
}
Result<Ref> fn_get_dict(Interpreter& interp, Value self) {
    Ref& d = managed_dict(self.obj());
    if (!d) {
        BASTION_TRY_ASSIGN(Own<DictObject> nd, dict_new(interp));
        d = std::move(nd);
    }
    return d;
}
Status fn_set_dict(Interpreter& interp, Value self, Value v) {
    if (v.is_null())
        return interp.raise(interp.exc.TypeError, "cannot delete __dict__");
    if (!is_dict(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "__dict__ must be set to a dictionary, not a '{}'",
                                type_of(interp, v)->name);
    managed_dict(self.obj()) = Ref::borrow(v);
    return {};
}

constexpr GetSetDef kFunctionGetSets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals},
    {"__builtins__", fn_get_builtins},
    {"__closure__", fn_get_closure},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict, fn_set_dict},
};

// --- method slots -----------------------------------------------------------------------------

Result<Ref> method_call(Interpreter& interp, Value callable, CallArgs args) {
    MethodObject* m = as_method(callable);
    std::size_t total = args.npos + args.nkw() + 1;
    std::array<Value, 8> small;
    std::vector<Value> large;
    Value* buf = small.data();
    if (total > small.size()) {
        large.resize(total);
        buf = large.data();
    }
    buf[0] = m->self;
    for (std::size_t i = 0; i + 1 < total; ++i)
        buf[i + 1] = args.items[i];
    // Hold the parts: the call may rebind attributes of the method's owner.
    Ref func = m->func;
    Ref self = m->self;
    CallArgs shifted{buf, args.npos + 1, args.kwnames};
    if (is_function(interp, func))
        return call_function(interp, as_func(func), shifted);
    return call(interp, func, shifted);
}

Result<Ref> method_repr(Interpreter& interp, Value self) {
    MethodObject* m = as_method(self);
    BASTION_TRY_ASSIGN(Ref name, get_attr_opt(interp, m->func, interp.names.__qualname__));
    if (!name || !is_str(interp, name)) {
        BASTION_TRY_ASSIGN(name, get_attr_opt(interp, m->func, interp.names.__name__));
    }
    std::string fname = name && is_str(interp, name) ? utf8_of(name) : "?";
    BASTION_TRY_ASSIGN(Own<StrObject> self_repr, repr(interp, m->self));
    return make_text(interp, fmt::format("<bound method {} of {}>", fname, str_to_utf8(self_repr.get())));
}

Result<Ref> method_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if ((op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne) || !is_method(interp, b))
        return Ref::borrow(Value(interp.not_implemented));
    MethodObject* x = as_method(a);
    MethodObject* y = as_method(b);
    bool eq = x->self.get().is(y->self);
    if (eq) {
        BASTION_TRY_ASSIGN(eq, equals(interp, x->func, y->func));
    }
    return interp.new_bool(op == bc::CompareOpKind::Eq ? eq : !eq);
}

Result<int64_t> method_hash(Interpreter& interp, Value self) {
    MethodObject* m = as_method(self);
    BASTION_TRY_ASSIGN(int64_t y, hash(interp, m->func));
    auto x = static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->self.get().bits()) >> 4);
    int64_t h = x ^ y;
    return h == -1 ? -2 : h;
}

// Attributes of the method type first (__func__, __self__ ...), then the function's.
Result<Ref> method_getattr(Interpreter& interp, Value self, StrObject* name) {
    Value descr = type_lookup(type_of(interp, self), name);
    if (!descr.is_null()) {
        Type* dt = type_of(interp, descr);
        if (dt->descr_get)
            return dt->descr_get(interp, descr, self, Value(type_of(interp, self)));
        return Ref::borrow(descr);
    }
    return get_attr(interp, as_method(self)->func, name);
}

Result<Ref> m_get_func(Interpreter&, Value self) { return as_method(self)->func; }
Result<Ref> m_get_self(Interpreter&, Value self) { return as_method(self)->self; }
Result<Ref> m_get_doc(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref doc, get_attr_opt(interp, as_method(self)->func, interp.names.__doc__));
    return doc ? doc : interp.new_none();
}

constexpr GetSetDef kMethodGetSets[] = {
    {"__func__", m_get_func},
    {"__self__", m_get_self},
    {"__doc__", m_get_doc},
};

// --- cell slots -------------------------------------------------------------------------------

Result<Ref> cell_repr(Interpreter& interp, Value self) {
    CellObject* c = as_cell(self);
    if (!c->contents)
        return make_text(interp, fmt::format("<cell at {}: empty>", static_cast<const void*>(c)));
    Type* t = type_of(interp, c->contents);
    const void* addr = c->contents.get().is_obj() ? static_cast<const void*>(c->contents.obj()) : nullptr;
    if (!addr) // small ints have no address; print the tagged word like an id()
        addr = reinterpret_cast<const void*>(c->contents.get().bits());
    return make_text(interp, fmt::format("<cell at {}: {} object at {}>", static_cast<const void*>(c), t->name, addr));
}

Result<Ref> cell_get_contents(Interpreter& interp, Value self) {
    CellObject* c = as_cell(self);
    if (!c->contents)
        return interp.raise(interp.exc.ValueError, "Cell is empty");
    return c->contents;
}
Status cell_set_contents(Interpreter&, Value self, Value v) {
    as_cell(self)->contents = Ref::borrow(v);
    return {};
}

constexpr GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
};

} // namespace

// function(code, globals, name=None, argdefs=None, closure=None): CPython's func_new, with
// its checks and messages. The code object is verified already (every code object is).
Result<Ref> function_tp_new(Interpreter& interp, Type*, CallArgs args) {
    Value a[5] = {};
    BASTION_TRY(parse_args(interp, args, ArgSpec{"function", {"code", "globals", "name", "argdefs", "closure"}, 2}, a));
    if (!a[0].is_obj() || a[0].obj()->type != interp.types.code)
        return interp.raise_fmt(interp.exc.TypeError, "function() argument 'code' must be code, not {}",
                                tname(interp, a[0]));
    if (!is_dict(interp, a[1]))
        return interp.raise_fmt(interp.exc.TypeError, "function() argument 'globals' must be dict, not {}",
                                tname(interp, a[1]));
    auto given = [&](Value v) { return !v.is_null() && !v.is(Value(interp.none)); };
    if (given(a[2]) && !is_str(interp, a[2]))
        return interp.raise(interp.exc.TypeError, "arg 3 (name) must be None or string");
    if (given(a[3]) && !is_tuple(interp, a[3]))
        return interp.raise(interp.exc.TypeError, "arg 4 (defaults) must be None or tuple");
    auto* code = static_cast<CodeObject*>(a[0].obj());
    if (given(a[4]) && !is_tuple(interp, a[4]))
        return interp.raise(interp.exc.TypeError, "arg 5 (closure) must be None or tuple");
    if (!given(a[4]) && code->nfrees > 0)
        return interp.raise(interp.exc.TypeError, "arg 5 (closure) must be tuple");
    int64_t nclosure = given(a[4]) ? static_cast<TupleObject*>(a[4].obj())->size : 0;
    if (nclosure != static_cast<int64_t>(code->nfrees))
        return interp.raise_fmt(interp.exc.ValueError, "{} requires closure of length {}, not {}",
                                str_to_utf8(static_cast<StrObject*>(code->name.obj())), code->nfrees, nclosure);
    for (int64_t i = 0; i < nclosure; ++i) {
        Value cell = static_cast<TupleObject*>(a[4].obj())->at(i);
        if (!is_cell(interp, cell))
            return interp.raise_fmt(interp.exc.TypeError, "arg 5 (closure) expected cell, found {}", tname(interp, cell));
    }
    BASTION_TRY_ASSIGN(Own<FunctionObject> fn, function_new(interp, code, a[1]));
    if (given(a[2]))
        fn->name = Ref::borrow(a[2]);
    if (given(a[3]))
        fn->defaults = Ref::borrow(a[3]);
    if (nclosure > 0)
        fn->closure = Ref::borrow(a[4]);
    return Ref(std::move(fn));
}

// method(function, instance): a bound method (CPython's method_new).
Result<Ref> method_tp_new(Interpreter& interp, Type*, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "method"));
    if (args.npos != 2)
        return interp.raise_fmt(interp.exc.TypeError, "method expected 2 arguments, got {}", args.npos);
    if (!is_callable(interp, args.items[0]))
        return interp.raise(interp.exc.TypeError, "first argument must be callable");
    if (args.items[1].is(Value(interp.none)))
        return interp.raise(interp.exc.TypeError, "instance must not be None");
    BASTION_TRY_ASSIGN(Own<MethodObject> m, method_new(interp, args.items[0], args.items[1]));
    return Ref(std::move(m));
}

// cell([contents]): an empty cell, or one holding contents.
Result<Ref> cell_tp_new(Interpreter& interp, Type*, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "cell"));
    if (args.npos > 1)
        return interp.raise_fmt(interp.exc.TypeError, "cell expected at most 1 argument, got {}", args.npos);
    BASTION_TRY_ASSIGN(Own<CellObject> c, cell_new(interp, args.npos == 1 ? args.items[0] : Value()));
    return Ref(std::move(c));
}

void init_function_type_slots(Interpreter& interp) {
    Type* f = interp.types.function;
    f->instance_size = sizeof(FunctionObject);
    f->flags |= kTypeManagedDict | kTypeGC;
    f->destroy = destroy_as<FunctionObject>;
    f->call = function_call;
    f->descr_get = function_descr_get;
    f->repr = function_repr;
    f->getattr = generic_getattr;
    f->setattr = generic_setattr;
    f->tp_new = function_tp_new;

    Type* m = interp.types.method;
    m->instance_size = sizeof(MethodObject);
    m->flags |= kTypeGC;
    m->destroy = destroy_as<MethodObject>;
    m->call = method_call;
    m->repr = method_repr;
    m->richcompare = method_richcompare;
    m->hash = method_hash;
    m->getattr = method_getattr;
    m->tp_new = method_tp_new;

    Type* c = interp.types.cell;
    c->instance_size = sizeof(CellObject);
    c->flags |= kTypeGC;
    c->destroy = destroy_as<CellObject>;
    c->repr = cell_repr;
    c->getattr = generic_getattr;
    c->tp_new = cell_tp_new;
}

Status init_function_type_methods(Interpreter& interp) {
    BASTION_TRY(add_getsets(interp, interp.types.function, kFunctionGetSets));
    BASTION_TRY(add_getsets(interp, interp.types.method, kMethodGetSets));
    return add_getsets(interp, interp.types.cell, kCellGetSets);
}

} // namespace bastion
