// dataflow.cpp: PEP 330's structural constraints. Checks the exception table's shape, then
// runs an iterative worklist over reachable code that gives every instruction one stack
// depth and every stack slot one kind (object, NULL, maybe-NULL, saved exception). Linear:
// each instruction is simulated once, and all other work is charged to a fixed budget.
//
// Representation. Almost every slot holds an object, so a state is (depth, the sorted list
// of non-object "special" slots). States are stored only at leaders (pc 0, jump targets,
// handlers): every other instruction has a single predecessor (the unit before it), so
// simulating straight-line code from a leader visits it exactly once. Joins require the
// depth and the special list to be identical (no widening: a compiler never needs it, and
// exact equality keeps the rule simple to state and to trust).
#include <algorithm>
#include <string>
#include <vector>

#include "verify/checks.h"

namespace bastion::verify::detail {

namespace {

enum class SlotKind : uint8_t {
    Object,    // a real object (the default; never stored in the special list)
    Null,      // PUSH_NULL
    MaybeNull, // LOAD_METHOD's first slot: the unbound function, or NULL
    ExcInfo,   // PUSH_EXC_INFO's saved "previously handled exception", for POP_EXCEPT
};

const char* kind_name(SlotKind kind) {
    switch (kind) {
    case SlotKind::Object:
        return "object";
    case SlotKind::Null:
        return "NULL";
    case SlotKind::MaybeNull:
        return "maybe-NULL";
    case SlotKind::ExcInfo:
        return "saved-exception";
    }
    return "?";
}

struct Special {
    uint32_t pos; // 0 = bottom of the stack
    SlotKind kind;
    bool operator==(const Special&) const = default;
};

// How an opcode treats slot kinds. Every row of opcodes.def must be classified here: the
// switch has no default, so a new opcode is a -Wswitch warning until someone decides.
enum class SlotRule : uint8_t {
    Objects,         // pops objects only, pushes objects
    PopAny,          // POP_TOP: discards a slot of any kind
    PushNull,        // PUSH_NULL: pushes a NULL
    LoadMethod,      // (obj -- maybe-NULL, obj)
    CallPrefix,      // CALL*: the deepest popped slot may be NULL or maybe-NULL (the method prefix)
    PushExcInfo,     // (exc -- saved-exception, exc)
    PopExcept,       // (saved-exception --)
    Copy,            // pushes a copy of item arg; NULLs cannot be copied (no reference to count)
    Swap,            // exchanges two slots of any kind
    WithExceptStart, // (exit, prev, exc -- exit, prev, exc, res): prev passes through untouched
    StackTarget,     // LIST_APPEND & co.: pops objects, then mutates the object at item arg
    PeekObject,      // GET_ANEXT: uses the object on top without popping it (also when it raises)
};

SlotRule slot_rule(bc::Op op) {
    using bc::Op;
    switch (op) {
    case Op::POP_TOP:
        return SlotRule::PopAny;
    case Op::PUSH_NULL:
        return SlotRule::PushNull;
    case Op::LOAD_METHOD:
        return SlotRule::LoadMethod;
    case Op::CALL:
    case Op::CALL_KW:
    case Op::CALL_FUNCTION_EX:
        return SlotRule::CallPrefix;
    case Op::PUSH_EXC_INFO:
        return SlotRule::PushExcInfo;
    case Op::POP_EXCEPT:
        return SlotRule::PopExcept;
    case Op::COPY:
        return SlotRule::Copy;
    case Op::SWAP:
        return SlotRule::Swap;
    case Op::WITH_EXCEPT_START:
        return SlotRule::WithExceptStart;
    case Op::GET_ANEXT:
        return SlotRule::PeekObject;
    case Op::LIST_APPEND:
    case Op::SET_ADD:
    case Op::MAP_ADD:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE:
        return SlotRule::StackTarget;
    case Op::NOP:
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_FAST_ATTR:
    case Op::STORE_FAST:
    case Op::DELETE_FAST:
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:
    case Op::IMPORT_STAR:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT:
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::BINARY_SUBSCR:
    case Op::STORE_SUBSCR:
    case Op::DELETE_SUBSCR:
    case Op::BUILD_SLICE:
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_MAP:
    case Op::BUILD_STRING:
    case Op::LIST_TO_TUPLE:
    case Op::UNPACK_SEQUENCE:
    case Op::UNPACK_EX:
    case Op::FORMAT_VALUE:
    case Op::GET_ITER:
    case Op::FOR_ITER:
    case Op::JUMP:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::RETURN_VALUE:
    case Op::RAISE_VARARGS:
    case Op::RERAISE:
    case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH:
    case Op::PREP_RERAISE_STAR:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::BEFORE_WITH:
    case Op::MAKE_FUNCTION:
    case Op::LOAD_BUILD_CLASS:
    case Op::SETUP_ANNOTATIONS:
    case Op::PRINT_EXPR:
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER:
    case Op::SEND:
    case Op::GET_AWAITABLE:
    case Op::GET_AITER:
    case Op::BEFORE_ASYNC_WITH:
    case Op::END_ASYNC_FOR:
    case Op::GET_LEN:
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS:
    case Op::MATCH_CLASS:
    case Op::COPY_DICT_WITHOUT_KEYS:
    case Op::ASYNC_GEN_WRAP:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
        return SlotRule::Objects;
    }
    return SlotRule::Objects;
}

class Dataflow {
public:
    explicit Dataflow(const bc::CodeImage& image)
        : m_image(image), m_n(static_cast<uint32_t>(image.code.size())),
          m_work_left(kWorkPerUnit * image.code.size() + kWorkBase) {}

