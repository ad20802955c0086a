// heap.cpp: the Interpreter's memory, naming and raising members — accounted allocation
// from the interpreter's own mimalloc heap, object blocks and their release (bounded
// recursion for long chains), interned strs, raise/raise_object, the preallocated
// MemoryError and the native stack guard.
// Not for: object layouts (each *_object.cpp) or the cycle collector (gc/).
//
// Threading contract: an Interpreter is made, used and destroyed on one thread (mimalloc
// heaps belong to the thread that made them; the native stack guard measures that
// thread's stack). Different interpreters may live on different threads at once.
// Should a host break the contract, allocations on the foreign thread come from that
// thread's default heap (never from ours), and the heap is not destroyed off its thread.
//
// Object block layout (allocate_object_memory; constants in gc/gc_state.h):
//     [GcHeader (kTypeGC types)][uint64 block word][Ref __dict__ / pad][Object header ...][extra]
// The block word holds the block's total size, flag bits (GC header present, has weak
// references, finalized) and a liveness tag, so free_object needs no size from the caller
// and a second free of the same block, or a decref below zero, stops the process with a
// diagnostic naming the type (in every build type).
#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include <pthread.h>
#include <sys/sysinfo.h>
#ifdef BASTION_MIMALLOC
#include <mimalloc.h>
#endif

#include "gc/gc_state.h"
#include "objects/alloc_fast.h"
#include "objects/core_internal.h"
#include "objects/counted_allocator.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/str_object.h"
#include "support/checked.h"
#include "support/stack_guard.h"

