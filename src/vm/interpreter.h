// interpreter.h: Interpreter, which owns ALL state of one Python world — types,
// singletons, interned names, modules, limits, memory accounting and the frame stack.
// There is no global mutable state: a host may run one Interpreter per thread.
//
// Allocation: objects are created with make<T>() / make_var<T>(), which count every byte
// against Limits::max_memory_bytes and return MemoryError (never abort) when over it.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bastion/limits.h"
#include "objects/type.h"
#include "objects/type_cache.h"

namespace bastion {

struct StrObject;
struct TupleObject;
struct DictObject;
struct ExceptionObject;
struct FloatObject;
struct Frame;
class StackGuard;

class Interpreter {
    // Declared first, so destroyed last, once every other member has released its objects:
    // the allocator heap that all object memory of this interpreter comes from (a mimalloc
    // heap, objects/heap.cpp). Its destruction returns whatever teardown did not free.
    struct Heap {
        void* heap = nullptr; // mi_heap_t*; null in sanitizer builds, which use malloc
        uintptr_t owner = 0;  // the thread that made it: the only one that may allocate from it
        Heap();
        ~Heap();
        Heap(const Heap&) = delete;
        Heap& operator=(const Heap&) = delete;
    } m_heap;

public:
    explicit Interpreter(const Limits& limits = {});
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // --- Built-in types, exceptions, names, singletons -------------------------------------
    struct Types {
#define TYPE(field, pyname) Type* field = nullptr;
#include "objects/types_containers.def"
#include "objects/types_core.def"
#include "objects/types_numbers.def"
#include "objects/types_vm.def"
#undef TYPE
    } types;
    struct Exceptions {
#define EXC(name, base) Type* name = nullptr;
#include "objects/exceptions.def"
#undef EXC
    } exc;
    struct Names {
#define NAME(n) StrObject* n = nullptr;
#define NAME_AS(field, text) StrObject* field = nullptr;
#include "objects/names.def"
#undef NAME_AS
#undef NAME
    } names;

    Object* none = nullptr;
    Object* true_ = nullptr;
    Object* false_ = nullptr;
    Object* not_implemented = nullptr;
    Object* ellipsis = nullptr;
    StrObject* empty_str = nullptr;
    TupleObject* empty_tuple = nullptr;

    Value bool_value(bool b) const { return b ? Value(true_) : Value(false_); }
    Ref new_bool(bool b) const { return Ref::borrow_obj(b ? true_ : false_); }
    Ref new_none() const { return Ref::borrow(Value(none)); }

    // An interned str with this UTF-8 text; borrowed, alive as long as the interpreter.
    // Returns null only when out of memory.
    StrObject* intern(std::string_view utf8);
    // Interns an existing str object (returns the canonical one, borrowed).
    StrObject* intern(StrObject* s);

    // --- Raising ---------------------------------------------------------------------------
    // Make an exception of `type` with one str argument and return it in flight.
    Raised raise(Type* type, std::string_view message);
    template <typename... Args>
    Raised raise_fmt(Type* type, fmt::format_string<Args...> f, Args&&... args) {
        return raise(type, fmt::format(f, std::forward<Args>(args)...));
    }
    // Raise an exception instance (or class, which is instantiated), as `raise X` does.
    Raised raise_object(Value exc_or_type);
    // The preallocated MemoryError: raising it never allocates.
    Raised no_memory();
    // The preallocated MemoryError keeps its last traceback (the frames it passed, and all
    // they saw) until it is raised again. Once nothing but the interpreter holds it
    // (refcount 1), that traceback, context and cause are dropped, so a program that hit the
    // limit and let the exception go gets its memory back. Run by every collection
    // (gc_collect), including the one an allocation at the limit makes before it fails, and
    // at the start of each host-level run (run_source, run_code with no Python frame running).
    void release_idle_memory_error();
    // RecursionError "maximum recursion depth exceeded" + suffix (e.g. " while calling a Python object").
    Raised recursion_error(std::string_view suffix = "");

