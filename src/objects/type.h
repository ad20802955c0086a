// type.h: Type, the type object, with the slot table the operator protocol dispatches
// through, and the calling convention (CallArgs) shared by natives and Python functions.
//
// Slots: a null slot means "not supported". Builtin types fill slots with C++ functions;
// heap types (class statements) fill them with wrappers that look up dunder methods
// through the MRO (objects/type_slots.cpp). Binary slots follow CPython's convention:
// the same slot is tried as `lhs op rhs` and, reflected, with the operands unchanged,
// and returns NotImplemented (interp.not_implemented) when it cannot handle them.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "bytecode/opcodes.h"
#include "objects/value.h"

namespace bastion {

struct StrObject;
struct TupleObject;
struct DictObject;

// Arguments of a call: positional values, then the values of keyword arguments whose
// names (interned str) are in kwnames, as in CPython's vectorcall.
struct CallArgs {
    const Value* items = nullptr;
    std::size_t npos = 0;
    TupleObject* kwnames = nullptr; // null: no keyword arguments
    std::size_t nkw() const;        // objects/tuple_object.cpp
    std::span<const Value> positional() const { return {items, npos}; }
    Value keyword_value(std::size_t i) const { return items[npos + i]; }
    StrObject* keyword_name(std::size_t i) const; // objects/tuple_object.cpp
};

class Visitor; // gc: visits each owned reference of an object

using UnaryFn = Result<Ref> (*)(Interpreter&, Value);
using BinaryFn = Result<Ref> (*)(Interpreter&, Value, Value);
using TernaryFn = Result<Ref> (*)(Interpreter&, Value, Value, Value);
using CompareFn = Result<Ref> (*)(Interpreter&, Value, Value, bc::CompareOpKind);
using HashFn = Result<int64_t> (*)(Interpreter&, Value);
using LenFn = Result<int64_t> (*)(Interpreter&, Value);
using BoolFn = Result<bool> (*)(Interpreter&, Value);
using GetAttrFn = Result<Ref> (*)(Interpreter&, Value, StrObject* name);
using SetAttrFn = Status (*)(Interpreter&, Value, StrObject* name, Value value); // null value: delete
using CallFn = Result<Ref> (*)(Interpreter&, Value callable, CallArgs args);
// Next item, or a null Ref when exhausted (no StopIteration object is made on that path).
using IterNextFn = Result<Ref> (*)(Interpreter&, Value);
using SetItemFn = Status (*)(Interpreter&, Value, Value key, Value value); // null value: delete
using ContainsFn = Result<bool> (*)(Interpreter&, Value container, Value item);
using DescrGetFn = Result<Ref> (*)(Interpreter&, Value descr, Value instance /*null: via class*/, Value owner);
using DescrSetFn = Status (*)(Interpreter&, Value descr, Value instance, Value value); // null value: delete
using NewFn = Result<Ref> (*)(Interpreter&, Type* type, CallArgs args);
using InitFn = Status (*)(Interpreter&, Value self, CallArgs args);
using DestroyFn = void (*)(Object*);           // release owned references; memory is freed by the caller
using TraverseFn = void (*)(Object*, Visitor&); // for the cycle collector
class BufferView; // objects/buffer.h
// The buffer protocol (objects/buffer.h): a view of the instance's memory; with `writable`,
// BufferError for read-only exporters. A resizable exporter counts the view as a live export.
using GetBufferFn = Result<BufferView> (*)(Interpreter&, Value, bool writable);

enum TypeFlag : uint32_t {
    kTypeHeap = 1u << 0,         // made by a class statement or type(); mutable attributes
    kTypeBaseType = 1u << 1,     // may be subclassed
    kTypeManagedDict = 1u << 2,  // instances carry a __dict__ Ref just before the Object header
    kTypeGC = 1u << 3,           // instances can hold references (tracked by the cycle collector)
    kTypeIntSubclass = 1u << 8,  // fast isinstance checks, like CPython's Py_TPFLAGS_*_SUBCLASS
    kTypeStrSubclass = 1u << 9,
    kTypeTupleSubclass = 1u << 10,
    kTypeListSubclass = 1u << 11,
    kTypeDictSubclass = 1u << 12,
    kTypeTypeSubclass = 1u << 13,
    kTypeExceptionSubclass = 1u << 14, // BaseException and subclasses
    kTypeBytesSubclass = 1u << 15,
    kTypeAbstract = 1u << 16,
    kTypeWeakrefable = 1u << 17, // a class whose instances take weak references (CPython: tp_weaklistoffset != 0)
    // The MRO came from a metaclass's own mro(): it may hold classes that are not ancestors,
    // whose dict writes would not reach this type, so no lookup of this type or of a class
    // with it on its MRO is recorded (objects/type_cache.h; CPython's type_mro_modified).
    kTypeCustomMro = 1u << 18,
    // A static type whose instances may have a PEP 442 finalizer (generator, async
    // generator: a suspended one is closed). With kTypeHeap, the types free_object's
    // finalizer test looks at; an object of any other type is freed by its fast path.
    kTypeMayFinalize = 1u << 19,
};

// Number slots, indexed by bc::BinaryOpKind for the first 13 (binary) operations.
struct NumberSlots {
    BinaryFn binary[bc::kInplaceOffset] = {}; // add and .. xor, by BinaryOpKind
    BinaryFn inplace[bc::kInplaceOffset] = {};
    TernaryFn power3 = nullptr; // pow(a, b, m)
    BinaryFn divmod = nullptr;
    UnaryFn negative = nullptr;
    UnaryFn positive = nullptr;
    UnaryFn absolute = nullptr;
    UnaryFn invert = nullptr;
    BoolFn truth = nullptr;
    UnaryFn to_int = nullptr;   // __int__
    UnaryFn to_float = nullptr; // __float__
    UnaryFn index = nullptr;    // __index__
};

struct Type : Object {
    Interpreter* interp = nullptr; // the interpreter this type belongs to (types are per interpreter)
    std::string name;              // __name__ (UTF-8)
    std::string qualname;          // __qualname__
    Type* base = nullptr;          // __base__ (the "solid" base whose layout instances extend)
    Ref bases;                     // tuple of types
    Ref mro;                       // tuple of types, self first
    Ref subclasses;                // null or a list of weak references to direct subclasses (type_object.cpp)
    Ref dict;                      // DictObject: the type's namespace
    uint32_t flags = 0;
    // The most attributes an instance's __dict__ got through the attribute cache's stores
    // (objects/attr_cache.h): the size of the table a new instance dict starts with.
    uint32_t instance_dict_keys = 0;
    // The key set of an instance dict holding only its first attribute (objects/attr_cache.cpp
    // attr_store_first): the interned name the last first store on an instance of this class
    // put in it, and the keys_version minted for {that name} (dict_object.h), so the next
    // instance dict made by a first store of the same name takes the number without the
    // transition table. Compared by address only: interned names live until teardown.
    const StrObject* instance_dict_first_name = nullptr;
    uint64_t instance_dict_first_keys = 0;
    std::size_t instance_size = 0; // bytes of the Object part of a fixed-size instance
    uint64_t version = 0;          // bumped when the type or a base changes (attribute caches)
    // The version tag of the lookup caches (objects/type_cache.h, CPython's tp_version_tag):
    // 0 until a cache entry first records the type, then an interpreter-unique number, set
    // back to 0 whenever a lookup on the type could find something else (a write to the
    // dict of any class on its MRO, an MRO change). A type made at a freed type's address
    // starts at 0 again, so no entry of the old one matches it.
    uint64_t stamp = 0;

