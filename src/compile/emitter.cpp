// emitter.cpp: instruction buffer, labels, protected blocks, and assembly (dead-code
// removal, jump resolution, exception and line tables, stack size).
#include "compile/emitter.h"

#include "compile/stackdepth.h"

namespace bastion::compile {

namespace {

// The position-table entry of an instruction at `pc` compiled from source span `s`: the
// columns only when the span is whole and runs forwards (a line alone has none).
bc::LineEntry position_entry(uint32_t pc, const parse::SourceSpan& s) {
    bc::LineEntry e{pc, s.line > 0 ? static_cast<uint32_t>(s.line) : 0u};
    if (s.line <= 0 || s.end_line < s.line)
        return e;
    e.end_line = static_cast<uint32_t>(s.end_line);
    if (s.col >= 0 && s.end_col >= 0 && (s.end_line > s.line || s.end_col >= s.col)) {
        e.col = static_cast<uint32_t>(s.col);
        e.end_col = static_cast<uint32_t>(s.end_col);
    }
    return e;
}

// CPython 3.11's jump threading of JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP (its
// optimize_basic_block), which users can observe: `(a or b) and c` tests a's truth once,
// because the `or`'s jump on true, landing on the `and`'s test of the same value, goes
// straight past it. A jump whose target jumps on the same truth (or always) takes that
// target's target; one whose target jumps on the other truth drops the value and continues
// after the target — the latter only on the same line, as in CPython (the threaded jump
// keeps its own position). `flow` holds the instructions by index (targets resolved).
void thread_value_jumps(std::vector<FlowInstr>& flow, const std::vector<parse::SourceSpan>& locs) {
    using bc::Op;
    for (std::size_t i = 0; i < flow.size(); ++i) {
        // Each step moves the target forward along a chain; the bound ends a cycle of jumps.
        for (int step = 0; step < 64; ++step) {
            FlowInstr& in = flow[i];
            bool on_false = in.op == Op::JUMP_IF_FALSE_OR_POP;
            if (!on_false && in.op != Op::JUMP_IF_TRUE_OR_POP)
                break;
            if (in.target < 0 || static_cast<std::size_t>(in.target) >= flow.size())
                break;
            const FlowInstr& t = flow[static_cast<std::size_t>(in.target)];
            int32_t line = locs[i].line;
            int32_t target_line = locs[static_cast<std::size_t>(in.target)].line;
            Op same_pop = on_false ? Op::POP_JUMP_IF_FALSE : Op::POP_JUMP_IF_TRUE;
            Op other_pop = on_false ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE;
            Op other_keep = on_false ? Op::JUMP_IF_TRUE_OR_POP : Op::JUMP_IF_FALSE_OR_POP;
            if (t.op == same_pop || t.op == in.op || t.op == Op::JUMP) {
                if ((line != target_line && target_line > 0) || t.target == in.target)
                    break;
                in.op = t.op == same_pop ? same_pop : in.op;
                in.target = t.target;
            } else if (t.op == other_pop || t.op == other_keep) {
                if (line != target_line)
                    break;
                in.op = same_pop;
                in.target += 1; // the target pops the value and falls through
            } else {
                break;
            }
        }
    }
}

// A LOAD_FAST whose next instruction is LOAD_ATTR, STORE_ATTR or LOAD_METHOD (`self.x`)
// becomes LOAD_FAST_ATTR: the same instruction, whose handler alone looks at the next one
// to run the pair as one (vm/eval.cpp load_fast_attr), so other LOAD_FASTs do not pay for
// the test. Which of the two runs never changes a result (a jump may land between them).
void mark_attr_receivers(std::vector<FlowInstr>& flow) {
    using bc::Op;
    for (std::size_t i = 0; i + 1 < flow.size(); ++i) {
        Op next = flow[i + 1].op;
        if (flow[i].op == Op::LOAD_FAST && (next == Op::LOAD_ATTR || next == Op::STORE_ATTR || next == Op::LOAD_METHOD))
            flow[i].op = Op::LOAD_FAST_ATTR;
    }
}

} // namespace

Label Emitter::new_label() {
    m_label_pos.push_back(-1);
    return Label{static_cast<int32_t>(m_label_pos.size() - 1)};
}

void Emitter::bind(Label label) {
    BASTION_CHECK(label.id >= 0 && static_cast<size_t>(label.id) < m_label_pos.size());
    BASTION_CHECK(m_label_pos[static_cast<size_t>(label.id)] < 0);
    m_label_pos[static_cast<size_t>(label.id)] = static_cast<int32_t>(m_code.size());
}

void Emitter::emit(bc::Op op, uint64_t arg) {
    if (arg > bc::kMaxArg) {
        m_too_large = true;
        arg = 0;
    }
    int32_t handler = m_handler_stack.empty() ? -1 : m_handler_stack.back();
    m_code.push_back(Ins{op, static_cast<uint32_t>(arg), -1, m_loc, handler});
}

void Emitter::emit_jump(bc::Op op, Label target) {
    BASTION_CHECK(bc::has_flag(op, bc::Jump));
    BASTION_CHECK(target.id >= 0 && static_cast<size_t>(target.id) < m_label_pos.size());
    emit(op, 0);
    m_code.back().label = target.id;
}

void Emitter::push_handler(Label handler, int32_t adjust) {
    m_handlers.push_back(Handler{handler.id, static_cast<int32_t>(m_code.size()), adjust});
    m_handler_stack.push_back(static_cast<int32_t>(m_handlers.size() - 1));
}

int32_t Emitter::pop_handler() {
    BASTION_CHECK(!m_handler_stack.empty());
    int32_t id = m_handler_stack.back();
    m_handler_stack.pop_back();
    return id;
}

void Emitter::repush_handler(int32_t id) {
    BASTION_CHECK(id >= 0 && static_cast<size_t>(id) < m_handlers.size());
    m_handler_stack.push_back(id);
}

Result<void, std::string> Emitter::assemble(bc::CodeImage& out) const {
    if (m_too_large)
        return std::string("too many constants, names, locals or instructions in one code object");
    // Resolve labels to instruction indexes and run the flow pass on the full stream.
    std::vector<FlowInstr> flow;
    flow.reserve(m_code.size());
    for (const Ins& in : m_code) {
        FlowInstr f{in.op, in.arg, -1, in.handler};
        if (in.label >= 0)
            f.target = m_label_pos[static_cast<size_t>(in.label)];
        flow.push_back(f);
    }
    std::vector<parse::SourceSpan> locs;
    locs.reserve(m_code.size());
    for (const Ins& in : m_code)
        locs.push_back(in.loc);
    thread_value_jumps(flow, locs);
    mark_attr_receivers(flow);
    std::vector<FlowHandler> handlers;
    for (const Handler& h : m_handlers)
        handlers.push_back(FlowHandler{m_label_pos[static_cast<size_t>(h.label)], h.setup, -1, h.adjust});
    auto analyzed = analyze_stack(flow, handlers);
    if (!analyzed.ok())
        return "internal compiler error: " + analyzed.take_error();
    const FlowResult& fr = analyzed.value();

    // Keep reachable instructions only; map old index -> new index.
    std::vector<int32_t> new_index(m_code.size() + 1, -1);
    uint32_t n = 0;
    for (size_t i = 0; i < m_code.size(); ++i)
        if (fr.depth[i] >= 0)
            new_index[i] = static_cast<int32_t>(n++);
    if (n > bc::kMaxArg)
        return std::string("too many instructions in one code object");

    out.code.clear();
    out.line_table.clear();
    out.exception_table.clear();
    for (size_t i = 0; i < m_code.size(); ++i) {
        if (new_index[i] < 0)
            continue;
        const Ins& in = m_code[i];
        uint32_t arg = in.arg;
        if (flow[i].target >= 0) {
            int32_t t = new_index[static_cast<size_t>(flow[i].target)];
            if (t < 0)
                return std::string("internal compiler error: jump to removed code");
            arg = static_cast<uint32_t>(t);
        }
        uint32_t pc = static_cast<uint32_t>(out.code.size());
        out.code.push_back(bc::encode(flow[i].op, arg)); // the op as threaded
        bc::LineEntry pos = position_entry(pc, in.loc);
        if (out.line_table.empty() || !out.line_table.back().same_position(pos))
            out.line_table.push_back(pos);
        // Extend the previous entry when contiguous with the same handler.
        if (in.handler >= 0) {
            size_t h = static_cast<size_t>(in.handler);
            int32_t target = new_index[static_cast<size_t>(handlers[h].target)];
            if (target < 0 || fr.handler_depth[h] < 0)
                return std::string("internal compiler error: unreachable handler");
            uint32_t depth = static_cast<uint32_t>(fr.handler_depth[h]);
            auto& table = out.exception_table;
            if (!table.empty() && table.back().end == pc && table.back().handler == static_cast<uint32_t>(target) &&
                table.back().depth == depth)
                table.back().end = pc + 1;
            else
                table.push_back(bc::ExceptionEntry{pc, pc + 1, static_cast<uint32_t>(target), depth});
        }
    }
    out.stacksize = fr.max_depth;
    return {};
}

} // namespace bastion::compile
