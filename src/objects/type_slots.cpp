// type_slots.cpp: the dunder <-> slot table (CPython's slotdefs) and its two directions:
// slot wrappers that expose a built-in type's C++ slots as `int.__add__`, `object.__init__`
// ... (add_operators), and, for heap types, slot functions that dispatch to the dunder
// methods found along the MRO (slot_tp_* / SLOT1BINFULL), chosen by fixup_heap_slots.
// A heap type whose dunder is still a built-in's slot wrapper gets that C++ slot directly.
#include <array>

#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"

namespace bastion {

namespace {

using Names = Interpreter::Names;
using bc::BinaryOpKind;
using bc::CompareOpKind;

enum class Wrap : uint8_t {
    None, // no wrapper (the slot is reached through another dunder)
    Unary, Hash, Truth, Len, Binary, BinaryR, Ternary, TernaryR, RichCmp, GetAttr, SetAttr, DelAttr, Call,
    Next, DescrGet, DescrSet, DescrDelete, Init, GetItem, SetItem, DelItem, Contains,
};

struct SlotDef {
    StrObject* Names::*name;
    SlotId slot;
    Wrap wrap;
    uint8_t arg; // RichCmp: the CompareOpKind
};

constexpr SlotId bin(BinaryOpKind k) { return SlotId(uint8_t(SlotId::BinaryFirst) + uint8_t(k)); }
constexpr SlotId inp(BinaryOpKind k) { return SlotId(uint8_t(SlotId::InplaceFirst) + uint8_t(k)); }
constexpr uint8_t cmp(CompareOpKind k) { return uint8_t(k); }

// The dunder name triples of the binary operators, by BinaryOpKind.
struct BinaryNames {
    StrObject* Names::*op;
    StrObject* Names::*rop;
    StrObject* Names::*iop;
};
constexpr std::array<BinaryNames, bc::kInplaceOffset> kBinaryNames = {{
    {&Names::__add__, &Names::__radd__, &Names::__iadd__},
    {&Names::__and__, &Names::__rand__, &Names::__iand__},
    {&Names::__floordiv__, &Names::__rfloordiv__, &Names::__ifloordiv__},
    {&Names::__lshift__, &Names::__rlshift__, &Names::__ilshift__},
    {&Names::__matmul__, &Names::__rmatmul__, &Names::__imatmul__},
    {&Names::__mul__, &Names::__rmul__, &Names::__imul__},
    {&Names::__mod__, &Names::__rmod__, &Names::__imod__},
    {&Names::__or__, &Names::__ror__, &Names::__ior__},
    {&Names::__pow__, &Names::__rpow__, &Names::__ipow__},
    {&Names::__rshift__, &Names::__rrshift__, &Names::__irshift__},
    {&Names::__sub__, &Names::__rsub__, &Names::__isub__},
    {&Names::__truediv__, &Names::__rtruediv__, &Names::__itruediv__},
    {&Names::__xor__, &Names::__rxor__, &Names::__ixor__},
}};

constexpr auto make_slotdefs() {
    std::array<SlotDef, 40 + 3 * bc::kInplaceOffset> d{};
    std::size_t n = 0;
    auto add = [&](StrObject* Names::*name, SlotId s, Wrap w, uint8_t a = 0) { d[n++] = SlotDef{name, s, w, a}; };
    add(&Names::__repr__, SlotId::Repr, Wrap::Unary);
    add(&Names::__str__, SlotId::Str, Wrap::Unary);
    add(&Names::__hash__, SlotId::Hash, Wrap::Hash);
    add(&Names::__lt__, SlotId::RichCompare, Wrap::RichCmp, cmp(CompareOpKind::Lt));
    add(&Names::__le__, SlotId::RichCompare, Wrap::RichCmp, cmp(CompareOpKind::Le));
    add(&Names::__eq__, SlotId::RichCompare, Wrap::RichCmp, cmp(CompareOpKind::Eq));
    add(&Names::__ne__, SlotId::RichCompare, Wrap::RichCmp, cmp(CompareOpKind::Ne));
    add(&Names::__gt__, SlotId::RichCompare, Wrap::RichCmp, cmp(CompareOpKind::Gt));
    add(&Names::__ge__, SlotId::RichCompare, Wrap::RichCmp, cmp(CompareOpKind::Ge));
    add(&Names::__getattribute__, SlotId::GetAttr, Wrap::GetAttr);
    add(&Names::__getattr__, SlotId::GetAttr, Wrap::None);
    add(&Names::__setattr__, SlotId::SetAttr, Wrap::SetAttr);
    add(&Names::__delattr__, SlotId::SetAttr, Wrap::DelAttr);
    add(&Names::__call__, SlotId::Call, Wrap::Call);
    add(&Names::__iter__, SlotId::Iter, Wrap::Unary);
    add(&Names::__next__, SlotId::IterNext, Wrap::Next);
    add(&Names::__get__, SlotId::DescrGet, Wrap::DescrGet);
    add(&Names::__set__, SlotId::DescrSet, Wrap::DescrSet);
    add(&Names::__delete__, SlotId::DescrSet, Wrap::DescrDelete);
    add(&Names::__init__, SlotId::Init, Wrap::Init);
    add(&Names::__len__, SlotId::Length, Wrap::Len);
    add(&Names::__getitem__, SlotId::GetItem, Wrap::GetItem);
    add(&Names::__setitem__, SlotId::SetItem, Wrap::SetItem);
    add(&Names::__delitem__, SlotId::SetItem, Wrap::DelItem);
    add(&Names::__contains__, SlotId::Contains, Wrap::Contains);
    for (std::size_t k = 0; k < bc::kInplaceOffset; ++k) {
        auto kind = BinaryOpKind(k);
        bool pow = kind == BinaryOpKind::Power;
        add(kBinaryNames[k].op, bin(kind), pow ? Wrap::Ternary : Wrap::Binary);
        add(kBinaryNames[k].rop, bin(kind), pow ? Wrap::TernaryR : Wrap::BinaryR);
        add(kBinaryNames[k].iop, inp(kind), pow ? Wrap::Ternary : Wrap::Binary);
    }
    add(&Names::__pow__, SlotId::Power3, Wrap::None);
    add(&Names::__divmod__, SlotId::Divmod, Wrap::Binary);
    add(&Names::__rdivmod__, SlotId::Divmod, Wrap::BinaryR);
    add(&Names::__neg__, SlotId::Negative, Wrap::Unary);
    add(&Names::__pos__, SlotId::Positive, Wrap::Unary);
    add(&Names::__abs__, SlotId::Absolute, Wrap::Unary);
    add(&Names::__invert__, SlotId::Invert, Wrap::Unary);
    add(&Names::__bool__, SlotId::Truth, Wrap::Truth);
    add(&Names::__int__, SlotId::ToInt, Wrap::Unary);
    add(&Names::__float__, SlotId::ToFloat, Wrap::Unary);
    add(&Names::__index__, SlotId::Index, Wrap::Unary);
    return std::pair{d, n};
}
constexpr auto kSlotDefsAndCount = make_slotdefs();
constexpr auto& kSlotDefs = kSlotDefsAndCount.first;
constexpr std::size_t kNumSlotDefs = kSlotDefsAndCount.second;
static_assert(kNumSlotDefs <= kSlotDefs.size());

template <typename F>
F slot_as(Type* t, SlotId id) {
    return reinterpret_cast<F>(get_slot(t, id));
}
template <typename F>
AnySlot any(F f) {
    return reinterpret_cast<AnySlot>(f);
}

// ---------------------------------------------------------------------------------------------
// Heap-type slot functions: call the dunder found on type(self).

Result<Ref> call_dunder(Interpreter& interp, Value self, StrObject* name, std::initializer_list<Value> args,
                        bool* found) {
    return call_special(interp, self, name, std::span<const Value>(args.begin(), args.size()), found);
}

// Calls the dunder, or NotImplemented when type(self) lacks it (CPython vectorcall_maybe).
Result<Ref> call_maybe(Interpreter& interp, Value self, StrObject* name, std::initializer_list<Value> args) {
    bool found = false;
    BASTION_TRY_ASSIGN(Ref r, call_dunder(interp, self, name, args, &found));
    if (!found)
        return not_implemented_ref(interp);
    return r;
}

Result<Ref> call_required(Interpreter& interp, Value self, StrObject* name, std::initializer_list<Value> args) {
    bool found = false;
    BASTION_TRY_ASSIGN(Ref r, call_dunder(interp, self, name, args, &found));
    if (!found)
        return raise_no_attribute(interp, self, name);
    return r;
}

Result<Ref> slot_repr(Interpreter& interp, Value self) { return call_required(interp, self, interp.names.__repr__, {}); }
Result<Ref> slot_str(Interpreter& interp, Value self) { return call_required(interp, self, interp.names.__str__, {}); }

Result<int64_t> slot_hash(Interpreter& interp, Value self) {
    Value h = type_lookup(type_of(interp, self), interp.names.__hash__);
    if (h.is_null() || is_none_value(interp, h))
        return interp.raise_fmt(interp.exc.TypeError, "unhashable type: '{}'", tname(interp, self));
    BASTION_TRY_ASSIGN(Ref r, call_required(interp, self, interp.names.__hash__, {}));
    if (!is_int_value(interp, r))
        return interp.raise(interp.exc.TypeError, "__hash__ method should return an integer");
    // A value that is already a hash (fits the hash type) is kept, so that returning hash(y)
    // from __hash__ gives hash(x) == hash(y) (str hashes use all 64 bits); a wider int is
    // reduced as hash(int) does. CPython: slot_tp_hash.
    int64_t v = 0;
    if (int_to_i64(r.get(), &v))
        return v == -1 ? int64_t{-2} : v;
    return hash(interp, r);
}

constexpr StrObject* Names::*kCompareNames[bc::kNumCompareOps] = {
    &Names::__lt__, &Names::__le__, &Names::__eq__, &Names::__ne__, &Names::__gt__, &Names::__ge__,
};

Result<Ref> slot_richcompare(Interpreter& interp, Value self, Value other, CompareOpKind op) {
    return call_maybe(interp, self, interp.names.*kCompareNames[uint8_t(op)], {other});
}

Result<Ref> slot_getattr_hook(Interpreter& interp, Value self, StrObject* name) {
    Type* t = type_of(interp, self);
    Value getattribute = type_lookup(t, interp.names.__getattribute__);
    Value getattr = type_lookup(t, interp.names.__getattr__);
    Result<Ref> r = Ref();
    if (!getattribute.is_null() && type_of(interp, getattribute) == interp.types.wrapper_descriptor &&
        static_cast<WrapperDescrObject*>(getattribute.obj())->owner->getattr == generic_getattr) {
        r = generic_getattr(interp, self, name);
    } else {
        r = call_required(interp, self, interp.names.__getattribute__, {Value(name)});
    }
    if (r.ok() || getattr.is_null() || !raised_is(r.error(), interp.exc.AttributeError))
        return r;
    return call_required(interp, self, interp.names.__getattr__, {Value(name)});
}

Status slot_setattr(Interpreter& interp, Value self, StrObject* name, Value value) {
    if (value.is_null()) {
        BASTION_TRY(call_required(interp, self, interp.names.__delattr__, {Value(name)}));
    } else {
        BASTION_TRY(call_required(interp, self, interp.names.__setattr__, {Value(name), value}));
    }
    return {};
}

// CPython's hackcheck: `object.__setattr__(obj, ...)` (a base's setattr wrapper applied to
// obj) is refused when obj's own C-level setattr, below the wrapper's in the base chain,
// overrides it — `object.__setattr__(int, 'x', 1)` would bypass type's checks.
Result<SetAttrFn> setattr_hackcheck(Interpreter& interp, Value self, SetAttrFn applied, const char* what) {
    Type* type = type_of(interp, self);
    Type* defining = type;
    if (auto* mro = static_cast<TupleObject*>(type->mro.obj()); mro != nullptr) {
        for (int64_t i = mro->size - 1; i >= 0; --i) {
            Type* base = as_type(mro->at(i));
            if (base->setattr != &slot_setattr && base->setattr == type->setattr) {
                defining = base;
                break;
            }
        }
    }
    for (Type* base = defining; base != nullptr; base = base->base) {
        if (base->setattr == applied)
            return applied;
        // A module's setattr is the generic one over its namespace dict (CPython: both are
        // PyObject_GenericSetAttr), so object's applies to a module as the module's own.
        if (base == interp.types.module && applied == interp.types.object->setattr)
            return base->setattr;
        if (base->setattr != &slot_setattr)
            return interp.raise_fmt(interp.exc.TypeError, "can't apply this {} to {} object", what, type->name);
    }
    return applied;
}

Result<Ref> slot_call(Interpreter& interp, Value self, CallArgs args) {
    Value f = type_lookup(type_of(interp, self), interp.names.__call__);
    if (f.is_null())
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not callable", tname(interp, self));
    Ref keep = Ref::borrow(f);
    Type* ft = type_of(interp, f);
    if (ft->descr_get == nullptr)
        return call(interp, f, args);
    BASTION_TRY_ASSIGN(Ref bound, ft->descr_get(interp, f, self, Value(type_of(interp, self))));
    return call(interp, bound, args);
}

Result<Ref> slot_iter(Interpreter& interp, Value self) {
    Value f = type_lookup(type_of(interp, self), interp.names.__iter__);
    if (f.is_null() || is_none_value(interp, f))
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not iterable", tname(interp, self));
    return call_required(interp, self, interp.names.__iter__, {});
}

Result<Ref> slot_iternext(Interpreter& interp, Value self) {
    auto r = call_required(interp, self, interp.names.__next__, {});
    if (!r.ok() && raised_is(r.error(), interp.exc.StopIteration))
        return Ref(); // exhausted
    return r;
}

Result<Ref> slot_descr_get(Interpreter& interp, Value self, Value inst, Value owner) {
    Value none(interp.none);
    return call_required(interp, self, interp.names.__get__, {inst.is_null() ? none : inst, owner.is_null() ? none : owner});
}

Status slot_descr_set(Interpreter& interp, Value self, Value inst, Value value) {
    if (value.is_null()) {
        BASTION_TRY(call_required(interp, self, interp.names.__delete__, {inst}));
    } else {
        BASTION_TRY(call_required(interp, self, interp.names.__set__, {inst, value}));
    }
    return {};
}

Status slot_init(Interpreter& interp, Value self, CallArgs args) {
    Value f = type_lookup(type_of(interp, self), interp.names.__init__);
    if (f.is_null())
        return raise_no_attribute(interp, self, interp.names.__init__);
    Ref keep = Ref::borrow(f);
    Result<Ref> r = Ref();
    Type* ft = type_of(interp, f);
    if (ft == interp.types.function || ft->descr_get == nullptr) {
        r = ft == interp.types.function ? call_prepend(interp, f, self, args) : call(interp, f, args);
    } else {
        BASTION_TRY_ASSIGN(Ref bound, ft->descr_get(interp, f, self, Value(type_of(interp, self))));
        r = call(interp, bound, args);
    }
    if (!r.ok())
        return r.take_error();
    if (!is_none_value(interp, r.value()))
        return interp.raise_fmt(interp.exc.TypeError, "__init__() should return None, not '{}'", tname(interp, r.value()));
    return {};
}

Result<Ref> slot_new(Interpreter& interp, Type* type, CallArgs args) {
    BASTION_TRY_ASSIGN(Ref f, get_attr(interp, Value(type), interp.names.__new__));
    return call_prepend(interp, f, Value(type), args);
}

Result<int64_t> slot_length(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref r, call_required(interp, self, interp.names.__len__, {}));
    BASTION_TRY_ASSIGN(Ref i, index(interp, r));
    int64_t n = 0;
    if (!int_to_i64_exact(interp, i, &n)) {
        BASTION_TRY_ASSIGN(bool neg, rich_compare_bool(interp, i, Value::small_int(0), CompareOpKind::Lt));
        if (neg)
            return interp.raise(interp.exc.ValueError, "__len__() should return >= 0");
        return interp.raise(interp.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (n < 0)
        return interp.raise(interp.exc.ValueError, "__len__() should return >= 0");
    return n;
}

Result<Ref> slot_getitem(Interpreter& interp, Value self, Value key) {
    return call_required(interp, self, interp.names.__getitem__, {key});
}

Status slot_setitem(Interpreter& interp, Value self, Value key, Value value) {
    if (value.is_null()) {
        BASTION_TRY(call_required(interp, self, interp.names.__delitem__, {key}));
    } else {
        BASTION_TRY(call_required(interp, self, interp.names.__setitem__, {key, value}));
    }
    return {};
}

Result<bool> slot_contains(Interpreter& interp, Value self, Value item) {
    Value f = type_lookup(type_of(interp, self), interp.names.__contains__);
    if (!f.is_null() && is_none_value(interp, f))
        return interp.raise_fmt(interp.exc.TypeError, "'{}' object is not a container", tname(interp, self));
    BASTION_TRY_ASSIGN(Ref r, call_required(interp, self, interp.names.__contains__, {item}));
    return is_true(interp, r);
}

Result<bool> slot_truth(Interpreter& interp, Value self) {
    BASTION_TRY_ASSIGN(Ref r, call_required(interp, self, interp.names.__bool__, {}));
    if (r.get().is(interp.bool_value(true)))
        return true;
    if (r.get().is(interp.bool_value(false)))
        return false;
    return interp.raise_fmt(interp.exc.TypeError, "__bool__ should return bool, returned {}", tname(interp, r));
}

template <StrObject* Names::*Name>
Result<Ref> slot_unary(Interpreter& interp, Value self) {
    return call_required(interp, self, interp.names.*Name, {});
}

// CPython SLOT1BINFULL: self's __op__ and other's __rop__, with the subclass given the
// first try when it overrides __rop__.
template <uint8_t K>
Result<Ref> slot_binary(Interpreter& interp, Value self, Value other);

template <uint8_t K>
AnySlot binary_dispatcher() {
    return any(&slot_binary<K>);
}

Result<Ref> binary_full(Interpreter& interp, Value self, Value other, SlotId slot, AnySlot me, StrObject* op,
                        StrObject* rop) {
    Type* ts = type_of(interp, self);
    Type* to = type_of(interp, other);
    bool do_other = ts != to && get_slot(to, slot) == me;
    if (get_slot(ts, slot) == me) {
        if (do_other && is_subtype(to, ts) && !type_lookup(to, rop).is(type_lookup(ts, rop))) {
            BASTION_TRY_ASSIGN(Ref r, call_maybe(interp, other, rop, {self}));
            if (!is_not_implemented_value(interp, r))
                return r;
            do_other = false;
        }
        BASTION_TRY_ASSIGN(Ref r, call_maybe(interp, self, op, {other}));
        if (!is_not_implemented_value(interp, r) || to == ts)
            return r;
    }
    if (do_other)
        return call_maybe(interp, other, rop, {self});
    return not_implemented_ref(interp);
}

template <uint8_t K>
Result<Ref> slot_binary(Interpreter& interp, Value self, Value other) {
    return binary_full(interp, self, other, bin(BinaryOpKind(K)), binary_dispatcher<K>(), interp.names.*kBinaryNames[K].op,
                       interp.names.*kBinaryNames[K].rop);
}

template <uint8_t K>
Result<Ref> slot_inplace(Interpreter& interp, Value self, Value other) {
    return call_maybe(interp, self, interp.names.*kBinaryNames[K].iop, {other});
}

Result<Ref> slot_divmod(Interpreter& interp, Value self, Value other);
Result<Ref> slot_divmod(Interpreter& interp, Value self, Value other) {
    return binary_full(interp, self, other, SlotId::Divmod, any(&slot_divmod), interp.names.__divmod__,
                       interp.names.__rdivmod__);
}

Result<Ref> slot_power3(Interpreter& interp, Value self, Value other, Value mod) {
    // Three-argument pow never uses __rpow__ (CPython slot_nb_power).
    if (type_of(interp, self)->number.power3 != &slot_power3)
        return not_implemented_ref(interp);
    return call_maybe(interp, self, interp.names.__pow__, {other, mod});
}

template <std::size_t... K>
constexpr std::array<AnySlot, sizeof...(K)> binary_table(std::index_sequence<K...>) {
    return {any(&slot_binary<uint8_t(K)>)...};
}
template <std::size_t... K>
constexpr std::array<AnySlot, sizeof...(K)> inplace_table(std::index_sequence<K...>) {
    return {any(&slot_inplace<uint8_t(K)>)...};
}

// The heap dispatcher of each slot.
AnySlot dispatcher_for(SlotId id) {
    static const auto kBinary = binary_table(std::make_index_sequence<bc::kInplaceOffset>());
    static const auto kInplace = inplace_table(std::make_index_sequence<bc::kInplaceOffset>());
    auto i = uint8_t(id);
    if (i >= uint8_t(SlotId::BinaryFirst) && i < uint8_t(SlotId::InplaceFirst))
        return kBinary[i - uint8_t(SlotId::BinaryFirst)];
    if (i >= uint8_t(SlotId::InplaceFirst) && i < uint8_t(SlotId::Count))
        return kInplace[i - uint8_t(SlotId::InplaceFirst)];
    switch (id) {
    case SlotId::Repr: return any(&slot_repr);
    case SlotId::Str: return any(&slot_str);
    case SlotId::Hash: return any(&slot_hash);
    case SlotId::RichCompare: return any(&slot_richcompare);
    case SlotId::GetAttr: return any(&slot_getattr_hook);
    case SlotId::SetAttr: return any(&slot_setattr);
    case SlotId::Call: return any(&slot_call);
    case SlotId::Iter: return any(&slot_iter);
    case SlotId::IterNext: return any(&slot_iternext);
    case SlotId::DescrGet: return any(&slot_descr_get);
    case SlotId::DescrSet: return any(&slot_descr_set);
    case SlotId::Init: return any(&slot_init);
    case SlotId::New: return any(&slot_new);
    case SlotId::Length: return any(&slot_length);
    case SlotId::GetItem: return any(&slot_getitem);
    case SlotId::SetItem: return any(&slot_setitem);
    case SlotId::Contains: return any(&slot_contains);
    case SlotId::Power3: return any(&slot_power3);
    case SlotId::Divmod: return any(&slot_divmod);
    case SlotId::Negative: return any(&slot_unary<&Names::__neg__>);
    case SlotId::Positive: return any(&slot_unary<&Names::__pos__>);
    case SlotId::Absolute: return any(&slot_unary<&Names::__abs__>);
    case SlotId::Invert: return any(&slot_unary<&Names::__invert__>);
    case SlotId::Truth: return any(&slot_truth);
    case SlotId::ToInt: return any(&slot_unary<&Names::__int__>);
    case SlotId::ToFloat: return any(&slot_unary<&Names::__float__>);
    case SlotId::Index: return any(&slot_unary<&Names::__index__>);
    default: return nullptr;
    }
}

// ---------------------------------------------------------------------------------------------
// Slot wrappers: built-in slots called from Python.

Status wrapper_arity(Interpreter& interp, WrapperDescrObject* d, CallArgs args, std::size_t min, std::size_t max) {
    if (args.kwnames != nullptr && args.nkw() != 0)
        return interp.raise_fmt(interp.exc.TypeError, "wrapper {}() takes no keyword arguments", wrapper_name(d));
    if (args.npos < min || args.npos > max) {
        std::size_t want = args.npos < min ? min : max;
        return interp.raise_fmt(interp.exc.TypeError, "expected {} argument{}, got {}", want, want == 1 ? "" : "s",
                                args.npos);
    }
    return {};
}

Result<StrObject*> attr_name_arg(Interpreter& interp, Value v) {
    if (!is_str(interp, v))
        return interp.raise_fmt(interp.exc.TypeError, "attribute name must be string, not '{}'", tname(interp, v));
    StrObject* s = interp.intern(static_cast<StrObject*>(v.obj()));
    if (s == nullptr)
        return interp.no_memory();
    return s;
}

Result<Ref> none_result(Interpreter& interp, Status s) {
    if (!s.ok())
        return s.take_error();
    return interp.new_none();
}

} // namespace

std::string_view wrapper_name(WrapperDescrObject* d) {
    StrObject* n = d->owner->interp->names.*kSlotDefs[d->slotdef].name;
    return n->ascii_view();
}

Result<Ref> wrapper_invoke(Interpreter& interp, WrapperDescrObject* d, Value self, CallArgs args) {
    const SlotDef& sd = kSlotDefs[d->slotdef];
    Type* t = d->owner;
    const Value* a = args.items;
    switch (sd.wrap) {
    case Wrap::None:
        break;
    case Wrap::Unary:
        BASTION_TRY(wrapper_arity(interp, d, args, 0, 0));
        return slot_as<UnaryFn>(t, sd.slot)(interp, self);
    case Wrap::Hash: {
        BASTION_TRY(wrapper_arity(interp, d, args, 0, 0));
        BASTION_TRY_ASSIGN(int64_t h, t->hash(interp, self));
        return int_from_i64(interp, h);
    }
    case Wrap::Truth: {
        BASTION_TRY(wrapper_arity(interp, d, args, 0, 0));
        BASTION_TRY_ASSIGN(bool b, t->number.truth(interp, self));
        return interp.new_bool(b);
    }
    case Wrap::Len: {
        BASTION_TRY(wrapper_arity(interp, d, args, 0, 0));
        BASTION_TRY_ASSIGN(int64_t n, t->length(interp, self));
        return int_from_i64(interp, n);
    }
    case Wrap::Binary:
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        return slot_as<BinaryFn>(t, sd.slot)(interp, self, a[0]);
    case Wrap::BinaryR:
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        return slot_as<BinaryFn>(t, sd.slot)(interp, a[0], self);
    case Wrap::Ternary:
    case Wrap::TernaryR: {
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 2));
        bool has_mod = args.npos == 2 && !is_none_value(interp, a[1]);
        Value lhs = sd.wrap == Wrap::Ternary ? self : a[0];
        Value rhs = sd.wrap == Wrap::Ternary ? a[0] : self;
        if (has_mod) {
            if (t->number.power3 == nullptr)
                return not_implemented_ref(interp);
            return t->number.power3(interp, lhs, rhs, a[1]);
        }
        return slot_as<BinaryFn>(t, sd.slot)(interp, lhs, rhs);
    }
    case Wrap::RichCmp:
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        return t->richcompare(interp, self, a[0], CompareOpKind(sd.arg));
    case Wrap::GetAttr: {
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        BASTION_TRY_ASSIGN(StrObject * name, attr_name_arg(interp, a[0]));
        return t->getattr(interp, self, name);
    }
    case Wrap::SetAttr: {
        BASTION_TRY(wrapper_arity(interp, d, args, 2, 2));
        BASTION_TRY_ASSIGN(SetAttrFn setattr, setattr_hackcheck(interp, self, t->setattr, "__setattr__"));
        BASTION_TRY_ASSIGN(StrObject * name, attr_name_arg(interp, a[0]));
        return none_result(interp, setattr(interp, self, name, a[1]));
    }
    case Wrap::DelAttr: {
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        BASTION_TRY_ASSIGN(SetAttrFn setattr, setattr_hackcheck(interp, self, t->setattr, "__delattr__"));
        BASTION_TRY_ASSIGN(StrObject * name, attr_name_arg(interp, a[0]));
        return none_result(interp, setattr(interp, self, name, Value()));
    }
    case Wrap::Call:
        return t->call(interp, self, args);
    case Wrap::Next: {
        BASTION_TRY(wrapper_arity(interp, d, args, 0, 0));
        BASTION_TRY_ASSIGN(Ref r, t->iternext(interp, self));
        if (r.is_null())
            return interp.raise_object(Value(interp.exc.StopIteration));
        return r;
    }
    case Wrap::DescrGet: {
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 2));
        Value obj = is_none_value(interp, a[0]) ? Value() : a[0];
        Value owner = args.npos == 2 && !is_none_value(interp, a[1]) ? a[1] : Value();
        if (obj.is_null() && owner.is_null())
            return interp.raise(interp.exc.TypeError, "__get__(None, None) is invalid");
        return t->descr_get(interp, self, obj, owner);
    }
    case Wrap::DescrSet:
        BASTION_TRY(wrapper_arity(interp, d, args, 2, 2));
        return none_result(interp, t->descr_set(interp, self, a[0], a[1]));
    case Wrap::DescrDelete:
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        return none_result(interp, t->descr_set(interp, self, a[0], Value()));
    case Wrap::Init:
        return none_result(interp, t->tp_init(interp, self, args));
    case Wrap::GetItem:
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        return t->getitem(interp, self, a[0]);
    case Wrap::SetItem:
        BASTION_TRY(wrapper_arity(interp, d, args, 2, 2));
        return none_result(interp, t->setitem(interp, self, a[0], a[1]));
    case Wrap::DelItem:
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        return none_result(interp, t->setitem(interp, self, a[0], Value()));
    case Wrap::Contains: {
        BASTION_TRY(wrapper_arity(interp, d, args, 1, 1));
        BASTION_TRY_ASSIGN(bool b, t->contains(interp, self, a[0]));
        return interp.new_bool(b);
    }
    }
    return interp.raise(interp.exc.SystemError, "bad slot wrapper");
}

