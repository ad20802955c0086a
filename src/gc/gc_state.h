// gc_state.h: the cycle collector's per-interpreter state (GcState) and the block layout
// it shares with objects/heap.cpp: every object block starts with an optional GC header
// (objects of kTypeGC types), then the tag/size word and the managed-dict slot:
//     [GcHeader (32 bytes, GC types only)][uint64 block word][Ref __dict__ / pad][Object]
// The block word: size (low 44 bits), flag bits, and a live/freed tag (high 16 bits).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "objects/counted_allocator.h"
#include "vm/interpreter.h"

namespace bastion {

struct WeakRefObject;

namespace gcb {
constexpr uint64_t kSizeMask = (uint64_t{1} << 44) - 1;
constexpr uint64_t kHasGcHeader = uint64_t{1} << 44; // a GcHeader precedes the block word
constexpr uint64_t kHasWeakrefs = uint64_t{1} << 45; // the weakref table has a list for it
constexpr uint64_t kFinalized = uint64_t{1} << 46;   // __del__ / close already ran (PEP 442)
// An exact dict handed out as an instance's __dict__ (CPython's "materialized" dict): it is
// never taken into its instance again (see "Instance dicts" below).
constexpr uint64_t kDictShared = uint64_t{1} << 47;
constexpr uint64_t kTagMask = uint64_t{0xFFFF} << 48;
constexpr uint64_t kTagLive = uint64_t{0xB5A1} << 48;
constexpr uint64_t kTagFreed = uint64_t{0xDEAD} << 48;
constexpr std::size_t kPrefixBytes = 16; // block word + managed dict slot

inline uint64_t& block_word(Object* o) { return *reinterpret_cast<uint64_t*>(reinterpret_cast<char*>(o) - kPrefixBytes); }
inline bool is_live(Object* o) { return (block_word(o) & kTagMask) == kTagLive; }
} // namespace gcb

// The collector's link through every tracked object. While a collection runs, `refs`
// holds the object's count of references not explained by other candidates.
struct GcHeader {
    GcHeader* prev = nullptr;
    GcHeader* next = nullptr; // null: not tracked
    int64_t refs = 0;
    uint32_t mark = 0;       // kMark* below, only meaningful during a collection
    uint32_t generation = 0;
};
static_assert(sizeof(GcHeader) == 32);

inline bool has_gc_header(Object* o) { return (gcb::block_word(o) & gcb::kHasGcHeader) != 0; }
inline GcHeader* gc_header(Object* o) {
    return reinterpret_cast<GcHeader*>(reinterpret_cast<char*>(o) - gcb::kPrefixBytes - sizeof(GcHeader));
}
inline Object* gc_object(GcHeader* h) {
    return reinterpret_cast<Object*>(reinterpret_cast<char*>(h) + sizeof(GcHeader) + gcb::kPrefixBytes);
}
inline bool is_tracked(Object* o) { return has_gc_header(o) && gc_header(o)->next != nullptr; }

// A circular doubly linked list with a sentinel.
struct GcList {
    GcHeader head;
    GcList() { head.prev = head.next = &head; }
    GcList(const GcList&) = delete;
    GcList& operator=(const GcList&) = delete;
    bool empty() const { return head.next == &head; }
    void push_back(GcHeader* h) {
        h->prev = head.prev;
        h->next = &head;
        head.prev->next = h;
        head.prev = h;
    }
    static void unlink(GcHeader* h) {
        h->prev->next = h->next;
        h->next->prev = h->prev;
        h->prev = h->next = nullptr;
    }
    // Moves every element of `from` to the end of this list.
    void splice(GcList& from) {
        if (&from == this || from.empty())
            return;
        GcHeader* first = from.head.next;
        GcHeader* last = from.head.prev;
        first->prev = head.prev;
        head.prev->next = first;
        last->next = &head;
        head.prev = last;
        from.head.prev = from.head.next = &from.head;
    }
};

// The collector's working vectors (members, the mark stack, the garbage) have storage
// counted in the interpreter's memory use like any other allocation, so --max-memory sees
// them. They are never refused for the limit: a collection cannot stop half-way, and it
// frees memory; the program's next allocation meets the limit instead.
template <typename T>
using GcVector = std::vector<T, CountedAllocator<T>>;

struct Interpreter::GcState {
    static constexpr int kGenerations = 3;
    explicit GcState(Interpreter& i) : interp(i) {}
    ~GcState();

