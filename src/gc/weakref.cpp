// weakref.cpp: weak references — weakref.ReferenceType (ref), ProxyType and
// CallableProxyType — and the per-referent lists (GcState::weak_heads) that free_object
// and the collector clear before a referent goes, so a weak reference never dangles.
// List order and callback order follow CPython's Objects/weakrefobject.c: basic refs
// (no callback) first, then newest callback refs; callbacks run head to tail.
#include <utility>

#include "gc/gc_state.h"
#include "gc/visitor.h"
#include "gc/weakref_object.h"
#include "objects/abstract.h"
#include "objects/core_internal.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"

namespace bastion {

using GcState = Interpreter::GcState;

namespace {

WeakRefObject* as_wr(Value v) { return static_cast<WeakRefObject*>(v.obj()); }

WeakRefObject*& head_of(Interpreter& interp, Object* o) { return interp.gc().weak_heads[o]; }

void unlink_wr(Interpreter& interp, WeakRefObject* wr) {
    Object* o = wr->referent;
    if (o == nullptr)
        return;
    auto& heads = interp.gc().weak_heads;
    auto it = heads.find(o);
    if (it != heads.end() && it->second == wr)
        it->second = wr->next;
    if (wr->prev)
        wr->prev->next = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = nullptr;
    wr->referent = nullptr;
    if (it != heads.end() && it->second == nullptr) {
        heads.erase(it);
        gcb::block_word(o) &= ~gcb::kHasWeakrefs;
    }
}

void insert_after(WeakRefObject* wr, WeakRefObject* prev) {
    wr->prev = prev;
    wr->next = prev->next;
    if (prev->next)
        prev->next->prev = wr;
    prev->next = wr;
}

// CPython's get_basic_refs: the basic ref (exact type, no callback) and basic proxy.
void basic_refs(Interpreter& interp, WeakRefObject* head, WeakRefObject** ref, WeakRefObject** proxy) {
    *ref = *proxy = nullptr;
    GcState& g = interp.gc();
    if (head && head->type == g.ref_type && !head->callback) {
        *ref = head;
        head = head->next;
    }
    if (head && head->is_proxy && !head->callback)
        *proxy = head;
}

void wr_destroy(Object* o) {
    auto* wr = static_cast<WeakRefObject*>(o);
    if (wr->referent != nullptr)
        unlink_wr(*o->type->interp, wr);
    wr->~WeakRefObject();
}

void wr_traverse(Object* o, Visitor& v) { v.visit(static_cast<WeakRefObject*>(o)->callback); }

Result<Ref> ref_new(Interpreter& interp, Type* type, CallArgs args) {
    if (type == interp.gc().ref_type)
        BASTION_TRY(no_keywords(interp, args, "ref"));
    // Subclasses may take more arguments in their own __init__ (CPython's KeyedRef idiom).
    std::size_t max = type == interp.gc().ref_type ? 2 : args.npos;
    BASTION_TRY(check_positional(interp, args, "__new__", 1, max < 1 ? 1 : max));
    Value cb = args.npos >= 2 ? args.items[1] : Value();
    return weakref_new(interp, type, args.items[0], cb, false);
}

Status ref_init(Interpreter&, Value, CallArgs) { return {}; }

Result<Ref> ref_call(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "weakref"));
    BASTION_TRY(check_positional(interp, args, "weakref", 0, 0));
    Object* o = as_wr(self)->referent;
    return o ? Ref::borrow(Value(o)) : interp.new_none();
}

Result<int64_t> ref_hash(Interpreter& interp, Value self) {
    WeakRefObject* wr = as_wr(self);
    if (wr->hash != -1)
        return wr->hash;
    if (wr->referent == nullptr)
        return interp.raise(interp.exc.TypeError, "weak object has gone away");
    Ref keep = Ref::borrow(Value(wr->referent));
    BASTION_TRY_ASSIGN(int64_t h, hash(interp, keep));
    wr->hash = h;
    return h;
}

bool is_ref_instance(Interpreter& interp, Value v) {
    return v.is_obj() && is_subtype(v.obj()->type, interp.gc().ref_type);
}