    // Object protocol.
    UnaryFn repr = nullptr;
    UnaryFn str = nullptr;
    HashFn hash = nullptr; // null: unhashable
    CompareFn richcompare = nullptr;
    GetAttrFn getattr = nullptr;
    SetAttrFn setattr = nullptr;
    CallFn call = nullptr;
    UnaryFn iter = nullptr;
    IterNextFn iternext = nullptr;
    DescrGetFn descr_get = nullptr;
    DescrSetFn descr_set = nullptr; // non-null: a data descriptor
    NewFn tp_new = nullptr;
    InitFn tp_init = nullptr;
    DestroyFn destroy = nullptr;
    TraverseFn traverse = nullptr;

    // Sequence and mapping protocol.
    LenFn length = nullptr;
    BinaryFn getitem = nullptr;
    SetItemFn setitem = nullptr;
    ContainsFn contains = nullptr;

    NumberSlots number;

    // Buffer protocol: null when instances export no buffer. Subclasses need not copy it:
    // get_buffer() finds it along the `base` chain (objects/buffer.cpp).
    GetBufferFn getbuffer = nullptr;

    bool has_flag(TypeFlag f) const { return (flags & f) != 0; }
};

// Type of any value (small ints are `int`). Defined in vm/interpreter.h's inline section.
Type* type_of(Interpreter& interp, Value v);

} // namespace bastion