// ---------------------------------------------------------------------------------------------
// Slot access by id.

AnySlot get_slot(Type* t, SlotId id) {
    auto i = uint8_t(id);
    if (i >= uint8_t(SlotId::BinaryFirst) && i < uint8_t(SlotId::InplaceFirst))
        return any(t->number.binary[i - uint8_t(SlotId::BinaryFirst)]);
    if (i >= uint8_t(SlotId::InplaceFirst) && i < uint8_t(SlotId::Count))
        return any(t->number.inplace[i - uint8_t(SlotId::InplaceFirst)]);
    switch (id) {
    case SlotId::Repr: return any(t->repr);
    case SlotId::Str: return any(t->str);
    case SlotId::Hash: return any(t->hash);
    case SlotId::RichCompare: return any(t->richcompare);
    case SlotId::GetAttr: return any(t->getattr);
    case SlotId::SetAttr: return any(t->setattr);
    case SlotId::Call: return any(t->call);
    case SlotId::Iter: return any(t->iter);
    case SlotId::IterNext: return any(t->iternext);
    case SlotId::DescrGet: return any(t->descr_get);
    case SlotId::DescrSet: return any(t->descr_set);
    case SlotId::Init: return any(t->tp_init);
    case SlotId::New: return any(t->tp_new);
    case SlotId::Length: return any(t->length);
    case SlotId::GetItem: return any(t->getitem);
    case SlotId::SetItem: return any(t->setitem);
    case SlotId::Contains: return any(t->contains);
    case SlotId::Power3: return any(t->number.power3);
    case SlotId::Divmod: return any(t->number.divmod);
    case SlotId::Negative: return any(t->number.negative);
    case SlotId::Positive: return any(t->number.positive);
    case SlotId::Absolute: return any(t->number.absolute);
    case SlotId::Invert: return any(t->number.invert);
    case SlotId::Truth: return any(t->number.truth);
    case SlotId::ToInt: return any(t->number.to_int);
    case SlotId::ToFloat: return any(t->number.to_float);
    case SlotId::Index: return any(t->number.index);
    default: return nullptr;
    }
}