Result<Ref> ref_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    if ((op != bc::CompareOpKind::Eq && op != bc::CompareOpKind::Ne) || !is_ref_instance(interp, a) ||
        !is_ref_instance(interp, b))
        return Ref::borrow(Value(interp.not_implemented));
    Object* x = as_wr(a)->referent;
    Object* y = as_wr(b)->referent;
    if (x == nullptr || y == nullptr) {
        bool same = a.is(b);
        return interp.new_bool(op == bc::CompareOpKind::Eq ? same : !same);
    }
    Ref kx = Ref::borrow(Value(x));
    Ref ky = Ref::borrow(Value(y));
    return rich_compare(interp, kx, ky, op);
}

std::string address(const void* p) { return fmt::format("{}", p); }

Result<Ref> ref_repr(Interpreter& interp, Value self) {
    WeakRefObject* wr = as_wr(self);
    if (wr->referent == nullptr)
        return make_str(interp, fmt::format("<weakref at {}; dead>", address(wr)));
    Ref keep = Ref::borrow(Value(wr->referent));
    std::string text = fmt::format("<weakref at {}; to '{}' at {}", address(wr), keep.obj()->type->name,
                                   address(keep.obj()));
    auto name = get_attr_opt(interp, keep, interp.names.__name__);
    if (name.ok() && name.value() && is_str(interp, name.value()))
        text += fmt::format(" ({})", to_utf8(static_cast<StrObject*>(name.value().obj())));
    return make_str(interp, text + ">");
}

Result<Ref> ref_callback_get(Interpreter& interp, Value self) {
    WeakRefObject* wr = as_wr(self);
    return wr->callback ? wr->callback : interp.new_none();
}

constexpr GetSetDef kRefGetSets[] = {{"__callback__", ref_callback_get}};

// --- Proxies -------------------------------------------------------------------------------------

Result<Ref> referent_of(Interpreter& interp, Value proxy) {
    Object* o = as_wr(proxy)->referent;
    if (o == nullptr)
        return interp.raise(interp.exc.ReferenceError, "weakly-referenced object no longer exists");
    return Ref::borrow(Value(o));
}

// A proxy operand becomes its referent; other values stay.
Result<Ref> unwrap(Interpreter& interp, Value v) {
    if (v.is_obj() && (v.obj()->type == interp.gc().proxy_type || v.obj()->type == interp.gc().callable_proxy_type))
        return referent_of(interp, v);
    return Ref::borrow(v);
}

Result<Ref> proxy_getattr(Interpreter& interp, Value self, StrObject* name) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return get_attr(interp, o, name);
}
Status proxy_setattr(Interpreter& interp, Value self, StrObject* name, Value value) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return value.is_null() ? del_attr(interp, o, name) : set_attr(interp, o, name, value);
}
Result<Ref> proxy_call(Interpreter& interp, Value self, CallArgs args) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return call(interp, o, args);
}
Result<Ref> proxy_str(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str(interp, o));
    return std::move(s).into_ref();
}
Result<Ref> proxy_repr(Interpreter& interp, Value self) {
    WeakRefObject* wr = as_wr(self);
    if (wr->referent == nullptr)
        return make_str(interp, fmt::format("<weakproxy at {}; dead>", address(wr)));
    return make_str(interp, fmt::format("<weakproxy at {}; to '{}' at {}>", address(wr),
                                        wr->referent->type->name, address(wr->referent)));
}
Result<bool> proxy_truth(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return is_true(interp, o);
}
Result<int64_t> proxy_length(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return length(interp, o);
}
Result<Ref> proxy_getitem(Interpreter& interp, Value self, Value key) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return get_item(interp, o, key);
}
Status proxy_setitem(Interpreter& interp, Value self, Value key, Value value) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return value.is_null() ? del_item(interp, o, key) : set_item(interp, o, key, value);
}
Result<bool> proxy_contains(Interpreter& interp, Value self, Value item) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return contains(interp, o, item);
}
Result<Ref> proxy_iter(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return get_iter(interp, o);
}
Result<Ref> proxy_iternext(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return iter_next(interp, o);
}
Result<Ref> proxy_richcompare(Interpreter& interp, Value a, Value b, bc::CompareOpKind op) {
    BASTION_TRY_ASSIGN(Ref x, unwrap(interp, a));
    BASTION_TRY_ASSIGN(Ref y, unwrap(interp, b));
    return rich_compare(interp, x, y, op);
}
template <std::size_t K>
Result<Ref> proxy_binary(Interpreter& interp, Value a, Value b) {
    BASTION_TRY_ASSIGN(Ref x, unwrap(interp, a));
    BASTION_TRY_ASSIGN(Ref y, unwrap(interp, b));
    return binary_op(interp, static_cast<bc::BinaryOpKind>(K), x, y);
}
template <std::size_t... K>
void install_binary(Type* t, std::index_sequence<K...>) {
    ((t->number.binary[K] = proxy_binary<K>), ...);
    ((t->number.inplace[K] = proxy_binary<K + bc::kInplaceOffset>), ...);
}
Result<Ref> proxy_negative(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return unary_negative(interp, o);
}
Result<Ref> proxy_index(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref o, referent_of(interp, self));
    return index(interp, o);
}

