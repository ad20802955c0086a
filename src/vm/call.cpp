// call.cpp: calling Python functions — binding positional, keyword, *args and **kwargs
// arguments into a new frame's fast locals with CPython 3.11's exact error messages
// (Python/ceval.c: initialize_locals and its helpers), cell and free-variable setup,
// thread-frame push/pop, and the native entry points call_function / run_code.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/frame_fast.h"
#include "vm/eval.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/vm_state.h"

namespace bastion {

// --- Thread frames ----------------------------------------------------------------------------

Result<Frame*> push_thread_frame(Interpreter& interp, CodeObject* code, Value func, Value globals, Value builtins,
                                 Value locals, Ref* moved, std::size_t nmoved) {
    return push_thread_frame_inline(interp, code, Ref::borrow(func), globals, builtins, locals, moved, nmoved);
}

void pop_thread_frame(Interpreter& interp, Frame* f) { pop_thread_frame_inline(interp, f); }

// --- Argument binding -------------------------------------------------------------------------

namespace {

std::string qualname_of(FunctionObject* fn) { return str_to_utf8(static_cast<StrObject*>(fn->qualname.obj())); }

std::string quoted(StrObject* s) { return "'" + str_to_utf8(s) + "'"; }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing).
std::string join_names(const std::vector<std::string>& names) {
    std::size_t n = names.size();
    if (n == 1)
        return names[0];
    if (n == 2)
        return names[0] + " and " + names[1];
    std::string out;
    for (std::size_t i = 0; i + 2 < n; ++i)
        out += names[i] + ", ";
    return out + names[n - 2] + ", and " + names[n - 1];
}

Raised missing_arguments(Interpreter& interp, FunctionObject* fn, CodeObject* co, Ref* fast, bool positional,
                         int64_t defcount) {
    uint32_t start = positional ? 0 : co->argcount;
    uint32_t end = positional ? static_cast<uint32_t>(co->argcount - defcount) : co->argcount + co->kwonlyargcount;
    std::vector<std::string> names;
    for (uint32_t i = start; i < end; ++i)
        if (!fast[i])
            names.push_back(quoted(co->varname_at(i)));
    return interp.raise_fmt(interp.exc.TypeError, "{}() missing {} required {} argument{}: {}", qualname_of(fn),
                            names.size(), positional ? "positional" : "keyword-only", names.size() == 1 ? "" : "s",
                            join_names(names));
}

Raised too_many_positional(Interpreter& interp, FunctionObject* fn, CodeObject* co, Ref* fast, std::size_t given) {
    int64_t kwonly_given = 0;
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i)
        if (fast[i])
            ++kwonly_given;
    int64_t defcount = fn->defaults ? static_cast<TupleObject*>(fn->defaults.obj())->size : 0;
    std::string sig;
    bool plural;
    if (defcount) {
        sig = fmt::format("from {} to {}", co->argcount - defcount, co->argcount);
        plural = true;
    } else {
        sig = fmt::format("{}", co->argcount);
        plural = co->argcount != 1;
    }
    std::string kwonly_sig;
    if (kwonly_given)
        kwonly_sig = fmt::format(" positional argument{} (and {} keyword-only argument{})", given != 1 ? "s" : "",
                                 kwonly_given, kwonly_given != 1 ? "s" : "");
    return interp.raise_fmt(interp.exc.TypeError, "{}() takes {} positional argument{} but {}{} {} given",
                            qualname_of(fn), sig, plural ? "s" : "", given, kwonly_sig,
                            given == 1 && !kwonly_given ? "was" : "were");
}

// Only called when some keyword matched no parameter and there is no **kwargs.
bool positional_only_passed_as_keyword(Interpreter& interp, FunctionObject* fn, CodeObject* co, TupleObject* kwnames,
                                       Raised* out) {
    std::string names;
    int conflicts = 0;
    for (uint32_t k = 0; k < co->posonlyargcount; ++k) {
        StrObject* pname = co->varname_at(k);
        for (int64_t i = 0; i < kwnames->size; ++i) {
            Value kw = kwnames->at(i);
            if (!kw.is_obj() || !is_str(interp, kw))
                continue;
            if (kw.obj() == pname || str_equal(static_cast<StrObject*>(kw.obj()), pname)) {
                if (conflicts++)
                    names += ", ";
                names += str_to_utf8(pname);
            }
        }
    }
    if (!conflicts)
        return false;
    *out = interp.raise_fmt(interp.exc.TypeError,
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname_of(fn), names);
    return true;
}

// Index of the parameter named `kw` among the keyword-capable ones, or -1.
int64_t find_keyword(CodeObject* co, StrObject* kw, uint32_t total) {
    for (uint32_t j = co->posonlyargcount; j < total; ++j)
        if (co->varname_at(j) == kw)
            return j;
    for (uint32_t j = co->posonlyargcount; j < total; ++j)
        if (str_equal(co->varname_at(j), kw))
            return j;
    return -1;
}

} // namespace

