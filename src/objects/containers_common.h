// containers_common.h: helpers shared by the container and iterator files (tuple, list,
// dict, set, range, slice, iterators) and their per-file init functions, which
// init_container_slots / init_container_methods (containers_common.cpp) call in order.
// Internal to objects/; other components use the *_object.h headers.
#pragma once

#include <string>
#include <string_view>

#include <utility>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/native.h"
#include "vm/interpreter.h"

namespace bastion {

// --- Per-file bootstrap hooks ------------------------------------------------------------------
void init_tuple_slots(Interpreter&);
void init_list_slots(Interpreter&);
void init_dict_slots(Interpreter&);
void init_dict_view_slots(Interpreter&);
void init_set_slots(Interpreter&);
void init_range_slots(Interpreter&);
void init_slice_slots(Interpreter&);
void init_iterator_slots(Interpreter&);
Status init_tuple_methods(Interpreter&);
Status init_list_methods(Interpreter&);
Status init_dict_methods(Interpreter&);
Status init_dict_view_methods(Interpreter&);
Status init_set_methods(Interpreter&);
Status init_range_methods(Interpreter&);
Status init_slice_methods(Interpreter&);
Status init_iterator_methods(Interpreter&);

// --- Small shared helpers ------------------------------------------------------------------------
// Result<Own<T>> -> Result<Ref>.
template <typename T>
Result<Ref> to_ref(Result<Own<T>>&& r) {
    if (!r.ok())
        return r.take_error();
    return std::move(r).value().into_ref();
}

// CPython 3.11's tuplehash (xxHash's round function over the item hashes), so that
// hash((1, 2)) equals CPython's. Pure: add each item's hash, then finish.
struct TupleHasher {
    static constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    static constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    static constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    uint64_t acc = kPrime5;
    void add(int64_t lane) {
        acc += static_cast<uint64_t>(lane) * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    int64_t finish(int64_t n) const {
        // The length is mixed in so that hash(()) keeps its historical value.
        uint64_t h = acc + (static_cast<uint64_t>(n) ^ (kPrime5 ^ 3527539ULL));
        return h == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(h);
    }
};

inline Ref not_implemented(Interpreter& interp) { return Ref::borrow(Value(interp.not_implemented)); }
inline bool is_not_implemented(Interpreter& interp, Value v) { return v.is(Value(interp.not_implemented)); }
inline bool is_none(Interpreter& interp, Value v) { return v.is(Value(interp.none)); }
inline const std::string& type_name(Interpreter& interp, Value v) { return type_of(interp, v)->name; }

// True when v can be used as an index (an int, or a type with __index__).
bool has_index(Interpreter&, Value v);
// operator.index(v) as int64 where out-of-range values saturate to INT64_MIN/MAX
// (CPython's PyNumber_AsSsize_t(v, NULL) behaviour, used for slice bounds and repeat counts).
Result<int64_t> index_clamped(Interpreter&, Value v);
// operator.index(v) as int64; an int too large raises `overflow_type` "cannot fit 'int' into
// an index-sized integer" (CPython's PyNumber_AsSsize_t(v, exc): IndexError for subscripts,
// OverflowError for repeat counts).
Result<int64_t> index_exact(Interpreter&, Value v, Type* overflow_type);

// Does the exception in flight belong to `type` (or a subclass)?
bool raised_matches(const Raised& r, Type* type);
// Raise type(arg) with a single non-str argument, e.g. KeyError(key).
Raised raise_with_arg(Interpreter&, Type* type, Value arg);

// UTF-8 text of repr(v) appended to out.
Status append_repr(Interpreter&, std::string& out, Value v);
// A str object from UTF-8 text built by a repr.
Result<Ref> str_result(Interpreter&, const std::string& utf8);

// The iter slot of every iterator type: returns itself.
Result<Ref> iter_self(Interpreter&, Value self);

// Argument checks with CPython's exact messages. `qualname` is "list.append" style (used by
// "takes no keyword arguments" and the METH_NOARGS / METH_O messages); `name` is the bare
// name used by the "expected at most N arguments" family.
// The common case (no keywords, a count in range) is decided inline; the out-of-line
// *_checked functions make the same decision again and raise the error.
Status args_none_checked(Interpreter&, CallArgs args, std::string_view qualname);
Status args_one_checked(Interpreter&, CallArgs args, std::string_view qualname);
Status args_range_checked(Interpreter&, CallArgs args, std::string_view qualname, std::string_view name,
                          std::size_t min, std::size_t max);
inline Status args_none(Interpreter& interp, CallArgs args, std::string_view qualname) {
    if (args.kwnames == nullptr && args.npos == 0) [[likely]]
        return {};
    return args_none_checked(interp, args, qualname);
}
inline Status args_one(Interpreter& interp, CallArgs args, std::string_view qualname) {
    if (args.kwnames == nullptr && args.npos == 1) [[likely]]
        return {};
    return args_one_checked(interp, args, qualname);
}
inline Status args_range(Interpreter& interp, CallArgs args, std::string_view qualname, std::string_view name,
                         std::size_t min, std::size_t max) {
    if (args.kwnames == nullptr && args.npos >= min && args.npos <= max) [[likely]]
        return {};
    return args_range_checked(interp, args, qualname, name, min, max);
}
Status args_no_keywords(Interpreter&, CallArgs args, std::string_view qualname);
// A bool argument given as an int (list.sort's reverse=: "'float' object cannot be
// interpreted as an integer"); null means `dflt`.
Result<bool> int_flag(Interpreter&, Value v, bool dflt);

// CPython's sequence fallback for + and * (PyNumber_Add / PyNumber_Multiply): when the
// other operand's type has its own slot for this operator, it runs first with the operands
// unchanged; *answered is set when it gave a result other than NotImplemented.
// `kind` is the binary (not in-place) operator: `list += x` consults x's + slot too.
Result<Ref> try_other_operand(Interpreter&, bc::BinaryOpKind kind, Value lhs, Value rhs, BinaryFn mine, bool* answered);

// Py_RETURN_RICHCOMPARE for two sizes.
inline bool compare_sizes(int64_t a, int64_t b, bc::CompareOpKind op) {
    switch (op) {
    case bc::CompareOpKind::Lt:
        return a < b;
    case bc::CompareOpKind::Le:
        return a <= b;
    case bc::CompareOpKind::Eq:
        return a == b;
    case bc::CompareOpKind::Ne:
        return a != b;
    case bc::CompareOpKind::Gt:
        return a > b;
    case bc::CompareOpKind::Ge:
        return a >= b;
    }
    return false;
}

// Lexicographic comparison of two sequences (CPython's list_richcompare / tuplerichcompare).
// `size(v)` and `item(v, i)` are re-read after every comparison, because a list may change
// while user __eq__ runs; the items compared are held by owning references.
template <typename SizeFn, typename ItemFn>
Result<Ref> sequence_richcompare(Interpreter& interp, Value v, Value w, bc::CompareOpKind op, SizeFn size, ItemFn item) {
    using bc::CompareOpKind;
    if (size(v) != size(w) && (op == CompareOpKind::Eq || op == CompareOpKind::Ne))
        return interp.new_bool(op == CompareOpKind::Ne);
    int64_t i = 0;
    for (; i < size(v) && i < size(w); i++) {
        Ref a = Ref::borrow(item(v, i));
        Ref b = Ref::borrow(item(w, i));
        if (a.get().is(b.get()))
            continue;
        BASTION_TRY_ASSIGN(bool same, rich_compare_bool(interp, a, b, CompareOpKind::Eq));
        if (!same)
            break;
    }
    if (i >= size(v) || i >= size(w))
        return interp.new_bool(compare_sizes(size(v), size(w), op));
    if (op == CompareOpKind::Eq)
        return interp.new_bool(false);
    if (op == CompareOpKind::Ne)
        return interp.new_bool(true);
    Ref a = Ref::borrow(item(v, i));
    Ref b = Ref::borrow(item(w, i));
    return rich_compare(interp, a, b, op);
}

// Recursion guard for native recursion (repr, ==, hash of nested containers).
inline Status check_native_stack(Interpreter& interp) {
    if (interp.native_stack_exhausted())
        return interp.native_recursion_error();
    return {};
}

// Typed view of `self` for methods: TypeError instead of a bad cast when a descriptor is
// called on a foreign object.
template <typename T>
Result<T*> self_as(Interpreter& interp, Value self, Type* type, std::string_view method) {
    if (!self.is_obj() || (self.obj()->type != type && !is_subtype(self.obj()->type, type)))
        return interp.raise_fmt(interp.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                method, type->name, type_name(interp, self));
    return static_cast<T*>(self.obj());
}

// Call a special method found on the type (type_lookup), binding it to `self` first when
// it is a descriptor (CPython's _PyObject_LookupSpecial + call).
Result<Ref> call_bound_special(Interpreter&, Value descr, Value self, std::initializer_list<Value> args);

// --- dict internals (dict_object.cpp), shared with dict_views.cpp and set_object.cpp, and
// usable by the VM (DICT_MERGE / DICT_UPDATE) and builtins -----------------------------------------
Result<int64_t> dict_key_hash(Interpreter&, Value key); // str: cached hash; else hash()
// Entry number of key, or -1; may run __eq__ (restarts if it changed the table).
Result<int64_t> dict_lookup(Interpreter&, DictObject*, Value key, int64_t hash);
Status dict_insert(Interpreter&, DictObject*, Ref key, int64_t hash, Ref value);
Result<bool> dict_contains_hashed(Interpreter&, DictObject*, Value key, int64_t hash);
Value dict_entry_value(DictObject*, int64_t ix); // borrowed; ix from dict_lookup, no code run since
// Removes entry ix; the caller releases the returned key and value (after the dict is consistent).
std::pair<Ref, Ref> dict_remove_entry(DictObject*, int64_t ix);
// Walk entries by position (forward: *pos from 0; backward: *pos from INT64_MAX), re-reading
// the table each call, so the walk stays in bounds whatever the dict does in between.
bool dict_next_entry(DictObject*, int64_t* pos, Value* key, Value* value, int64_t* hash);
bool dict_prev_entry(DictObject*, int64_t* pos, Value* key, Value* value);
int64_t dict_entry_count(DictObject*);
void dict_clear(DictObject*);
Result<Own<DictObject>> dict_copy(Interpreter&, DictObject*); // always an exact dict
// PyDict_Merge (dict or keys()/__getitem__ mapping; override=false keeps existing keys).
Status dict_merge(Interpreter&, DictObject*, Value other, bool override);
Status dict_merge_pairs(Interpreter&, DictObject*, Value iterable); // PyDict_MergeFromSeq2
Status dict_update_arg(Interpreter&, DictObject*, Value arg);       // dict.update's positional arg
// dict.update(*args, **kwargs) / dict.__init__ (name is used in the count message).
Status dict_update_common(Interpreter&, DictObject*, CallArgs args, std::string_view name);
// dict_views.cpp: a keys/values/items view, and an iterator (iter_type: dict_keyiterator,
// dict_valueiterator or dict_itemiterator, or with reversed their dict_reverse* types).
Result<Ref> dict_make_view(Interpreter&, DictObject*, Type* view_type);
Result<Ref> dict_make_iter(Interpreter&, DictObject*, Type* iter_type, bool reversed);

} // namespace bastion