void set_slot(Type* t, SlotId id, AnySlot fn) {
    auto i = uint8_t(id);
    if (i >= uint8_t(SlotId::BinaryFirst) && i < uint8_t(SlotId::InplaceFirst)) {
        t->number.binary[i - uint8_t(SlotId::BinaryFirst)] = reinterpret_cast<BinaryFn>(fn);
        return;
    }
    if (i >= uint8_t(SlotId::InplaceFirst) && i < uint8_t(SlotId::Count)) {
        t->number.inplace[i - uint8_t(SlotId::InplaceFirst)] = reinterpret_cast<BinaryFn>(fn);
        return;
    }
    switch (id) {
    case SlotId::Repr: t->repr = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Str: t->str = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Hash: t->hash = reinterpret_cast<HashFn>(fn); break;
    case SlotId::RichCompare: t->richcompare = reinterpret_cast<CompareFn>(fn); break;
    case SlotId::GetAttr: t->getattr = reinterpret_cast<GetAttrFn>(fn); break;
    case SlotId::SetAttr: t->setattr = reinterpret_cast<SetAttrFn>(fn); break;
    case SlotId::Call: t->call = reinterpret_cast<CallFn>(fn); break;
    case SlotId::Iter: t->iter = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::IterNext: t->iternext = reinterpret_cast<IterNextFn>(fn); break;
    case SlotId::DescrGet: t->descr_get = reinterpret_cast<DescrGetFn>(fn); break;
    case SlotId::DescrSet: t->descr_set = reinterpret_cast<DescrSetFn>(fn); break;
    case SlotId::Init: t->tp_init = reinterpret_cast<InitFn>(fn); break;
    case SlotId::New: t->tp_new = reinterpret_cast<NewFn>(fn); break;
    case SlotId::Length: t->length = reinterpret_cast<LenFn>(fn); break;
    case SlotId::GetItem: t->getitem = reinterpret_cast<BinaryFn>(fn); break;
    case SlotId::SetItem: t->setitem = reinterpret_cast<SetItemFn>(fn); break;
    case SlotId::Contains: t->contains = reinterpret_cast<ContainsFn>(fn); break;
    case SlotId::Power3: t->number.power3 = reinterpret_cast<TernaryFn>(fn); break;
    case SlotId::Divmod: t->number.divmod = reinterpret_cast<BinaryFn>(fn); break;
    case SlotId::Negative: t->number.negative = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Positive: t->number.positive = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Absolute: t->number.absolute = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Invert: t->number.invert = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Truth: t->number.truth = reinterpret_cast<BoolFn>(fn); break;
    case SlotId::ToInt: t->number.to_int = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::ToFloat: t->number.to_float = reinterpret_cast<UnaryFn>(fn); break;
    case SlotId::Index: t->number.index = reinterpret_cast<UnaryFn>(fn); break;
    default: break;
    }
}