    Interpreter& interp;
    std::array<GcList, kGenerations> generations;
    GcList permanent; // gc.freeze()
    std::array<int64_t, kGenerations> threshold{700, 10, 10};
    // count[0]: tracked allocations minus frees since the last young collection;
    // count[g]: collections of generation g-1 since the last collection of generation g.
    std::array<int64_t, kGenerations> count{0, 0, 0};
    int64_t long_lived_total = 0;   // survivors of the last full collection
    int64_t long_lived_pending = 0; // objects moved to the oldest generation since
    bool enabled = true;
    // 0 idle, 1 collecting: taken by compare-and-swap, so no collection starts inside another.
    std::atomic<int> state{0};
    struct Stats {
        int64_t collections = 0;
        int64_t collected = 0;
        int64_t uncollectable = 0;
    };
    std::array<Stats, kGenerations> stats{};
    Ref garbage;   // gc.garbage (a list), made at gc module import
    Ref callbacks; // gc.callbacks (a list)
    int debug_flags = 0;
    // Weak references by referent: the head of each referent's list (newest basic refs first).
    std::unordered_map<Object*, WeakRefObject*> weak_heads;
    // weakref.ReferenceType, ProxyType, CallableProxyType (made by gc_weakref_types).
    Type* ref_type = nullptr;
    Type* proxy_type = nullptr;
    Type* callable_proxy_type = nullptr;
    // Counts the times Python code may have run from gc_finalize or a weakref callback:
    // a collection in which it did not change skips the resurrection pass.
    uint64_t python_runs = 0;
    // collect_main's member vector (gc/collector.cpp), kept between collections.
    GcVector<GcHeader*> scratch{CountedAllocator<GcHeader*>(&interp)};
    bool shutting_down = false;
    // Teardown (gc/teardown.cpp): set once no Python code may run any more (no finalizer,
    // weakref callback or generator close); the static types it frees last.
    bool finalizers_off = false;
    std::vector<Type*> static_types;
    // RAM + swap (objects/heap.cpp): a larger single allocation fails at once.
    uint64_t max_block = UINT64_MAX;
    // Small-block free lists (objects/heap.cpp; mimalloc builds only): object blocks of up
    // to kFreeListMaxBytes freed by free_object wait here, by size / 8, for the next
    // allocation of the same size, linked through their managed-dict slot. Their block
    // word keeps the freed tag, so a second free is still detected. A waiting block is
    // not counted in memory_in_use (it is counted again when reused), and together they
    // hold at most kFreeListCapBytes.
    // (256: an instance's __dict__ with its table inline is one such block; a young
    // collection's garbage, freed by the collector through release_block, fits the cap.)
    static constexpr std::size_t kFreeListMaxBytes = 256;
    static constexpr std::size_t kFreeListCapBytes = 256 * 1024;
    std::array<std::array<void*, kFreeListMaxBytes / 8 + 1>, 2> free_blocks{}; // [has GC header][size / 8]
    std::size_t free_bytes = 0;
    void release_free_blocks(); // returns every waiting block to the heap
    // Frees the block of a destroyed object whose block word already has the freed tag:
    // into the free lists when it fits (uncounted from here), else back to the heap.
    void release_block(char* block, std::size_t size, bool has_gc);
    // release_block's free-list step, inline (objects/heap.cpp's fast free): links the
    // block into the free list of its size and uncounts it when it fits; false when it
    // must go back to the heap (release_block's other step).
    bool keep_block(char* block, std::size_t size, bool has_gc);
    // A block of exactly `total` bytes from the free lists, counted again; null when none
    // waits or --max-memory refuses it. Its bytes are stale: the caller writes them all.
    char* reuse_block(std::size_t total, bool has_gc);
};

inline char* Interpreter::GcState::reuse_block(std::size_t total, bool has_gc) {
#ifdef BASTION_MIMALLOC
    if (total > kFreeListMaxBytes || total % 8 != 0)
        return nullptr;
    void*& head = free_blocks[has_gc ? 1 : 0][total / 8];
    if (head == nullptr ||
        (interp.limits.max_memory_bytes != 0 && interp.m_memory_in_use + total > interp.limits.max_memory_bytes))
        return nullptr;
    char* block = static_cast<char*>(head);
    std::size_t prefix = gcb::kPrefixBytes + (has_gc ? sizeof(GcHeader) : 0);
    head = *reinterpret_cast<void**>(block + prefix - sizeof(void*)); // the managed-dict slot
    free_bytes -= total;
    interp.m_memory_in_use += total;
    return block;
#else
    (void)total;
    (void)has_gc;
    return nullptr; // sanitizer builds: every block from malloc
#endif
}

inline bool Interpreter::GcState::keep_block(char* block, std::size_t size, bool has_gc) {
#ifdef BASTION_MIMALLOC
    // Small blocks wait for reuse, uncounted, up to the cap; the freed tag stays in the
    // block word and the link goes in the managed-dict slot.
    if (size <= kFreeListMaxBytes && size % 8 == 0 && free_bytes + size <= kFreeListCapBytes) {
        std::size_t prefix = gcb::kPrefixBytes + (has_gc ? sizeof(GcHeader) : 0);
        BASTION_CHECK(size >= prefix);
        void*& head = free_blocks[has_gc ? 1 : 0][size / 8];
        *reinterpret_cast<void**>(block + prefix - sizeof(void*)) = head;
        head = block;
        free_bytes += size;
        BASTION_ASSERT(interp.m_memory_in_use >= size);
        interp.m_memory_in_use -= size;
        return true;
    }
#else
    (void)block;
    (void)size;
    (void)has_gc;
#endif
    return false;
}

// --- Tracking (gc/collector.cpp) ----------------------------------------------------------------
// Is this type's instance tracked when made? (kTypeGC with a traverse slot, or a heap type.)
inline bool gc_type_is_trackable(const Type* t) {
    return t->has_flag(kTypeGC) && (t->traverse != nullptr || t->has_flag(kTypeHeap));
}
void gc_track(Interpreter&, Object* o);
void gc_untrack(Interpreter&, Object* o);
// Called when a GC object is about to be allocated: may run an automatic collection.
void gc_maybe_collect(Interpreter&);
// Runs a collection of generations 0..generation; returns the number of unreachable
// objects found, or 0 when another collection is running (the re-entrancy guard).
int64_t gc_collect(Interpreter&, int generation, const char* reason = "manual");
// Calls the traverse slot plus, for heap types, the type reference and the managed dict
// (an instance's own dict: its keys that are no exact str and its values, as CPython's
// inline values).
void gc_traverse(Interpreter&, Object* o, Visitor& v);
// "Exception ignored in: <where>" + the traceback, as CPython's PyErr_WriteUnraisable.
void gc_write_unraisable(Interpreter&, Value where, const Raised& err);
// Run o's PEP 442 finalizer if it has one and it has not run (marks it finalized first).
void gc_finalize(Interpreter&, Object* o);
bool gc_has_finalizer(Interpreter&, Object* o);

// --- Instance dicts (gc/collector.cpp) ------------------------------------------------------------
// An instance's own __dict__ (an exact dict in the managed slot of an instance of a class,
// never handed out: no kDictShared) is one unit with its instance for the collector, as
// CPython 3.11 keeps the values inline: the collector untracks it ("takes it in") when its
// count is 1 (the slot is its only reference), and the instance's traversal then visits
// the dict's keys and values itself. Sound whatever happens next: an untracked object's
// references are never subtracted (kept alive), and the instance visits the contents only
// while the dict is untracked with a count of 1 (nobody else can reach it). A dict taken
// in and then referenced from elsewhere is tracked again (kDictShared) by the paths that
// hand it out (instance_dict_get, gc.get_referents), by the collector's walk when it
// finds its count above 1, and before its instance's slot lets it go.
// The dict's allocation is then not counted toward the young threshold (count[0]).
// Takes in the own dicts of the instances tracked since the last call (the young list's
// tail back to the first object already seen), giving back their count: gc_maybe_collect
// runs it before it decides, gc.get_count before it answers.
void gc_take_in_young_dicts(Interpreter&);
// Tracks an untracked exact dict again for good (it is shared now).
void gc_share_dict(Interpreter&, Object* d);
// Whether `d` (the managed-slot dict) is taken into its instance.
inline bool gc_dict_taken_in(Interpreter& interp, Object* d) {
    return d->refcount == 1 && d->type == interp.types.dict && !is_tracked(d);
}
// Before an instance's slot hands out or drops its dict (`shared`: hands it out, so the dict
// is shared from now): a dict taken in that is or will be referenced elsewhere is tracked.
inline void gc_dict_leaves_slot(Interpreter& interp, Object* owner, bool shared) {
    Object* d = managed_dict(owner).get().obj_or_null();
    if (d != nullptr && d->type == interp.types.dict && (shared || d->refcount > 1) && !is_tracked(d))
        gc_share_dict(interp, d);
    else if (shared && d != nullptr && d->type == interp.types.dict)
        gcb::block_word(d) |= gcb::kDictShared;
}

// Runs the `atexit` module's functions (when it was imported), newest first; ~Interpreter
// calls it before releasing anything (gc/teardown.cpp).
void gc_run_exit_functions(Interpreter&);
// The first step of teardown: release gc.callbacks and gc.garbage, collect everything.
void gc_shutdown(Interpreter&);
// Interpreter teardown (gc/teardown.cpp, which documents the order), after ~Interpreter
// released its roots: the last finalizers, then every object; then, after the interned
// names are released, the singletons and the types.
void gc_teardown_objects(Interpreter&);
void gc_teardown_types(Interpreter&);

// --- Weak references (gc/weakref.cpp) ------------------------------------------------------------
// Clears every weak reference to `o` (their referent becomes None) and returns the
// weakrefs whose callbacks must run, in CPython's order.
std::vector<Ref> gc_clear_weakrefs(Interpreter&, Object* o);
// Runs queued callbacks (each is a weakref with its callback); errors are reported.
void gc_run_weakref_callbacks(Interpreter&, std::vector<Ref>& refs);
// A weak reference to `referent` of `type` (a ReferenceType subtype, or a proxy type when
// proxy is true), reusing the basic one when there is no callback. TypeError "cannot
// create weak reference to 'X' object" for types that do not support them.
Result<Ref> weakref_new(Interpreter&, Type* type, Value referent, Value callback, bool proxy);
// Makes the three weakref types once (at `_weakref` import).
Status gc_weakref_types(Interpreter&);
int64_t weakref_count(Interpreter&, Object* o);
Result<Ref> weakref_list(Interpreter&, Object* o); // getweakrefs: a new list
bool is_weakrefable(Interpreter&, Type* t);
// Gives class t its read-only `__weakref__` attribute (a class that adds weak-reference support).
Status add_weakref_descriptor(Interpreter&, Type* t);

} // namespace bastion
