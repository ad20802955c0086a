// frame.cpp: frame layout and lifecycle, the chunked frame stack, the Python `frame`
// type, and the introspection helpers built on the innermost frame (super(), globals(),
// locals()).
#include "vm/frame.h"

#include <fmt/format.h>

#include <cstring>
#include <new>

#include "gc/visitor.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/checked.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/frame_fast.h"
#include "vm/function.h"
#include "vm/vm_state.h"

namespace bastion {

// --- Frame --------------------------------------------------------------------------------

uint32_t Frame::pc() const {
    if (!ip || ip == code->units)
        return 0;
    return static_cast<uint32_t>(ip - code->units) - 1;
}

// A generator or coroutine not started yet is at its `def` line, as CPython's (whose
// RETURN_GENERATOR and RESUME belong to that line).
uint32_t Frame::line() const {
    if (state == FrameState::Created && owner == FrameOwner::Generator)
        return code->firstlineno;
    return code->line_for(pc());
}

std::size_t frame_bytes(const CodeObject* code) {
    auto n = checked_alloc_size(sizeof(Frame), code->nslots, sizeof(Ref));
    return n ? *n : 0;
}

Frame* frame_init(void* mem, CodeObject* code, Value func, Value globals, Value builtins, Value locals, Ref* moved,
                  std::size_t nmoved) {
    Ref fn = Ref::borrow(func);
    return frame_init_inline(mem, code, std::move(fn), globals, builtins, locals, moved, nmoved, true);
}

void frame_own_code(Frame* f) {
    if (f->has_extras && f->extras()->code_ref)
        return; // owned already (a generator frame, or an earlier reassignment)
    // Borrowed: the code is still its function's (every change of __code__ comes here first).
    BASTION_CHECK(f->func && static_cast<FunctionObject*>(f->func.obj())->code_object() == f->code);
    f->ensure_extras().code_ref = Ref::borrow(Value(f->code));
}

namespace {
Result<Ref> frame_locals_snapshot(Interpreter& interp, Frame* f);
} // namespace

void frame_detach_object(Frame* f) {
    // The snapshot below can run Python code (a key's __eq__ in the locals dict) after the
    // frame left the chain fn_set_code walks: a borrowed code object is owned from here on.
    FrameExtras& x = f->ensure_extras(); // constructed already: it holds the frame object
    BASTION_CHECK(x.frame_object);
    if (!x.code_ref)
        x.code_ref = Ref::borrow(Value(f->code));
    auto* fo = static_cast<FrameObject*>(x.frame_object.obj());
    fo->lineno = f->line();
    // A traceback may outlive the frame: keep its locals visible through f_locals.
    if (fo->refcount > 1) {
        auto snap = frame_locals_snapshot(*fo->type->interp, f);
        if (snap.ok())
            fo->locals = std::move(snap.value());
        // f_back must survive the caller's return too: make the caller's frame object now
        // (when that fails for memory, f_back is None, as in CPython).
        if (f->previous) {
            auto back = frame_object_of(*fo->type->interp, f->previous);
            if (back.ok())
                fo->back = std::move(back.value());
        }
    }
    fo->frame = nullptr;
}

void frame_clear(Frame* f) { frame_clear_inline(f); }

// --- FrameStack ---------------------------------------------------------------------------

void* FrameStack::push_chunk(Interpreter& interp, std::size_t bytes) {
    Chunk* c = nullptr;
    if (m_spare && m_spare->capacity >= bytes) {
        c = m_spare;
        m_spare = nullptr;
    } else {
        std::size_t cap = bytes > kChunkBytes ? bytes : kChunkBytes;
        auto total = checked_add(cap, sizeof(Chunk));
        if (!total)
            return nullptr;
        void* mem = interp.allocate(*total);
        if (!mem)
            return nullptr;
        c = new (mem) Chunk{nullptr, cap, 0};
    }
    c->prev = m_top;
    c->used = bytes;
    m_top = c;
    return c + 1;
}

void FrameStack::pop_chunk(Interpreter& interp) {
    Chunk* empty = m_top;
    m_top = empty->prev;
    if (m_spare)
        interp.deallocate(m_spare, m_spare->capacity + sizeof(Chunk));
    m_spare = empty;
}

void FrameStack::release_all(Interpreter& interp) {
    while (m_top) {
        Chunk* prev = m_top->prev;
        interp.deallocate(m_top, m_top->capacity + sizeof(Chunk));
        m_top = prev;
    }
    if (m_spare)
        interp.deallocate(m_spare, m_spare->capacity + sizeof(Chunk));
    m_spare = nullptr;
}

// --- Frame objects --------------------------------------------------------------------------

Result<Ref> frame_object_of(Interpreter& interp, Frame* f) {
    if (FrameExtras* x = f->extras(); x && x->frame_object)
        return x->frame_object;
    BASTION_TRY_ASSIGN(Own<FrameObject> fo, interp.make<FrameObject>(interp.types.frame));
    fo->frame = f;
    fo->code = Ref::borrow(Value(f->code));
    fo->globals = Ref::borrow(f->globals);
    fo->builtins = Ref::borrow(f->builtins);
    FrameExtras& x = f->ensure_extras();
    x.frame_object = Ref(fo);
    return x.frame_object;
}

Frame* current_frame(Interpreter& interp) { return interp.vm().current; }

namespace {

FrameObject* as_frame(Value v) { return static_cast<FrameObject*>(v.obj()); }

Result<Ref> frame_repr(Interpreter& interp, Value self) {
    FrameObject* fo = as_frame(self);
    auto* code = static_cast<CodeObject*>(fo->code.obj());
    uint32_t line = fo->frame ? fo->frame->line() : fo->lineno;
    std::string text = fmt::format("<frame at {}, file '{}', line {}, code {}>", static_cast<const void*>(fo),
                                   str_to_utf8(static_cast<StrObject*>(code->filename.obj())), line,
                                   str_to_utf8(static_cast<StrObject*>(code->name.obj())));
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    return Ref(std::move(s));
}

Result<Ref> frame_get_code(Interpreter&, Value self) { return as_frame(self)->code; }
Result<Ref> frame_get_globals(Interpreter&, Value self) { return as_frame(self)->globals; }
Result<Ref> frame_get_lineno(Interpreter&, Value self) {
    FrameObject* fo = as_frame(self);
    return Ref::small_int(fo->frame ? fo->frame->line() : fo->lineno);
}
Result<Ref> frame_get_lasti(Interpreter&, Value self) {
    FrameObject* fo = as_frame(self);
    return Ref::small_int(fo->frame ? int64_t{fo->frame->pc()} * 4 : -1);
}
Result<Ref> frame_get_back(Interpreter& interp, Value self) {
    FrameObject* fo = as_frame(self);
    if (!fo->frame)
        return fo->back ? fo->back : interp.new_none();
    if (!fo->frame->previous)
        return interp.new_none();
    return frame_object_of(interp, fo->frame->previous);
}

Result<Ref> frame_locals_snapshot(Interpreter& interp, Frame* f);

Result<Ref> frame_get_locals(Interpreter& interp, Value self) {
    FrameObject* fo = as_frame(self);
    if (!fo->frame) {
        if (fo->locals)
            return fo->locals;
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        return Ref(std::move(d));
    }
    return frame_locals_snapshot(interp, fo->frame);
}
Result<Ref> frame_get_builtins(Interpreter& interp, Value self) {
    FrameObject* fo = as_frame(self);
    return fo->builtins ? fo->builtins : interp.builtins;
}

// CPython's PyFrame_FastToLocals: one dict per function frame, refreshed from the fast
// locals and cells on every locals() (so exec() writes into it survive until the next).
Result<Ref> frame_locals_snapshot(Interpreter& interp, Frame* f) {
    if (Value ns = f->locals(); !ns.is_null())
        return Ref::borrow(ns);
    if (FrameExtras* x = f->extras(); !x || !x->locals_cache) {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        f->ensure_extras().locals_cache = std::move(d);
    }
    // The dict is held by the frame's extras (which stay until the frame is cleared) and by
    // this handle while the refresh below runs Python code (a key's __eq__).
    Ref cache = f->ensure_extras().locals_cache;
    auto* d = static_cast<DictObject*>(cache.obj());
    CodeObject* co = f->code;
    Ref* fast = f->fast();
    auto put = [&](StrObject* name, Value v) -> Status {
        if (!v.is_null())
            return dict_set_str(interp, d, name, v);
        BASTION_TRY_ASSIGN(bool found, dict_del(interp, d, Value(name)));
        (void)found;
        return {};
    };
    for (uint32_t i = 0; i < co->nlocals; ++i) {
        bool in_cell = false;
        for (uint32_t c = 0; c < co->ncells; ++c)
            in_cell = in_cell || co->cell_arg[c] == static_cast<int32_t>(i);
        if (!in_cell)
            BASTION_TRY(put(co->varname_at(i), fast[i]));
    }
    Ref* cells = f->cells();
    for (uint32_t i = 0; i < co->ncells + co->nfrees; ++i) {
        Value v = cells[i] && is_cell(interp, cells[i]) ? cell_get(cells[i].obj()) : Value();
        BASTION_TRY(put(co->deref_name_at(i), v));
    }
    return cache;
}

constexpr GetSetDef kFrameGetSets[] = {
    {"f_code", frame_get_code},       {"f_globals", frame_get_globals}, {"f_lineno", frame_get_lineno},
    {"f_lasti", frame_get_lasti},     {"f_back", frame_get_back},       {"f_locals", frame_get_locals},
    {"f_builtins", frame_get_builtins},
};

} // namespace

void init_frame_type_slots(Interpreter& interp) {
    Type* t = interp.types.frame;
    t->instance_size = sizeof(FrameObject);
    t->destroy = destroy_as<FrameObject>;
    t->repr = frame_repr;
    t->getattr = generic_getattr;
    t->flags |= kTypeGC;
}

Status init_frame_type_methods(Interpreter& interp) { return add_getsets(interp, interp.types.frame, kFrameGetSets); }

// --- Introspection of the innermost frame ---------------------------------------------------

Value current_globals(Interpreter& interp) {
    Frame* f = interp.vm().current;
    return f ? Value(f->globals) : Value();
}

Result<Ref> current_locals(Interpreter& interp) {
    Frame* f = interp.vm().current;
    if (!f)
        return interp.raise(interp.exc.SystemError, "locals(): no current frame");
    return frame_locals_snapshot(interp, f);
}

Status current_super_args(Interpreter& interp, Ref* type_out, Ref* obj_out) {
    Frame* f = interp.vm().current;
    if (!f)
        return interp.raise(interp.exc.RuntimeError, "super(): no current frame");
    CodeObject* co = f->code;
    if (co->argcount == 0)
        return interp.raise(interp.exc.RuntimeError, "super(): no arguments");
    Value first = f->fast()[0];
    // The first argument may live in a cell when an inner function captures it.
    for (uint32_t i = 0; i < co->ncells; ++i) {
        if (co->cell_arg[i] == 0 && f->cells()[i] && is_cell(interp, f->cells()[i])) {
            first = cell_get(f->cells()[i].obj());
            break;
        }
    }
    if (first.is_null())
        return interp.raise(interp.exc.RuntimeError, "super(): arg[0] deleted");
    for (uint32_t i = 0; i < co->nfrees; ++i) {
        StrObject* name = co->deref_name_at(co->ncells + i);
        if (name != interp.names.__class__ && !str_equal(name, interp.names.__class__))
            continue;
        Value cell = f->cells()[co->ncells + i];
        if (cell.is_null() || !is_cell(interp, cell))
            return interp.raise(interp.exc.RuntimeError, "super(): bad __class__ cell");
        Value cls = cell_get(cell.obj());
        if (cls.is_null())
            return interp.raise(interp.exc.RuntimeError, "super(): empty __class__ cell");
        if (!is_subtype(type_of(interp, cls), interp.types.type))
            return interp.raise_fmt(interp.exc.RuntimeError, "super(): __class__ is not a type ({})",
                                    type_of(interp, cls)->name);
        *type_out = Ref::borrow(cls);
        *obj_out = Ref::borrow(first);
        return {};
    }
    return interp.raise(interp.exc.RuntimeError, "super(): __class__ cell not found");
}

} // namespace bastion