// ---------------------------------------------------------------------------------------------
// Built-in types: wrappers for own slots. Heap types: choose each slot from the MRO.

Status add_slot_wrappers(Interpreter& interp, Type* t) {
    auto* dict = reinterpret_cast<DictObject*>(t->dict.obj());
    for (std::size_t i = 0; i < kNumSlotDefs; ++i) {
        const SlotDef& sd = kSlotDefs[i];
        AnySlot mine = get_slot(t, sd.slot);
        if (sd.wrap == Wrap::None || mine == nullptr)
            continue;
        if (t->base != nullptr && get_slot(t->base, sd.slot) == mine)
            continue; // inherited, not its own: the base's wrapper is found through the MRO
        StrObject* name = interp.names.*sd.name;
        if (!dict_get_str(dict, name).is_null())
            continue;
        BASTION_TRY_ASSIGN(Own<WrapperDescrObject> w, interp.make<WrapperDescrObject>(interp.types.wrapper_descriptor));
        w->owner = t;
        w->slotdef = static_cast<uint16_t>(i);
        BASTION_TRY(dict_set_str(interp, dict, name, Value(w)));
    }
    if (t->tp_new != nullptr && (t->base == nullptr || t->base->tp_new != t->tp_new) &&
        dict_get_str(dict, interp.names.__new__).is_null()) {
        BASTION_TRY_ASSIGN(Ref f, make_type_new(interp, t));
        BASTION_TRY(dict_set_str(interp, dict, interp.names.__new__, f));
    }
    return {};
}

