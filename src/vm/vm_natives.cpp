// vm_natives.cpp: exec/eval/compile/globals/locals and sys.exc_info/exception/_getframe/
// excepthook, and the report of an uncaught exception,
// with CPython 3.11's argument rules and messages (Python/bltinmodule.c, sysmodule.c).
#include "vm/vm_natives.h"

#include <string>

#include "objects/abstract.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/native.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/module.h"
#include "vm/source_code.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"

namespace bastion {

namespace {

bool is_none(Interpreter& interp, Value v) { return v.is_null() || v.is(Value(interp.none)); }

// Source text of a str or bytes argument; false for anything else.
bool source_text(Interpreter& interp, Value v, std::string* out) {
    if (is_str(interp, v)) {
        *out = str_to_utf8(static_cast<StrObject*>(v.obj()));
        return true;
    }
    if (is_bytes(interp, v)) {
        auto view = static_cast<BytesObject*>(v.obj())->view();
        out->assign(reinterpret_cast<const char*>(view.data()), view.size());
        return true;
    }
    return false;
}

// The (globals, locals) pair exec/eval run in, CPython's defaults and checks.
Status namespaces(Interpreter& interp, std::string_view fn, Value globals_arg, Value locals_arg, Ref* globals,
                  Ref* locals) {
    if (!is_none(interp, globals_arg) && !is_dict(interp, globals_arg))
        return interp.raise_fmt(interp.exc.TypeError, "{}() globals must be a dict, not {}", fn,
                                type_of(interp, globals_arg)->name);
    if (!is_none(interp, locals_arg) && !type_of(interp, locals_arg)->getitem)
        return interp.raise_fmt(interp.exc.TypeError, "locals must be a mapping or None, not {}",
                                type_of(interp, locals_arg)->name);
    if (is_none(interp, globals_arg)) {
        Value g = current_globals(interp);
        if (g.is_null())
            return interp.raise_fmt(interp.exc.SystemError, "{}(): no globals", fn);
        *globals = Ref::borrow(g);
        if (is_none(interp, locals_arg)) {
            BASTION_TRY_ASSIGN(*locals, current_locals(interp));
        } else {
            *locals = Ref::borrow(locals_arg);
        }
    } else {
        *globals = Ref::borrow(globals_arg);
        *locals = is_none(interp, locals_arg) ? Ref::borrow(globals_arg) : Ref::borrow(locals_arg);
    }
    auto* g = static_cast<DictObject*>(globals->obj());
    if (dict_get_str(g, interp.names.__builtins__).is_null())
        BASTION_TRY(dict_set_str(interp, g, interp.names.__builtins__, interp.builtins));
    return {};
}

Result<Ref> run_source_or_code(Interpreter& interp, std::string_view fn, Value source, Value globals_arg,
                               Value locals_arg, compile::CompileMode mode) {
    Ref globals, locals;
    BASTION_TRY(namespaces(interp, fn, globals_arg, locals_arg, &globals, &locals));
    if (is_code(interp, source))
        return run_code(interp, static_cast<CodeObject*>(source.obj()), globals, locals);
    std::string text;
    if (!source_text(interp, source, &text))
        return interp.raise_fmt(interp.exc.TypeError, "{}() arg 1 must be a string, bytes or code object", fn);
    if (mode == compile::CompileMode::Eval) {
        std::size_t start = text.find_first_not_of(" \t");
        text.erase(0, start == std::string::npos ? text.size() : start);
    }
    BASTION_TRY_ASSIGN(Own<CodeObject> code, compile_to_code(interp, text, "<string>", mode));
    return run_code(interp, code.get(), globals, locals);
}

} // namespace

Result<Ref> builtin_exec(Interpreter& interp, CallArgs args) {
    Value parsed[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"exec", {"source", "globals", "locals"}, 1, 3}, parsed));
    BASTION_TRY_ASSIGN(Ref r, run_source_or_code(interp, "exec", parsed[0], parsed[1], parsed[2],
                                                 compile::CompileMode::Exec));
    return interp.new_none();
}

Result<Ref> builtin_eval(Interpreter& interp, CallArgs args) {
    Value parsed[3];
    BASTION_TRY(parse_args(interp, args, ArgSpec{"eval", {"source", "globals", "locals"}, 1, 3}, parsed));
    return run_source_or_code(interp, "eval", parsed[0], parsed[1], parsed[2], compile::CompileMode::Eval);
}