Result<Type*> new_type(Interpreter& interp, std::string_view name, std::string_view qualname) {
    BASTION_TRY_ASSIGN(Own<Type> t, interp.make<Type>(interp.types.type));
    t->interp = &interp;
    t->base = interp.types.object;
    t->name = std::string(name);
    t->qualname = std::string(qualname);
    t->instance_size = sizeof(WeakRefObject);
    t->flags |= kTypeGC;
    t->destroy = wr_destroy;
    t->traverse = wr_traverse;
    return t.release(); // lives as long as the interpreter, like the built-in types
}

Type* proxy_type_setup(Type* t) {
    t->getattr = proxy_getattr;
    t->setattr = proxy_setattr;
    t->repr = proxy_repr;
    t->str = proxy_str;
    t->number.truth = proxy_truth;
    t->number.negative = proxy_negative;
    t->number.index = proxy_index;
    t->length = proxy_length;
    t->getitem = proxy_getitem;
    t->setitem = proxy_setitem;
    t->contains = proxy_contains;
    t->iter = proxy_iter;
    t->iternext = proxy_iternext;
    t->richcompare = proxy_richcompare;
    install_binary(t, std::make_index_sequence<bc::kInplaceOffset>{});
    return t;
}

} // namespace

bool is_weakrefable(Interpreter& interp, Type* t) {
    if (t->has_flag(kTypeHeap)) // decided when the class was made (type_new, slots.cpp)
        return t->has_flag(kTypeWeakrefable);
    auto& ty = interp.types;
    return t->has_flag(kTypeTypeSubclass) || t == ty.function || t == ty.method || t == ty.builtin_function ||
           t == ty.set || t == ty.frozenset || t == ty.generator || t == ty.coroutine || t == ty.async_generator ||
           t == ty.code || t == ty.module;
}

Result<Ref> weakref_new(Interpreter& interp, Type* type, Value referent, Value callback, bool proxy) {
    GcState& g = interp.gc();
    Type* rt = type_of(interp, referent);
    if (!referent.is_obj() || !is_weakrefable(interp, rt))
        return interp.raise_fmt(interp.exc.TypeError, "cannot create weak reference to '{}' object", rt->name);
    if (!callback.is_null() && callback.is(Value(interp.none)))
        callback = Value();
    Object* o = referent.obj();
    auto it = g.weak_heads.find(o);
    WeakRefObject* head = it == g.weak_heads.end() ? nullptr : it->second;
    WeakRefObject *basic_ref, *basic_proxy;
    basic_refs(interp, head, &basic_ref, &basic_proxy);
    if (callback.is_null()) {
        if (!proxy && type == g.ref_type && basic_ref)
            return Ref::borrow(Value(basic_ref));
        if (proxy && basic_proxy)
            return Ref::borrow(Value(basic_proxy));
    }
    BASTION_TRY_ASSIGN(Own<WeakRefObject> wr, interp.make<WeakRefObject>(type));
    wr->referent = o;
    wr->is_proxy = proxy;
    wr->callback = Ref::borrow(callback);
    // The allocation may have run a collection: read the list again.
    WeakRefObject*& slot = head_of(interp, o);
    basic_refs(interp, slot, &basic_ref, &basic_proxy);
    WeakRefObject* prev = nullptr;
    if (!proxy && callback.is_null() && type == g.ref_type)
        prev = nullptr;
    else if (proxy && callback.is_null())
        prev = basic_ref;
    else
        prev = basic_proxy ? basic_proxy : basic_ref;
    if (prev) {
        insert_after(wr.get(), prev);
    } else {
        wr->next = slot;
        if (slot)
            slot->prev = wr.get();
        slot = wr.get();
    }
    gcb::block_word(o) |= gcb::kHasWeakrefs;
    return std::move(wr).into_ref();
}

