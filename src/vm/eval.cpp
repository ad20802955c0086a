// eval.cpp: the interpreter loop. One C++ invocation of run_frame() executes its entry
// frame and every Python frame that frame calls (a Python->Python call pushes a frame
// and continues here, with no C recursion); native code that calls back into Python
// re-enters through call_function()/run_code(), which check the native stack.
//
// What the loop relies on (verify/verifier.h, rules 1-5), checked only by BASTION_ASSERT:
// every unit decodes to a valid opcode; operands are in range for their kind (constant,
// name, local and cell indexes, jump targets, operator kinds); each instruction runs at
// one known stack depth within [0, co_stacksize] and never pops below the frame's stack;
// NULL slots appear only where CALL/CALL_KW/CALL_FUNCTION_EX/POP_TOP/SWAP expect them;
// exception-table entries are nested, inside the code, with depths not above the stack of
// any instruction they cover. Everything about *objects* (types, unbound locals, tuple
// shapes of kwnames, exception instances) is still checked here at run time.
//
// Fast paths live here; the slow paths are out of line in eval_slow.cpp and friends.
#include <fmt/format.h>

#include <new>
#include <type_traits>

#include "objects/abstract.h"
#include "objects/attr_cache.h"
#include "objects/attr_fast.h"
#include "objects/container_fast.h"
#include "objects/core_internal.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/list_object.h"
#include "objects/native_fast.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_fast.h"
#include "objects/str_format.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "vm/eval_moves.h"
#include "vm/frame_fast.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/name_cache.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"

namespace bastion {

static_assert(sizeof(Ref) == sizeof(Value) && std::is_standard_layout_v<Ref>,
              "the value stack (Ref slots) is read as Value arrays for calls");

namespace {

// The attribute instructions LOAD_FAST_ATTR fuses with (op_LOAD_FAST_ATTR: one unsigned range test).
constexpr uint32_t kFirstAttrOp = static_cast<uint32_t>(bc::Op::LOAD_ATTR);
constexpr uint32_t kAttrOpSpan = static_cast<uint32_t>(bc::Op::LOAD_METHOD) - kFirstAttrOp;
static_assert(static_cast<uint32_t>(bc::Op::STORE_ATTR) - kFirstAttrOp < kAttrOpSpan &&
                  static_cast<uint32_t>(bc::Op::DELETE_ATTR) - kFirstAttrOp < kAttrOpSpan && kAttrOpSpan == 3,
              "LOAD_ATTR, STORE_ATTR, DELETE_ATTR and LOAD_METHOD are consecutive");

inline const Value* as_values(const Ref* r) { return reinterpret_cast<const Value*>(r); }

// Runs on every exit from run_frame: when the outermost invocation returns, no handler
// can be active any more (handlers skipped under an exhausted step budget may not have
// restored the handled exception), so the thread's entry is reset.
struct RunDepthGuard {
    Interpreter::VmState& vm;
    explicit RunDepthGuard(Interpreter::VmState& v) : vm(v) { ++vm.run_depth; }
    ~RunDepthGuard() {
        if (--vm.run_depth == 0 && vm.exc_info == &vm.thread_exc)
            vm.thread_exc.exc.reset();
    }
};

// Leave the entry frame of this run_frame invocation (return, yield or error).
void leave_entry_frame(Interpreter& interp, Frame* f, FrameState state) {
    if (f->owner != FrameOwner::Generator) {
        pop_thread_frame(interp, f);
        return;
    }
    auto& vm = interp.vm();
    vm.current = f->previous;
    f->previous = nullptr;
    --interp.python_depth;
    f->state = state;
}

// FORMAT_VALUE of an exact int, float or str (their __format__, __str__ and __repr__ are
// fixed): the formatting functions directly, as format()/str()/repr() would reach them,
// without the __format__ lookup and call. The spec must be an exact str (anything else
// takes format_value's path, which raises). int and float give the same text for str(),
// repr() and ascii(); a converted value is a str, so a spec then formats it as a str.
bool format_value_exact_applicable(Interpreter& interp, Value v, Value spec) {
    if (!spec.is_null() && !(spec.is_obj() && spec.obj()->type == interp.types.str))
        return false;
    if (v.is_small_int())
        return true;
    if (!v.is_obj())
        return false;
    Type* t = v.obj()->type;
    return t == interp.types.int_ || t == interp.types.float_ || t == interp.types.str;
}

Result<Ref> format_value_exact(Interpreter& interp, Value v, uint32_t conversion, Value spec) {
    StrObject* spec_str = spec.is_null() ? interp.empty_str : static_cast<StrObject*>(spec.obj());
    if (conversion == bc::kFmtNone) {
        BASTION_TRY_ASSIGN(Own<StrObject> r, format_value(interp, v, spec_str));
        return std::move(r).into_ref();
    }
    Own<StrObject> text;
    if (v.is_obj() && v.obj()->type == interp.types.str && conversion != bc::kFmtStr) {
        if (conversion == bc::kFmtRepr) {
            BASTION_TRY_ASSIGN(text, repr(interp, v));
        } else {
            BASTION_TRY_ASSIGN(text, ascii(interp, v));
        }
    } else {
        BASTION_TRY_ASSIGN(text, str(interp, v));
    }
    if (spec_str->length != 0) {
        BASTION_TRY_ASSIGN(text, format_str(interp, text.get(), spec_str));
    }
    return std::move(text).into_ref();
}

// Inlined into run_frame: a call per BINARY_OP was a third of a small-int loop's time.
[[gnu::always_inline]] inline bool small_int_binary(bc::BinaryOpKind kind, int64_t a, int64_t b, int64_t* out,
                                                    bool* overflow) {
    using K = bc::BinaryOpKind;
    *overflow = false;
    switch (kind) {
    case K::Add:
    case K::InplaceAdd:
        *out = a + b; // both fit in 63 bits: no int64 overflow
        return true;
    case K::Subtract:
    case K::InplaceSubtract:
        *out = a - b;
        return true;
    case K::Multiply:
    case K::InplaceMultiply:
        *overflow = __builtin_mul_overflow(a, b, out);
        return true;
    case K::And:
    case K::InplaceAnd:
        *out = a & b;
        return true;
    case K::Or:
    case K::InplaceOr:
        *out = a | b;
        return true;
    case K::Xor:
    case K::InplaceXor:
        *out = a ^ b;
        return true;
    case K::FloorDivide:
    case K::InplaceFloorDivide: {
        if (b == 0)
            return false; // the slow path raises ZeroDivisionError
        if (b > 0 && (b & (b - 1)) == 0) { // by 2**k: the arithmetic shift is floor division
            *out = a >> __builtin_ctzll(static_cast<uint64_t>(b));
            return true;
        }
        int64_t q = 0;
        int64_t r = 0;
        if (a == static_cast<int32_t>(a) && b == static_cast<int32_t>(b) && b != -1) {
            // 32-bit division is several times faster than 64-bit on x86 (-1: INT32_MIN / -1).
            q = static_cast<int32_t>(a) / static_cast<int32_t>(b);
            r = static_cast<int32_t>(a) % static_cast<int32_t>(b);
        } else {
            q = a / b; // 63-bit operands: no INT64_MIN / -1
            r = a % b;
        }
        *out = (r != 0 && ((r < 0) != (b < 0))) ? q - 1 : q;
        return true;
    }
    case K::Remainder:
    case K::InplaceRemainder: {
        if (b == 0)
            return false;
        if (b > 0 && (b & (b - 1)) == 0) { // by 2**k: the low bits, never negative (two's complement)
            *out = a & (b - 1);
            return true;
        }
        int64_t r = 0;
        if (a == static_cast<int32_t>(a) && b == static_cast<int32_t>(b) && b != -1)
            r = static_cast<int32_t>(a) % static_cast<int32_t>(b);
        else
            r = a % b;
        *out = (r != 0 && ((r < 0) != (b < 0))) ? r + b : r; // Python: the sign of the divisor
        return true;
    }
    case K::RShift:
    case K::InplaceRShift:
        if (b < 0)
            return false; // the slow path raises ValueError "negative shift count"
        *out = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b); // arithmetic shift = floor division by 2**b
        return true;
    case K::LShift:
    case K::InplaceLShift:
        if (b < 0 || b > 62)
            return false; // negative counts raise; wide shifts grow a big int
        *out = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
        *overflow = (*out >> b) != a; // bits lost: the slow path makes the big int
        return true;
    default:
        return false;
    }
}

// Exact-float arithmetic inline (the operators float's slots implement, with the same
// IEEE results); false for the other operators and for division by zero, which the slow
// path handles (ZeroDivisionError "float division by zero").
bool float_binary(bc::BinaryOpKind kind, double a, double b, double* out) {
    using K = bc::BinaryOpKind;
    switch (kind) {
    case K::Add:
    case K::InplaceAdd:
        *out = a + b;
        return true;
    case K::Subtract:
    case K::InplaceSubtract:
        *out = a - b;
        return true;
    case K::Multiply:
    case K::InplaceMultiply:
        *out = a * b;
        return true;
    case K::TrueDivide:
    case K::InplaceTrueDivide:
        if (b == 0.0)
            return false;
        *out = a / b;
        return true;
    default:
        return false;
    }
}

// The double value of an exact float or a small int whose conversion is exact (|v| <=
// 2**53: comparisons then agree with CPython's exact int/float comparison, and arithmetic
// with its correctly rounded int-to-float conversion).
bool exact_double(Interpreter& interp, Value v, double* out) {
    if (v.is_small_int()) {
        int64_t i = v.small_int_value();
        if (i < -(int64_t{1} << 53) || i > (int64_t{1} << 53))
            return false;
        *out = static_cast<double>(i);
        return true;
    }
    if (v.obj()->type != interp.types.float_)
        return false;
    *out = float_value(v);
    return true;
}

// BINARY_OP whose float result is the right operand of the BINARY_OP right after it
// (`v += a * dt`, `y - 0.1 * v`): runs the pair as one when the second operation is one
// float_binary does and its left operand (lhs2, the stack's top) is an exact float that
// can take the result — held only by the stack, or by it and the local or name the store
// after the pair writes it back to (as the single-instruction path's store_back). The
// intermediate float is never made: the pair allocates nothing and cannot raise.
[[gnu::noinline]] bool float_pair_run(Interpreter& interp, Frame* f, const Ref* fast, const uint32_t* ip2, Value lhs2,
                                      double d) {
    if (lhs2.obj()->type != interp.types.float_)
        return false;
    double d2 = 0;
    if (!float_binary(static_cast<bc::BinaryOpKind>(*ip2 >> 8), float_value(lhs2), d, &d2))
        return false;
    if (lhs2.obj()->refcount != 1) { // 2: the stack and the local or name stored back to
        uint32_t store = ip2[1];     // BINARY_OP never ends the code (the verifier's FallsOffEnd rule)
        uint32_t store_op = store & 0xFF;
        bool back = false;
        if (store_op == static_cast<uint32_t>(bc::Op::STORE_FAST))
            back = fast[store >> 8].get().is(lhs2);
        else if (store_op == static_cast<uint32_t>(bc::Op::STORE_NAME) ||
                 store_op == static_cast<uint32_t>(bc::Op::STORE_GLOBAL))
            back = name_store_replaces(interp, f, ip2 + 1, lhs2);
        if (!back)
            return false;
    }
    static_cast<FloatObject*>(lhs2.obj())->value = d2;
    return true;
}

[[gnu::always_inline]] inline bool small_int_compare(bc::CompareOpKind op, int64_t a, int64_t b) {
    switch (op) {
    case bc::CompareOpKind::Lt:
        return a < b;
    case bc::CompareOpKind::Le:
        return a <= b;
    case bc::CompareOpKind::Eq:
        return a == b;
    case bc::CompareOpKind::Ne:
        return a != b;
    case bc::CompareOpKind::Gt:
        return a > b;
    case bc::CompareOpKind::Ge:
        return a >= b;
    }
    return false;
}

bool double_compare(bc::CompareOpKind op, double a, double b) {
    switch (op) {
    case bc::CompareOpKind::Lt:
        return a < b;
    case bc::CompareOpKind::Le:
        return a <= b;
    case bc::CompareOpKind::Eq:
        return a == b;
    case bc::CompareOpKind::Ne:
        return a != b;
    case bc::CompareOpKind::Gt:
        return a > b;
    case bc::CompareOpKind::Ge:
        return a >= b;
    }
    return false;
}

// The truth of True, False, None and a small int, decided without a call: false when `v`
// needs is_true (its type's __bool__ / __len__).
[[gnu::always_inline]] inline bool quick_truth(const Interpreter& interp, Value v, bool* truth) {
    if (v.is(Value(interp.true_)))
        *truth = true;
    else if (v.is(Value(interp.false_)) || v.is(Value(interp.none)))
        *truth = false;
    else if (v.is_small_int())
        *truth = v.small_int_value() != 0;
    else
        return false;
    return true;
}

// CALL_KW's names operand must be a tuple of str no longer than the arguments: the
// verifier proves only that the slot holds an object.
bool valid_kwnames(Interpreter& interp, Value v, std::size_t nargs) {
    if (!v.is_obj() || v.obj()->type != interp.types.tuple)
        return false;
    auto* t = static_cast<TupleObject*>(v.obj());
    if (static_cast<std::size_t>(t->size) > nargs)
        return false;
    for (Value item : t->view())
        if (!is_str(interp, item))
            return false;
    return true;
}

} // namespace

