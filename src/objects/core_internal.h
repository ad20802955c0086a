// core_internal.h: declarations shared by the core object-model files (heap, bootstrap,
// object/type, slots, abstract_*, native, descriptors, singletons, exceptions). Private to
// those files; other components use abstract.h, native.h, type_object.h.
#pragma once

#include <string>
#include <string_view>

#include "objects/abstract.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace bastion {

// --- Small helpers ------------------------------------------------------------------------------
inline bool is_none_value(Interpreter& interp, Value v) { return v.is(Value(interp.none)); }
inline bool is_not_implemented_value(Interpreter& interp, Value v) { return v.is(Value(interp.not_implemented)); }
inline Ref not_implemented_ref(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }
inline const std::string& tname(Interpreter& interp, Value v) { return type_of(interp, v)->name; }
inline bool is_type_value(Interpreter& interp, Value v) {
    return v.is_obj() && type_of(interp, v)->has_flag(kTypeTypeSubclass);
}
inline Type* as_type(Value v) { return static_cast<Type*>(v.obj()); }
inline bool is_int_value(Interpreter& interp, Value v) {
    return v.is_small_int() || type_of(interp, v)->has_flag(kTypeIntSubclass);
}
inline Status check_stack(Interpreter& interp) {
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.native_recursion_error();
    return {};
}

// The int64 value of an int (small or big). False when it does not fit.
inline bool int_to_i64_exact(Interpreter&, Value v, int64_t* out) { return int_to_i64(v, out); }

// A str object from UTF-8 text as a Ref.
Result<Ref> make_str(Interpreter&, std::string_view utf8);
// Borrowed interned name for a literal (for the few names not in names.def); null on OOM.
StrObject* name_of(Interpreter&, std::string_view utf8);

// Calls with a prepended `self` (args shifted by one; keywords kept).
Result<Ref> call_prepend(Interpreter&, Value callable, Value self, CallArgs args);
// A CallArgs view without its first positional argument.
inline CallArgs drop_first(CallArgs a) {
    CallArgs r = a;
    r.items = a.items + 1;
    r.npos = a.npos - 1;
    return r;
}
// Look up a special method on type(self) and call it with self prepended (binding
// descriptors as needed). *found is false (and nothing is called) when it is absent.
Result<Ref> call_special(Interpreter&, Value self, StrObject* name, std::span<const Value> args, bool* found);
// `module` and qualified name of a type for reprs (module "builtins" omitted).
std::string type_module_name(Interpreter&, Type* t);
std::string type_display(Interpreter&, Type* t); // "mod.Qualname" or "int"

// Raise AttributeError "'A' object has no attribute 'x'".
Raised raise_no_attribute(Interpreter&, Value obj, StrObject* name);
bool raised_is(const Raised& r, Type* t);

// --- Slot table (type_slots.cpp) ---------------------------------------------------------------
enum class SlotId : uint8_t {
    Repr, Str, Hash, RichCompare, GetAttr, SetAttr, Call, Iter, IterNext, DescrGet, DescrSet, Init, New,
    Length, GetItem, SetItem, Contains, Power3, Divmod, Negative, Positive, Absolute, Invert, Truth, ToInt,
    ToFloat, Index,
    BinaryFirst, // + BinaryOpKind (13 entries)
    InplaceFirst = BinaryFirst + bc::kInplaceOffset,
    Count = InplaceFirst + bc::kInplaceOffset,
};
using AnySlot = void (*)();
AnySlot get_slot(Type* t, SlotId id);
void set_slot(Type* t, SlotId id, AnySlot fn);

// Add slot wrappers (int.__add__, object.__init__ ...) for a built-in type's own slots,
// and `__new__` when it has its own tp_new. Call before inheriting from the base.
Status add_slot_wrappers(Interpreter&, Type* t);
// Fill the slots of a heap type from the dunders visible along its MRO.
void fixup_heap_slots(Interpreter&, Type* t);
// After `name` was set or deleted on heap type t: refresh the affected slots.
void update_slot_for_name(Interpreter&, Type* t, StrObject* name);

// wrapper_descriptor (slot wrappers) of the built-in types.
struct WrapperDescrObject : Object {
    Type* owner = nullptr;     // the built-in type whose slot is wrapped (immortal)
    uint16_t slotdef = 0;      // index into the slot definition table
};
// Call a slot wrapper on `self` (already type-checked) with the remaining args.
Result<Ref> wrapper_invoke(Interpreter&, WrapperDescrObject* d, Value self, CallArgs args);
std::string_view wrapper_name(WrapperDescrObject* d);
void init_wrapper_descriptor_type(Interpreter&);