    // --- Memory ----------------------------------------------------------------------------
    // Raw accounted storage. Null when over the limit (callers raise no_memory()).
    void* allocate(std::size_t bytes);
    void deallocate(void* p, std::size_t bytes);
    // Counted but not refused at the limit (objects/counted_allocator.h: callers check first).
    void* allocate_counted(std::size_t bytes);
    std::size_t memory_in_use() const { return m_memory_in_use; }
    // The memory limit's emergency reserve (heap.cpp): allocations stop a reserve short of
    // the host's limit; the first MemoryError opens the reserve, so the handler that catches
    // it can still build the slice, list or message it needs to free memory and carry on.
    // The reserve closes again once use is back under the lower line. The host's limit is
    // never exceeded.
    void set_memory_limit(uint64_t host_limit);

    // Allocate and construct an object of C++ type T (derived from Object) whose Python
    // type is `type`, with `extra` trailing bytes (checked arithmetic). Instances of types
    // with kTypeManagedDict get their __dict__ slot in front of the header.
    template <typename T, typename... Args>
    Result<Own<T>> make_var(Type* type, std::size_t extra, Args&&... args) {
        void* mem = allocate_object_memory(type, sizeof(T), extra);
        if (!mem)
            return no_memory();
        T* obj = new (mem) T(std::forward<Args>(args)...);
        init_object_header(obj, type);
        return Own<T>::steal(obj);
    }
    template <typename T, typename... Args>
    Result<Own<T>> make(Type* type, Args&&... args) {
        return make_var<T>(type, 0, std::forward<Args>(args)...);
    }
    // Frees an object whose refcount reached zero (called by release_object).
    void free_object(Object* o);

    // --- Limits and execution state ----------------------------------------------------------
    Limits limits;
    uint64_t steps_left = 0;          // counts down when limits.max_steps != 0
    // Native work that one instruction can stretch without bound (a native loop over a lazy
    // iterator: sum(range(10**15)), any(iter(int, 1))) pays steps too, one per item, so
    // --max-steps bounds it; nothing is charged without a budget.
    [[nodiscard]] Status charge_steps(uint64_t n) {
        if (limits.max_steps == 0 || steps_left >= n) [[likely]] {
            steps_left -= limits.max_steps == 0 ? 0 : n;
            return {};
        }
        return step_limit_exceeded();
    }
    // Raises StepLimitExceeded and leaves the budget empty (every later instruction re-raises).
    Raised step_limit_exceeded();
    uint32_t recursion_limit = 1000;  // sys.setrecursionlimit
    uint32_t python_depth = 0;        // Python frames live in the frame stack
    // Native C-stack guard: an error when the C stack is nearly used up (parser, compiler,
    // repr, ==, hash, marshal all check it). Returns null Raised when fine.
    bool native_stack_exhausted() const;
    Raised native_recursion_error();

    // --- Modules and I/O ---------------------------------------------------------------------
    Ref builtins;   // the builtins module's dict
    Ref modules;    // sys.modules (dict)
    Ref sys_module; // the sys module
    Ref codec_error_registry; // codecs.register_error's dict, created on first use (objects/codecs.cpp)
    Ref asyncgen_firstiter;   // sys.set_asyncgen_hooks (vm/async_generator.cpp); null: none
    Ref asyncgen_finalizer;
    std::vector<std::string> argv;
    std::function<void(std::string_view)> write_stdout; // host hooks; default: the process's streams
    std::function<void(std::string_view)> write_stderr;
    // time.sleep's host hook (Runtime::set_sleep): the host decides what sleeping means, e.g. a
    // sandbox that bounds wall time; empty: the thread sleeps. One instruction could otherwise
    // hold the thread for as long as the script asks, whatever --max-steps says.
    std::function<void(double seconds)> sleep;
    void* host_context = nullptr; // the embedding API's state (api/runtime_state.h)
    bool host_io = false;         // open(), input(), sys.stdin reads (Runtime::set_host_io)