namespace {

// The native function a slot wrapper stands for, when `v` wraps slot `id`.
AnySlot native_behind(Interpreter& interp, Value v, SlotId id) {
    if (!v.is_obj() || v.obj()->type != interp.types.wrapper_descriptor)
        return nullptr;
    auto* w = static_cast<WrapperDescrObject*>(v.obj());
    const SlotDef& sd = kSlotDefs[w->slotdef];
    bool matches = sd.slot == id || (id == SlotId::Power3 && (sd.wrap == Wrap::Ternary || sd.wrap == Wrap::TernaryR));
    return matches ? get_slot(w->owner, id) : nullptr;
}

// The builtin class that provides t's __str__ uses its repr as str, and t's __repr__
// comes from a class below it in the MRO (a user override).
bool builtin_str_is_repr(Interpreter& interp, Type* t) {
    auto* mro = static_cast<TupleObject*>(t->mro.obj());
    if (mro == nullptr)
        return false;
    for (int64_t i = 0; i < mro->size; ++i) {
        Type* k = static_cast<Type*>(mro->at(i).obj());
        DictObject* d = static_cast<DictObject*>(k->dict.obj());
        if (d == nullptr)
            continue;
        if (!dict_get_str(d, interp.names.__str__).is_null())
            return false; // __str__ found before any __repr__ override
        if (!dict_get_str(d, interp.names.__repr__).is_null()) {
            if (!k->has_flag(kTypeHeap))
                return false;
            // A user __repr__: does the next __str__ come from a builtin whose str is its repr?
            for (int64_t j = i + 1; j < mro->size; ++j) {
                Type* b = static_cast<Type*>(mro->at(j).obj());
                DictObject* bd = static_cast<DictObject*>(b->dict.obj());
                if (bd == nullptr || dict_get_str(bd, interp.names.__str__).is_null())
                    continue;
                return !b->has_flag(kTypeHeap) && b != interp.types.object && b->str != nullptr && b->str == b->repr;
            }
            return false;
        }
    }
    return false;
}

void fixup_one(Interpreter& interp, Type* t, SlotId id) {
    if (id == SlotId::New) {
        Value v = type_lookup(t, interp.names.__new__);
        Type* owner = nullptr;
        if (is_type_new(interp, v, &owner))
            t->tp_new = owner->tp_new;
        else if (!v.is_null())
            t->tp_new = &slot_new;
        return;
    }
    bool any_found = false;
    bool all_native = true;
    AnySlot native = nullptr;
    Value only_value;
    int nfound = 0;
    for (std::size_t i = 0; i < kNumSlotDefs; ++i) {
        const SlotDef& sd = kSlotDefs[i];
        if (sd.slot != id)
            continue;
        Value v = type_lookup(t, interp.names.*sd.name);
        if (v.is_null())
            continue;
        any_found = true;
        ++nfound;
        only_value = v;
        AnySlot n = native_behind(interp, v, id);
        if (n == nullptr || (native != nullptr && n != native))
            all_native = false;
        else
            native = n;
    }
    if (!any_found) {
        set_slot(t, id, nullptr);
        return;
    }
    if (id == SlotId::Hash && nfound == 1 && is_none_value(interp, only_value)) {
        t->hash = nullptr; // __hash__ = None: unhashable
        return;
    }
    if (id == SlotId::Str && all_native && t->has_flag(kTypeHeap) && builtin_str_is_repr(interp, t)) {
        // int, float, bool, complex have no __str__ of their own in CPython (object's calls
        // repr), so a subclass's __repr__ also serves str().
        t->str = nullptr;
        return;
    }
    set_slot(t, id, all_native ? native : dispatcher_for(id));
}

} // namespace

void fixup_heap_slots(Interpreter& interp, Type* t) {
    for (uint8_t i = 0; i < uint8_t(SlotId::Count); ++i)
        fixup_one(interp, t, SlotId(i));
}

bool is_heap_new_dispatcher(NewFn fn) { return fn == &slot_new; }

void update_slot_for_name(Interpreter& interp, Type* t, StrObject* name) {
    if (name == interp.names.__new__) {
        fixup_one(interp, t, SlotId::New);
        return;
    }
    for (std::size_t i = 0; i < kNumSlotDefs; ++i) {
        if (interp.names.*kSlotDefs[i].name == name)
            fixup_one(interp, t, kSlotDefs[i].slot);
    }
}

} // namespace bastion
