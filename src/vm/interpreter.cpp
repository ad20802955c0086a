// interpreter.cpp: the Interpreter's life cycle (start-up order, teardown) and its
// execution entry points: run_source (a module from source text),
// eval_source (eval/exec in a namespace) and print_exception (CPython's excepthook text).
//
// The interpreter loop (eval.cpp) relies on the verifier's contract, restated there and
// in verify/verifier.h; every code object reaches it through load_code/materialize.
#include "vm/interpreter.h"

#include <cstdio>
#include <filesystem>

#include "objects/abstract.h"
#include "objects/bootstrap.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/source_code.h"
#include "vm/traceback.h"
#include "vm/vm_state.h"
#include "gc/gc_state.h"

namespace bastion {

namespace {

void write_to(std::FILE* stream, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stream);
    std::fflush(stream);
}

bool is_pseudo_filename(std::string_view filename) {
    return filename.empty() || filename.front() == '<';
}

// The absolute folder of a script, as CPython puts it in sys.path[0].
std::string folder_of(std::string_view filename) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(std::filesystem::path(filename), ec);
    if (ec)
        return "";
    return p.parent_path().lexically_normal().string();
}

} // namespace

Interpreter::Interpreter(const Limits& l) : limits(l), m_vm(std::make_unique<VmState>()) {
    recursion_limit = limits.recursion_limit;
    steps_left = limits.max_steps;
    // The native stack bounds are taken by the first allocation (objects/heap.cpp), on
    // the thread constructing the interpreter.
    write_stdout = [](std::string_view s) { write_to(stdout, s); };
    write_stderr = [](std::string_view s) { write_to(stderr, s); };

    // Start-up allocates a fixed set of objects; a tiny memory limit must not make the
    // interpreter unusable before it exists, so the limit applies from the first script.
    uint64_t memory_limit = limits.max_memory_bytes;
    uint64_t steps = limits.max_steps;
    limits.max_memory_bytes = 0;
    limits.max_steps = 0; // the sys module's bundled Python must not spend the budget
    BASTION_CHECK(bootstrap_types(*this).ok());
    BASTION_CHECK(init_builtins_module(*this).ok());
    BASTION_CHECK(init_sys_module(*this).ok());
    set_memory_limit(memory_limit);
    limits.max_steps = steps;
    steps_left = steps;
}

Raised Interpreter::step_limit_exceeded() {
    steps_left = 0;
    return raise_fmt(exc.StepLimitExceeded, "exceeded the limit of {} bytecode instructions", limits.max_steps);
}

Interpreter::~Interpreter() {
    // No frame can be running (the host is not inside a call into this interpreter).
    // atexit functions (and weakref.finalize's atexit ones) run first, with everything alive.
    gc_run_exit_functions(*this);
    {
        // Releasing the handled exception may run finalizers, which may run generators:
        // the chain keeps its thread entry (emptied first) while they run. No generator
        // runs here, so the thread's entry is the only one linked.
        BASTION_CHECK(m_vm->exc_info == &m_vm->thread_exc);
        Ref handled = std::move(m_vm->thread_exc.exc);
    }
    m_vm->repr_stack.clear();
    sys_module.reset();
    modules.reset();
    builtins.reset();
    codec_error_registry.reset();
    asyncgen_firstiter.reset();
    asyncgen_finalizer.reset();
    m_vm->frame_stack.release_all(*this);
    m_memory_error = Own<ExceptionObject>();
    // The last finalizers run and every object is freed while types and interned names
    // still exist (gc/teardown.cpp has the order); then the names, singletons and types.
    gc_teardown_objects(*this);
    for (auto& [text, s] : m_interned)
        decref(s);
    m_interned.clear();
    m_vm->keys_transitions.clear(); // keyed by the names' addresses, which may now be reused
    gc_teardown_types(*this);
}

Result<Ref> Interpreter::run_source(std::string_view source, std::string_view filename, std::string_view module_name) {
    if (vm().current == nullptr)
        release_idle_memory_error(); // before compiling: run_code's reason (vm/call.cpp)
    // CPython shows no source lines for pseudo-files such as "<string>" or "<stdin>".
    if (!is_pseudo_filename(filename))
        register_source(*this, filename, source);
    if (module_name == "__main__" && !is_pseudo_filename(filename))
        set_main_dir(*this, folder_of(filename));
    BASTION_TRY_ASSIGN(Own<CodeObject> code, compile_to_code(*this, source, filename, compile::CompileMode::Exec));
    BASTION_TRY_ASSIGN(Ref module, module_new(*this, module_name));
    DictObject* d = module_dict(module);
    if (!is_pseudo_filename(filename)) {
        BASTION_TRY_ASSIGN(Own<StrObject> file, str_from_utf8(*this, filename));
        BASTION_TRY(dict_set_str(*this, d, names.__file__, Value(file.get())));
    }
    BASTION_TRY(dict_set_str(*this, d, names.__builtins__, builtins));
    if (modules) {
        BASTION_TRY_ASSIGN(Own<StrObject> key, str_from_utf8(*this, module_name));
        BASTION_TRY(dict_set(*this, static_cast<DictObject*>(modules.obj()), Value(key.get()), module));
    }
    BASTION_TRY_ASSIGN(Ref result, run_code(*this, code.get(), Value(d), Value(d)));
    (void)result;
    return module;
}

Result<Ref> Interpreter::eval_source(std::string_view source, std::string_view filename, Value globals, Value locals) {
    if (globals.is_null() || !is_dict(*this, globals))
        return raise(exc.TypeError, "globals must be a dict");
    if (locals.is_null())
        locals = globals;
    auto* g = static_cast<DictObject*>(globals.obj());
    if (dict_get_str(g, names.__builtins__).is_null())
        BASTION_TRY(dict_set_str(*this, g, names.__builtins__, builtins));
    if (!is_pseudo_filename(filename))
        register_source(*this, filename, source);
    // An expression yields its value; anything else runs as statements (None).
    compile::CompileWarnings warnings;
    auto image = compile::compile_source(source, filename, compile::CompileMode::Eval, &warnings);
    Own<CodeObject> code;
    if (image.ok()) {
        BASTION_TRY(issue_compile_warnings(*this, warnings, source, filename));
        BASTION_TRY_ASSIGN(code, load_code(*this, image.value()));
    } else {
        BASTION_TRY_ASSIGN(code, compile_to_code(*this, source, filename, compile::CompileMode::Exec));
    }
    return run_code(*this, code.get(), globals, locals);
}

void Interpreter::print_exception(Value exc_value) {
    std::string text = format_exception(*this, exc_value);
    if (write_stderr)
        write_stderr(text);
}

} // namespace bastion
