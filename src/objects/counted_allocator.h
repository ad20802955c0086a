// counted_allocator.h: a std allocator whose storage is counted in the owning
// Interpreter's memory use (Interpreter::allocate_counted), so container storage kept in
// standard containers (list items) shows up against --max-memory like object storage.
// It never fails for the limit itself: growth sites check the budget first (list_reserve)
// and raise MemoryError; only a real malloc failure throws std::bad_alloc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>

#include "objects/value.h"

namespace bastion {

class Interpreter;
// Defined in objects/heap.cpp (null interp: plain malloc/free).
void* counted_storage_alloc(Interpreter* interp, std::size_t bytes);
void counted_storage_free(Interpreter* interp, void* p, std::size_t bytes);

template <typename T>
struct CountedAllocator {
    using value_type = T;
    using propagate_on_container_move_assignment = std::true_type;
    using propagate_on_container_copy_assignment = std::false_type;
    using propagate_on_container_swap = std::true_type;
    using is_always_equal = std::false_type;

    Interpreter* interp = nullptr; // null: plain, uncounted storage

    CountedAllocator() = default;
    explicit CountedAllocator(Interpreter* owner) : interp(owner) {}
    template <typename U>
    CountedAllocator(const CountedAllocator<U>& other) : interp(other.interp) {} // NOLINT: rebinding

    T* allocate(std::size_t n) {
        if (n > static_cast<std::size_t>(PTRDIFF_MAX) / sizeof(T))
            throw std::bad_alloc();
        std::size_t bytes = n * sizeof(T);
        void* p = counted_storage_alloc(interp, bytes);
        if (p == nullptr)
            throw std::bad_alloc();
        return static_cast<T*>(p);
    }
    void deallocate(T* p, std::size_t n) {
        counted_storage_free(interp, p, n * sizeof(T));
    }
    template <typename U>
    bool operator==(const CountedAllocator<U>& other) const {
        return interp == other.interp;
    }
};

} // namespace bastion