Result<Ref> builtin_compile(Interpreter& interp, CallArgs args) {
    Value parsed[7];
    BASTION_TRY(parse_args(interp, args,
                           ArgSpec{"compile",
                                   {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
                                   3, 0, 1},
                           parsed));
    std::string text;
    if (!source_text(interp, parsed[0], &text))
        return interp.raise(interp.exc.TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (!is_str(interp, parsed[1]))
        return interp.raise_fmt(interp.exc.TypeError, "compile() argument 'filename' must be str, not {}",
                                type_of(interp, parsed[1])->name);
    if (!is_str(interp, parsed[2]))
        return interp.raise_fmt(interp.exc.TypeError, "compile() argument 'mode' must be str, not {}",
                                type_of(interp, parsed[2])->name);
    std::string mode_text = str_to_utf8(static_cast<StrObject*>(parsed[2].obj()));
    compile::CompileMode mode;
    if (mode_text == "exec")
        mode = compile::CompileMode::Exec;
    else if (mode_text == "eval")
        mode = compile::CompileMode::Eval;
    else if (mode_text == "single")
        mode = compile::CompileMode::Single;
    else
        return interp.raise(interp.exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    std::string filename = str_to_utf8(static_cast<StrObject*>(parsed[1].obj()));
    BASTION_TRY_ASSIGN(Own<CodeObject> code, compile_to_code(interp, text, filename, mode));
    return Ref(std::move(code));
}

Result<Ref> builtin_globals(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "globals", 0, 0));
    Value g = current_globals(interp);
    if (g.is_null())
        return interp.raise(interp.exc.SystemError, "globals(): no current frame");
    return Ref::borrow(g);
}

Result<Ref> builtin_locals(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "locals", 0, 0));
    return current_locals(interp);
}

Result<Ref> sys_exc_info(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "sys.exc_info", 0, 0));
    Value exc = current_handled_exception(interp);
    if (exc.is_null() || !is_exception_instance(interp, exc)) {
        Value none(interp.none);
        BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {none, none, none}));
        return Ref(std::move(t));
    }
    auto* e = static_cast<ExceptionObject*>(exc.obj());
    Value tb = e->traceback ? Value(e->traceback) : Value(interp.none);
    BASTION_TRY_ASSIGN(Own<TupleObject> t, tuple_of(interp, {Value(type_of(interp, exc)), exc, tb}));
    return Ref(std::move(t));
}

Result<Ref> sys_exception(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "sys.exception", 0, 0));
    Value exc = current_handled_exception(interp);
    return exc.is_null() ? interp.new_none() : Ref::borrow(exc);
}

Result<Ref> sys__getframe(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_positional(interp, args, "_getframe", 0, 1));
    int64_t depth = 0;
    if (args.npos == 1) {
        BASTION_TRY_ASSIGN(depth, index_to_i64(interp, args.items[0]));
    }
    Frame* f = current_frame(interp);
    while (f && depth > 0) {
        f = f->previous;
        --depth;
    }
    if (!f || depth < 0)
        return interp.raise(interp.exc.ValueError, "call stack is not deep enough");
    return frame_object_of(interp, f);
}

namespace {

Value sys_attr(Interpreter& interp, std::string_view name) {
    if (!interp.sys_module)
        return Value();
    StrObject* key = interp.intern(name);
    return key ? dict_get_str(module_dict(interp.sys_module), key) : Value();
}

// CPython's PyErr_Display writes to sys.stderr; with none there, to the host's stream.
Status write_to_sys_stderr(Interpreter& interp, std::string_view text) {
    Value stream = sys_attr(interp, "stderr");
    if (is_none(interp, stream)) {
        if (interp.write_stderr)
            interp.write_stderr(text);
        return {};
    }
    BASTION_TRY_ASSIGN(Own<StrObject> s, str_from_utf8(interp, text));
    BASTION_TRY_ASSIGN(Ref r, call_method(interp, stream, interp.intern("write"), {Value(s.get())}));
    (void)r;
    return {};
}

} // namespace

Result<Ref> sys_excepthook(Interpreter& interp, CallArgs args) {
    BASTION_TRY(no_keywords(interp, args, "excepthook"));
    BASTION_TRY(check_positional(interp, args, "excepthook", 3, 3));
    Value value = args.items[1];
    Value tb = args.items[2];
    // As PyErr_Display: a traceback passed for an exception that has none is attached.
    if (is_exception_instance(interp, value) && is_traceback(interp, tb)) {
        auto* e = static_cast<ExceptionObject*>(value.obj());
        if (!e->traceback)
            e->traceback = Ref::borrow(tb);
    }
    BASTION_TRY(write_to_sys_stderr(interp, format_exception(interp, value)));
    return interp.new_none();
}

void report_uncaught_exception(Interpreter& interp, Value exc) {
    Type* t = type_of(interp, exc);
    bool limit = is_subtype(t, interp.exc.StepLimitExceeded) ||
                 (is_subtype(t, interp.exc.MemoryError) && interp.limits.max_memory_bytes != 0);
    Value hook = limit ? Value() : sys_attr(interp, "excepthook");
    if (hook.is_null()) {
        if (!limit && interp.write_stderr)
            interp.write_stderr("sys.excepthook is missing\n");
        interp.print_exception(exc);
        return;
    }
    auto* e = is_exception_instance(interp, exc) ? static_cast<ExceptionObject*>(exc.obj()) : nullptr;
    Value tb = e && e->traceback ? Value(e->traceback) : Value(interp.none);
    auto r = call_positional(interp, hook, {Value(t), exc, tb});
    if (r.ok())
        return;
    if (interp.write_stderr)
        interp.write_stderr("Error in sys.excepthook:\n");
    interp.print_exception(r.error().exception);
    if (interp.write_stderr)
        interp.write_stderr("\nOriginal exception was:\n");
    interp.print_exception(exc);
}

} // namespace bastion