// --- Native callables (native.cpp) ---------------------------------------------------------------
struct NativeFunctionObject : Object {
    enum class Kind : uint8_t { Function, Method, MethodWrapper, TypeNew };
    Kind kind = Kind::Function;
    NativeFunction fn = nullptr; // Function
    NativeMethod meth = nullptr; // Method (self may be null for static methods)
    Ref self;                    // bound object (Method, MethodWrapper, TypeNew: the type)
    Ref descr;                   // Method/MethodWrapper: the descriptor it came from (names it)
    std::string name;            // Function/TypeNew
    std::string module;          // Function: __module__
};
struct MethodDescrObject : Object {
    Type* owner = nullptr; // types outlive their dict entries
    std::string name;
    NativeMethod fn = nullptr;
    uint32_t flags = 0;
};
struct GetSetDescrObject : Object {
    Type* owner = nullptr;
    std::string name;
    NativeGetter get = nullptr;
    NativeSetter set = nullptr;
};
Result<Ref> make_method_wrapper(Interpreter&, WrapperDescrObject* d, Value self);
// A builtin method with no self, wrapped in staticmethod (MethodDef with kMethStatic).
Result<Ref> make_staticmethod(Interpreter&, Value callable);
// The heap types' tp_new that calls a Python __new__ (type_slots.cpp).
bool is_heap_new_dispatcher(NewFn fn);
Result<Ref> make_type_new(Interpreter&, Type* t);
bool is_type_new(Interpreter&, Value v, Type** owner);
void init_native_slots(Interpreter&);
Status init_native_methods(Interpreter&);

// --- object / type (object_type.cpp, type_object.cpp, mro.cpp) -------------------------------------
Result<Ref> object_new(Interpreter&, Type* type, CallArgs args);
Status object_init(Interpreter&, Value self, CallArgs args);
Result<Ref> object_richcompare(Interpreter&, Value a, Value b, bc::CompareOpKind op);
Result<int64_t> object_hash(Interpreter&, Value v);
Result<Ref> object_repr(Interpreter&, Value v);
Result<Ref> object_str(Interpreter&, Value v);
void init_object_slots(Interpreter&);
Status init_object_methods(Interpreter&);

Result<Ref> type_new(Interpreter&, Type* metatype, CallArgs args);
Result<Ref> type_getattr(Interpreter&, Value obj, StrObject* name);
Status type_setattr(Interpreter&, Value obj, StrObject* name, Value value);
Result<Ref> type_call(Interpreter&, Value callable, CallArgs args);
void init_type_slots(Interpreter&);
Status init_type_methods(Interpreter&);
// The MRO of a new type from its bases (C3), with CPython's error.
Result<Ref> compute_mro(Interpreter&, Type* t);
// C3 only (type.mro() itself), ignoring a metaclass mro() override.
Result<Ref> mro_c3(Interpreter&, Type* t);
// Pure C3 linearisation over integer node ids: `seqs` are the bases' MROs followed by the
// list of bases. Returns false (and leaves the remaining heads in *blocked) on conflict.
bool c3_merge(std::vector<std::vector<int>> seqs, std::vector<int>* out, std::vector<int>* blocked);
// The "solid base" (layout provider) among bases, or a TypeError.
Result<Type*> best_base(Interpreter&, TupleObject* bases);
// Built-in types: dict, bases and mro; inherit slots from the base (bootstrap step 3).
Status ready_builtin_type(Interpreter&, Type* t);
// Install the `__dict__` getset on a heap type whose instances gained a managed dict.
Status add_dict_descriptor(Interpreter&, Type* t);
// mappingproxy over a mapping (used for type.__dict__).
Result<Ref> mappingproxy_new(Interpreter&, Value mapping);

// --- descriptors.cpp / singletons.cpp / exception_object.cpp --------------------------------------
void init_descriptor_slots(Interpreter&);
Status init_descriptor_methods(Interpreter&);
void init_singleton_slots(Interpreter&);
Status create_singletons(Interpreter&);
void init_exception_slots(Interpreter&);
Status init_exception_methods(Interpreter&);

} // namespace bastion