std::vector<Ref> gc_clear_weakrefs(Interpreter& interp, Object* o) {
    std::vector<Ref> with_callbacks;
    auto& heads = interp.gc().weak_heads;
    auto it = heads.find(o);
    gcb::block_word(o) &= ~gcb::kHasWeakrefs;
    if (it == heads.end())
        return with_callbacks;
    WeakRefObject* wr = it->second;
    heads.erase(it);
    while (wr) {
        WeakRefObject* next = wr->next;
        wr->prev = wr->next = nullptr;
        wr->referent = nullptr;
        if (wr->callback)
            with_callbacks.push_back(Ref::borrow(Value(wr)));
        wr = next;
    }
    return with_callbacks;
}

void gc_run_weakref_callbacks(Interpreter& interp, std::vector<Ref>& refs) {
    if (interp.gc().finalizers_off) // teardown: no Python code runs any more
        refs.clear();
    for (Ref& r : refs) {
        Ref cb = std::move(as_wr(r)->callback);
        if (!cb)
            continue;
        ++interp.gc().python_runs;
        auto res = call_positional(interp, cb, {r.get()});
        if (!res.ok())
            gc_write_unraisable(interp, cb, res.error());
    }
    refs.clear();
}

int64_t weakref_count(Interpreter& interp, Object* o) {
    auto& heads = interp.gc().weak_heads;
    auto it = heads.find(o);
    int64_t n = 0;
    for (WeakRefObject* wr = it == heads.end() ? nullptr : it->second; wr; wr = wr->next)
        ++n;
    return n;
}

Result<Ref> weakref_list(Interpreter& interp, Object* o) {
    BASTION_TRY_ASSIGN(Own<ListObject> list, list_new(interp));
    auto& heads = interp.gc().weak_heads;
    auto it = heads.find(o);
    for (WeakRefObject* wr = it == heads.end() ? nullptr : it->second; wr; wr = wr->next)
        list->items.push_back(Ref::borrow(Value(wr)));
    return std::move(list).into_ref();
}

namespace {

// `obj.__weakref__`: the oldest weak reference to obj, or None (CPython: the head of
// tp_weaklist).
Result<Ref> weakref_attr_get(Interpreter& interp, Value self) {
    auto& heads = interp.gc().weak_heads;
    auto it = heads.find(self.obj());
    if (it == heads.end() || it->second == nullptr)
        return Ref::borrow(Value(interp.none));
    return Ref::borrow(Value(it->second));
}

} // namespace

Status add_weakref_descriptor(Interpreter& interp, Type* t) {
    static constexpr GetSetDef kWeakref[] = {{"__weakref__", weakref_attr_get}};
    return add_getsets(interp, t, kWeakref);
}

Status gc_weakref_types(Interpreter& interp) {
    GcState& g = interp.gc();
    if (g.ref_type != nullptr)
        return {};
    BASTION_TRY_ASSIGN(Type * ref, new_type(interp, "weakref.ReferenceType", "ReferenceType"));
    ref->flags |= kTypeBaseType;
    ref->tp_new = ref_new;
    ref->tp_init = ref_init;
    ref->call = ref_call;
    ref->hash = ref_hash;
    ref->richcompare = ref_richcompare;
    ref->repr = ref_repr;
    ref->getattr = generic_getattr;
    BASTION_TRY_ASSIGN(Type * proxy, new_type(interp, "weakref.ProxyType", "ProxyType"));
    BASTION_TRY_ASSIGN(Type * cproxy, new_type(interp, "weakref.CallableProxyType", "CallableProxyType"));
    proxy_type_setup(proxy);
    proxy_type_setup(cproxy)->call = proxy_call;
    g.ref_type = ref;
    g.proxy_type = proxy;
    g.callable_proxy_type = cproxy;
    BASTION_TRY(ready_builtin_type(interp, ref));
    BASTION_TRY(ready_builtin_type(interp, proxy));
    BASTION_TRY(ready_builtin_type(interp, cproxy));
    // Proxies are unhashable (ready_builtin_type may have inherited object's hash).
    proxy->hash = nullptr;
    cproxy->hash = nullptr;
    return add_getsets(interp, ref, kRefGetSets);
}

} // namespace bastion
