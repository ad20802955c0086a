// container_fast.h: what the interpreter loop's container fast paths (vm/eval.cpp:
// FOR_ITER over a range or list iterator, BINARY_SUBSCR / STORE_SUBSCR on an exact list or
// dict, CONTAINS_OP on an exact dict, set or frozenset) read directly: the layouts of the
// range and list iterators (owned by objects/range_object.cpp and list_object.cpp) and
// lookups of "plain" keys (small ints, exact str) that run no user code, implemented in
// objects/dict_object.cpp and set_object.cpp. Each answers exactly what the generic slot
// would, or says that the generic path must decide.
#pragma once

#include <cstdint>

#include "objects/list_object.h"
#include "objects/value.h"
#include "support/hash.h"

namespace bastion {

struct DictObject;
struct SetObject;
struct Type;
class Visitor;

struct RangeIterObject : Object {
    __int128 start = 0;
    __int128 step = 1;
    int64_t length = 0; // 0 for the big form, so `index < length` means the int64 form
    int64_t index = 0;
    // Big ranges (CPython's longrange_iterator): the next value, the step and the count
    // left as Python ints; `big_left` non-null selects this form.
    Ref big_next, big_step, big_left;
};

struct ListIterObject : Object {
    Own<ListObject> seq; // null once exhausted
    int64_t index = 0;
    void traverse(Visitor& v) const; // list_object.cpp
};

// hash(v) of a small int: hash_i64 without its division when |v| is below the modulus
// (every int a program counts with), where the hash is v itself (-1 becomes -2).
inline int64_t small_int_hash(int64_t v) {
    if (v > -static_cast<int64_t>(kHashModulus) && v < static_cast<int64_t>(kHashModulus))
        return v == -1 ? -2 : v;
    return hash_i64(v);
}

// `v` as a list when its type is exactly `list_type` (interp.types.list), else null.
inline ListObject* as_exact_list(Value v, Type* list_type) {
    return v.is_obj() && v.obj()->type == list_type ? static_cast<ListObject*>(v.obj()) : nullptr;
}

// The answers of the plain-key lookups below.
enum class PlainLookup : int { Absent = 0, Found = 1, Generic = -1 };

// `key` in exact dict `d` when `key` is a small int or an exact str and every entry on its
// probe path with the same hash is one too (no __eq__ can run); *value is then the borrowed
// value. Generic: the caller must take the generic path (which may run user code).
PlainLookup dict_lookup_plain_value(DictObject* d, Value key, Value* value);
// `key` in exact set or frozenset `s`, on the same terms.
PlainLookup set_contains_plain(SetObject* s, Value key);

} // namespace bastion