Status setup_cells(Interpreter& interp, FunctionObject* fn, Frame* f) {
    CodeObject* co = f->code;
    Ref* fast = f->fast();
    Ref* cells = f->cells();
    for (uint32_t i = 0; i < co->ncells; ++i) {
        int32_t arg = co->cell_arg[i];
        Ref value = arg >= 0 ? std::move(fast[arg]) : Ref();
        BASTION_TRY_ASSIGN(Own<CellObject> cell, cell_new(interp, value));
        cells[i] = std::move(cell);
    }
    if (co->nfrees == 0)
        return {};
    auto* closure = fn && fn->closure ? static_cast<TupleObject*>(fn->closure.obj()) : nullptr;
    // MAKE_FUNCTION and the __code__ setter keep these consistent; this guards the frame.
    if (!closure || closure->size != co->nfrees)
        return interp.raise_fmt(interp.exc.SystemError, "{}() has a closure that does not match its free variables",
                                qualname_of(fn));
    for (uint32_t i = 0; i < co->nfrees; ++i) {
        Value cell = closure->at(i);
        if (!cell.is_obj() || cell.obj()->type != interp.types.cell) [[unlikely]] // is_cell, inline
            return interp.raise(interp.exc.SystemError, "closure item is not a cell");
        cells[co->ncells + i] = Ref::borrow(cell);
    }
    return {};
}

Status bind_arguments(Interpreter& interp, FunctionObject* fn, Frame* f, const Value* args, std::size_t nargs,
                      TupleObject* kwnames) {
    CodeObject* co = f->code;
    Ref* fast = f->fast();
    const uint32_t total_args = co->argcount + co->kwonlyargcount;
    const bool varargs = (co->flags & bc::kCoVarargs) != 0;
    DictObject* kwdict = nullptr;
    if (co->flags & bc::kCoVarkeywords) {
        BASTION_TRY_ASSIGN(Own<DictObject> d, dict_new(interp));
        kwdict = d.get();
        fast[total_args + (varargs ? 1 : 0)] = std::move(d);
    }

    std::size_t n = nargs > co->argcount ? co->argcount : nargs;
    for (std::size_t j = 0; j < n; ++j)
        fast[j] = Ref::borrow(args[j]);
    if (varargs) {
        if (nargs > n) {
            BASTION_TRY_ASSIGN(Own<TupleObject> rest, tuple_from(interp, std::span<const Value>(args + n, nargs - n)));
            fast[total_args] = std::move(rest);
        } else {
            fast[total_args] = Ref::borrow(Value(interp.empty_tuple));
        }
    }

    if (kwnames) {
        for (int64_t i = 0; i < kwnames->size; ++i) {
            Value kw = kwnames->at(i);
            Value value = args[nargs + static_cast<std::size_t>(i)];
            if (!kw.is_obj() || !is_str(interp, kw))
                return interp.raise_fmt(interp.exc.TypeError, "{}() keywords must be strings", qualname_of(fn));
            auto* kws = static_cast<StrObject*>(kw.obj());
            int64_t j = find_keyword(co, kws, total_args);
            if (j < 0) {
                if (!kwdict) {
                    Raised err;
                    if (co->posonlyargcount && positional_only_passed_as_keyword(interp, fn, co, kwnames, &err))
                        return err;
                    return interp.raise_fmt(interp.exc.TypeError, "{}() got an unexpected keyword argument '{}'",
                                            qualname_of(fn), str_to_utf8(kws));
                }
                BASTION_TRY(dict_set(interp, kwdict, kw, value));
                continue;
            }
            if (fast[j])
                return interp.raise_fmt(interp.exc.TypeError, "{}() got multiple values for argument '{}'",
                                        qualname_of(fn), str_to_utf8(kws));
            fast[j] = Ref::borrow(value);
        }
    }

    if (nargs > co->argcount && !varargs)
        return too_many_positional(interp, fn, co, fast, nargs);

    if (nargs < co->argcount) {
        auto* defaults = fn->defaults ? static_cast<TupleObject*>(fn->defaults.obj()) : nullptr;
        int64_t defcount = defaults ? defaults->size : 0;
        if (defcount > co->argcount) // a __defaults__ longer than the parameters: use its tail
            defcount = co->argcount;
        int64_t m = co->argcount - defcount;
        int64_t missing = 0;
        for (int64_t i = static_cast<int64_t>(nargs); i < m; ++i)
            if (!fast[i])
                ++missing;
        if (missing)
            return missing_arguments(interp, fn, co, fast, true, defcount);
        int64_t first_default = defaults ? defaults->size - defcount : 0;
        for (int64_t i = static_cast<int64_t>(n) > m ? static_cast<int64_t>(n) - m : 0; i < defcount; ++i)
            if (!fast[m + i])
                fast[m + i] = Ref::borrow(defaults->at(first_default + i));
    }

    if (co->kwonlyargcount > 0) {
        int64_t missing = 0;
        auto* kwdefs = fn->kwdefaults ? static_cast<DictObject*>(fn->kwdefaults.obj()) : nullptr;
        for (uint32_t i = co->argcount; i < total_args; ++i) {
            if (fast[i])
                continue;
            if (kwdefs) {
                BASTION_TRY_ASSIGN(Value def, dict_get(interp, kwdefs, Value(co->varname_at(i))));
                if (!def.is_null()) {
                    fast[i] = Ref::borrow(def);
                    continue;
                }
            }
            ++missing;
        }
        if (missing)
            return missing_arguments(interp, fn, co, fast, false, -1);
    }
    return setup_cells(interp, fn, f);
}