    // --- Execution (vm/) ---------------------------------------------------------------------
    // Compile source and run it as module `__main__` (or the given name) in a fresh module;
    // returns the module. Errors (incl. SyntaxError) come back as Raised.
    Result<Ref> run_source(std::string_view source, std::string_view filename, std::string_view module_name = "__main__");
    // Evaluate an expression / run statements in the given globals dict (eval/exec).
    Result<Ref> eval_source(std::string_view source, std::string_view filename, Value globals, Value locals);
    // Print an exception with its traceback to write_stderr, as CPython's default excepthook.
    void print_exception(Value exc);

    // VM-private state lives behind this pointer (vm/vm_state.h).
    struct VmState;
    VmState& vm() { return *m_vm; }

    // Dict versions, unique across the interpreter (objects/dict_object.cpp), and the MRO
    // lookup cache they validate (objects/type_cache.h).
    uint64_t dict_versions = 0;
    TypeCache type_cache;

    // Deferred releases (objects/object.cpp): bounds recursion when freeing long chains.
    uint32_t release_depth = 0;
    std::vector<Object*> deferred_releases;

    // --- Cycle collector and weak references (gc/gc_state.h) ---------------------------------
    struct GcState;
    GcState& gc() { return *m_gc; }

private:
    void* allocate_object_memory(Type* type, std::size_t size, std::size_t extra);
    void init_object_header(Object* obj, Type* type);

    std::size_t m_memory_in_use = 0;
    uint64_t m_memory_soft_limit = 0;  // the host's limit less the reserve (0: no limit)
    uint64_t m_memory_hard_limit = 0;  // the host's limit
    bool m_memory_reserve_open = false; // limits.max_memory_bytes is the hard limit now
    uintptr_t m_stack_base = 0;
    uintptr_t m_stack_limit = 0;
    std::unordered_map<std::string, StrObject*> m_interned; // owned references (released at teardown)
    std::unique_ptr<VmState> m_vm;
    Own<ExceptionObject> m_memory_error;
    // Declared last, so destroyed first: its deleter runs the collector's teardown while
    // every other member is still alive (gc/collector.cpp).
    struct GcStateDeleter {
        void operator()(GcState* g) const;
    };
    static GcState* new_gc_state(Interpreter&);
    std::unique_ptr<GcState, GcStateDeleter> m_gc{new_gc_state(*this)};

public:
    // --- Exact-float blocks (objects/heap.cpp) -----------------------------------------------
    // The float fast path: a new exact float made from a block waiting in the small-block
    // free list (no memset, no collector checks), counted against --max-memory as any
    // reuse; null when none waits or the limit refuses it (callers then take make<>()).
    FloatObject* reuse_float_block(double v);
    // Frees an exact float whose block word has no flags (no weak references: exact floats
    // cannot have them) into the free list; false when it must take free_object.
    bool free_float_block(Object* o);
    // --- Exact str/bytes blocks (objects/heap.cpp) -------------------------------------------
    // Memory for an object of `size` bytes (header included) of a static type the collector
    // never sees (exact str, bytes): a block waiting in the small-block free list or a new
    // one, counted and limited as make_var (a collection and one retry at the limit). Only
    // the object's first `zeroed` bytes are zeroed: the caller constructs the object there,
    // sets refcount 1 and the type, and writes every byte after `zeroed` that anything
    // reads. Null when refused (callers raise no_memory()).
    void* allocate_plain_object(Type* type, std::size_t size, std::size_t zeroed);
    // Frees an exact str or bytes whose block word has no flags into the free list (as
    // free_float_block); false when it must take free_object.
    bool free_plain_block(Object* o);
};

inline Type* type_of(Interpreter& interp, Value v) {
    return v.is_small_int() ? interp.types.int_ : v.obj()->type;
}

// Managed __dict__ slot of an instance whose type has kTypeManagedDict.
inline Ref& managed_dict(Object* o) { return *(reinterpret_cast<Ref*>(o) - 1); }

// The destroy slot for a C++ object type: runs its destructor (memory is freed separately).
template <typename T>
void destroy_as(Object* o) {
    static_cast<T*>(o)->~T();
}

} // namespace bastion
