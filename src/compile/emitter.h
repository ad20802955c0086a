// emitter.h: the instruction stream of one code object under construction — labels,
// protected blocks (exception-table handlers), line numbers — and its assembly into a
// bc::CodeImage: one flow pass (stackdepth.h) gives reachability, the stack size and the
// handler depths; unreachable code is dropped; jumps and tables get final offsets.
// Not for deciding what to emit (codegen_*.cpp do that).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bytecode/code_image.h"
#include "parse/diagnostics.h"
#include "support/result.h"

namespace bastion::compile {

struct Label {
    int32_t id = -1;
};

class Emitter {
public:
    Label new_label();
    void bind(Label label);
    // Operands wider than bc::kMaxArg make assemble() fail (no EXTENDED_ARG in our encoding).
    void emit(bc::Op op, uint64_t arg = 0);
    void emit_jump(bc::Op op, Label target);
    // Instructions emitted until the matching pop_handler() are covered by `handler`; the
    // handler's depth is the stack depth here (found by the flow pass).
    // `adjust` is added to that depth (a with block drops the enter result it covers).
    void push_handler(Label handler, int32_t adjust = 0);
    // Returns the handler's id so an unwinding path (return/break inside the block) can
    // close it for its own instructions and reopen it afterwards with repush_handler().
    int32_t pop_handler();
    void repush_handler(int32_t id);
    size_t open_handlers() const { return m_handler_stack.size(); }
    // The source position the next instructions get (CPython's SET_LOC): a node's whole
    // span, or a line alone (no columns). location()/set_location save and restore it.
    void set_span(const parse::SourceSpan& span) { m_loc = span; }
    void set_line(int32_t line) { m_loc = parse::SourceSpan{line, -1, line, -1}; }
    int32_t line() const { return m_loc.line; }
    const parse::SourceSpan& location() const { return m_loc; }
    void set_location(const parse::SourceSpan& loc) { m_loc = loc; }

    // Fills code, exception_table, line_table and stacksize. Errors are messages for a
    // SyntaxError (operand too large) or internal errors.
    Result<void, std::string> assemble(bc::CodeImage& out) const;

private:
    struct Ins {
        bc::Op op;
        uint32_t arg;
        int32_t label;
        parse::SourceSpan loc;
        int32_t handler;
    };
    struct Handler {
        int32_t label;
        int32_t setup;
        int32_t adjust;
    };
    std::vector<Ins> m_code;
    std::vector<int32_t> m_label_pos;
    std::vector<Handler> m_handlers;
    std::vector<int32_t> m_handler_stack;
    parse::SourceSpan m_loc{0, -1, 0, -1};
    bool m_too_large = false;
};

} // namespace bastion::compile
