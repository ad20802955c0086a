// value.h: the value representation and the ownership types every other file uses.
//
//   Object    header of every heap object: a 64-bit reference count and a type pointer.
//   Value     one machine word: null, a tagged small int (bit 0 set: 63-bit signed value
//             in the upper bits, so integer loops never allocate), or an Object*.
//             A Value is BORROWED: it owns nothing and must not outlive its owner.
//   Ref       an OWNING Value: copying increfs, destruction decrefs. Null is allowed.
//   Own<T>    an owning typed pointer to an object of C++ type T (never a small int).
//   Raised    the error half of Result<T>: it owns the exception object in flight.
//
// No ordinary code calls incref/decref by hand: ownership moves through Ref and Own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "support/assert.h"
#include "support/result.h"

namespace bastion {

struct Type;
class Interpreter;

struct Object {
    uint64_t refcount = 1;
    Type* type = nullptr;
};

// Called when a reference count reaches zero (objects/object.cpp): destroys the object,
// bounding C-stack depth for long chains (deallocation is deferred past a depth limit).
void release_object(Object* o);

// Stops the process with a diagnostic naming the type (objects/heap.cpp).
[[noreturn]] void refcount_underflow(Object* o);

inline void incref(Object* o) { ++o->refcount; }
// Always checked: a count that would go below zero (a decref of a dead object) is fatal.
// The test costs nothing over `== 0`: the decrement sets the flags either way.
inline void decref(Object* o) {
    int64_t now = static_cast<int64_t>(--o->refcount);
    if (now <= 0) [[unlikely]] {
        if (now < 0)
            refcount_underflow(o);
        release_object(o);
    }
}

class Value {
public:
    static constexpr int64_t kSmallMin = -(int64_t{1} << 62);
    static constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;

    constexpr Value() = default;
    Value(Object* o) : m_bits(reinterpret_cast<uintptr_t>(o)) {} // NOLINT: implicit by design

    static constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
    static Value small_int(int64_t v) {
        BASTION_ASSERT(fits_small(v));
        Value r;
        r.m_bits = (static_cast<uintptr_t>(v) << 1) | 1u;
        return r;
    }
    static Value from_bits(uintptr_t bits) {
        Value r;
        r.m_bits = bits;
        return r;
    }

    bool is_null() const { return m_bits == 0; }
    bool is_small_int() const { return (m_bits & 1u) != 0; }
    bool is_obj() const { return m_bits != 0 && (m_bits & 1u) == 0; }
    int64_t small_int_value() const {
        BASTION_ASSERT(is_small_int());
        return static_cast<int64_t>(m_bits) >> 1;
    }
    Object* obj() const {
        BASTION_ASSERT(is_obj());
        return reinterpret_cast<Object*>(m_bits);
    }
    Object* obj_or_null() const { return is_obj() ? reinterpret_cast<Object*>(m_bits) : nullptr; }
    uintptr_t bits() const { return m_bits; }
    // Python `is`.
    bool is(Value other) const { return m_bits == other.m_bits; }

private:
    uintptr_t m_bits = 0;
};

// True when v is an object whose type is exactly t (not a subclass): the test CPython's
// Py*_CheckExact makes before copying a list's or tuple's storage directly.
inline bool is_exact(Value v, const Type* t) { return v.is_obj() && v.obj()->type == t; }

inline void incref(Value v) {
    if (v.is_obj())
        incref(v.obj());
}
inline void decref(Value v) {
    if (v.is_obj())
        decref(v.obj());
}

class Ref {
public:
    Ref() = default;
    Ref(const Ref& other) : m_value(other.m_value) { incref(m_value); }
    Ref(Ref&& other) noexcept : m_value(other.m_value) { other.m_value = Value(); }
    Ref& operator=(const Ref& other) {
        Value old = m_value;
        m_value = other.m_value;
        incref(m_value);
        decref(old);
        return *this;
    }
    Ref& operator=(Ref&& other) noexcept {
        if (this != &other) {
            Value old = m_value;
            m_value = other.m_value;
            other.m_value = Value();
            decref(old);
        }
        return *this;
    }
    ~Ref() { decref(m_value); }

    // Adopt a reference the caller already owns.
    static Ref steal(Value v) {
        Ref r;
        r.m_value = v;
        return r;
    }
    // Take a new reference to a borrowed value.
    static Ref borrow(Value v) {
        incref(v);
        return steal(v);
    }
    static Ref small_int(int64_t v) { return steal(Value::small_int(v)); }
    // A new reference to an object (never null, never a small int): no tag test.
    static Ref borrow_obj(Object* o) {
        BASTION_ASSERT(Value(o).is_obj());
        incref(o);
        return steal(Value(o));
    }

    Value get() const { return m_value; }
    operator Value() const { return m_value; } // NOLINT: borrowing view
    Object* obj() const { return m_value.obj(); }
    bool is_null() const { return m_value.is_null(); }
    explicit operator bool() const { return !m_value.is_null(); }
    // Give up ownership; the caller now owns the reference.
    [[nodiscard]] Value release() {
        Value v = m_value;
        m_value = Value();
        return v;
    }
    void reset() { *this = Ref(); }

private:
    Value m_value;
};

template <typename T>
class Own {
public:
    Own() = default;
    Own(const Own& other) : m_ptr(other.m_ptr) {
        if (m_ptr)
            incref(m_ptr);
    }
    Own(Own&& other) noexcept : m_ptr(other.m_ptr) { other.m_ptr = nullptr; }
    template <typename U>
        requires std::is_base_of_v<T, U>
    Own(Own<U>&& other) noexcept : m_ptr(other.release()) {}
    Own& operator=(Own other) noexcept {
        std::swap(m_ptr, other.m_ptr);
        return *this;
    }
    ~Own() {
        if (m_ptr)
            decref(m_ptr);
    }

    static Own steal(T* p) {
        Own o;
        o.m_ptr = p;
        return o;
    }
    static Own borrow(T* p) {
        if (p)
            incref(p);
        return steal(p);
    }

    T* get() const { return m_ptr; }
    T* operator->() const {
        BASTION_ASSERT(m_ptr);
        return m_ptr;
    }
    T& operator*() const { return *m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    operator Value() const { return Value(static_cast<Object*>(m_ptr)); } // NOLINT: borrowing view
    [[nodiscard]] T* release() {
        T* p = m_ptr;
        m_ptr = nullptr;
        return p;
    }
    // To an untyped owning reference.
    Ref into_ref() && { return Ref::steal(Value(static_cast<Object*>(release()))); }
    operator Ref() const& { return Ref::borrow(Value(static_cast<Object*>(m_ptr))); } // NOLINT
    operator Ref() && { return Ref::steal(Value(static_cast<Object*>(release()))); }   // NOLINT

private:
    T* m_ptr = nullptr;
};

// The error half of a Python-level Result: the exception object in flight.
struct Raised {
    Ref exception;
};

} // namespace bastion
