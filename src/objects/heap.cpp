// heap.cpp: the Interpreter's memory, naming and raising members — accounted allocation,
// object blocks and their release (bounded recursion for long chains), interned strs,
// raise/raise_object, the preallocated MemoryError and the native stack guard.
// Not for: object layouts (each *_object.cpp) or the cycle collector (gc/).
//
// Object block layout (allocate_object_memory):
//     [uint64 block word][Ref __dict__ (kTypeManagedDict only)][Object header ...][extra]
// The block word holds the block's total size (low 48 bits) and a liveness tag (high 16
// bits), so free_object needs no size from the caller and a second free of the same block
// is caught while the memory is still ours.
#include <cstdlib>
#include <cstring>

#include "objects/core_internal.h"
#include "objects/exception_object.h"
#include "support/checked.h"
#include "support/stack_guard.h"

namespace bastion {

namespace {

constexpr uint64_t kSizeMask = (uint64_t{1} << 48) - 1;
constexpr uint64_t kTagLive = uint64_t{0xB5A1} << 48;
constexpr uint64_t kTagFreed = uint64_t{0xDEAD} << 48;
// Past this many nested releases, further ones wait in Interpreter::deferred_releases
// (CPython's trashcan): freeing a 10^6-long chain stays at constant C-stack depth.
constexpr uint32_t kMaxReleaseDepth = 1000;

// Every block starts with a tag/size word; with a managed __dict__ its Ref fills the next
// 8 bytes, otherwise they are padding. 16 bytes keep objects 16-byte aligned, as some
// layouts (__int128 fields) require.
std::size_t prefix_bytes(const Type* type) {
    (void)type;
    return 2 * sizeof(uint64_t);
}

uint64_t& block_word(Object* o) {
    return *reinterpret_cast<uint64_t*>(reinterpret_cast<char*>(o) - prefix_bytes(o->type));
}

} // namespace

void* Interpreter::allocate(std::size_t bytes) {
    if (m_stack_base == 0) [[unlikely]] {
        // First allocation happens while the Interpreter is being constructed (bootstrap),
        // on the thread that will run it: remember where its stack use starts.
        m_stack_base = current_stack_address();
        m_stack_limit = compute_stack_limit(m_stack_base, current_thread_stack_bounds(), limits.native_stack_bytes);
    }
    if (limits.max_memory_bytes != 0) {
        auto total = checked_add<uint64_t>(m_memory_in_use, bytes);
        if (!total || *total > limits.max_memory_bytes)
            return nullptr;
    }
    void* p = std::malloc(bytes == 0 ? 1 : bytes);
    if (p == nullptr)
        return nullptr;
    m_memory_in_use += bytes;
    return p;
}

void Interpreter::deallocate(void* p, std::size_t bytes) {
    if (p == nullptr)
        return;
    std::free(p);
    BASTION_ASSERT(m_memory_in_use >= bytes);
    m_memory_in_use -= bytes;
}

void* Interpreter::allocate_object_memory(Type* type, std::size_t size, std::size_t extra) {
    std::size_t prefix = prefix_bytes(type);
    auto with_prefix = checked_add(prefix, size);
    if (!with_prefix)
        return nullptr;
    auto total = checked_add(*with_prefix, extra);
    if (!total || *total > kSizeMask)
        return nullptr;
    char* block = static_cast<char*>(allocate(*total));
    if (block == nullptr)
        return nullptr;
    std::memset(block, 0, *total);
    *reinterpret_cast<uint64_t*>(block) = kTagLive | *total;
    return block + prefix;
}

void Interpreter::init_object_header(Object* obj, Type* type) {
    obj->refcount = 1;
    obj->type = type;
    if (type != nullptr && type->has_flag(kTypeHeap))
        incref(type);
}

namespace {

// Heap types may define __del__: run it with the object temporarily alive again. Returns
// false when the finalizer resurrected the object (it must not be freed then).
// TODO(core): PEP 442 (run once, cycle-aware) belongs with the cycle collector.
bool run_finalizer(Interpreter& interp, Object* o) {
    Type* t = o->type;
    if (!t->has_flag(kTypeHeap))
        return true;
    Value del = type_lookup(t, interp.names.__del__);
    if (del.is_null())
        return true;
    o->refcount = 1;
    {
        Ref keep_del = Ref::borrow(del);
        Value self(o);
        auto r = call(interp, keep_del, CallArgs{&self, 1, nullptr});
        if (!r.ok()) {
            Raised err = r.take_error();
            std::string where = "<__del__>";
            if (auto rr = repr(interp, keep_del); rr.ok())
                where = to_utf8(rr.value().get());
            if (interp.write_stderr)
                interp.write_stderr("Exception ignored in: " + where + "\n");
            interp.print_exception(err.exception);
        }
    }
    if (--o->refcount != 0)
        return false;
    return true;
}

} // namespace

void Interpreter::free_object(Object* o) {
    Type* t = o->type;
    if (!run_finalizer(*this, o))
        return;
    uint64_t& word = block_word(o);
    BASTION_CHECK((word & ~kSizeMask) == kTagLive); // a second free of the same object
    uint64_t size = word & kSizeMask;
    word = kTagFreed | size;
    if (t->destroy != nullptr)
        t->destroy(o);
    if (t->has_flag(kTypeManagedDict))
        managed_dict(o).reset();
    char* block = reinterpret_cast<char*>(o) - prefix_bytes(t);
    deallocate(block, size);
    if (t->has_flag(kTypeHeap))
        decref(t);
}

void release_object(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (interp.release_depth >= kMaxReleaseDepth) {
        interp.deferred_releases.push_back(o);
        return;
    }
    ++interp.release_depth;
    interp.free_object(o);
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

Raised Interpreter::no_memory() {
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
