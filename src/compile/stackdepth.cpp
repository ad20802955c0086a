// stackdepth.cpp: the worklist flow pass behind every co_stacksize (CPython:
// calculate_stackdepth in compile.c, extended with handler edges at depth + 1).
#include "compile/stackdepth.h"

#include <algorithm>

namespace bastion::compile {

namespace {

std::string at(size_t i, bc::Op op) {
    return " at " + std::to_string(i) + " (" + std::string(bc::info(op).name) + ")";
}

class Flow {
public:
    Flow(std::span<const FlowInstr> code, std::span<const FlowHandler> handlers)
        : m_code(code), m_handlers(handlers.begin(), handlers.end()), m_queued(handlers.size(), false) {
        m_result.depth.assign(code.size(), -1);
    }

    Result<FlowResult, std::string> run() {
        if (m_code.empty())
            return std::string("empty code");
        if (auto r = reach(0, 0, "entry"); !r.ok())
            return r.take_error();
        while (!m_work.empty()) {
            size_t i = m_work.back();
            m_work.pop_back();
            if (auto r = step(i); !r.ok())
                return r.take_error();
        }
        for (const FlowHandler& h : m_handlers)
            m_result.handler_depth.push_back(h.depth);
        return std::move(m_result);
    }

private:
    Result<void, std::string> reach(int64_t target, int64_t d, const char* how) {
        if (target < 0 || static_cast<size_t>(target) >= m_code.size())
            return std::string("control flow leaves the code (") + how + " to " + std::to_string(target) + ")";
        int64_t& slot = m_result.depth[static_cast<size_t>(target)];
        if (slot < 0) {
            slot = d;
            m_work.push_back(static_cast<size_t>(target));
        } else if (slot != d) {
            return "inconsistent stack depth " + std::to_string(d) + " vs " + std::to_string(slot) +
                   at(static_cast<size_t>(target), m_code[static_cast<size_t>(target)].op);
        }
        note(d);
        return {};
    }

    void note(int64_t d) {
        if (d > static_cast<int64_t>(m_result.max_depth))
            m_result.max_depth = static_cast<uint32_t>(std::min<int64_t>(d, UINT32_MAX));
    }

    Result<void, std::string> enter_handler(size_t i, int64_t d) {
        size_t hi = static_cast<size_t>(m_code[i].handler);
        if (hi >= m_handlers.size())
            return "bad handler index" + at(i, m_code[i].op);
        FlowHandler& h = m_handlers[hi];
        if (h.depth < 0) {
            if (h.setup < 0 || static_cast<size_t>(h.setup) >= m_code.size() ||
                m_result.depth[static_cast<size_t>(h.setup)] < 0)
                return "handler depth unknown" + at(i, m_code[i].op);
            h.depth = m_result.depth[static_cast<size_t>(h.setup)] + h.adjust;
            if (h.depth < 0)
                return "negative handler depth" + at(i, m_code[i].op);
        }
        if (d < h.depth)
            return "stack below handler depth" + at(i, m_code[i].op);
        if (m_queued[hi])
            return {};
        m_queued[hi] = true;
        return reach(h.target, h.depth + 1, "handler");
    }

    Result<void, std::string> step(size_t i) {
        const FlowInstr& in = m_code[i];
        int64_t d = m_result.depth[i];
        if (in.handler >= 0)
            if (auto r = enter_handler(i, d); !r.ok())
                return r;
        int64_t pops = bc::stack_pops(in.op, in.arg);
        if (d < pops)
            return "stack underflow" + at(i, in.op);
        int64_t base = d - pops;
        if (bc::has_flag(in.op, bc::Jump))
            if (auto r = reach(in.target, base + bc::stack_jump_pushes(in.op, in.arg), "jump"); !r.ok())
                return r;
        if (!bc::has_flag(in.op, bc::Terminator))
            return reach(static_cast<int64_t>(i) + 1, base + bc::stack_pushes(in.op, in.arg), "fall-through");
        return {};
    }

    std::span<const FlowInstr> m_code;
    std::vector<FlowHandler> m_handlers;
    std::vector<bool> m_queued;
    std::vector<size_t> m_work;
    FlowResult m_result;
};

} // namespace

Result<FlowResult, std::string> analyze_stack(std::span<const FlowInstr> code, std::span<const FlowHandler> handlers) {
    return Flow(code, handlers).run();
}

Result<uint32_t, std::string> recompute_stacksize(const bc::CodeImage& image) {
    std::vector<FlowInstr> code;
    code.reserve(image.code.size());
    for (size_t i = 0; i < image.code.size(); ++i) {
        uint32_t unit = image.code[i];
        if (!bc::is_valid_opcode(bc::raw_opcode(unit)))
            return "invalid opcode " + std::to_string(bc::raw_opcode(unit)) + " at " + std::to_string(i);
        bc::Instr ins = bc::decode(unit);
        FlowInstr f{ins.op, ins.arg, -1, -1};
        if (bc::has_flag(ins.op, bc::Jump))
            f.target = static_cast<int32_t>(ins.arg);
        code.push_back(f);
    }
    std::vector<FlowHandler> handlers;
    for (size_t e = 0; e < image.exception_table.size(); ++e) {
        const bc::ExceptionEntry& x = image.exception_table[e];
        handlers.push_back(FlowHandler{static_cast<int32_t>(x.handler), -1, x.depth});
        for (uint32_t i = x.start; i < x.end && i < code.size(); ++i)
            if (code[i].handler < 0)
                code[i].handler = static_cast<int32_t>(e);
    }
    auto r = analyze_stack(code, handlers);
    if (!r.ok())
        return r.take_error();
    return r.value().max_depth;
}

} // namespace bastion::compile