Result<Frame*> push_function_frame(Interpreter& interp, FunctionObject* fn, const Value* args, std::size_t nargs,
                                   TupleObject* kwnames, Value locals) {
    CodeObject* co = fn->code_object();
    BASTION_TRY_ASSIGN(Frame * f, push_thread_frame(interp, co, Value(fn), fn->globals, fn->builtins, locals));
    auto bound = bind_arguments(interp, fn, f, args, nargs, kwnames);
    if (!bound.ok()) {
        pop_thread_frame(interp, f);
        return bound.take_error();
    }
    return f;
}

Result<Frame*> push_positional_frame(Interpreter& interp, FunctionObject* fn, Ref* args, std::size_t nargs,
                                     Ref* func_slot) {
    return push_positional_frame_inline(interp, fn, args, nargs, func_slot);
}

// --- Native entry points ----------------------------------------------------------------------

namespace {

// A native caller re-entering the loop costs one recursion level besides the frame, as
// CPython's C-level recursion check does: recursion through __init__, key functions or
// other callbacks then stops at the depth CPython stops at.
class NativeReentry {
public:
    explicit NativeReentry(Interpreter& interp) : m_interp(interp) { ++m_interp.python_depth; }
    ~NativeReentry() { --m_interp.python_depth; }
    NativeReentry(const NativeReentry&) = delete;
    NativeReentry& operator=(const NativeReentry&) = delete;

private:
    Interpreter& m_interp;
};

Status check_reentry(Interpreter& interp) {
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.native_recursion_error();
    if (interp.python_depth >= interp.recursion_limit) [[unlikely]]
        return interp.recursion_error();
    return {};
}

} // namespace

Result<Ref> call_function(Interpreter& interp, FunctionObject* fn, CallArgs args) {
    if (fn->code_object()->is_generator())
        return generator_new(interp, fn, args.items, args.npos, args.kwnames);
    BASTION_TRY(check_reentry(interp));
    NativeReentry reentry(interp);
    BASTION_TRY_ASSIGN(Frame * f, push_function_frame(interp, fn, args.items, args.npos, args.kwnames));
    return run_frame(interp, f);
}

Result<Ref> call_function_with_locals(Interpreter& interp, FunctionObject* fn, Value locals) {
    BASTION_TRY(check_reentry(interp));
    NativeReentry reentry(interp);
    BASTION_TRY_ASSIGN(Frame * f, push_function_frame(interp, fn, nullptr, 0, nullptr, locals));
    return run_frame(interp, f);
}

Result<Ref> run_code(Interpreter& interp, CodeObject* code, Value globals, Value locals) {
    if (code->nfrees != 0)
        return interp.raise(interp.exc.TypeError, "code object passed to exec() may not contain free variables");
    if (code->is_generator())
        return interp.raise(interp.exc.TypeError, "cannot exec a generator code object");
    if (interp.native_stack_exhausted()) [[unlikely]]
        return interp.native_recursion_error();
    if (!globals.is_obj() || !is_dict(interp, globals))
        return interp.raise(interp.exc.TypeError, "globals must be a dict");
    if (locals.is_null())
        locals = globals;
    // A host's run (no Python frame below): whatever the last MemoryError's traceback kept
    // alive goes first, so a run after one that hit the limit starts with that memory back.
    if (interp.vm().current == nullptr)
        interp.release_idle_memory_error();
    Value builtins = builtins_for_globals(interp, globals);
    BASTION_TRY_ASSIGN(Frame * f, push_thread_frame(interp, code, Value(), globals, builtins, locals));
    auto cells = setup_cells(interp, nullptr, f);
    if (!cells.ok()) {
        pop_thread_frame(interp, f);
        return cells.take_error();
    }
    return run_frame(interp, f);
}

std::string function_str(Interpreter& interp, Value callable) {
    auto qualname = get_attr_opt(interp, callable, interp.names.__qualname__);
    if (!qualname.ok() || !qualname.value() || !is_str(interp, qualname.value())) {
        auto s = str(interp, callable);
        return s.ok() ? str_to_utf8(s.value().get()) : type_of(interp, callable)->name + " object";
    }
    std::string q = str_to_utf8(static_cast<StrObject*>(qualname.value().obj()));
    auto module = get_attr_opt(interp, callable, interp.names.__module__);
    if (module.ok() && module.value() && is_str(interp, module.value())) {
        std::string m = str_to_utf8(static_cast<StrObject*>(module.value().obj()));
        if (m != "builtins")
            return m + "." + q + "()";
    }
    return q + "()";
}

} // namespace bastion
