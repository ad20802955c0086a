// array_object.h: the `array.array` object shared by array_module.cpp (type slots, module
// init) and array_methods.cpp (methods): a typecode and a raw item buffer whose bytes are
// counted through Interpreter::allocate, so --max-memory covers arrays.
// Every size is checked (checked.h) before it reaches the allocator; every index is checked.
#pragma once

#include <cstdint>
#include <cstring>

#include "objects/containers_common.h"

namespace bastion {

// One row per typecode: the C type's size and the text CPython prints.
struct ArrayDescr {
    char code;
    int itemsize;
    bool is_float;
    bool is_signed;
};
const ArrayDescr* array_descr(char code); // null for a bad typecode

// The module's type object carries the iterator type (no global state: both types are
// made per interpreter when the module is imported).
struct ArrayType : Type {
    Type* iter_type = nullptr;
};

struct ArrayObject : Object {
    const ArrayDescr* descr = nullptr;
    uint8_t* buf = nullptr;
    int64_t len = 0; // items
    int64_t cap = 0; // items the buffer can hold
    int64_t exports = 0; // live buffer exports (memoryview, ...): no resize while > 0
    ~ArrayObject();

    int64_t nbytes() const { return len * descr->itemsize; }
    uint8_t* item_ptr(int64_t i) {
        BASTION_CHECK(i >= 0 && i < len);
        return buf + i * descr->itemsize;
    }
};

// The typed C value of one item, whatever the typecode.
union ArrayItem {
    int64_t i;
    uint64_t u;
    double d;
};

bool is_array(Value v);
ArrayType* array_root_type(Value v); // the module's array type in v's type's base chain
inline ArrayObject* as_array(Value v) { return static_cast<ArrayObject*>(v.obj()); }

// Python value -> C item, with CPython's TypeError/OverflowError messages per typecode.
Status array_convert(Interpreter&, const ArrayDescr* d, Value v, ArrayItem* out);
void array_store(ArrayObject* a, int64_t i, const ArrayItem& item);
ArrayItem array_load(const ArrayObject* a, int64_t i);
// The item at i as a Python object.
Result<Ref> array_get(Interpreter&, ArrayObject* a, int64_t i);
// BufferError (CPython's "cannot resize an array that is exporting buffers") when the
// length would change while a buffer export is live.
Status array_check_resize(Interpreter&, ArrayObject* a, int64_t new_len);
// Capacity for `total` items (amortised), MemoryError when absurd or over budget; `total`
// is the length the caller is about to set (array_check_resize is applied to it).
Status array_reserve(Interpreter&, ArrayObject* a, int64_t total);
Status array_append_value(Interpreter&, ArrayObject* a, Value v);
Status array_append_bytes(Interpreter&, ArrayObject* a, const uint8_t* data, int64_t nbytes);
// Remove items [lo, hi) (clamped by the caller); BufferError while exported.
Status array_erase(Interpreter&, ArrayObject* a, int64_t lo, int64_t hi);
// A new exact array of the same typecode as `like`, with room for n items.
Result<Own<ArrayObject>> array_new_like(Interpreter&, ArrayObject* like, int64_t n);
Result<Own<ArrayObject>> array_new(Interpreter&, Type* type, const ArrayDescr* d);
// Elementwise ==, <, ... of two arrays (CPython's array_richcompare).
Result<Ref> array_richcompare(Interpreter&, Value v, Value w, bc::CompareOpKind op);
// Fills an array from an initializer (str for 'u', bytes-like, array, or any iterable).
Status array_extend_any(Interpreter&, ArrayObject* a, Value iterable);

Status init_array_methods(Interpreter&, ArrayType* t);

} // namespace bastion
