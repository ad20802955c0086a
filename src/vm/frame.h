// frame.h: the execution frame of one code object (Frame), the LIFO storage frames live in
// (FrameStack), and the Python-visible frame object (FrameObject, for tb_frame and
// sys._getframe). A Frame is VM-private and never a Python object: thread frames live in
// the VmState's FrameStack, generator frames inside their generator object.
// Not for: the interpreter loop (eval.cpp) or argument binding (call.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

#include "objects/value.h"
#include "support/assert.h"

namespace bastion {

struct CodeObject;
struct FunctionObject;
struct DictObject;

// Init: a thread frame of a class's __init__ called by CALL in the caller's loop
// (push_init_frame): its return value must be None and is dropped (the instance waits on
// the caller's stack), and it holds one more recursion level, the native re-entry a
// generic call would have made.
enum class FrameOwner : uint8_t { Thread, Generator, Init };
enum class FrameState : uint8_t { Created, Running, Suspended, Completed };

// What only some frames own or hold (Frame::extras): module/exec, class-body and generator
// frames, and function frames that were introspected (a frame object, locals()) or whose
// function's __code__ was reassigned while they ran. An ordinary Python call never
// constructs it, so the inline CALL stores only the header and RETURN_VALUE tests one flag.
struct FrameExtras {
    Ref code_ref;      // owned code: module/exec and generator frames, reassigned __code__
    Ref globals_ref;   // owned globals/builtins: frames without a function
    Ref builtins_ref;
    Ref locals;        // the namespace mapping of module/class/exec code; null in functions
    Object* generator = nullptr; // owning generator (borrowed) when owner == Generator
    Ref frame_object;  // FrameObject made on demand (tracebacks, sys._getframe)
    Ref locals_cache;  // function frames: the dict locals() returns, refreshed per call
};

// One entry of the handled-exception chain (CPython 3.11's _PyErr_StackItem): the thread
// owns one (VmState::thread_exc, the end of the chain) and each generator one
// (GeneratorObject::exc_state). `previous` is the next-older entry while this one is
// linked into VmState::exc_info (its generator is running), null otherwise.
struct ExcStackItem {
    Ref exc; // the exception being handled here (null: None)
    ExcStackItem* previous = nullptr;
};

// Layout: the Frame header, then `code->nslots` owned slots:
//   [fast locals: nlocals][cells: ncells][free cells: nfrees][value stack: stacksize]
// Every slot above the stack top is null (pops move out of their slot), so clearing a
// frame releases exactly what it owns.
struct Frame {
    // What a function frame borrows, as CPython 3.11's frames do: `func` is a strong
    // reference (moved from the caller's stack by CALL) and keeps its code, globals and
    // builtins alive — a function's __globals__ and builtins never change after creation,
    // and when its __code__ is reassigned while a frame borrows the old code, fn_set_code
    // makes that frame own it (frame_own_code). Module/exec frames (no function) and
    // generator frames own theirs in the extras' *_ref fields; those are null when
    // borrowed, and only they are released by frame_clear and reported by the collector.
    CodeObject* code = nullptr;
    Ref func;          // FunctionObject, null for module/exec code
    Value globals;     // DictObject (borrowed: from func, or held by globals_ref)
    Value builtins;    // DictObject (borrowed: from func, or held by builtins_ref)
    Frame* previous = nullptr; // the caller (null at the bottom)
    const uint32_t* ip = nullptr; // next instruction; the loop stores it before each one runs
    uint32_t sp = 0;   // value-stack depth (saved while not executing)
    uint32_t nslots = 0;
    FrameOwner owner = FrameOwner::Thread;
    FrameState state = FrameState::Created;
    bool is_entry = false; // returning from it leaves the current run_frame invocation
    bool has_extras = false; // m_extras is constructed (and owns what it holds)

    // A new frame's header, each member written once (frame_init; the owner is Thread).
    // `func_` (null for module/exec code) moves in. Only the members above are written: the
    // extras' words are not until a frame needs them (ensure_extras), and ~Frame releases
    // them only when constructed.
    Frame(CodeObject* code_, Ref&& func_, Value globals_, Value builtins_, Frame* previous_, const uint32_t* ip_,
          uint32_t nslots_)
        : code(code_), func(std::move(func_)), globals(globals_), builtins(builtins_), previous(previous_), ip(ip_),
          nslots(nslots_) {}
    ~Frame() {
        if (has_extras)
            m_extras.~FrameExtras();
    }
    Frame(const Frame&) = delete;
    Frame& operator=(const Frame&) = delete;

    // The extras, or null when this frame has none (then every field would be null).
    FrameExtras* extras() { return has_extras ? &m_extras : nullptr; }
    const FrameExtras* extras() const { return has_extras ? &m_extras : nullptr; }
    // The extras, constructed (all null) on first use. Cannot fail: the storage is part of
    // the header.
    FrameExtras& ensure_extras() {
        if (!has_extras) {
            ::new (static_cast<void*>(&m_extras)) FrameExtras();
            has_extras = true;
        }
        return m_extras;
    }
    // Read-only views of the extras' fields (null when the frame has no extras).
    Value locals() const { return has_extras ? m_extras.locals.get() : Value(); }
    Value frame_object() const { return has_extras ? m_extras.frame_object.get() : Value(); }
    // The owning generator of a generator frame (which always has extras).
    Object* generator() const {
        BASTION_CHECK(has_extras && owner == FrameOwner::Generator);
        return m_extras.generator;
    }

