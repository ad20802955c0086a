// unwind.cpp: what happens to an exception inside one frame — the exception-table
// lookup (innermost covering entry), the traceback entry for the frame, and implicit
// chaining (__context__) against the handled exception, as CPython's _PyErr_SetObject.
#include <algorithm>

#include "objects/exception_object.h"
#include "vm/code_object.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"

namespace bastion {

const bc::ExceptionEntry* find_exception_handler(const bc::CodeImage& image, uint32_t pc) {
    const auto& table = image.exception_table;
    // Entries are sorted by (start, -end) and nested or disjoint (verifier rule 5), so the
    // innermost entry covering pc is the last covering one among those starting <= pc.
    auto after = std::upper_bound(table.begin(), table.end(), pc,
                                  [](uint32_t p, const bc::ExceptionEntry& e) { return p < e.start; });
    for (auto it = after; it != table.begin();) {
        --it;
        if (pc < it->end)
            return &*it;
    }
    return nullptr;
}

void traceback_add(Interpreter& interp, Value exc, Frame* f, uint32_t pc) {
    if (!is_exception_instance(interp, exc))
        return;
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    auto fo = frame_object_of(interp, f);
    if (!fo.ok())
        return;
    // Line 0: looked up from the frame's code when read (traceback.cpp traceback_line).
    auto tb = traceback_new(interp, e->traceback, fo.value(), pc * 4, 0);
    if (!tb.ok())
        return;
    e->traceback = std::move(tb).value();
}

Value current_handled_exception(Interpreter& interp) {
    for (const ExcStackItem* item = interp.vm().exc_info; item != nullptr; item = item->previous)
        if (item->exc)
            return item->exc;
    return Value();
}

void chain_context(Interpreter& interp, Value exc) { chain_context_to(interp, exc, current_handled_exception(interp)); }

void chain_context_to(Interpreter& interp, Value exc, Value handled) {
    if (handled.is_null() || handled.is(exc) || !is_exception_instance(interp, exc) ||
        !is_exception_instance(interp, handled))
        return;
    // Break a cycle through exc in the handled exception's context chain (Floyd's
    // algorithm guards against a pre-existing cycle).
    auto* o = static_cast<ExceptionObject*>(handled.obj());
    ExceptionObject* slow = o;
    bool advance_slow = false;
    while (o->context && is_exception_instance(interp, o->context)) {
        auto* ctx = static_cast<ExceptionObject*>(o->context.obj());
        if (Value(ctx).is(exc)) {
            o->context.reset();
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (advance_slow && slow->context && is_exception_instance(interp, slow->context))
            slow = static_cast<ExceptionObject*>(slow->context.obj());
        advance_slow = !advance_slow;
    }
    static_cast<ExceptionObject*>(exc.obj())->context = Ref::borrow(handled);
}

bool exception_is_fresh(Interpreter& interp, Value exc) {
    return is_exception_instance(interp, exc) && static_cast<ExceptionObject*>(exc.obj())->traceback.is_null();
}

void set_cause(Value exc, Value cause) {
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    e->cause = Ref::borrow(cause);
    e->suppress_context = true;
}

} // namespace bastion