namespace bastion {

namespace {

// Past this many nested releases, further ones wait in Interpreter::deferred_releases
// (CPython's trashcan): freeing a 10^6-long chain stays at constant C-stack depth.
constexpr uint32_t kMaxReleaseDepth = 1000;

[[noreturn]] void memory_fatal(Object* o, const char* what) {
    const char* type_name = "?";
    if (o->type != nullptr && gcb::is_live(o->type))
        type_name = o->type->name.c_str();
    std::fprintf(stderr, "Fatal Python error: bastion: %s: object of type '%s' at %p\n", what, type_name,
                 static_cast<const void*>(o));
    std::fflush(stderr);
    std::abort();
}

} // namespace

[[noreturn]] void refcount_underflow(Object* o) {
    memory_fatal(o, "reference count decremented below zero");
}

Interpreter::Heap::Heap() : owner(static_cast<uintptr_t>(pthread_self())) {
#ifdef BASTION_MIMALLOC
    heap = mi_heap_new();
    BASTION_CHECK(heap != nullptr);
#endif
}

Interpreter::Heap::~Heap() {
#ifdef BASTION_MIMALLOC
    // Teardown has freed every object it could reach; this returns the heap's pages and
    // any block still allocated in it (only possible after a reference leak).
    if (pthread_equal(static_cast<pthread_t>(owner), pthread_self()))
        mi_heap_destroy(static_cast<mi_heap_t*>(heap));
#endif
}

void* Interpreter::allocate(std::size_t bytes) {
    if (m_stack_base == 0) [[unlikely]] {
        // First allocation happens while the Interpreter is being constructed (bootstrap),
        // on the thread that will run it: remember where its stack use starts.
        m_stack_base = current_stack_address();
        m_stack_limit = compute_stack_limit(m_stack_base, current_thread_stack_bounds(), limits.native_stack_bytes);
        // mimalloc maps memory without reserving it, so a request for more than the machine
        // has would "succeed" and fail only when touched: no block may exceed RAM + swap.
        struct sysinfo info {};
        if (sysinfo(&info) == 0) {
            auto total = checked_mul<uint64_t>(uint64_t{info.totalram} + info.totalswap, info.mem_unit);
            if (total && *total != 0)
                gc().max_block = *total;
        }
    }
    if (bytes > gc().max_block)
        return nullptr;
    if (limits.max_memory_bytes != 0) {
        auto total = checked_add<uint64_t>(m_memory_in_use, bytes);
        if (!total || *total > limits.max_memory_bytes)
            return nullptr;
        if (m_memory_reserve_open && *total <= m_memory_soft_limit) [[unlikely]] {
            // Back under the lower line: the reserve is kept for the next MemoryError.
            m_memory_reserve_open = false;
            limits.max_memory_bytes = m_memory_soft_limit;
        }
    }
#ifdef BASTION_MIMALLOC
    void* p = pthread_equal(static_cast<pthread_t>(m_heap.owner), pthread_self())
                  ? mi_heap_malloc(static_cast<mi_heap_t*>(m_heap.heap), bytes == 0 ? 1 : bytes)
                  : mi_malloc(bytes == 0 ? 1 : bytes);
#else
    void* p = std::malloc(bytes == 0 ? 1 : bytes);
#endif
    if (p == nullptr)
        return nullptr;
    m_memory_in_use += bytes;
    return p;
}

void* Interpreter::allocate_counted(std::size_t bytes) {
    void* p = std::malloc(bytes == 0 ? 1 : bytes);
    if (p != nullptr)
        m_memory_in_use += bytes;
    return p;
}

void* counted_storage_alloc(Interpreter* interp, std::size_t bytes) {
    if (interp != nullptr)
        return interp->allocate_counted(bytes);
    return std::malloc(bytes == 0 ? 1 : bytes);
}

void counted_storage_free(Interpreter* interp, void* p, std::size_t bytes) {
    if (interp != nullptr)
        interp->deallocate(p, bytes);
    else
        std::free(p);
}

void Interpreter::deallocate(void* p, std::size_t bytes) {
    if (p == nullptr)
        return;
#ifdef BASTION_MIMALLOC
    mi_free(p); // any heap, any thread
#else
    std::free(p);
#endif
    BASTION_ASSERT(m_memory_in_use >= bytes);
    m_memory_in_use -= bytes;
}

void* Interpreter::allocate_object_memory(Type* type, std::size_t size, std::size_t extra) {
    bool gc = type != nullptr && type->has_flag(kTypeGC);
    if (gc)
        gc_maybe_collect(*this);
    std::size_t prefix = gcb::kPrefixBytes + (gc ? sizeof(GcHeader) : 0);
    auto with_prefix = checked_add(prefix, size);
    if (!with_prefix)
        return nullptr;
    auto total = checked_add(*with_prefix, extra);
    if (!total || *total > gcb::kSizeMask)
        return nullptr;
    // A block of the same size waiting in the free lists (gc_state.h), counted again now.
    // (Reuse is no heap operation, so it is safe on any thread.)
    char* block = this->gc().reuse_block(*total, gc);
    if (block == nullptr)
        block = static_cast<char*>(allocate(*total));
    if (block == nullptr && limits.max_memory_bytes != 0) {
        // Over the limit: cyclic garbage may be what fills it. Collect once, then retry.
        (void)gc_collect(*this, Interpreter::GcState::kGenerations - 1, "memory limit");
        block = static_cast<char*>(allocate(*total));
    }
    if (block == nullptr)
        return nullptr;
    std::memset(block, 0, *total);
    char* word = block + (gc ? sizeof(GcHeader) : 0);
    *reinterpret_cast<uint64_t*>(word) = gcb::kTagLive | (gc ? gcb::kHasGcHeader : 0) | *total;
    return block + prefix;
}

void Interpreter::init_object_header(Object* obj, Type* type) {
    obj->refcount = 1;
    obj->type = type;
    if (type != nullptr && type->has_flag(kTypeHeap))
        incref(type);
    if (type != nullptr && has_gc_header(obj) && gc_type_is_trackable(type))
        gc_track(*this, obj);
}

namespace {

// free_object's common case: a live block (the tag checked as on every free) with no weak
// references (one bit of the block word), of a type with no finalizer, no __dict__ slot and
// no type reference to drop (one flag test: only heap types and the generator types can
// have a finalizer, kTypeMayFinalize). What free_object_general does that cannot apply then
// is skipped: the finalizer (none can run), the weakref clearing (none to clear), the
// managed dict (no slot), the type's decref (a static type). Everything else is the same,
// in the same order: untracked, marked freed, destroyed, its block to the free lists
// (uncounted) or the heap. False: free_object_general must free it (or report it).
[[gnu::always_inline]] inline bool free_object_fast(Interpreter& interp, Object* o) {
    uint64_t& word = gcb::block_word(o);
    Type* t = o->type;
    if ((word & (gcb::kTagMask | gcb::kHasWeakrefs)) != gcb::kTagLive ||
        (t->flags & (kTypeHeap | kTypeMayFinalize | kTypeManagedDict)) != 0) [[unlikely]]
        return false;
    bool gc = (word & gcb::kHasGcHeader) != 0;
    Interpreter::GcState& g = interp.gc();
    if (gc)
        gc_untrack_inline(g, o);
    uint64_t size = word & gcb::kSizeMask;
    word = (word & ~gcb::kTagMask) | gcb::kTagFreed;
    if (t->destroy != nullptr)
        t->destroy(o);
    char* block = reinterpret_cast<char*>(o) - gcb::kPrefixBytes - (gc ? sizeof(GcHeader) : 0);
#ifndef NDEBUG
    // Poison the body (the header keeps refcount 0 and the type, for the diagnostics).
    if (size > static_cast<uint64_t>(reinterpret_cast<char*>(o + 1) - block))
        std::memset(o + 1, 0xDB, size - static_cast<uint64_t>(reinterpret_cast<char*>(o + 1) - block));
#endif
    if (!g.keep_block(block, size, gc)) [[unlikely]]
        interp.deallocate(block, size);
    return true;
}

// Every other free: a block that is not live (reported), weak references to clear, a
// finalizer to run, a managed dict, a heap type to release.
[[gnu::noinline]] void free_object_general(Interpreter& interp, Object* o) {
    uint64_t& word = gcb::block_word(o);
    if ((word & gcb::kTagMask) != gcb::kTagLive) [[unlikely]]
        memory_fatal(o, (word & gcb::kTagMask) == gcb::kTagFreed ? "object freed twice" : "free of a corrupted or foreign block");
    bool gc = (word & gcb::kHasGcHeader) != 0;
    if (gc)
        gc_untrack(interp, o);
    // PEP 442: the finalizer runs at most once per object, with the object alive again.
    // Only instances of classes and generators can have one (gc_has_finalizer).
    if ((word & gcb::kFinalized) == 0 && (o->type->flags & (kTypeHeap | kTypeMayFinalize)) != 0 &&
        gc_has_finalizer(interp, o)) {
        o->refcount = 1;
        gc_finalize(interp, o);
        if (--o->refcount != 0) {
            // Resurrected: it lives on (tracked again) and will not be finalized twice.
            if (gc && gc_type_is_trackable(o->type))
                gc_track(interp, o);
            return;
        }
    }
    // Weak references are cleared before anything of the object goes; their callbacks
    // run now, while nothing can reach the object any more (CPython's order).
    if ((word & gcb::kHasWeakrefs) != 0) {
        std::vector<Ref> callbacks = gc_clear_weakrefs(interp, o);
        if (!callbacks.empty())
            gc_run_weakref_callbacks(interp, callbacks);
    }
    Type* t = o->type;
    uint64_t size = word & gcb::kSizeMask;
    word = (word & ~gcb::kTagMask) | gcb::kTagFreed;
    if (t->has_flag(kTypeManagedDict))
        gc_dict_leaves_slot(interp, o, false); // a dict taken in but shared now is tracked again
    if (t->destroy != nullptr)
        t->destroy(o);
    if (t->has_flag(kTypeManagedDict))
        managed_dict(o).reset();
    char* block = reinterpret_cast<char*>(o) - gcb::kPrefixBytes - (gc ? sizeof(GcHeader) : 0);
#ifndef NDEBUG
    // Poison the body (the header keeps refcount 0 and the type, for the diagnostics).
    if (size > static_cast<uint64_t>(reinterpret_cast<char*>(o + 1) - block))
        std::memset(o + 1, 0xDB, size - static_cast<uint64_t>(reinterpret_cast<char*>(o + 1) - block));
#endif
    interp.gc().release_block(block, size, gc);
    if (t->has_flag(kTypeHeap))
        decref(t);
}

} // namespace

void Interpreter::free_object(Object* o) {
    if (free_object_fast(*this, o)) [[likely]]
        return;
    free_object_general(*this, o);
}

void Interpreter::GcState::release_block(char* block, std::size_t size, bool has_gc) {
    if (!keep_block(block, size, has_gc))
        interp.deallocate(block, size);
}

// --- Exact floats ----------------------------------------------------------------------------------
// A float block (40 bytes, no GC header) is the most common allocation of numeric code. Its
// fast path does what allocate_object_memory + init_object_header and free_object do for
// it, minus what cannot apply to an exact float (collector, finalizer, weak references,
// heap type, managed dict, a destructor): the same free list, the same accounting and
// limit test, the same tags (a second free still stops the process in free_object).

namespace {
constexpr std::size_t kFloatBlockBytes = gcb::kPrefixBytes + sizeof(FloatObject);
static_assert(kFloatBlockBytes % 8 == 0 && kFloatBlockBytes <= Interpreter::GcState::kFreeListMaxBytes);
static_assert(std::is_trivially_destructible_v<FloatObject>);
} // namespace

FloatObject* Interpreter::reuse_float_block(double v) {
#ifdef BASTION_MIMALLOC
    GcState& g = gc();
    void*& head = g.free_blocks[0][kFloatBlockBytes / 8];
    if (head == nullptr ||
        (limits.max_memory_bytes != 0 && m_memory_in_use + kFloatBlockBytes > limits.max_memory_bytes)) [[unlikely]]
        return nullptr; // make<>() allocates (or collects and retries at the limit), as for any object
    char* block = static_cast<char*>(head);
    void** link = reinterpret_cast<void**>(block + gcb::kPrefixBytes - sizeof(void*)); // the managed-dict slot
    head = *link;
    *link = nullptr;
    g.free_bytes -= kFloatBlockBytes;
    m_memory_in_use += kFloatBlockBytes;
    *reinterpret_cast<uint64_t*>(block) = gcb::kTagLive | kFloatBlockBytes;
    auto* f = ::new (static_cast<void*>(block + gcb::kPrefixBytes)) FloatObject(v);
    f->refcount = 1;
    f->type = types.float_; // a static type: no type reference to take, never tracked
    return f;
#else
    (void)v;
    return nullptr; // sanitizer builds: every block from malloc
#endif
}

#ifdef BASTION_MIMALLOC
namespace {

// Marks the live block of `o` (`size` bytes, which the caller checked the free lists keep)
// freed and links it on the free list of its size: the link sits in the prefix word before
// the header. Debug builds poison the body first (the header keeps refcount 0 and the type,
// for the diagnostics). The caller releases the bytes from the memory count.
[[gnu::always_inline]] inline void link_free_block(Interpreter::GcState& g, Object* o, uint64_t& word, uint64_t size) {
    word = gcb::kTagFreed | size;
#ifndef NDEBUG
    std::memset(static_cast<void*>(o + 1), 0xDB, size - gcb::kPrefixBytes - sizeof(Object));
#endif
    void*& head = g.free_blocks[0][size / 8];
    *(reinterpret_cast<void**>(o) - 1) = head;
    head = reinterpret_cast<char*>(o) - gcb::kPrefixBytes;
    g.free_bytes += size;
}

} // namespace
#endif

bool Interpreter::free_float_block(Object* o) {
    BASTION_ASSERT(o->type == types.float_);
#ifdef BASTION_MIMALLOC
    uint64_t& word = gcb::block_word(o);
    GcState& g = this->gc();
    // Exactly live with no flag bits (a freed or foreign block fails here and free_object
    // reports it), and room left under the free lists' cap.
    if (word != (gcb::kTagLive | kFloatBlockBytes) || g.free_bytes + kFloatBlockBytes > GcState::kFreeListCapBytes)
        return false;
    link_free_block(g, o, word, kFloatBlockBytes);
    BASTION_ASSERT(m_memory_in_use >= kFloatBlockBytes);
    m_memory_in_use -= kFloatBlockBytes;
    return true;
#else
    return false;
#endif
}

// --- Exact str and bytes blocks -----------------------------------------------------------------
// What allocate_object_memory + init_object_header's first part and free_object do for an
// object of a static type the collector never sees and whose destruction is trivial, minus
// the zeroing of the caller's payload (the caller writes it) and, on the free side, what
// cannot apply (collector, finalizer, heap type, managed dict, a destructor). Same free
// lists, accounting, limit test (with one collection and a retry at the limit) and tags.

void* Interpreter::allocate_plain_object(Type* type, std::size_t size, std::size_t zeroed) {
    BASTION_ASSERT(type != nullptr && !type->has_flag(kTypeGC) && !type->has_flag(kTypeHeap) &&
                   !type->has_flag(kTypeManagedDict));
    BASTION_CHECK(zeroed <= size);
    auto total = checked_add(gcb::kPrefixBytes, size);
    if (!total || *total > gcb::kSizeMask)
        return nullptr;
    char* block = gc().reuse_block(*total, false);
    if (block == nullptr) {
        block = static_cast<char*>(allocate(*total));
        if (block == nullptr && limits.max_memory_bytes != 0) {
            // Over the limit: cyclic garbage may be what fills it. Collect once, then retry.
            (void)gc_collect(*this, Interpreter::GcState::kGenerations - 1, "memory limit");
            block = static_cast<char*>(allocate(*total));
        }
        if (block == nullptr)
            return nullptr;
    }
    *reinterpret_cast<uint64_t*>(block) = gcb::kTagLive | *total;
    *reinterpret_cast<void**>(block + sizeof(uint64_t)) = nullptr; // the managed-dict slot (free-list link)
    static_assert(gcb::kPrefixBytes == sizeof(uint64_t) + sizeof(void*));
    if (zeroed != 0)
        std::memset(block + gcb::kPrefixBytes, 0, zeroed);
    return block + gcb::kPrefixBytes;
}

bool Interpreter::free_plain_block(Object* o) {
    BASTION_ASSERT(o->type == types.str || o->type == types.bytes);
    static_assert(std::is_trivially_destructible_v<StrObject> && std::is_trivially_destructible_v<BytesObject>);
#ifdef BASTION_MIMALLOC
    uint64_t& word = gcb::block_word(o);
    uint64_t size = word & gcb::kSizeMask;
    GcState& g = this->gc();
    // Exactly live with no flag bits (a freed or foreign block, or one with weak references,
    // fails here and free_object handles or reports it), a size the free lists keep, and
    // room left under their cap.
    if ((word & ~gcb::kSizeMask) != gcb::kTagLive || size > GcState::kFreeListMaxBytes || size % 8 != 0 ||
        size < gcb::kPrefixBytes + sizeof(Object) || g.free_bytes + size > GcState::kFreeListCapBytes)
        return false;
    link_free_block(g, o, word, size);
    BASTION_ASSERT(m_memory_in_use >= size);
    m_memory_in_use -= size;
    return true;
#else
    (void)o;
    return false;
#endif
}

namespace {
[[gnu::noinline]] Result<Ref> float_from_double_general(Interpreter& interp, double v) {
    BASTION_TRY_ASSIGN(Own<FloatObject> f, interp.make<FloatObject>(interp.types.float_, v));
    return std::move(f).into_ref();
}
} // namespace

// float(v): defined here so the block fast path inlines into it (the general path out of
// line, so the fast one needs no frame).
Result<Ref> float_from_double(Interpreter& interp, double v) {
    if (FloatObject* f = interp.reuse_float_block(v)) [[likely]]
        return Ref::steal(Value(static_cast<Object*>(f)));
    return float_from_double_general(interp, v);
}

void Interpreter::GcState::release_free_blocks() {
    for (std::size_t has_gc = 0; has_gc < 2; ++has_gc) {
        std::size_t prefix = gcb::kPrefixBytes + (has_gc != 0 ? sizeof(GcHeader) : 0);
        for (void*& head : free_blocks[has_gc]) {
            while (head != nullptr) {
                char* block = static_cast<char*>(head);
                head = *reinterpret_cast<void**>(block + prefix - sizeof(void*));
                interp.deallocate(block, 0); // not counted while waiting
            }
        }
    }
    free_bytes = 0;
}

namespace {

// Every release but an exact float's: out of line, so the float path needs no frame.
[[gnu::noinline]] void release_object_general(Interpreter& interp, Object* o) {
    // A float, int or str holds no references, so freeing one cannot release another:
    // no depth bookkeeping for the most common frees. (One with weak references may run
    // callbacks, and a subclass instance has a __dict__: both take the general path.)
    Type* t = o->type;
    if ((t == interp.types.float_ || t == interp.types.int_ || t == interp.types.str) &&
        (gcb::block_word(o) & gcb::kHasWeakrefs) == 0) {
        interp.free_object(o);
        return;
    }
    if (interp.release_depth >= kMaxReleaseDepth) {
        // Waiting objects are untracked: the collector must not see a dead object.
        if (has_gc_header(o))
            gc_untrack(interp, o);
        interp.deferred_releases.push_back(o);
        return;
    }
    ++interp.release_depth;
    if (!free_object_fast(interp, o))
        free_object_general(interp, o);
    if (interp.release_depth == 1) {
        // Outermost release: drain what deeper levels deferred, again depth-bounded.
        while (!interp.deferred_releases.empty()) {
            Object* next = interp.deferred_releases.back();
            interp.deferred_releases.pop_back();
            interp.free_object(next);
        }
    }
    --interp.release_depth;
}

} // namespace

void release_object(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (o->type == interp.types.float_ && interp.free_float_block(o)) [[likely]]
        return;
    if ((o->type == interp.types.str || o->type == interp.types.bytes) && interp.free_plain_block(o)) [[likely]]
        return;
    release_object_general(interp, o);
}

// --- Interned names ------------------------------------------------------------------------------

StrObject* Interpreter::intern(std::string_view utf8) {
    auto it = m_interned.find(std::string(utf8));
    if (it != m_interned.end())
        return it->second;
    auto made = str_from_utf8(*this, utf8);
    if (!made.ok())
        return nullptr;
    StrObject* s = made.value().release();
    s->interned = true;
    m_interned.emplace(std::string(utf8), s);
    return s;
}

StrObject* Interpreter::intern(StrObject* s) {
    if (s->interned)
        return s;
    std::string key = str_to_utf8(s);
    auto it = m_interned.find(key);
    if (it != m_interned.end())
        return it->second;
    if (s->type != types.str)
        return intern(std::string_view(key)); // subclasses are never interned themselves
    incref(s);
    s->interned = true;
    m_interned.emplace(std::move(key), s);
    return s;
}

// --- Raising ---------------------------------------------------------------------------------------

Raised Interpreter::raise(Type* type, std::string_view message) {
    auto s = str_from_utf8(*this, message);
    if (!s.ok())
        return s.take_error();
    auto args = tuple_of(*this, {Value(s.value())});
    if (!args.ok())
        return args.take_error();
    auto exc = exception_new(*this, type, Value(args.value()));
    if (!exc.ok())
        return exc.take_error();
    return Raised{std::move(exc.value()).into_ref()};
}

Raised Interpreter::raise_object(Value v) {
    if (is_exception_type(*this, v)) {
        auto r = call(*this, v, CallArgs{});
        if (!r.ok())
            return r.take_error();
        if (!is_exception_instance(*this, r.value()))
            return raise_fmt(exc.TypeError, "calling {} should have returned an instance of BaseException, not {}",
                             type_display(*this, as_type(v)), type_display(*this, type_of(*this, r.value())));
        return Raised{std::move(r.value())};
    }
    if (is_exception_instance(*this, v))
        return Raised{Ref::borrow(v)};
    return raise(exc.TypeError, "exceptions must derive from BaseException");
}

void Interpreter::set_memory_limit(uint64_t host_limit) {
    // Reserve: a sixteenth of the limit, between 64 KiB and 1 MiB, and never more than a
    // quarter of a small limit.
    uint64_t reserve = std::clamp<uint64_t>(host_limit / 16, 64 * 1024, 1024 * 1024);
    reserve = std::min(reserve, host_limit / 4);
    m_memory_hard_limit = host_limit;
    m_memory_soft_limit = host_limit - reserve;
    m_memory_reserve_open = false;
    limits.max_memory_bytes = m_memory_soft_limit;
}

Raised Interpreter::no_memory() {
    if (m_memory_hard_limit != 0 && !m_memory_reserve_open) {
        m_memory_reserve_open = true;
        limits.max_memory_bytes = m_memory_hard_limit;
    }
    if (!m_memory_error) {
        // Made once, during bootstrap (bootstrap_types calls this), while memory is plentiful.
        auto e = exception_new(*this, exc.MemoryError, Value());
        BASTION_CHECK(e.ok());
        m_memory_error = std::move(e.value());
    }
    // Reused: forget where it was raised last time.
    m_memory_error->traceback.reset();
    m_memory_error->context.reset();
    m_memory_error->cause.reset();
    m_memory_error->suppress_context = false;
    return Raised{Ref(m_memory_error)};
}

void Interpreter::release_idle_memory_error() {
    if (!m_memory_error || m_memory_error->refcount != 1)
        return; // raised and still held (a Result, a handler, a variable): it keeps its traceback
    // Moved out first: releasing them may run finalizers, which may raise MemoryError again.
    Ref traceback = std::move(m_memory_error->traceback);
    Ref context = std::move(m_memory_error->context);
    Ref cause = std::move(m_memory_error->cause);
}

Raised Interpreter::recursion_error(std::string_view suffix) {
    return raise_fmt(exc.RecursionError, "maximum recursion depth exceeded{}", suffix);
}

bool Interpreter::native_stack_exhausted() const {
    return current_stack_address() < m_stack_limit;
}

Raised Interpreter::native_recursion_error() {
    return raise(exc.RecursionError, "maximum recursion depth exceeded");
}

} // namespace bastion