    Ref* slots() { return reinterpret_cast<Ref*>(this + 1); }
    Ref* fast() { return slots(); }
    inline Ref* cells();      // cells then free cells (code_object.h defines these two)
    inline Ref* stack_base();
    // Index of the instruction running (or last run); 0 before the first one.
    uint32_t pc() const;
    uint32_t line() const; // source line of pc()

private:
    union {
        FrameExtras m_extras; // constructed only while has_extras
    };
};

static_assert(sizeof(Frame) % alignof(Ref) == 0);

// Bytes a frame for `code` needs (header + slots), checked; 0 on overflow.
std::size_t frame_bytes(const CodeObject* code);
// Construct a frame header in `mem` (all slots null). Takes new references; the frame
// owns its code (generator frames: generator.cpp). With a function, globals and builtins
// must be the function's (the frame borrows them). With `moved`, the first `nmoved` slots
// take those references instead (the sources are left null): writing them once avoids a
// zero-fill followed by a store to the same words.
Frame* frame_init(void* mem, CodeObject* code, Value func, Value globals, Value builtins, Value locals,
                  Ref* moved = nullptr, std::size_t nmoved = 0);
// A frame borrowing its function's code takes its own reference (fn.__code__ is being
// reassigned while it runs).
void frame_own_code(Frame* f);
// Release every reference the frame owns (slots, code, function, dicts) and detach its
// frame object. The memory itself is the owner's to free.
void frame_clear(Frame* f);

// Chunked LIFO storage for thread frames (CPython's datastack): pushing a frame is a
// bump of a pointer; chunks come from the interpreter's accounted allocator.
class FrameStack {
public:
    FrameStack() = default;
    FrameStack(const FrameStack&) = delete;
    FrameStack& operator=(const FrameStack&) = delete;
    // Null when out of memory. Inline: a Python call pushes one frame (the chunk changes
    // out of line).
    void* push(Interpreter& interp, std::size_t bytes) {
        bytes = (bytes + 15) & ~std::size_t{15};
        if (m_top && m_top->capacity - m_top->used >= bytes) [[likely]] {
            void* p = reinterpret_cast<char*>(m_top + 1) + m_top->used;
            m_top->used += bytes;
            return p;
        }
        return push_chunk(interp, bytes);
    }
    // `p` must be the most recent push.
    void pop(Interpreter& interp, void* p) {
        BASTION_CHECK(m_top != nullptr);
        char* base = reinterpret_cast<char*>(m_top + 1);
        // base <= p < base + used, as one unsigned comparison: below base, the offset wraps
        // to more than any `used`.
        std::size_t offset = reinterpret_cast<std::uintptr_t>(p) - reinterpret_cast<std::uintptr_t>(base);
        BASTION_CHECK(offset < m_top->used);
        m_top->used = offset;
        if (m_top->used == 0 && m_top->prev) [[unlikely]]
            pop_chunk(interp);
    }
    void release_all(Interpreter& interp);

private:
    // push's slow path: a new chunk (or the spare) for `bytes` (already rounded).
    void* push_chunk(Interpreter& interp, std::size_t bytes);
    // pop's slow path: the top chunk became empty; it becomes the spare.
    void pop_chunk(Interpreter& interp);

    struct Chunk {
        Chunk* prev;
        std::size_t capacity; // bytes after the header
        std::size_t used;
    };
    static constexpr std::size_t kChunkBytes = 64 * 1024; // small: memory limits count it
    Chunk* m_top = nullptr;
    Chunk* m_spare = nullptr; // one emptied chunk kept to avoid thrashing at a boundary
};

// The Python-visible `frame` object. While its Frame runs, `frame` points to it; when the
// Frame is cleared it keeps code, globals and the last line only.
struct FrameObject : Object {
    Frame* frame = nullptr;
    Ref code;
    Ref globals;
    Ref builtins;
    Ref locals; // f_locals as the frame left them (set when the frame finishes)
    Ref back;   // f_back once the frame has finished: the caller's frame object, as CPython
                // links them when a frame object outlives its frame
    uint32_t lineno = 0;
};

// The frame object of `f`, made on first request.
Result<Ref> frame_object_of(Interpreter&, Frame* f);

// The innermost running frame, or null.
Frame* current_frame(Interpreter&);
// For super() with no arguments: the first argument of the current function and its
// __class__ cell's contents. TypeErrors with CPython's messages when unavailable.
Status current_super_args(Interpreter&, Ref* type_out, Ref* obj_out);
// globals()/locals() of the innermost frame (locals(): the namespace mapping, or a new
// dict snapshot of the fast locals and cells of a function frame).
Value current_globals(Interpreter&);
Result<Ref> current_locals(Interpreter&);

void init_frame_type_slots(Interpreter&);
Status init_frame_type_methods(Interpreter&);

} // namespace bastion