    Status run();

private:
    struct State {
        uint32_t depth;
        uint32_t begin; // specials in m_pool[begin, begin + count)
        uint32_t count;
    };
    static constexpr uint32_t kNotLeader = UINT32_MAX;
    static constexpr uint32_t kUnreached = UINT32_MAX - 1;

    Status check_table();
    void mark_leaders();
    Status charge(uint64_t amount, uint32_t pc);
    Status merge(uint32_t target, uint32_t depth, size_t count, uint32_t from);
    Status run_block(uint32_t pc);
    Status exception_edges(uint32_t pc, bc::Op op, int64_t pops);
    Status execute(uint32_t pc, bc::Instr in, int64_t pops);
    Status pop_slots(uint32_t pc, bc::Op op, uint32_t count, SlotRule rule);
    Status set_kind(uint32_t pc, uint32_t pos, SlotKind kind);
    SlotKind kind_at(uint32_t pos) const;
    size_t specials_below(uint32_t pos) const;
    std::string op_name(bc::Op op) const { return std::string(bc::info(op).name); }

    const bc::CodeImage& m_image;
    const uint32_t m_n;
    std::vector<uint32_t> m_leader; // per unit: kNotLeader, kUnreached, or index into m_states
    std::vector<State> m_states;
    std::vector<Special> m_pool;
    std::vector<uint32_t> m_work;
    std::vector<int32_t> m_innermost;    // per unit: innermost covering entry, or -1
    std::vector<int32_t> m_parent;       // per entry: the entry directly enclosing it, or -1
    std::vector<uint64_t> m_entry_epoch; // per entry: m_epoch at its last handler merge
    // The state being simulated.
    uint32_t m_depth = 0;
    std::vector<Special> m_cur; // sorted by pos
    uint64_t m_epoch = 0;       // bumped whenever m_cur changes or a new block starts
    uint64_t m_work_left;
};

Status Dataflow::charge(uint64_t amount, uint32_t pc) {
    if (amount > m_work_left)
        return fail(Rule::TooComplex, pc, "the dataflow exceeded its budget of " + std::to_string(kWorkPerUnit) +
                                              " steps per unit");
    m_work_left -= amount;
    return {};
}

// Shape of the exception table; fills m_parent and m_innermost.
Status Dataflow::check_table() {
    const auto& table = m_image.exception_table;
    m_parent.assign(table.size(), -1);
    m_entry_epoch.assign(table.size(), 0);
    std::vector<int32_t> open;
    for (size_t i = 0; i < table.size(); ++i) {
        const bc::ExceptionEntry& e = table[i];
        std::string name = "exception entry " + std::to_string(i);
        uint32_t at = e.start < m_n ? e.start : 0;
        if (e.start >= e.end || e.end > m_n)
            return fail(Rule::ExceptionRange, at, name + " covers [" + std::to_string(e.start) + ", " +
                                                      std::to_string(e.end) + ") in code of " + std::to_string(m_n) +
                                                      " units");
        if (e.handler >= m_n)
            return fail(Rule::ExceptionRange, at, name + " has handler " + std::to_string(e.handler) + " past the code");
        if (e.depth >= m_image.stacksize)
            return fail(Rule::ExceptionDepth, at, name + " has depth " + std::to_string(e.depth) +
                                                      ": the handler needs depth + 1 <= co_stacksize " +
                                                      std::to_string(m_image.stacksize));
        if (i > 0) {
            const bc::ExceptionEntry& p = table[i - 1];
            if (e.start < p.start || (e.start == p.start && e.end > p.end))
                return fail(Rule::ExceptionOrder, at, name + " is not sorted by (start, -end)");
        }
        while (!open.empty() && table[static_cast<size_t>(open.back())].end <= e.start)
            open.pop_back();
        if (!open.empty() && table[static_cast<size_t>(open.back())].end < e.end)
            return fail(Rule::ExceptionOrder, at, name + " partially overlaps entry " + std::to_string(open.back()));
        m_parent[i] = open.empty() ? -1 : open.back();
        open.push_back(static_cast<int32_t>(i));
        if (open.size() > kMaxHandlerNesting)
            return fail(Rule::ExceptionNesting, at, name + " is nested more than " +
                                                        std::to_string(kMaxHandlerNesting) + " deep");
    }
    // Same sweep by unit: the innermost entry covering each unit.
    m_innermost.assign(m_n, -1);
    open.clear();
    size_t next = 0;
    for (uint32_t pc = 0; pc < m_n; ++pc) {
        while (!open.empty() && table[static_cast<size_t>(open.back())].end <= pc)
            open.pop_back();
        while (next < table.size() && table[next].start == pc)
            open.push_back(static_cast<int32_t>(next++));
        m_innermost[pc] = open.empty() ? -1 : open.back();
    }
    return {};
}

void Dataflow::mark_leaders() {
    m_leader.assign(m_n, kNotLeader);
    m_leader[0] = kUnreached;
    for (uint32_t pc = 0; pc < m_n; ++pc) {
        bc::Instr in = bc::decode(m_image.code[pc]);
        if (bc::has_flag(in.op, bc::OpFlag::Jump))
            m_leader[in.arg] = kUnreached; // in range: static_checks proved it
    }
    for (const bc::ExceptionEntry& e : m_image.exception_table)
        m_leader[e.handler] = kUnreached;
}

// An edge into a leader with the current state's depth `depth` and the first `count`
// specials of m_cur.
Status Dataflow::merge(uint32_t target, uint32_t depth, size_t count, uint32_t from) {
    BASTION_CHECK(target < m_n && m_leader[target] != kNotLeader);
    BASTION_TRY(charge(count + 1, from));
    uint32_t& slot = m_leader[target];
    if (slot == kUnreached) {
        slot = static_cast<uint32_t>(m_states.size());
        m_states.push_back({depth, static_cast<uint32_t>(m_pool.size()), static_cast<uint32_t>(count)});
        m_pool.insert(m_pool.end(), m_cur.begin(), m_cur.begin() + static_cast<std::ptrdiff_t>(count));
        m_work.push_back(target);
        return {};
    }
    const State& s = m_states[slot];
    if (s.depth != depth)
        return fail(Rule::StackDepthMismatch, target, "reached with depth " + std::to_string(depth) + " from unit " +
                                                          std::to_string(from) + " and with depth " +
                                                          std::to_string(s.depth) + " on another path");
    for (size_t i = 0;; ++i) {
        bool end_old = i >= s.count;
        bool end_new = i >= count;
        if (end_old && end_new)
            return {};
        if (!end_old && !end_new && m_pool[s.begin + i] == m_cur[i])
            continue;
        // First difference: report the lower of the two positions.
        uint32_t pos_old = end_old ? UINT32_MAX : m_pool[s.begin + i].pos;
        uint32_t pos_new = end_new ? UINT32_MAX : m_cur[i].pos;
        uint32_t pos = std::min(pos_old, pos_new);
        SlotKind k_old = pos_old == pos ? m_pool[s.begin + i].kind : SlotKind::Object;
        SlotKind k_new = pos_new == pos ? m_cur[i].kind : SlotKind::Object;
        return fail(Rule::SlotKindMismatch, target, "stack slot " + std::to_string(pos) + " (0 = bottom) is " +
                                                        kind_name(k_new) + " from unit " + std::to_string(from) +
                                                        " but " + kind_name(k_old) + " on another path");
    }
}

SlotKind Dataflow::kind_at(uint32_t pos) const {
    auto it = std::lower_bound(m_cur.begin(), m_cur.end(), pos, [](const Special& s, uint32_t p) { return s.pos < p; });
    return (it != m_cur.end() && it->pos == pos) ? it->kind : SlotKind::Object;
}

size_t Dataflow::specials_below(uint32_t pos) const {
    auto it = std::lower_bound(m_cur.begin(), m_cur.end(), pos, [](const Special& s, uint32_t p) { return s.pos < p; });
    return static_cast<size_t>(it - m_cur.begin());
}

// Changes one slot's kind; a slot in the middle of the list costs the elements after it.
Status Dataflow::set_kind(uint32_t pc, uint32_t pos, SlotKind kind) {
    size_t i = specials_below(pos);
    BASTION_TRY(charge(m_cur.size() - i + 1, pc));
    ++m_epoch;
    auto it = m_cur.begin() + static_cast<std::ptrdiff_t>(i);
    bool present = it != m_cur.end() && it->pos == pos;
    if (kind == SlotKind::Object) {
        if (present)
            m_cur.erase(it);
    } else if (present) {
        it->kind = kind;
    } else {
        m_cur.insert(it, Special{pos, kind});
    }
    return {};
}

// Pops `count` slots, checking the kinds of the special ones against the opcode's rule.
Status Dataflow::pop_slots(uint32_t pc, bc::Op op, uint32_t count, SlotRule rule) {
    uint32_t base = m_depth - count;
    bool saw_exc_info = false;
    while (!m_cur.empty() && m_cur.back().pos >= base) {
        Special s = m_cur.back();
        bool ok = rule == SlotRule::PopAny ||
                  (rule == SlotRule::CallPrefix && s.pos == base &&
                   (s.kind == SlotKind::Null || s.kind == SlotKind::MaybeNull)) ||
                  (rule == SlotRule::PopExcept && s.kind == SlotKind::ExcInfo);
        if (!ok)
            return fail(Rule::BadSlotKind, pc, op_name(op) + " consumes a " + kind_name(s.kind) +
                                                   " slot at stack item " + std::to_string(m_depth - s.pos) +
                                                   " (1 = top)");
        saw_exc_info = saw_exc_info || s.kind == SlotKind::ExcInfo;
        m_cur.pop_back();
        ++m_epoch;
        BASTION_TRY(charge(1, pc));
    }
    if (rule == SlotRule::PopExcept && !saw_exc_info)
        return fail(Rule::BadSlotKind, pc, "POP_EXCEPT needs the saved exception pushed by PUSH_EXC_INFO, "
                                           "the top is an object");
    m_depth = base;
    return {};
}

// Edges to the handlers of every entry covering pc (innermost first).
Status Dataflow::exception_edges(uint32_t pc, bc::Op op, int64_t pops) {
    for (int32_t e = m_innermost[pc]; e >= 0; e = m_parent[static_cast<size_t>(e)]) {
        const bc::ExceptionEntry& entry = m_image.exception_table[static_cast<size_t>(e)];
        if (m_depth < entry.depth)
            return fail(Rule::ExceptionDepth, pc, op_name(op) + " runs at depth " + std::to_string(m_depth) +
                                                      ", below the depth " + std::to_string(entry.depth) +
                                                      " of exception entry " + std::to_string(e));
        if (bc::has_flag(op, bc::OpFlag::MayRaise) && int64_t{m_depth} - pops < int64_t{entry.depth})
            return fail(Rule::ExceptionDepth, pc, op_name(op) + " may raise after popping to depth " +
                                                      std::to_string(int64_t{m_depth} - pops) + ", below the depth " +
                                                      std::to_string(entry.depth) + " of exception entry " +
                                                      std::to_string(e));
        if (m_entry_epoch[static_cast<size_t>(e)] == m_epoch)
            continue; // same specials as the last edge from this block: nothing new
        m_entry_epoch[static_cast<size_t>(e)] = m_epoch;
        BASTION_TRY(charge(1, pc));
        BASTION_TRY(merge(entry.handler, entry.depth + 1, specials_below(entry.depth), pc));
    }
    return {};
}

// Applies one instruction to the current state; merges its jump edge.
Status Dataflow::execute(uint32_t pc, bc::Instr in, int64_t pops) {
    const uint32_t depth_in = m_depth;
    const SlotRule rule = slot_rule(in.op);
    const int64_t after = int64_t{depth_in} - pops + bc::stack_pushes(in.op, in.arg);
    auto overflow = [&](int64_t depth) {
        return fail(Rule::StackOverflow, pc, op_name(in.op) + " " + std::to_string(in.arg) + " reaches depth " +
                                                 std::to_string(depth) + ", co_stacksize is " +
                                                 std::to_string(m_image.stacksize));
    };
    switch (rule) {
    case SlotRule::Swap: {
        SlotKind top = kind_at(depth_in - 1);
        SlotKind other = kind_at(depth_in - in.arg);
        if (top != other) {
            BASTION_TRY(set_kind(pc, depth_in - 1, other));
            BASTION_TRY(set_kind(pc, depth_in - in.arg, top));
        }
        return {};
    }
    case SlotRule::Copy: {
        SlotKind k = kind_at(depth_in - in.arg);
        if (k == SlotKind::Null || k == SlotKind::MaybeNull)
            return fail(Rule::BadSlotKind, pc, "COPY " + std::to_string(in.arg) + " copies a " + kind_name(k) + " slot");
        if (after > m_image.stacksize)
            return overflow(after);
        m_depth = depth_in + 1;
        if (k != SlotKind::Object)
            BASTION_TRY(set_kind(pc, depth_in, k));
        return {};
    }
    case SlotRule::WithExceptStart:
        for (uint32_t item : {1u, 3u})
            if (SlotKind k = kind_at(depth_in - item); k != SlotKind::Object)
                return fail(Rule::BadSlotKind, pc, "WITH_EXCEPT_START needs an object at stack item " +
                                                       std::to_string(item) + ", got " + kind_name(k));
        if (after > m_image.stacksize)
            return overflow(after);
        m_depth = depth_in + 1;
        return {};
    case SlotRule::PeekObject:
        if (depth_in < 1)
            return fail(Rule::StackUnderflow, pc, op_name(in.op) + " needs an item on the stack");
        if (SlotKind k = kind_at(depth_in - 1); k != SlotKind::Object)
            return fail(Rule::BadSlotKind, pc, op_name(in.op) + " needs an object on top, got " + kind_name(k));
        break;
    case SlotRule::Objects:
    case SlotRule::PopAny:
    case SlotRule::PushNull:
    case SlotRule::LoadMethod:
    case SlotRule::CallPrefix:
    case SlotRule::PushExcInfo:
    case SlotRule::PopExcept:
    case SlotRule::StackTarget:
        break;
    }
    BASTION_TRY(pop_slots(pc, in.op, static_cast<uint32_t>(pops), rule));
    const uint32_t base = m_depth;
    if (rule == SlotRule::StackTarget) {
        if (in.arg > base)
            return fail(Rule::StackUnderflow, pc, op_name(in.op) + " " + std::to_string(in.arg) +
                                                      " addresses an item below the bottom (depth " +
                                                      std::to_string(base) + " after popping)");
        if (SlotKind k = kind_at(base - in.arg); k != SlotKind::Object)
            return fail(Rule::BadSlotKind, pc, op_name(in.op) + " " + std::to_string(in.arg) + " targets a " +
                                                   kind_name(k) + " slot");
    }
    if (bc::has_flag(in.op, bc::OpFlag::Jump)) {
        int64_t jump_depth = int64_t{base} + bc::stack_jump_pushes(in.op, in.arg);
        if (jump_depth > m_image.stacksize)
            return overflow(jump_depth);
        BASTION_TRY(merge(in.arg, static_cast<uint32_t>(jump_depth), m_cur.size(), pc));
    }
    if (after > m_image.stacksize)
        return overflow(after);
    m_depth = static_cast<uint32_t>(after);
    switch (rule) {
    case SlotRule::PushNull:
        return set_kind(pc, base, SlotKind::Null);
    case SlotRule::LoadMethod:
        return set_kind(pc, base, SlotKind::MaybeNull);
    case SlotRule::PushExcInfo:
        return set_kind(pc, base, SlotKind::ExcInfo);
    case SlotRule::Objects:
    case SlotRule::PopAny:
    case SlotRule::CallPrefix:
    case SlotRule::PopExcept:
    case SlotRule::StackTarget:
    case SlotRule::Swap:
    case SlotRule::Copy:
    case SlotRule::WithExceptStart:
    case SlotRule::PeekObject:
        return {};
    }
    return {};
}

// Simulates straight-line code from the leader `pc` until a terminator or the next leader.
Status Dataflow::run_block(uint32_t pc) {
    while (true) {
        BASTION_TRY(charge(1, pc));
        bc::Instr in = bc::decode(m_image.code[pc]);
        int64_t pops = bc::stack_pops(in.op, in.arg);
        if (pops > m_depth)
            return fail(Rule::StackUnderflow, pc, op_name(in.op) + " " + std::to_string(in.arg) + " pops " +
                                                      std::to_string(pops) + " of a stack holding " +
                                                      std::to_string(m_depth));
        BASTION_TRY(exception_edges(pc, in.op, pops));
        BASTION_TRY(execute(pc, in, pops));
        if (bc::has_flag(in.op, bc::OpFlag::Terminator))
            return {};
        uint32_t next = pc + 1;
        if (next >= m_n)
            return fail(Rule::FallsOffEnd, pc, op_name(in.op) + " is the last unit and falls through");
        if (m_leader[next] != kNotLeader)
            return merge(next, m_depth, m_cur.size(), pc);
        pc = next;
    }
}

Status Dataflow::run() {
    BASTION_TRY(check_table());
    mark_leaders();
    m_depth = 0;
    m_cur.clear();
    BASTION_TRY(merge(0, 0, 0, 0));
    while (!m_work.empty()) {
        uint32_t pc = m_work.back();
        m_work.pop_back();
        const State& s = m_states[m_leader[pc]];
        BASTION_TRY(charge(s.count, pc));
        m_depth = s.depth;
        m_cur.assign(m_pool.begin() + s.begin, m_pool.begin() + s.begin + s.count);
        ++m_epoch;
        BASTION_TRY(run_block(pc));
    }
    return {};
}

} // namespace

Status check_dataflow(const bc::CodeImage& image) {
    Dataflow flow(image);
    return flow.run();
}

} // namespace bastion::verify::detail