// GCC's global common-subexpression pass merges the handlers' computed gotos into one
// shared indirect jump, which defeats branch prediction of the threaded dispatch (GCC's
// manual recommends -fno-gcse for computed-goto interpreters).
#if defined(__GNUC__) && !defined(__clang__)
#define BASTION_EVAL_LOOP_ATTRS __attribute__((optimize("no-gcse", "no-crossjumping")))
#else
#define BASTION_EVAL_LOOP_ATTRS
#endif

namespace {

// Instantiated twice: without a step budget (the common case) the per-instruction budget
// test compiles away; run_frame() below picks the instantiation per invocation.
template <bool kLimited>
BASTION_EVAL_LOOP_ATTRS Result<Ref> run_frame_impl(Interpreter& interp, Frame* entry, Ref throw_exc) {
    auto& vm = interp.vm();
    RunDepthGuard depth_guard(vm);
    entry->is_entry = true;
    entry->state = FrameState::Running;

    constexpr bool limited = kLimited;
    Frame* f = entry;
    CodeObject* co = nullptr;
    const uint32_t* ip = nullptr;
    Ref* sp = nullptr;
    uint32_t unit = 0;
    Ref exc;    // the exception being raised or unwound
    Ref retval; // RETURN_VALUE / YIELD_VALUE result leaving the entry frame or a generator's
#ifndef NDEBUG
    // Debug builds check every instruction's stack effect against opcodes.def (STYLE 3.1.3):
    // the record of the last instruction, checked when the next one is dispatched.
    Frame* dbg_frame = nullptr;
    bc::Op dbg_op = bc::Op::NOP;
    uint32_t dbg_arg = 0;
    int64_t dbg_depth = 0;
    const uint32_t* dbg_next = nullptr;
#endif
    // Shared by CALL and CALL_KW.
    Ref* call_base = nullptr;
    std::size_t call_nargs = 0;
    TupleObject* call_kwnames = nullptr;

#ifndef NDEBUG
#define DEBUG_FORGET() (dbg_frame = nullptr)
#define DEBUG_CHECK_EFFECT()                                                                           \
    do {                                                                                               \
        if (dbg_frame == f) {                                                                          \
            bool jumped_ = ip != dbg_next && bc::has_flag(dbg_op, bc::Jump);                           \
            int64_t expected_ = dbg_depth - bc::stack_pops(dbg_op, dbg_arg) +                          \
                                (jumped_ ? bc::stack_jump_pushes(dbg_op, dbg_arg) : bc::stack_pushes(dbg_op, dbg_arg)); \
            BASTION_CHECK(sp - STACK_BASE() == expected_);                                               \
        }                                                                                              \
    } while (0)
#define DEBUG_RECORD()                                                                                 \
    do {                                                                                               \
        dbg_frame = f;                                                                                 \
        dbg_op = static_cast<bc::Op>(unit & 0xFF);                                                     \
        dbg_arg = OPARG();                                                                               \
        dbg_depth = sp - STACK_BASE();                                                                   \
        dbg_next = ip;                                                                                 \
    } while (0)
#else
#define DEBUG_FORGET() ((void)0)
#define DEBUG_CHECK_EFFECT() ((void)0)
#define DEBUG_RECORD() ((void)0)
#endif
#define LOAD_FRAME()                           \
    do {                                       \
        co = f->code;                          \
        ip = f->ip;                            \
        sp = f->stack_base() + f->sp;          \
        DEBUG_FORGET();                        \
    } while (0)
// The frame's fast locals (then cells), read through f: one more value the loop need not keep.
#define LOCALS() (f->fast())
// The value stack's bottom, from f and co (not a loop variable either).
#define STACK_BASE() (f->fast() + co->nlocalsplus)
#define SAVE_SP() (f->sp = static_cast<uint32_t>(sp - STACK_BASE()))
// Slots above the stack top are null (pops move out of them): construct, no release.
#define PUSH(v) (BASTION_ASSERT(sp->is_null()), ::new (static_cast<void*>(sp)) Ref(v), ++sp)
#define POP() std::move(*--sp)
#define TOP() sp[-1]
#define PEEK(n) sp[-static_cast<std::ptrdiff_t>(n)]
#define DROP(n)                        \
    do {                               \
        for (uint32_t d_ = 0; d_ < (n); ++d_) \
            (--sp)->reset();           \
    } while (0)
#define TRY_SET(dst, expr)                                        \
    do {                                                          \
        auto r_ = (expr);                                         \
        if (!r_.ok()) [[unlikely]] {                              \
            exc = std::move(r_.take_error().exception);           \
            goto error;                                           \
        }                                                         \
        dst = std::move(r_).value();                              \
    } while (0)
#define TRY_DO(expr)                                              \
    do {                                                          \
        auto r_ = (expr);                                         \
        if (!r_.ok()) [[unlikely]] {                              \
            exc = std::move(r_.take_error().exception);           \
            goto error;                                           \
        }                                                         \
    } while (0)
#define RAISE(raised)                                             \
    do {                                                          \
        exc = std::move((raised).exception);                      \
        goto error;                                               \
    } while (0)
#define JUMP_TO(target) (ip = co->units + (target))
// The operand, decoded where used: a variable of its own was spilled to the stack.
#define OPARG() (unit >> 8)

#if defined(__GNUC__)
    static void* const kTargets[] = {
#define OP(name, operand, pops, pushes, jpushes, flags) &&op_##name,
#include "bytecode/opcodes.def"
#undef OP
    };
    static_assert(sizeof(kTargets) / sizeof(kTargets[0]) == bc::kNumOps, "one dispatch target per opcode");
#define DISPATCH()                                                     \
    do {                                                               \
        DEBUG_CHECK_EFFECT();                                          \
        unit = *ip++;                                                  \
        f->ip = ip;                                                    \
        DEBUG_RECORD();                                                \
        if (limited && interp.steps_left-- == 0) [[unlikely]]          \
            goto step_limit;                                           \
        BASTION_ASSERT((unit & 0xFF) < bc::kNumOps);                   \
        goto* kTargets[unit & 0xFF];                                   \
    } while (0)
#else
#define DISPATCH() goto dispatch_switch
#endif

    LOAD_FRAME();
    if (throw_exc) {
        // gen.throw() / close(): raised at the suspended instruction, chained already
        // (resume() in generator.cpp, as CPython's gen_send_ex2 and gen_close do).
        exc = std::move(throw_exc);
        traceback_add(interp, exc, f, f->pc());
        goto exception_unwind;
    }
    DISPATCH();

#if !defined(__GNUC__)
dispatch_switch:
    DEBUG_CHECK_EFFECT();
    unit = *ip++;
    f->ip = ip;
    DEBUG_RECORD();
    if (limited && interp.steps_left-- == 0)
        goto step_limit;
    switch (static_cast<bc::Op>(unit & 0xFF)) {
#define OP(name, operand, pops, pushes, jpushes, flags) \
    case bc::Op::name:                                  \
        goto op_##name;
#include "bytecode/opcodes.def"
#undef OP
    }
    BASTION_UNREACHABLE();
#endif

    // Every handler that declares objects with destructors (Ref, Result) keeps them in a
    // block and dispatches only after the block closes: a computed goto leaving a scope
    // does not run destructors (GCC), so dispatching from inside would leak references.
    // Direct gotos (error, call_common, exception_unwind) do run them.

    // --- Stack -----------------------------------------------------------------------------
op_NOP:
    DISPATCH();
op_POP_TOP:
    (--sp)->reset();
    DISPATCH();
op_PUSH_NULL:
    PUSH(Ref());
    DISPATCH();
op_COPY: {
    BASTION_ASSERT(OPARG() >= 1 && sp - OPARG() >= STACK_BASE());
    Ref copy = PEEK(OPARG());
    PUSH(std::move(copy));
}
    DISPATCH();
op_SWAP:
    BASTION_ASSERT(OPARG() >= 2 && sp - OPARG() >= STACK_BASE());
    std::swap(PEEK(1), PEEK(OPARG()));
    DISPATCH();
op_LOAD_CONST:
    BASTION_ASSERT(OPARG() < static_cast<TupleObject*>(co->consts.obj())->size);
    PUSH(Ref::borrow(co->const_items()[OPARG()]));
    DISPATCH();

    // --- Locals and cells ------------------------------------------------------------------
op_LOAD_FAST:
    BASTION_ASSERT(OPARG() < co->nlocals);
    if (LOCALS()[OPARG()].is_null()) [[unlikely]]
        RAISE(unbound_local(interp, co, OPARG()));
    PUSH(Ref::borrow(LOCALS()[OPARG()]));
    DISPATCH();
op_LOAD_FAST_ATTR:
    // LOAD_FAST, which the compiler emits before LOAD_ATTR / STORE_ATTR / LOAD_METHOD
    // (`self.x`; compile/emitter.cpp mark_attr_receivers): load_fast_attr below runs the pair
    // as one on a cache hit. The next unit exists: LOAD_FAST_ATTR is no terminator and the
    // verifier rejects code whose last unit falls through (verify/dataflow.cpp run_block,
    // Rule::FallsOffEnd); it is tested again there (hand-made code may put anything after
    // it). The attribute instruction counts as its own step of --max-steps and is fused only
    // when the budget has it left.
    BASTION_ASSERT(OPARG() < co->nlocals);
    if (LOCALS()[OPARG()].is_null()) [[unlikely]]
        RAISE(unbound_local(interp, co, OPARG()));
    if ((*ip & 0xFF) - kFirstAttrOp <= kAttrOpSpan && !(limited && interp.steps_left == 0))
        goto load_fast_attr;
    PUSH(Ref::borrow(LOCALS()[OPARG()]));
    DISPATCH();
op_STORE_FAST:
    BASTION_ASSERT(OPARG() < co->nlocals);
    LOCALS()[OPARG()] = POP();
    DISPATCH();
op_DELETE_FAST:
    BASTION_ASSERT(OPARG() < co->nlocals);
    if (LOCALS()[OPARG()].is_null()) [[unlikely]]
        RAISE(unbound_local(interp, co, OPARG()));
    LOCALS()[OPARG()].reset();
    DISPATCH();
op_LOAD_DEREF: {
    BASTION_ASSERT(OPARG() < co->ncells + co->nfrees && is_cell(interp, LOCALS()[co->nlocals + OPARG()]));
    Value v = cell_get(LOCALS()[co->nlocals + OPARG()].obj());
    if (v.is_null()) [[unlikely]]
        RAISE(unbound_deref(interp, co, OPARG()));
    PUSH(Ref::borrow(v));
}
    DISPATCH();
op_STORE_DEREF: {
    BASTION_ASSERT(OPARG() < co->ncells + co->nfrees && is_cell(interp, LOCALS()[co->nlocals + OPARG()]));
    Ref v = POP();
    cell_set(LOCALS()[co->nlocals + OPARG()].obj(), v);
}
    DISPATCH();
op_DELETE_DEREF: {
    BASTION_ASSERT(OPARG() < co->ncells + co->nfrees && is_cell(interp, LOCALS()[co->nlocals + OPARG()]));
    Object* cell = LOCALS()[co->nlocals + OPARG()].obj();
    if (cell_get(cell).is_null()) [[unlikely]]
        RAISE(unbound_deref(interp, co, OPARG()));
    cell_set(cell, Value());
}
    DISPATCH();
op_LOAD_CLOSURE:
    BASTION_ASSERT(OPARG() < co->ncells + co->nfrees);
    PUSH(Ref::borrow(LOCALS()[co->nlocals + OPARG()]));
    DISPATCH();
op_LOAD_CLASSDEREF: {
    Ref v;
    TRY_SET(v, load_classderef(interp, f, OPARG()));
    PUSH(std::move(v));
}
    DISPATCH();

    // --- Names -----------------------------------------------------------------------------
op_LOAD_NAME: {
    // Exact-dict locals (module level, class bodies): the name cache (vm/name_cache.h).
    StrObject* name = co->name_at(OPARG());
    if (DictObject* locals = exact_dict_or_null(interp, f->locals())) [[likely]] {
        auto* globals = static_cast<DictObject*>(f->globals.obj());
        auto* builtins = static_cast<DictObject*>(f->builtins.obj());
        NameCacheEntry& entry = vm.name_cache_entry(ip);
        Value v = name_cache_get(entry, name, locals, globals, builtins);
        if (v.is_null()) {
            v = name_cache_fill(entry, name, locals, globals, builtins);
            if (v.is_null()) [[unlikely]]
                RAISE(name_error(interp, name));
        }
        PUSH(Ref::borrow(v));
    } else {
        Ref v;
        TRY_SET(v, load_name(interp, f, name));
        PUSH(std::move(v));
    }
}
    DISPATCH();
op_STORE_NAME: {
    Ref v = POP();
    StrObject* name = co->name_at(OPARG());
    if (DictObject* locals = exact_dict_or_null(interp, f->locals())) [[likely]]
        TRY_DO(name_cache_store(interp, vm.name_cache_entry(ip), locals, name, std::move(v)));
    else
        TRY_DO(store_name(interp, f, name, v));
}
    DISPATCH();
op_DELETE_NAME: {
    TRY_DO(delete_name(interp, f, co->name_at(OPARG())));
}
    DISPATCH();
op_LOAD_GLOBAL: {
    // The site's versioned value (vm_state.h GlobalCacheEntry; it is only ever filled from
    // exact dicts, so a hit needs no type test), else the refill through the name cache.
    auto* globals = static_cast<DictObject*>(f->globals.obj());
    auto* builtins = static_cast<DictObject*>(f->builtins.obj());
    StrObject* name = co->name_at(OPARG());
    GlobalCacheEntry& g = vm.global_cache_entry(ip);
    Value v = global_cache_get(g, name, globals, builtins);
    if (!v.is_null()) [[likely]] {
        PUSH(Ref::borrow(v));
    } else if (globals->type != builtins->type || globals->type != interp.types.dict) [[unlikely]] {
        // A dict subclass as globals or builtins: its __getitem__ answers (CPython's slow path).
        Ref found;
        TRY_SET(found, load_global_mapping(interp, f, name));
        PUSH(std::move(found));
    } else {
        v = global_cache_refill(interp, g, ip, name, globals, builtins);
        if (v.is_null()) [[unlikely]]
            RAISE(name_error(interp, name));
        PUSH(Ref::borrow(v));
    }
}
    DISPATCH();
op_STORE_GLOBAL: {
    Ref v = POP();
    TRY_DO(name_cache_store(interp, vm.name_cache_entry(ip), static_cast<DictObject*>(f->globals.obj()),
                            co->name_at(OPARG()), std::move(v)));
}
    DISPATCH();
op_DELETE_GLOBAL: {
    TRY_DO(delete_global(interp, f, co->name_at(OPARG())));
}
    DISPATCH();

    // --- Attributes ------------------------------------------------------------------------
op_LOAD_ATTR:
    // objects/attr_cache.h: the code object's entry for the name (else the global table),
    // else get_attr_interned. An answer from the cache replaces the receiver in its slot;
    // the receiver is released after the value is held (its release may free the dict the
    // value is in). Nothing between the lookup and the new reference runs code.
    if (Value v = load_attr_find<false>(interp, co->attr_sites, OPARG(), ip, TOP(), co->name_at(OPARG()));
        !v.is_null()) [[likely]] {
        {
            Ref receiver = std::move(TOP());
            TOP() = Ref::borrow(v);
        }
        DISPATCH();
    }
    {
        Ref obj = POP();
        Ref v;
        TRY_SET(v, get_attr_interned(interp, obj, co->name_at(OPARG())));
        PUSH(std::move(v));
    }
    DISPATCH();
op_STORE_ATTR: {
    // The value moves from its slot into the instance dict on the cache's replace path.
    Ref obj = POP();
    Ref v = POP();
    TRY_DO(store_attr_cached(interp, co->attr_sites, OPARG(), ip, obj, co->name_at(OPARG()), v));
}
    DISPATCH();
op_DELETE_ATTR: {
    Ref obj = POP();
    TRY_DO(del_attr(interp, obj, co->name_at(OPARG())));
}
    DISPATCH();
op_LOAD_METHOD: {
    // An answer from the cache: (obj -- method, obj) or (obj -- NULL, attr) in place; the
    // receiver, when it does not stay, is released after the attribute is held. A super
    // object's type has its own getattr: never answered by the cache.
    Value m;
    bool unbound = false;
    if (load_method_find<false>(interp, co->attr_sites, OPARG(), ip, TOP(), co->name_at(OPARG()), &m, &unbound))
        [[likely]] {
        Ref obj = std::move(TOP()); // the slot is the NULL now, unless unbound
        if (unbound) {
            TOP() = Ref::borrow(m);
            PUSH(std::move(obj));
        } else {
            PUSH(Ref::borrow(m));
        }
    } else {
        Ref obj = POP();
        Ref method;
        Ref self;
        if (obj.get().is_obj() && obj.obj()->type == interp.types.super &&
            super_method(interp, obj, co->name_at(OPARG()), &method, &self)) {
            PUSH(std::move(method)); // `super().m(...)`: (function, instance), no bound method
            PUSH(std::move(self));
        } else {
            TRY_DO(get_method_interned(interp, obj, co->name_at(OPARG()), &method, &unbound));
            if (unbound) {
                PUSH(std::move(method));
                PUSH(std::move(obj));
            } else {
                PUSH(Ref());
                PUSH(std::move(method));
            }
        }
    }
}
    DISPATCH();
load_fast_attr: {
    // LOAD_FAST_ATTR (unit, its local bound) followed by the attribute instruction at ip: that
    // instruction's cache hit (objects/attr_cache.h *_hit) on the local's value, borrowed —
    // no push, no pop, no reference count on the receiver. A hit runs no code and raises
    // nothing until the receiver's last use (STORE_ATTR below), so the local (held by the
    // frame) keeps it alive throughout. Anything else (a miss, a fill, a descriptor, a
    // getattr/setattr override, DELETE_ATTR) runs the pair unfused: the receiver is pushed
    // and the attribute instruction dispatched as usual. Fused, f->ip names the attribute
    // instruction's successor (as after its own dispatch) and the step it counts is taken.
    Value obj = LOCALS()[OPARG()].get();
    uint32_t next = *ip;
    uint32_t index = next >> 8;
    uint32_t op = next & 0xFF;
    // Tested in the order of their frequency (richards: LOAD_ATTR 11.4 % of all
    // instructions after a LOAD_FAST, LOAD_METHOD 3.4 %, STORE_ATTR 3.1 %); DELETE_ATTR
    // runs unfused.
    if (op == static_cast<uint32_t>(bc::Op::LOAD_ATTR)) {
        Value v = load_attr_hit(interp, co->attr_sites, index, obj, co->name_at(index));
        if (!v.is_null()) {
            f->ip = ++ip;
            if (limited)
                --interp.steps_left;
            DEBUG_FORGET();
            PUSH(Ref::borrow(v));
            DISPATCH();
        }
    } else if (op == static_cast<uint32_t>(bc::Op::LOAD_METHOD)) {
        // A super object's type has its own getattr: never a hit (op_LOAD_METHOD's test).
        Value method;
        bool unbound = false;
        if (load_method_hit(interp, co->attr_sites, index, obj, co->name_at(index), &method, &unbound)) {
            f->ip = ++ip;
            if (limited)
                --interp.steps_left;
            DEBUG_FORGET();
            if (unbound) {
                PUSH(Ref::borrow(method));
                PUSH(Ref::borrow(obj));
            } else {
                PUSH(Ref());
                PUSH(Ref::borrow(method));
            }
            DISPATCH();
        }
    } else if (op == static_cast<uint32_t>(bc::Op::STORE_ATTR)) {
        DictObject* d = nullptr;
        if (DictEntry* entry = store_attr_hit(interp, co->attr_sites, index, obj, co->name_at(index), &d)) {
            f->ip = ++ip;
            if (limited)
                --interp.steps_left;
            DEBUG_FORGET();
            // The value (TOP) moves into the entry; the old value's release may run
            // __del__ — any code, which may drop d or rebind anything — and it is the last
            // thing done here: neither obj nor d is used after it (store_attr_cached's order).
            attr_store_replace(interp, d, entry, POP());
            DISPATCH();
        }
    }
    PUSH(Ref::borrow(obj));
}
    DISPATCH();

    // --- Imports ---------------------------------------------------------------------------
op_IMPORT_NAME: {
    Ref fromlist = POP();
    Ref level = POP();
    Ref module;
    TRY_SET(module, import_name(interp, f, co->name_at(OPARG()), fromlist, level));
    PUSH(std::move(module));
}
    DISPATCH();
op_IMPORT_FROM: {
    Ref v;
    TRY_SET(v, import_from(interp, TOP(), co->name_at(OPARG())));
    PUSH(std::move(v));
}
    DISPATCH();
op_IMPORT_STAR: {
    Ref module = POP();
    TRY_DO(import_star(interp, f, module));
}
    DISPATCH();

    // --- Operators -------------------------------------------------------------------------
op_UNARY_POSITIVE: {
    Ref v = POP();
    Ref r;
    TRY_SET(r, unary_positive(interp, v));
    PUSH(std::move(r));
}
    DISPATCH();
op_UNARY_NEGATIVE: {
    Ref v = POP();
    Ref r;
    if (v.get().is_small_int()) { // -kSmallMin is no small int: int_from_i64 boxes it
        TRY_SET(r, int_from_i64(interp, -v.get().small_int_value()));
    } else if (v.obj()->type == interp.types.float_) {
        if (v.obj()->refcount == 1) { // only this Ref holds it: negate in place
            static_cast<FloatObject*>(v.obj())->value = -float_value(v);
            r = std::move(v);
        } else if (FloatObject* fo = interp.reuse_float_block(-float_value(v))) [[likely]] {
            r = Ref::steal(Value(static_cast<Object*>(fo)));
        } else {
            TRY_SET(r, float_from_double(interp, -float_value(v)));
        }
    } else
        TRY_SET(r, unary_negative(interp, v));
    PUSH(std::move(r));
}
    DISPATCH();
op_UNARY_NOT: {
    Ref v = POP();
    bool truth;
    if (v.get().is(Value(interp.true_)))
        truth = true;
    else if (v.get().is(Value(interp.false_)) || v.get().is(Value(interp.none)))
        truth = false;
    else
        TRY_SET(truth, is_true(interp, v));
    PUSH(interp.new_bool(!truth));
}
    DISPATCH();
op_UNARY_INVERT: {
    Ref v = POP();
    Ref r;
    TRY_SET(r, unary_invert(interp, v));
    PUSH(std::move(r));
}
    DISPATCH();
op_BINARY_OP:
    BASTION_ASSERT(OPARG() < bc::kNumBinaryOps);
    if (PEEK(2).get().is_small_int() && PEEK(1).get().is_small_int()) [[likely]] {
        // Small ints own no reference: the result replaces them in place, with no release.
        int64_t out = 0;
        bool overflow = true;
        if (small_int_binary(static_cast<bc::BinaryOpKind>(OPARG()), PEEK(2).get().small_int_value(),
                             PEEK(1).get().small_int_value(), &out, &overflow) &&
            !overflow && Value::fits_small(out)) [[likely]] {
            (void)(--sp)->release();
            (void)sp[-1].release();
            // BINARY_OP + STORE_FAST (`n = n // 2`, `i += 1`): store the result here. The
            // store counts as its own step and only runs when the budget has it left.
            uint32_t next = *ip;
            if ((next & 0xFF) == static_cast<uint32_t>(bc::Op::STORE_FAST) && !(limited && interp.steps_left == 0))
                [[likely]] {
                BASTION_ASSERT((next >> 8) < co->nlocals);
                f->ip = ++ip;
                if (limited)
                    --interp.steps_left;
                --sp;
                LOCALS()[next >> 8] = Ref::small_int(out); // may release the old value (finalizers)
                DEBUG_FORGET();
                DISPATCH();
            }
            ::new (static_cast<void*>(&sp[-1])) Ref(Ref::small_int(out));
            DISPATCH();
        }
    }
{ // overflow, division by zero, negative shifts and every other operand pair
    Ref rhs = POP();
    Ref lhs = POP();
    auto kind = static_cast<bc::BinaryOpKind>(OPARG());
    int64_t out = 0;
    bool overflow = true;
    Ref r;
    if (lhs.get().is_small_int() && rhs.get().is_small_int() &&
        small_int_binary(kind, lhs.get().small_int_value(), rhs.get().small_int_value(), &out, &overflow) &&
        !overflow) {
        if (Value::fits_small(out))
            r = Ref::small_int(out);
        else
            TRY_SET(r, int_from_i64(interp, out));
    } else if (double a, b, d; (!lhs.get().is_small_int() || !rhs.get().is_small_int() ||
                                 kind == bc::BinaryOpKind::TrueDivide || kind == bc::BinaryOpKind::InplaceTrueDivide) &&
                                exact_double(interp, lhs, &a) && exact_double(interp, rhs, &b) &&
                                float_binary(kind, a, b, &d)) {
        // int / int with both within 2**53 is CPython's exact fast path too: the quotient of
        // two exactly converted doubles, correctly rounded.
        // A float operand nobody else holds becomes the result (no allocation): this Ref
        // is its only reference, so no other code can observe the change. `x = x op y` /
        // `x op= y` on a local whose float only that local and this Ref hold updates it in
        // place too: the STORE_FAST that follows stores the same object back (it runs:
        // the step budget has an instruction left for it).
        // At module level (`s += x` with s a global) the store is STORE_NAME / STORE_GLOBAL:
        // the same, when the dict entry it will overwrite holds lhs (vm/name_cache.h).
        // A float BINARY_OP right after, taking this result as its right operand, runs here
        // too when its left operand can take the result (float_pair_run): the intermediate
        // float is never made. It counts as its own step, taken only when the budget has it
        // and the store after it left.
        if ((*ip & 0xFF) == static_cast<uint32_t>(bc::Op::BINARY_OP) && sp > STACK_BASE() &&
            !(limited && interp.steps_left < 2) &&
            TOP().get().is_obj() && TOP().obj()->refcount <= 2 && float_pair_run(interp, f, LOCALS(), ip, TOP(), d)) {
            BASTION_ASSERT((*ip >> 8) < bc::kNumBinaryOps);
            f->ip = ++ip;
            if (limited)
                --interp.steps_left;
            DEBUG_FORGET();
            r = POP();
        } else {
            bool store_back = false;
            if (lhs.get().is_obj() && lhs.obj()->refcount == 2 && !(limited && interp.steps_left == 0)) {
                uint32_t next_op = *ip & 0xFF;
                if (next_op == static_cast<uint32_t>(bc::Op::STORE_FAST))
                    store_back = LOCALS()[*ip >> 8].get().is(lhs.get());
                else if (next_op == static_cast<uint32_t>(bc::Op::STORE_NAME) ||
                         next_op == static_cast<uint32_t>(bc::Op::STORE_GLOBAL))
                    store_back = name_store_replaces(interp, f, ip, lhs);
            }
            if (lhs.get().is_obj() && (lhs.obj()->refcount == 1 || store_back) &&
                lhs.obj()->type == interp.types.float_) {
                static_cast<FloatObject*>(lhs.obj())->value = d;
                r = std::move(lhs);
            } else if (rhs.get().is_obj() && rhs.obj()->refcount == 1 && rhs.obj()->type == interp.types.float_) {
                static_cast<FloatObject*>(rhs.obj())->value = d;
                r = std::move(rhs);
            } else if (FloatObject* fo = interp.reuse_float_block(d)) [[likely]] { // no Result to destroy
                r = Ref::steal(Value(static_cast<Object*>(fo)));
            } else {
                TRY_SET(r, float_from_double(interp, d));
            }
        }
    } else if ((kind == bc::BinaryOpKind::Add || kind == bc::BinaryOpKind::InplaceAdd) &&
               str_concat_applicable(interp, lhs, rhs)) {
        // `s = s + t` / `s += t` (text area): drop the local's reference so s can grow in place.
        Ref* slot = (*ip & 0xFF) == static_cast<uint32_t>(bc::Op::STORE_FAST) && LOCALS()[*ip >> 8].get().is(lhs.get())
                        ? &LOCALS()[*ip >> 8] : nullptr;
        if (slot)
            slot->reset();
        auto cr = str_concat_inplace(interp, lhs, rhs);
        if (!cr.ok()) [[unlikely]] {
            if (slot)
                *slot = std::move(lhs);
            RAISE(cr.take_error());
        }
        r = std::move(cr).value();
    } else {
        TRY_SET(r, binary_op(interp, kind, lhs, rhs));
    }
    PUSH(std::move(r));
}
    DISPATCH();
op_COMPARE_OP:
    BASTION_ASSERT(OPARG() < bc::kNumCompareOps);
    if (PEEK(2).get().is_small_int() && PEEK(1).get().is_small_int()) [[likely]] {
        bool res = small_int_compare(static_cast<bc::CompareOpKind>(OPARG()), PEEK(2).get().small_int_value(),
                                     PEEK(1).get().small_int_value());
        // Small ints own no reference: the slots are emptied without a release.
        (void)(--sp)->release();
        (void)sp[-1].release();
        --sp;
        // COMPARE_OP + POP_JUMP_IF_FALSE/TRUE: run the jump here, without the bool (the
        // jump cannot raise on a bool). It still counts as one step of --max-steps, and
        // only runs when the budget has that step left; otherwise the jump dispatches
        // normally and raises there, exactly as unfused.
        uint32_t next = *ip;
        uint32_t next_op = next & 0xFF;
        if ((next_op == static_cast<uint32_t>(bc::Op::POP_JUMP_IF_FALSE) ||
             next_op == static_cast<uint32_t>(bc::Op::POP_JUMP_IF_TRUE)) &&
            !(limited && interp.steps_left == 0)) [[likely]] {
            ++ip;
            if (limited)
                --interp.steps_left;
            if (res == (next_op == static_cast<uint32_t>(bc::Op::POP_JUMP_IF_TRUE)))
                JUMP_TO(next >> 8);
            DEBUG_FORGET();
            DISPATCH();
        }
        PUSH(interp.new_bool(res));
        DISPATCH();
    }
{ // every other operand pair
    Ref rhs = POP();
    Ref lhs = POP();
    auto op = static_cast<bc::CompareOpKind>(OPARG());
    Ref r;
    double a, b;
    if (exact_double(interp, lhs, &a) && exact_double(interp, rhs, &b))
        r = interp.new_bool(double_compare(op, a, b)); // IEEE: every comparison with NaN but != is false
    else
        TRY_SET(r, rich_compare(interp, lhs, rhs, op));
    PUSH(std::move(r));
}
    DISPATCH();
op_IS_OP: {
    Ref rhs = POP();
    Ref lhs = POP();
    bool same = lhs.get().is(rhs);
    PUSH(interp.new_bool(same != (OPARG() != 0)));
}
    DISPATCH();
op_CONTAINS_OP: {
    Ref container = POP();
    Ref item = POP();
    bool found;
    // An exact dict, set or frozenset and a small int or exact str: no __eq__ can run
    // (container_fast.h); anything else, or a colliding key of another kind, is generic.
    PlainLookup plain = PlainLookup::Generic;
    if (container.get().is_obj()) {
        Type* ct = container.obj()->type;
        Value unused;
        if (ct == interp.types.dict)
            plain = dict_lookup_plain_value(static_cast<DictObject*>(container.obj()), item, &unused);
        else if (ct == interp.types.set || ct == interp.types.frozenset)
            plain = set_contains_plain(static_cast<SetObject*>(container.obj()), item);
    }
    if (plain != PlainLookup::Generic)
        found = plain == PlainLookup::Found;
    else
        TRY_SET(found, contains(interp, container, item));
    PUSH(interp.new_bool(found != (OPARG() != 0)));
}
    DISPATCH();
op_BINARY_SUBSCR: {
    Ref key = POP();
    Ref container = POP();
    Ref r;
    Value found;
    if (ListObject* l = as_exact_list(container, interp.types.list); l != nullptr && key.get().is_small_int()) {
        // list[int] in range: list_getitem's answer; out of range takes the generic path
        // (IndexError).
        int64_t i = key.get().small_int_value();
        uint64_t n = l->items.size();
        if (i < 0)
            i += static_cast<int64_t>(n);
        if (static_cast<uint64_t>(i) < n)
            found = l->items[static_cast<std::size_t>(i)].get();
    } else if (container.get().is_obj() && container.obj()->type == interp.types.dict &&
               dict_lookup_plain_value(static_cast<DictObject*>(container.obj()), key, &found) !=
                   PlainLookup::Found) {
        found = Value(); // absent (KeyError) or a key needing __eq__: generic
    }
    if (!found.is_null())
        r = Ref::borrow(found);
    else
        TRY_SET(r, get_item(interp, container, key));
    PUSH(std::move(r));
}
    DISPATCH();
op_STORE_SUBSCR: {
    Ref key = POP();
    Ref container = POP();
    Ref v = POP();
    ListObject* l = as_exact_list(container, interp.types.list);
    int64_t i = -1;
    if (l != nullptr && key.get().is_small_int()) {
        i = key.get().small_int_value();
        if (i < 0)
            i += static_cast<int64_t>(l->items.size());
    }
    if (l != nullptr && key.get().is_small_int() && static_cast<uint64_t>(i) < l->items.size()) {
        // list[int] = v in range, as list_setitem: the old item is released after the store.
        Ref old = std::exchange(l->items[static_cast<std::size_t>(i)], std::move(v));
    } else if (container.get().is_obj() && container.obj()->type == interp.types.dict) {
        TRY_DO(dict_set(interp, static_cast<DictObject*>(container.obj()), key, v));
    } else {
        TRY_DO(set_item(interp, container, key, v));
    }
}
    DISPATCH();
op_DELETE_SUBSCR: {
    Ref key = POP();
    Ref container = POP();
    TRY_DO(del_item(interp, container, key));
}
    DISPATCH();

    // --- Building ----------------------------------------------------------------------------
op_BUILD_SLICE: {
    Ref r;
    if (OPARG() == 2 && (*ip & 0xFF) == static_cast<uint32_t>(bc::Op::BINARY_SUBSCR) &&
        !(limited && interp.steps_left == 0) && slice_direct_applicable(interp, PEEK(3), PEEK(2), PEEK(1))) {
        // `s[a:b]` (slice_fast.h): this and the BINARY_SUBSCR after it, without a slice object.
        // The BINARY_SUBSCR still counts as a step of --max-steps, runs only with that step
        // left, and is the instruction an error is reported at.
        ++ip;
        f->ip = ip;
        if (limited)
            --interp.steps_left;
        DEBUG_FORGET();
        TRY_SET(r, slice_direct(interp, PEEK(3), PEEK(2), PEEK(1)));
        DROP(3);
    } else {
        TRY_SET(r, build_slice(interp, sp - OPARG(), OPARG()));
        DROP(OPARG());
    }
    PUSH(std::move(r));
}
    DISPATCH();
op_BUILD_TUPLE: {
    // The items' references move into the tuple (vm/eval_moves.cpp): none taken and dropped.
    Ref r;
    TRY_SET(r, build_tuple_moved(interp, sp - OPARG(), OPARG()));
    sp -= OPARG();
    PUSH(std::move(r));
}
    DISPATCH();
op_BUILD_LIST: {
    Ref r;
    TRY_SET(r, build_list(interp, sp - OPARG(), OPARG()));
    DROP(OPARG());
    PUSH(std::move(r));
}
    DISPATCH();
op_BUILD_SET: {
    Ref r;
    TRY_SET(r, build_set(interp, sp - OPARG(), OPARG()));
    DROP(OPARG());
    PUSH(std::move(r));
}
    DISPATCH();
op_BUILD_MAP: {
    Ref r;
    TRY_SET(r, build_map(interp, sp - 2 * OPARG(), OPARG()));
    DROP(2 * OPARG());
    PUSH(std::move(r));
}
    DISPATCH();
op_BUILD_STRING: {
    Ref r;
    TRY_SET(r, build_string(interp, sp - OPARG(), OPARG()));
    DROP(OPARG());
    PUSH(std::move(r));
}
    DISPATCH();
op_LIST_APPEND: {
    Ref item = POP();
    Value target = PEEK(OPARG());
    if (target.is_obj() && target.obj()->type == interp.types.list) [[likely]] // what list_append_to checks
        TRY_DO(list_append(interp, static_cast<ListObject*>(target.obj()), item));
    else
        TRY_DO(list_append_to(interp, target, item));
}
    DISPATCH();
op_SET_ADD: {
    Ref item = POP();
    TRY_DO(set_add_to(interp, PEEK(OPARG()), item));
}
    DISPATCH();
op_MAP_ADD: {
    Ref value = POP();
    Ref key = POP();
    TRY_DO(map_add_to(interp, PEEK(OPARG()), key, value));
}
    DISPATCH();
op_LIST_EXTEND: {
    Ref iterable = POP();
    TRY_DO(list_extend_with(interp, PEEK(OPARG()), iterable));
}
    DISPATCH();
op_SET_UPDATE: {
    Ref iterable = POP();
    TRY_DO(set_update_with(interp, PEEK(OPARG()), iterable));
}
    DISPATCH();
op_DICT_UPDATE: {
    Ref other = POP();
    TRY_DO(dict_update_with(interp, PEEK(OPARG()), other));
}
    DISPATCH();
op_DICT_MERGE: {
    Ref other = POP();
    // CPython finds the callable two slots below the dict (NULL, callable, args, dict).
    Value callable = (sp - (OPARG() + 2) >= STACK_BASE()) ? PEEK(OPARG() + 2).get() : Value();
    TRY_DO(dict_merge_with(interp, PEEK(OPARG()), other, callable));
}
    DISPATCH();
op_LIST_TO_TUPLE: {
    Ref list = POP();
    Ref r;
    TRY_SET(r, list_to_tuple(interp, list));
    PUSH(std::move(r));
}
    DISPATCH();
op_UNPACK_SEQUENCE: {
    Ref seq = POP();
    // An exact tuple of the right size (`a, b = pair`): the items straight onto the stack,
    // as unpack_sequence does for it (the last item deepest, the first on top).
    if (seq.get().is_obj() && seq.obj()->type == interp.types.tuple &&
        static_cast<TupleObject*>(seq.obj())->size == static_cast<int64_t>(OPARG())) {
        auto* t = static_cast<TupleObject*>(seq.obj());
        for (uint32_t i = OPARG(); i > 0; --i)
            PUSH(Ref::borrow(t->at(static_cast<int64_t>(i - 1))));
    } else {
        TRY_DO(unpack_sequence(interp, seq, OPARG(), sp));
        sp += OPARG();
    }
}
    DISPATCH();
op_UNPACK_EX: {
    Ref seq = POP();
    uint32_t before = OPARG() & 0xFFF;
    uint32_t after = OPARG() >> 12;
    TRY_DO(unpack_ex(interp, seq, before, after, sp));
    sp += before + after + 1;
}
    DISPATCH();
op_FORMAT_VALUE: {
    Ref spec;
    if (OPARG() & bc::kFmtHasSpec)
        spec = POP();
    Ref value = POP();
    Ref r;
    if ((OPARG() & 3) == 0 && spec.is_null() && value.get().is_obj() && value.obj()->type == interp.types.str)
        r = std::move(value);
    else if (format_value_exact_applicable(interp, value, spec))
        TRY_SET(r, format_value_exact(interp, value, OPARG() & 3, spec));
    else
        TRY_SET(r, format_value(interp, value, OPARG() & 3, spec));
    PUSH(std::move(r));
}
    DISPATCH();

    // --- Iteration and jumps -----------------------------------------------------------------
op_GET_ITER: {
    Ref iterable = POP();
    Ref it;
    // An exact list, tuple or range: its type's iter slot straight away (a static type's
    // slot cannot change, and its iterator has iternext), without get_iter's dispatch.
    Type* t = type_of(interp, iterable);
    if (t == interp.types.list || t == interp.types.tuple || t == interp.types.range)
        TRY_SET(it, t->iter(interp, iterable));
    else
        TRY_SET(it, get_iter(interp, iterable));
    PUSH(std::move(it));
}
    DISPATCH();
op_FOR_ITER:
    if (TOP().get().is_obj()) {
        // A range or list iterator with an item left: its iternext's answer, with no call
        // (container_fast.h); exhaustion and big values take the generic path. When the loop
        // body starts by storing the item in a local (`for x in ...:` — STORE_FAST next: the
        // verifier's FallsOffEnd rule puts an instruction after FOR_ITER, and its Local rule
        // proves the operand), the item goes straight into the local: the pair counts as two
        // steps and runs fused only when the budget has both, f->ip names the instruction
        // after the store before the old value is released (its __del__ may run code).
        Object* it = TOP().get().obj();
        Value item;
        if (it->type == interp.types.range_iterator) {
            auto* r = static_cast<RangeIterObject*>(it);
            if (r->index < r->length) { // the int64 form (a big range's length is 0)
                __int128 v = r->start + static_cast<__int128>(r->index) * r->step;
                if (v >= Value::kSmallMin && v <= Value::kSmallMax) [[likely]] {
                    r->index++;
                    item = Value::small_int(static_cast<int64_t>(v));
                }
            }
        } else if (it->type == interp.types.list_iterator) {
            auto* li = static_cast<ListIterObject*>(it);
            ListObject* l = li->seq.get();
            if (l != nullptr && li->index >= 0 && static_cast<uint64_t>(li->index) < l->items.size())
                item = l->items[static_cast<std::size_t>(li->index++)].get();
        }
        if (!item.is_null()) {
            uint32_t next = *ip;
            if ((next & 0xFF) == static_cast<uint32_t>(bc::Op::STORE_FAST) && !(limited && interp.steps_left == 0)) {
                BASTION_ASSERT((next >> 8) < co->nlocals);
                ++ip;
                f->ip = ip;
                if (limited)
                    --interp.steps_left;
                DEBUG_FORGET();
                LOCALS()[next >> 8] = Ref::borrow(item);
                DISPATCH();
            }
            PUSH(Ref::borrow(item));
            DISPATCH();
        }
    }
    if (TOP().get().is_obj() && TOP().get().obj()->type == interp.types.generator) {
        Frame* g = generator_enter_inline(interp, TOP(), nullptr);
        if (!g)
            goto for_iter_generic;
        // A generator runs here, in its own frame; its YIELD_VALUE pushes the item and
        // continues after this instruction, its return pops it and jumps (return_from_generator).
        SAVE_SP();
        f = g;
        LOAD_FRAME();
        DISPATCH();
    }
for_iter_generic: {
    auto next = iter_next_uncharged(interp, TOP()); // the instruction is the step
    if (!next.ok()) [[unlikely]] {
        // A StopIteration from a slot is exhaustion too (CPython's FOR_ITER).
        Value e = next.error().exception;
        if (!(e.is_obj() && is_subtype(e.obj()->type, interp.exc.StopIteration))) {
            exc = std::move(next.take_error().exception);
            goto error;
        }
        next = Ref();
    }
    Ref item = std::move(next).value();
    if (item.is_null()) {
        (--sp)->reset();
        JUMP_TO(OPARG());
    } else {
        PUSH(std::move(item));
    }
}
    DISPATCH();
op_JUMP:
    JUMP_TO(OPARG());
    DISPATCH();
op_POP_JUMP_IF_FALSE:
op_POP_JUMP_IF_TRUE: {
    Ref v = POP();
    bool truth;
    if (!quick_truth(interp, v, &truth))
        TRY_SET(truth, is_true(interp, v));
    bool jump_on = static_cast<bc::Op>(unit & 0xFF) == bc::Op::POP_JUMP_IF_TRUE;
    if (truth == jump_on)
        JUMP_TO(OPARG());
}
    DISPATCH();
op_JUMP_IF_FALSE_OR_POP:
op_JUMP_IF_TRUE_OR_POP: {
    // `a and b` / `a or b` as a value: the operand stays on the stack when it decides the
    // result (the jump), else it is dropped and the next operand is evaluated. It stays in
    // its slot while __bool__/__len__ run (they cannot reach the value stack).
    bool truth;
    if (!quick_truth(interp, TOP(), &truth))
        TRY_SET(truth, is_true(interp, TOP()));
    bool jump_on = static_cast<bc::Op>(unit & 0xFF) == bc::Op::JUMP_IF_TRUE_OR_POP;
    if (truth == jump_on)
        JUMP_TO(OPARG());
    else
        (--sp)->reset();
}
    DISPATCH();
op_POP_JUMP_IF_NONE: {
    Ref v = POP();
    if (v.get().is(Value(interp.none)))
        JUMP_TO(OPARG());
}
    DISPATCH();
op_POP_JUMP_IF_NOT_NONE: {
    Ref v = POP();
    if (!v.get().is(Value(interp.none)))
        JUMP_TO(OPARG());
}
    DISPATCH();

    // --- Returning ---------------------------------------------------------------------------
op_RETURN_VALUE:
    if (f->is_entry || f->owner != FrameOwner::Thread) [[unlikely]] {
        retval = POP();
        if (f->is_entry)
            goto return_from_entry;
        SAVE_SP(); // frame_clear releases up to the saved depth
        if (f->owner == FrameOwner::Generator)
            goto return_from_generator;
        goto return_from_init;
    }
    {
        // The result's reference is held as a plain Value while the frame goes (no Ref
        // move-assignment here: GCC would call it out of line) and pushed on the caller's stack.
        Value result = (--sp)->release();
        Frame* caller = f->previous;
        pop_function_frame_fast(interp, f, sp);
        f = caller;
        LOAD_FRAME();
        PUSH(Ref::steal(result));
    }
    DISPATCH();

    // --- Exceptions --------------------------------------------------------------------------
op_RAISE_VARARGS: {
    if (OPARG() == 0) {
        bool reraise = false;
        Raised r = do_reraise(interp, &reraise);
        exc = std::move(r.exception);
        if (reraise)
            goto exception_unwind;
        goto error;
    }
    Ref cause;
    if (OPARG() == 2)
        cause = POP();
    Ref value = POP();
    exc = std::move(do_raise(interp, value, cause).exception);
    chain_context(interp, exc); // `raise` always chains, even an exception raised before
    goto error;
}
op_RERAISE:
    exc = POP();
    if (!is_exception_instance(interp, exc)) [[unlikely]]
        RAISE(interp.raise(interp.exc.SystemError, "RERAISE of an object that is not an exception"));
    goto exception_unwind;
op_PUSH_EXC_INFO: {
    Ref raised = POP();
    if (!is_exception_instance(interp, raised)) [[unlikely]]
        RAISE(interp.raise(interp.exc.SystemError, "PUSH_EXC_INFO of an object that is not an exception"));
    Ref& handled = vm.exc_info->exc;
    Ref prev = handled ? std::move(handled) : interp.new_none();
    handled = raised;
    PUSH(std::move(prev));
    PUSH(std::move(raised));
}
    DISPATCH();
op_POP_EXCEPT: {
    Ref prev = POP();
    if (prev.get().is(Value(interp.none)) || !is_exception_instance(interp, prev))
        vm.exc_info->exc.reset();
    else
        vm.exc_info->exc = std::move(prev);
}
    DISPATCH();
op_CHECK_EXC_MATCH: {
    Ref type = POP();
    bool match;
    TRY_SET(match, check_exc_match(interp, TOP(), type));
    PUSH(interp.new_bool(match));
}
    DISPATCH();
op_CHECK_EG_MATCH: {
    Ref type = POP();
    Ref eg = POP();
    Ref rest, match;
    TRY_DO(check_eg_match(interp, eg, type, &rest, &match));
    PUSH(std::move(rest));
    PUSH(std::move(match));
}
    DISPATCH();
op_PREP_RERAISE_STAR: {
    Ref list = POP();
    Ref orig = POP();
    Ref r;
    TRY_SET(r, prep_reraise_star(interp, orig, list));
    PUSH(std::move(r));
}
    DISPATCH();
op_LOAD_ASSERTION_ERROR:
    PUSH(Ref::borrow(Value(interp.exc.AssertionError)));
    DISPATCH();
op_BEFORE_WITH: {
    Ref mgr = POP();
    Ref exit;
    Ref entered;
    TRY_SET(entered, before_with(interp, mgr, &exit));
    PUSH(std::move(exit));
    PUSH(std::move(entered));
}
    DISPATCH();
op_WITH_EXCEPT_START: {
    Ref r;
    TRY_SET(r, with_except_start(interp, PEEK(3), PEEK(1)));
    PUSH(std::move(r));
}
    DISPATCH();

    // --- Functions and calls -----------------------------------------------------------------
op_MAKE_FUNCTION: {
    uint32_t n = 1 + static_cast<uint32_t>(__builtin_popcount(OPARG() & 0xF));
    Ref fn;
    TRY_SET(fn, make_function(interp, f, OPARG(), sp - n));
    DROP(n);
    PUSH(std::move(fn));
}
    DISPATCH();
op_CALL: {
    // The most common call, whole here: an exact function whose code takes exactly these
    // positional arguments (push_exact_frame_fast's conditions), below the recursion limit.
    // The function and arguments move into the new frame, and the loop's state for it is
    // set from the values at hand (LOAD_FRAME would read them back from the new header).
    // Anything else — another callable, defaults, cells, the limit, no memory for the frame
    // — takes call_common, which raises or binds as before.
    Ref* base = sp - OPARG() - 2;
    Ref* arg_slots = base[0].is_null() ? base + 2 : base + 1; // (NULL, fn, args) or (fn, self, args)
    Value callable = arg_slots[-1];
    if (is_function(interp, callable)) {
        auto* fn = static_cast<FunctionObject*>(callable.obj());
        std::size_t nargs = static_cast<std::size_t>(sp - arg_slots);
        if (Frame* callee = push_exact_frame_fast(interp, fn, arg_slots, nargs)) [[likely]] {
            // Every call slot is null now (the NULL, the moved function and arguments).
            for (Ref* p = base; p < sp; ++p)
                BASTION_ASSERT(p->is_null());
            sp = base;
            SAVE_SP();
            f = callee;
            f->state = FrameState::Running;
            co = f->code;
            ip = co->units;
            BASTION_ASSERT(f->ip == ip);
            sp = f->fast() + co->nlocalsplus;
            DEBUG_FORGET();
            DISPATCH();
        }
    }
    call_base = base;
    call_nargs = OPARG();
    call_kwnames = nullptr;
    if (arg_slots == base + 1 && callable.is_obj() && callable.obj()->type == interp.types.method_descriptor)
        goto call_method_descr; // LOAD_METHOD left a builtin method unbound (as call_common tests)
    goto call_common;
}
op_CALL_KW:
    call_base = sp - OPARG() - 3;
    call_nargs = OPARG();
    if (!valid_kwnames(interp, TOP(), OPARG())) [[unlikely]]
        RAISE(interp.raise(interp.exc.SystemError, "CALL_KW needs a tuple of keyword names"));
    call_kwnames = static_cast<TupleObject*>(TOP().obj());
    if (call_kwnames->size == 0)
        call_kwnames = nullptr;
    goto call_common;
call_common: {
    Ref* base = call_base;
    std::size_t nargs = call_nargs;
    std::size_t nkw = call_kwnames ? static_cast<std::size_t>(call_kwnames->size) : 0;
    Value callable;
    Ref* arg_slots;
    if (!base[0].is_null()) {
        callable = base[0];
        arg_slots = base + 1;
        ++nargs;
        if (callable.is_obj() && callable.obj()->type == interp.types.method_descriptor)
            goto call_method_descr; // LOAD_METHOD left a builtin method unbound
    } else {
        callable = base[1];
        if (is_method(interp, callable)) {
            // Unpack a bound method in place: (NULL, method) -> (func, self).
            auto* m = static_cast<MethodObject*>(callable.obj());
            Ref func = m->func;
            Ref self = m->self;
            base[0] = std::move(func);
            base[1] = std::move(self);
            callable = base[0];
            arg_slots = base + 1;
            ++nargs;
        } else {
            arg_slots = base + 2;
        }
    }
    const Value* args = as_values(arg_slots);
    std::size_t npos = nargs - nkw;
    Frame* callee = nullptr;
    if (is_function(interp, callable)) {
        auto* fn = static_cast<FunctionObject*>(callable.obj());
        if (nkw == 0) { // moves the arguments and the function (arg_slots[-1]) out of our stack slots
            callee = push_exact_frame_fast(interp, fn, arg_slots, npos);
            if (!callee) [[unlikely]]
                TRY_SET(callee, push_positional_frame(interp, fn, arg_slots, npos, arg_slots - 1));
            if (callee) {
                // Every call slot is null now (the NULL, the moved function and arguments).
                for (Ref* p = base; p < sp; ++p)
                    BASTION_ASSERT(p->is_null());
                sp = base;
            }
        }
        if (!callee && !fn->code_object()->is_generator())
            TRY_SET(callee, push_function_frame(interp, fn, args, npos, call_kwnames));
    } else if (nkw == 0 && arg_slots == base + 2 && is_plain_class_call(interp, callable)) {
        // A class: the instance goes to base[0], the call's result slot, and stays there;
        // its __init__ frame, if it has one, runs here.
        TRY_SET(callee, push_init_frame(interp, base, npos));
        ++base;
        if (!callee) {
            while (sp > base)
                (--sp)->reset();
            DISPATCH();
        }
    } else if (callable.is(Value(interp.types.super)) && nargs == 0 && arg_slots == base + 2 &&
               (*ip & 0xFF) == static_cast<uint32_t>(bc::Op::LOAD_METHOD) &&
               !(limited && interp.steps_left == 0)) {
        // `super().name(...)`: this CALL and the LOAD_METHOD after it, without a super
        // object, when the method is a plain function (else both run as usual). The
        // LOAD_METHOD still counts as a step of --max-steps and runs only with that step left.
        bool fused;
        TRY_SET(fused, super_method_zero_arg(interp, co->name_at(*ip >> 8), base));
        if (fused) {
            ++ip;
            f->ip = ip;
            if (limited)
                --interp.steps_left;
            DEBUG_FORGET();
            DISPATCH();
        }
    }
    if (callee) {
        // The callee owns its arguments now; drop the call slots from our stack.
        while (sp > base)
            (--sp)->reset();
        SAVE_SP();
        f = callee;
        f->state = FrameState::Running;
        LOAD_FRAME();
    } else {
        Ref r;
        if (callable.is_obj() && callable.obj()->type == interp.types.method_descriptor)
            TRY_SET(r, call_method_descriptor(interp, callable, make_call_args(args, npos, call_kwnames)));
        else if (callable.is_obj() && callable.obj()->type == interp.types.builtin_function)
            TRY_SET(r, call_builtin_function(interp, callable, make_call_args(args, npos, call_kwnames)));
        else if (callable.is(Value(interp.types.str)) && npos == 1 && call_kwnames == nullptr)
            TRY_SET(r, call_str_one(interp, args[0])); // `str(x)`
        else if (callable.is(Value(interp.types.range)) && call_kwnames == nullptr && npos >= 1 && npos <= 3 &&
                 args[0].is_small_int() && (npos < 2 || args[1].is_small_int()) && (npos < 3 || args[2].is_small_int()))
            TRY_SET(r, range_of_small_ints(interp, args, npos)); // `range(n)`, `range(a, b[, c])` of small ints
        else
            TRY_SET(r, call(interp, callable, make_call_args(args, npos, call_kwnames)));
        while (sp > base)
            (--sp)->reset();
        PUSH(std::move(r));
    }
}
    DISPATCH();
call_method_descr: {
    // CALL of a builtin method that LOAD_METHOD left unbound: (descriptor, self, args...)
    // at call_base. call_method_descriptor's common case (self of exactly the descriptor's
    // type, not a classmethod descriptor, native stack left) calls the native with self and
    // a span of the arguments straight from the stack: no bound method, no tuple, none of
    // the Python-function and class tests of call_common. Anything else goes through
    // call_method_descriptor, which raises what call() would.
    Ref* base = call_base;
    const Value* args = as_values(base + 1);
    std::size_t nkw = call_kwnames ? static_cast<std::size_t>(call_kwnames->size) : 0;
    std::size_t npos = call_nargs + 1 - nkw; // self and the positional arguments (nkw <= call_nargs)
    auto* d = static_cast<MethodDescrObject*>(base[0].obj());
    Ref r;
    if ((d->flags & kMethClass) == 0 && type_of(interp, args[0]) == d->owner && !interp.native_stack_exhausted())
        [[likely]]
        TRY_SET(r, d->fn(interp, args[0], make_call_args(args + 1, npos - 1, call_kwnames)));
    else
        TRY_SET(r, call_method_descriptor(interp, base[0], make_call_args(args, npos, call_kwnames)));
    while (sp > base)
        (--sp)->reset();
    PUSH(std::move(r));
}
    DISPATCH();
op_CALL_FUNCTION_EX: {
    Ref kwargs;
    if (OPARG() & 1)
        kwargs = POP();
    Ref args = POP();
    Ref second = POP();
    Ref first = POP();
    Ref r;
    if (first.is_null())
        TRY_SET(r, call_function_ex(interp, second, Value(), args, kwargs));
    else
        TRY_SET(r, call_function_ex(interp, first, second, args, kwargs));
    PUSH(std::move(r));
}
    DISPATCH();
op_LOAD_BUILD_CLASS: {
    Ref r;
    TRY_SET(r, load_build_class(interp, f));
    PUSH(std::move(r));
}
    DISPATCH();
op_SETUP_ANNOTATIONS: {
    TRY_DO(setup_annotations(interp, f));
}
    DISPATCH();
op_PRINT_EXPR: {
    Ref v = POP();
    TRY_DO(print_expr(interp, v));
}
    DISPATCH();

    // --- Generators --------------------------------------------------------------------------
op_YIELD_VALUE:
    // A generator frame runs as the entry of its own run_frame (resumed by native code:
    // generator.cpp) or inline, resumed by FOR_ITER / SEND of the frame below it.
    BASTION_CHECK(f->owner == FrameOwner::Generator);
    retval = POP();
    SAVE_SP();
    if (f->is_entry) {
        // Suspended, and returned to its native resumer; or, driven by a native consumer
        // (generator_drive), the item handed over and the frame resumed here for the next.
        if (generator_of_frame(f)->sink != nullptr) [[unlikely]] {
            if (generator_yield_to_sink(interp, f, retval)) {
                LOAD_FRAME();
                DISPATCH();
            }
            return retval;
        }
        leave_entry_frame(interp, f, FrameState::Suspended);
        return retval;
    }
    {
        Frame* caller = f->previous;
        generator_yield_inline(interp, f);
        f = caller;
        LOAD_FRAME();
        PUSH(std::move(retval)); // FOR_ITER's item, SEND's result
    }
    DISPATCH();
op_GET_YIELD_FROM_ITER: {
    Ref iterable = POP();
    Ref it;
    TRY_SET(it, get_yield_from_iter(interp, iterable));
    PUSH(std::move(it));
}
    DISPATCH();
op_SEND:
    // The type test is here so that other receivers (`yield from a_list`) skip the call.
    if (PEEK(2).get().is_obj() && PEEK(2).get().obj()->type == interp.types.generator) {
        if (Frame* g = generator_enter_inline(interp, PEEK(2), &TOP())) {
            --sp; // the value moved to the generator's stack
            SAVE_SP();
            f = g;
            LOAD_FRAME();
            DISPATCH();
        }
    } else if (PEEK(2).get().is_obj() && PEEK(2).get().obj()->type == interp.types.list_iterator &&
               TOP().get().is(Value(interp.none))) {
        // `yield from a_list`: a list iterator with an item left gives it with no call, as
        // in FOR_ITER (its iternext's answer); exhaustion takes send_to.
        auto* li = static_cast<ListIterObject*>(PEEK(2).get().obj());
        ListObject* l = li->seq.get();
        if (l != nullptr && li->index >= 0 && static_cast<uint64_t>(li->index) < l->items.size()) {
            (--sp)->reset(); // None
            PUSH(Ref::borrow(l->items[static_cast<std::size_t>(li->index++)].get()));
            DISPATCH();
        }
    }
    {
    Ref value = POP();
    bool returned = false;
    Ref r;
    TRY_SET(r, send_to(interp, TOP(), value, &returned));
    if (returned) {
        (--sp)->reset();
        JUMP_TO(OPARG());
    }
    PUSH(std::move(r));
}
    DISPATCH();
op_GET_AWAITABLE: {
    Ref obj = POP();
    Ref it;
    TRY_SET(it, get_awaitable(interp, obj, OPARG()));
    PUSH(std::move(it));
}
    DISPATCH();
op_GET_AITER: {
    Ref obj = POP();
    Ref it;
    TRY_SET(it, get_aiter(interp, obj));
    PUSH(std::move(it));
}
    DISPATCH();
op_GET_ANEXT: {
    Ref awaitable;
    TRY_SET(awaitable, get_anext(interp, TOP()));
    PUSH(std::move(awaitable));
}
    DISPATCH();
op_BEFORE_ASYNC_WITH: {
    Ref mgr = POP();
    Ref exit;
    Ref entered;
    TRY_SET(entered, before_async_with(interp, mgr, &exit));
    PUSH(std::move(exit));
    PUSH(std::move(entered));
}
    DISPATCH();
op_END_ASYNC_FOR:
    // (aiter, exc): StopAsyncIteration ends the loop; anything else propagates unchanged.
    exc = POP();
    if (!is_exception_instance(interp, exc)) [[unlikely]]
        RAISE(interp.raise(interp.exc.SystemError, "END_ASYNC_FOR of an object that is not an exception"));
    if (!is_subtype(exc.get().obj()->type, interp.exc.StopAsyncIteration))
        goto exception_unwind;
    exc.reset();
    DROP(1);
    DISPATCH();

    // --- Pattern matching --------------------------------------------------------------------
op_GET_LEN: {
    Ref n;
    TRY_SET(n, get_len(interp, TOP()));
    PUSH(std::move(n));
}
    DISPATCH();
op_MATCH_MAPPING:
    PUSH(interp.new_bool(match_mapping(interp, TOP())));
    DISPATCH();
op_MATCH_SEQUENCE:
    PUSH(interp.new_bool(match_sequence(interp, TOP())));
    DISPATCH();
op_MATCH_KEYS: {
    Ref values;
    TRY_SET(values, match_keys(interp, PEEK(2), PEEK(1)));
    PUSH(std::move(values));
}
    DISPATCH();
op_MATCH_CLASS: {
    Ref names = POP();
    Ref cls = POP();
    Ref subject = POP();
    Ref attrs;
    TRY_SET(attrs, match_class(interp, subject, cls, OPARG(), names));
    PUSH(std::move(attrs));
}
    DISPATCH();
op_COPY_DICT_WITHOUT_KEYS: {
    Ref keys = POP();
    Ref rest;
    TRY_SET(rest, copy_dict_without_keys(interp, TOP(), keys));
    PUSH(std::move(rest)); // (subject, keys -- subject, rest), as opcodes.def says
}
    DISPATCH();
op_ASYNC_GEN_WRAP: {
    Ref value = POP();
    Ref wrapped;
    TRY_SET(wrapped, async_gen_wrap(interp, value));
    PUSH(std::move(wrapped));
}
    DISPATCH();

    // --- Leaving the loop --------------------------------------------------------------------
return_from_entry:
    while (sp > STACK_BASE())
        (--sp)->reset();
    SAVE_SP();
    leave_entry_frame(interp, f, FrameState::Completed);
    return retval;

return_from_generator: {
    // An inline generator frame (FOR_ITER / SEND below it) returned: FOR_ITER is exhausted,
    // SEND's `yield from` has its value; either way the generator leaves the stack.
    Frame* caller = f->previous;
    generator_return_inline(interp, f);
    f = caller;
    LOAD_FRAME();
    BASTION_CHECK(ip > co->units);
    uint32_t resumer = ip[-1];
    auto op = static_cast<bc::Op>(resumer & 0xFF);
    BASTION_CHECK((op == bc::Op::FOR_ITER || op == bc::Op::SEND) && (resumer >> 8) < co->ncode);
    (--sp)->reset();
    JUMP_TO(resumer >> 8);
    if (op == bc::Op::SEND)
        PUSH(std::move(retval));
    else
        retval.reset();
}
    DISPATCH();

return_from_init: {
    // A class's __init__ called by CALL (push_init_frame): the instance is already the
    // caller's result; __init__ must have returned None (slot_init's check).
    Frame* caller = f->previous;
    pop_thread_frame(interp, f);
    --interp.python_depth; // the native re-entry level the frame held
    f = caller;
    LOAD_FRAME();
    if (!retval.get().is(Value(interp.none))) {
        exc = std::move(init_returned_non_none(interp, retval).exception);
        retval.reset();
        goto error;
    }
    retval.reset();
}
    DISPATCH();

step_limit:
    RAISE(interp.step_limit_exceeded());

error:
    // An exception raised by the instruction at f->pc(): chain it to the handled exception
    // when native code just made it, and record this frame in its traceback.
    if (exception_is_fresh(interp, exc))
        chain_context(interp, exc);
    traceback_add(interp, exc, f, f->pc());
exception_unwind:
    // Under an exhausted step budget every handler would raise again at its first
    // instruction, so handlers are skipped (equivalent, and it guarantees termination).
    if (!(limited && interp.steps_left == 0)) {
        if (const bc::ExceptionEntry* h = find_exception_handler(*co->image, f->pc())) {
            Ref* target = STACK_BASE() + h->depth;
            BASTION_CHECK(target <= sp);
            while (sp > target)
                (--sp)->reset();
            PUSH(std::move(exc));
            JUMP_TO(h->handler);
            DEBUG_FORGET(); // the stack was cut, not changed by the instruction's effect
            DISPATCH();
        }
    }
    while (sp > STACK_BASE())
        (--sp)->reset();
    SAVE_SP();
    if (f->is_entry) {
        leave_entry_frame(interp, f, FrameState::Completed);
        return Raised{std::move(exc)};
    }
    if (f->owner == FrameOwner::Generator) {
        // An inline generator frame: its FOR_ITER / SEND raises what it raised (PEP 479),
        // as resume() reports it to the instruction when the generator runs natively.
        Frame* caller = f->previous;
        exc = generator_raise_inline(interp, f, std::move(exc));
        f = caller;
        LOAD_FRAME();
        goto error;
    }
    {
        Frame* caller = f->previous;
        bool init = f->owner == FrameOwner::Init;
        pop_thread_frame(interp, f);
        if (init)
            --interp.python_depth; // the native re-entry level an __init__ frame held
        f = caller;
        LOAD_FRAME();
    }
    traceback_add(interp, exc, f, f->pc());
    goto exception_unwind;

#undef LOAD_FRAME
#undef SAVE_SP
#undef LOCALS
#undef STACK_BASE
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef DROP
#undef TRY_SET
#undef TRY_DO
#undef RAISE
#undef JUMP_TO
#undef OPARG
#undef DISPATCH
#undef DEBUG_FORGET
#undef DEBUG_CHECK_EFFECT
#undef DEBUG_RECORD
}

} // namespace

Result<Ref> run_frame(Interpreter& interp, Frame* entry, Ref throw_exc) {
    if (interp.limits.max_steps != 0)
        return run_frame_impl<true>(interp, entry, std::move(throw_exc));
    return run_frame_impl<false>(interp, entry, std::move(throw_exc));
}

} // namespace bastion
