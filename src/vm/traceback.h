// traceback.h: traceback objects (tb_next, tb_frame, tb_lineno, tb_lasti), the pieces of
// unwinding the loop uses (exception-table lookup, adding a traceback entry, implicit
// exception chaining — unwind.cpp) and CPython-format exception printing (traceback.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "bytecode/code_image.h"
#include "objects/value.h"

namespace bastion {

struct Frame;

struct TracebackObject : Object {
    Ref next;  // TracebackObject or null
    Ref frame; // FrameObject
    uint32_t lasti = 0;  // byte offset of the faulting instruction
    uint32_t lineno = 0;
};

Result<Own<TracebackObject>> traceback_new(Interpreter&, Value next, Value frame, uint32_t lasti, uint32_t lineno);
bool is_traceback(Interpreter&, Value v);

// --- unwind.cpp -----------------------------------------------------------------------------
// The innermost exception-table entry covering instruction `pc`, or null.
const bc::ExceptionEntry* find_exception_handler(const bc::CodeImage& image, uint32_t pc);
// Prepend a traceback entry for frame `f` at instruction `pc` to exc.__traceback__.
// Out of memory leaves the traceback as it was (the exception still propagates).
void traceback_add(Interpreter&, Value exc, Frame* f, uint32_t pc);
// Implicit chaining when `exc` is raised while another exception is handled: sets
// exc.__context__ (breaking cycles like CPython's _PyErr_SetObject).
void chain_context(Interpreter&, Value exc);
// The same with `handled` (null: none) as the handled exception.
void chain_context_to(Interpreter&, Value exc, Value handled);
// True when exc has no traceback yet: it was just raised by native code, not propagated
// from a Python frame (whose chaining already happened where it was raised).
bool exception_is_fresh(Interpreter&, Value exc);
// exc.__cause__ = cause (null clears) and __suppress_context__ = True, as `raise .. from`.
void set_cause(Value exc, Value cause);

// --- traceback.cpp --------------------------------------------------------------------------
// Remember the text of `filename` so tracebacks can show its lines.
void register_source(Interpreter&, std::string_view filename, std::string_view source);
// The whole registered text of `filename`, or null when none was registered.
const std::string* registered_source(Interpreter&, std::string_view filename);
// Line `lineno` (1-based) of a registered file, stripped of surrounding whitespace; empty
// when unknown.
std::string source_line(Interpreter&, std::string_view filename, uint32_t lineno);
// --- traceback_carets.cpp -------------------------------------------------------------------
// The column-marker line CPython 3.11 prints under source line `line` (unstripped, no
// newline) for an instruction at position `pos`, e.g. "           ~~^~~"; empty when none
// is printed (no columns known, or the span covers the whole stripped line).
std::string traceback_caret_line(std::string_view line, const bc::LineEntry* pos);
// Where a single-line source segment's markers switch to `^`: a binary operation's
// operator, a subscript's brackets (character offsets into the segment). False when the
// segment is neither (or does not parse): plain `^` markers then.
bool caret_anchors(std::string_view segment, int64_t* left, int64_t* right);

// The full report CPython's default excepthook prints (traceback, chained exceptions,
// "Type: message"). Never raises: failures inside are reported in the text.
std::string format_exception(Interpreter&, Value exc);

void init_traceback_type_slots(Interpreter&);
Status init_traceback_type_methods(Interpreter&);

} // namespace bastion
