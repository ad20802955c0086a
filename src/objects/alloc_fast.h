// alloc_fast.h: the inline allocation fast path for objects of a fixed size (a C++ type T
// with no trailing bytes: iterators, ranges, plain instances), and the inline tracking
// step it and free_object share.
//
// make_fixed<T, kGc>(interp, type, args...) is make<T>(type, args...) when a block of T's
// size waits in the small-block free lists (gc/gc_state.h): the block size is a compile-time
// constant (static_assert: a size the free lists keep), so there is no checked arithmetic,
// the zeroing is a few inline stores, and the block word, header and tracking are written
// in the same step. Everything the general path (Interpreter::allocate_object_memory +
// init_object_header, objects/heap.cpp) does that could apply is still done:
//   - the collector's threshold test before a GC object is made (gc_maybe_collect's own
//     first test inline; the function itself when it passes);
//   - --max-memory: reuse_block counts the reused block again and refuses it over the
//     limit (then the general path decides: it collects once and retries, or fails);
//   - the live tag and size in the block word (so free_object's double-free and
//     corrupted-block diagnostics see exactly what the general path writes);
//   - the GC header and managed-dict slot zeroed (untracked, no __dict__);
//   - the heap type's reference and tracking when the type is trackable.
// Anything else (no block waiting, the limit, a type whose GC flag is not kGc) takes
// make<T>, which is the general path.
// T is constructed as make<> constructs it, `T(args...)`: with no arguments that is value-
// initialization (every member zeroed or set by its initializer, whatever the block held);
// a constructor taking arguments must initialize every member itself, since GCC's
// lifetime dead-store elimination may drop the zeroing of the object's bytes before a
// constructor runs (it is kept for the prefix and GC header, which are not the object).
#pragma once

#include <cstdint>
#include <new>
#include <utility>

#include "gc/gc_state.h"
#include "objects/type.h"

namespace bastion {

// Tracks a new GC object whose header is zeroed (never tracked yet): gc_track's work
// without its "already tracked" test (gc/collector.cpp; kMarkNone is 0, so the zeroed
// mark and generation are already right).
[[gnu::always_inline]] inline void gc_track_new(Interpreter::GcState& g, Object* o) {
    GcHeader* h = gc_header(o);
    BASTION_ASSERT(h->next == nullptr && h->prev == nullptr && h->mark == 0 && h->generation == 0);
    g.generations[0].push_back(h);
    ++g.count[0];
}

// gc_untrack's work, inline (gc/collector.cpp): unlinks a tracked object, and gives back
// its young-generation count.
[[gnu::always_inline]] inline void gc_untrack_inline(Interpreter::GcState& g, Object* o) {
    GcHeader* h = gc_header(o);
    if (h->next == nullptr)
        return;
    GcList::unlink(h);
    if (g.count[0] > 0)
        --g.count[0];
}

// Zeroes the N bytes at `p` (N a multiple of 8) with straight-line stores: for blocks of
// 96 bytes and more GCC expands a constant-size memset as a `rep stos`, whose start-up costs
// more than the few stores (as alloc_small_tuple found, objects/tuple_object.cpp).
template <std::size_t N>
[[gnu::always_inline]] inline void zero_block(char* p) {
    static_assert(N % 8 == 0);
    // 16 bytes a store (one SSE store each), and 8 for an odd tail.
    [p]<std::size_t... I>(std::index_sequence<I...>) {
        ((void)__builtin_memset(p + 16 * I, 0, 16), ...);
    }(std::make_index_sequence<N / 16>{});
    if constexpr (N % 16 != 0)
        __builtin_memset(p + N - 8, 0, 8);
}

// The block size of a T: the block word and managed-dict slot, the GC header for GC types.
template <typename T, bool kGc>
inline constexpr std::size_t kFixedBlockBytes = gcb::kPrefixBytes + (kGc ? sizeof(GcHeader) : 0) + sizeof(T);

// Whether a T's block is one the small-block free lists keep.
template <typename T, bool kGc>
inline constexpr bool kFixedBlockFits =
    kFixedBlockBytes<T, kGc> % 8 == 0 && kFixedBlockBytes<T, kGc> <= Interpreter::GcState::kFreeListMaxBytes;

// T's new object from a free-listed block, or null (no block waiting, the limit refuses it,
// or `type`'s GC flag is not kGc): the caller then takes make<T>.
template <typename T, bool kGc, typename... Args>
[[gnu::always_inline]] inline T* reuse_fixed_block(Interpreter& interp, Type* type, Args&&... args) {
    constexpr std::size_t kPrefix = gcb::kPrefixBytes + (kGc ? sizeof(GcHeader) : 0);
    constexpr std::size_t kTotal = kFixedBlockBytes<T, kGc>;
    static_assert(kFixedBlockFits<T, kGc>, "make_fixed is for blocks the small-block free lists keep");
    static_assert(kTotal <= gcb::kSizeMask);
    if (type->has_flag(kTypeGC) != kGc) [[unlikely]]
        return nullptr;
    Interpreter::GcState& g = interp.gc();
    if constexpr (kGc) {
        if (g.count[0] > g.threshold[0]) // gc_maybe_collect's own first test
            gc_maybe_collect(interp);
    }
    char* block = g.reuse_block(kTotal, kGc); // counted again; null over --max-memory
    if (block == nullptr)
        return nullptr;
    zero_block<kTotal>(block); // a constant size: inline stores
    *reinterpret_cast<uint64_t*>(block + (kGc ? sizeof(GcHeader) : 0)) =
        gcb::kTagLive | (kGc ? gcb::kHasGcHeader : 0) | kTotal;
    T* obj = ::new (static_cast<void*>(block + kPrefix)) T(std::forward<Args>(args)...);
    obj->refcount = 1;
    obj->type = type;
    if (type->has_flag(kTypeHeap))
        incref(type);
    if constexpr (kGc) {
        if (gc_type_is_trackable(type))
            gc_track_new(g, obj);
    }
    return obj;
}

// make<T>(type, args...) with the fixed-size fast path first (see the top of this file),
// for a type whose GC flag the caller knows (kGc).
template <typename T, bool kGc, typename... Args>
[[gnu::always_inline]] inline Result<Own<T>> make_fixed(Interpreter& interp, Type* type, Args&&... args) {
    if (T* obj = reuse_fixed_block<T, kGc>(interp, type, args...)) [[likely]]
        return Own<T>::steal(obj);
    return interp.make<T>(type, std::forward<Args>(args)...);
}

// The same where `type` may or may not be a GC type (a subclass of a non-GC built-in is
// one): the fast path for each, chosen by the type's flag, where T's block fits.
template <typename T, typename... Args>
[[gnu::always_inline]] inline Result<Own<T>> make_fixed(Interpreter& interp, Type* type, Args&&... args) {
    if (type->has_flag(kTypeGC)) {
        if constexpr (kFixedBlockFits<T, true>) {
            if (T* obj = reuse_fixed_block<T, true>(interp, type, args...)) [[likely]]
                return Own<T>::steal(obj);
        }
    } else {
        if constexpr (kFixedBlockFits<T, false>) {
            if (T* obj = reuse_fixed_block<T, false>(interp, type, args...)) [[likely]]
                return Own<T>::steal(obj);
        }
    }
    return interp.make<T>(type, std::forward<Args>(args)...);
}

} // namespace bastion
