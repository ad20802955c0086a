// runtime.cpp: bastion::Runtime, the public embedding API (include/bastion/bastion.h),
// over the internal Interpreter. Runs code in one persistent __main__ module, converts
// Python outcomes into RunResult and CLI exit codes, and offers the compile/verify/dis
// tools the CLI uses (host functions are in host_functions.cpp).
#include <fstream>
#include <sstream>

#include "api/runtime_state.h"
#include "bytecode/disassemble.h"
#include "compile/compiler.h"
#include "objects/abstract.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "serial/serial.h"
#include "verify/verifier.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/source_code.h"
#include "vm/traceback.h"
#include "vm/vm_natives.h"

namespace bastion {

namespace {

std::string str_or_unprintable(Interpreter& interp, Value v) {
    auto s = str(interp, v);
    if (!s.ok())
        return "<unprintable>";
    return str_to_utf8(s.value().get());
}

bool is_pseudo(std::string_view filename) { return filename.empty() || filename.front() == '<'; }

std::string folder_of(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
}

std::span<const uint8_t> as_bytes(std::string_view s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

} // namespace

// An uncaught exception becomes a RunResult; it is printed as CPython's excepthook would.
RunResult outcome_of(Interpreter& interp, Raised raised) {
    RunResult r;
    Value exc = raised.exception;
    Type* t = type_of(interp, exc);
    r.exception_type = t->name;
    r.message = str_or_unprintable(interp, exc);
    if (is_subtype(t, interp.exc.SystemExit)) {
        r.status = RunResult::Status::Exit;
        // SystemExit.code: None → 0, an int → itself, anything else is printed → 1.
        auto code = get_attr_opt(interp, exc, interp.intern("code"));
        Value c = code.ok() && code.value() ? code.value().get() : Value(interp.none);
        int64_t n = 0;
        if (c.is(Value(interp.none))) {
            r.exit_code = 0;
        } else if (int_to_i64(c, &n)) {
            r.exit_code = static_cast<int>(n & 0xFF);
        } else {
            interp.write_stderr(str_or_unprintable(interp, c) + "\n");
            r.exit_code = 1;
        }
        return r;
    }
    report_uncaught_exception(interp, exc);
    if (is_subtype(t, interp.exc.StepLimitExceeded)) {
        r.status = RunResult::Status::LimitExceeded;
        r.exit_code = 3;
        interp.write_stderr("bastion: stopped: the step limit (--max-steps) was exceeded\n");
        return r;
    }
    if (is_subtype(t, interp.exc.MemoryError) && interp.limits.max_memory_bytes != 0) {
        r.status = RunResult::Status::LimitExceeded;
        r.exit_code = 3;
        interp.write_stderr("bastion: stopped: the memory limit (--max-memory) was exceeded\n");
        return r;
    }
    r.status = is_subtype(t, interp.exc.SyntaxError) ? RunResult::Status::SyntaxError : RunResult::Status::Exception;
    r.exit_code = 1;
    return r;
}

Result<Ref> RuntimeState::main_module() {
    if (main)
        return main;
    BASTION_TRY_ASSIGN(Ref module, module_new(*interp, "__main__"));
    DictObject* d = module_dict(module);
    // CPython's __main__ namespace has an (empty) __annotations__ from the start.
    StrObject* k_annotations = interp->intern("__annotations__");
    if (k_annotations == nullptr)
        return interp->no_memory();
    BASTION_TRY_ASSIGN(Own<DictObject> annotations, dict_new(*interp));
    BASTION_TRY(dict_set_str(*interp, d, k_annotations, Value(annotations.get())));
    BASTION_TRY(dict_set_str(*interp, d, interp->names.__builtins__, interp->builtins));
    if (interp->modules)
        BASTION_TRY(dict_set_str(*interp, static_cast<DictObject*>(interp->modules.obj()), interp->names.__main__, module));
    main = module;
    return module;
}

Result<Ref> RuntimeState::run_code_in_main(CodeObject* code, std::string_view filename) {
    BASTION_TRY_ASSIGN(Ref module, main_module());
    DictObject* d = module_dict(module);
    if (!is_pseudo(filename)) {
        BASTION_TRY_ASSIGN(Own<StrObject> file, str_from_utf8(*interp, filename));
        BASTION_TRY(dict_set_str(*interp, d, interp->names.__file__, Value(file.get())));
        StrObject* k_cached = interp->intern("__cached__");
        if (k_cached == nullptr)
            return interp->no_memory();
        BASTION_TRY(dict_set_str(*interp, d, k_cached, Value(interp->none)));
        set_main_dir(*interp, folder_of(std::string(filename)));
    }
    return run_code(*interp, code, Value(d), Value(d));
}

Result<Ref> RuntimeState::run_source_in_main(std::string_view source, std::string_view filename,
                                             compile::CompileMode mode) {
    if (!is_pseudo(filename))
        register_source(*interp, filename, source);
    BASTION_TRY_ASSIGN(Own<CodeObject> code, compile_to_code(*interp, source, filename, mode));
    if (filename == "<stdin>") {
        // A whole program read from stdin (`bastion -`, piped input) has __file__ '<stdin>'
        // and __cached__ None in CPython; -c code and REPL inputs have no __file__.
        BASTION_TRY_ASSIGN(Ref module, main_module());
        DictObject* d = module_dict(module);
        BASTION_TRY_ASSIGN(Own<StrObject> file, str_from_utf8(*interp, filename));
        BASTION_TRY(dict_set_str(*interp, d, interp->names.__file__, Value(file.get())));
        StrObject* k_cached = interp->intern("__cached__");
        if (k_cached == nullptr)
            return interp->no_memory();
        BASTION_TRY(dict_set_str(*interp, d, k_cached, Value(interp->none)));
    }
    return run_code_in_main(code.get(), filename);
}

Runtime::Runtime(const Limits& limits) : m_state(std::make_unique<RuntimeState>()) {
    m_state->interp = std::make_unique<Interpreter>(limits);
    m_state->interp->host_context = m_state.get();
}

Runtime::~Runtime() {
    if (m_state)
        m_state->main.reset(); // module first: the interpreter must outlive every Ref
}

Interpreter& Runtime::interpreter() { return *m_state->interp; }

void Runtime::set_output(std::function<void(std::string_view)> out, std::function<void(std::string_view)> err) {
    m_state->interp->write_stdout = std::move(out);
    m_state->interp->write_stderr = std::move(err);
}

void Runtime::set_host_io(bool enabled) { m_state->interp->host_io = enabled; }

void Runtime::set_sleep(std::function<void(double seconds)> sleep) { m_state->interp->sleep = std::move(sleep); }

void Runtime::set_argv(std::vector<std::string> argv) {
    Interpreter& interp = *m_state->interp;
    interp.argv = std::move(argv);
    if (!interp.sys_module)
        return;
    auto list = list_new(interp);
    if (!list.ok())
        return;
    for (const std::string& a : interp.argv) {
        auto s = str_from_utf8(interp, a);
        if (!s.ok() || !list_append(interp, list.value().get(), Value(s.value().get())).ok())
            return;
    }
    (void)set_attr(interp, interp.sys_module, interp.intern("argv"), Value(list.value().get()));
}

void Runtime::set_path(std::vector<std::string> path) {
    Interpreter& interp = *m_state->interp;
    if (!interp.sys_module)
        return;
    auto list = list_new(interp);
    if (!list.ok())
        return;
    for (const std::string& entry : path) {
        auto s = str_from_utf8(interp, entry);
        if (!s.ok() || !list_append(interp, list.value().get(), Value(s.value().get())).ok())
            return;
    }
    (void)set_attr(interp, interp.sys_module, interp.intern("path"), Value(list.value().get()));
}

RunResult Runtime::run_module(std::string_view name) {
    Interpreter& interp = *m_state->interp;
    auto main = m_state->main_module();
    if (!main.ok())
        return outcome_of(interp, main.take_error());
    std::string not_runnable;
    auto r = run_module_as_main(interp, name, Value(module_dict(main.value())), &not_runnable);
    if (!r.ok())
        return outcome_of(interp, r.take_error());
    if (!not_runnable.empty()) {
        interp.write_stderr("bastion: " + not_runnable + "\n");
        RunResult result;
        result.status = RunResult::Status::Exception;
        result.exit_code = 1;
        result.exception_type = "ImportError";
        result.message = not_runnable;
        return result;
    }
    return RunResult{};
}

RunResult Runtime::run_string(std::string_view source, std::string_view filename) {
    auto r = m_state->run_source_in_main(source, filename, compile::CompileMode::Exec);
    if (!r.ok())
        return outcome_of(*m_state->interp, r.take_error());
    return RunResult{};
}

RunResult Runtime::run_interactive(std::string_view source) {
    Interpreter& interp = *m_state->interp;
    compile::CompileWarnings warnings;
    auto image = compile::compile_source(source, "<stdin>", compile::CompileMode::Single, &warnings);
    if (!image.ok()) {
        const std::string& msg = image.error().message;
        bool incomplete = msg.find("unexpected EOF") != std::string::npos ||
                          msg.find("was never closed") != std::string::npos ||
                          msg.find("expected an indented block") != std::string::npos ||
                          msg.find("unterminated triple-quoted") != std::string::npos;
        if (incomplete) {
            RunResult r;
            r.status = RunResult::Status::Incomplete;
            return r;
        }
        return outcome_of(interp, syntax_error_from(interp, image.error(), source, "<stdin>"));
    }
    if (auto warned = issue_compile_warnings(interp, warnings, source, "<stdin>"); !warned.ok())
        return outcome_of(interp, warned.take_error());
    auto code = load_code(interp, image.value());
    if (!code.ok())
        return outcome_of(interp, code.take_error());
    auto r = m_state->run_code_in_main(code.value().get(), "<stdin>");
    if (!r.ok())
        return outcome_of(interp, r.take_error());
    return RunResult{};
}

RunResult Runtime::run_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        RunResult r;
        r.status = RunResult::Status::Exception;
        r.exit_code = 2;
        r.exception_type = "FileNotFoundError";
        r.message = "can't open file '" + path + "': [Errno 2] No such file or directory";
        return r;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    std::string bytes = buf.str();
    if (!looks_like_bbc(bytes))
        return run_string(bytes, path);
    Interpreter& interp = *m_state->interp;
    auto loaded = serial::read_bbc(as_bytes(bytes));
    if (!loaded.ok()) {
        Type* type = loaded.error().is_eof() ? interp.exc.EOFError : interp.exc.ValueError;
        return outcome_of(interp, interp.raise(type, loaded.error().message()));
    }
    auto code = load_code(interp, loaded.value());
    if (!code.ok())
        return outcome_of(interp, code.take_error());
    auto r = m_state->run_code_in_main(code.value().get(), path);
    if (!r.ok())
        return outcome_of(interp, r.take_error());
    return RunResult{};
}

std::optional<std::string> Runtime::eval_repr(std::string_view expression, RunResult* error) {
    Interpreter& interp = *m_state->interp;
    auto fail = [&](Raised raised) -> std::optional<std::string> {
        RunResult res = outcome_of(interp, std::move(raised));
        if (error)
            *error = res;
        return std::nullopt;
    };
    auto r = m_state->run_source_in_main(expression, "<string>", compile::CompileMode::Eval);
    if (!r.ok())
        return fail(r.take_error());
    auto s = repr(interp, r.value());
    if (!s.ok())
        return fail(s.take_error());
    return str_to_utf8(s.value().get());
}

bool Runtime::looks_like_bbc(std::string_view bytes) { return serial::has_bbc_magic(as_bytes(bytes)); }

std::string Runtime::version() { return "Bastion 0.1.0 (Python 3.11 language)"; }

// Source or .bbc bytes to an image; on failure *error gets the CLI's text.
static std::shared_ptr<const bc::CodeImage> image_of(Interpreter& interp, std::string_view bytes,
                                                     std::string_view filename, std::string* error) {
    if (Runtime::looks_like_bbc(bytes)) {
        auto loaded = serial::read_bbc(as_bytes(bytes));
        if (!loaded.ok()) {
            *error = std::string(filename) + ": load failed: " + loaded.error().message();
            return nullptr;
        }
        return loaded.value();
    }
    auto compiled = compile::compile_source(bytes, filename, compile::CompileMode::Exec);
    if (!compiled.ok()) {
        Raised e = syntax_error_from(interp, compiled.error(), bytes, filename);
        *error = format_exception(interp, e.exception);
        return nullptr;
    }
    return compiled.value();
}

std::optional<std::string> Runtime::compile_to_bbc(std::string_view source, std::string_view filename,
                                                   std::string* error) {
    std::string err;
    auto image = image_of(*m_state->interp, source, filename, &err);
    if (!image) {
        *error = err;
        return std::nullopt;
    }
    auto verified = verify::verify(image);
    if (!verified.ok()) {
        *error = std::string(filename) + ": " + verified.error().message();
        return std::nullopt;
    }
    return serial::write_bbc(*image);
}

std::vector<std::string> Runtime::verify_file_bytes(std::string_view bytes, std::string_view filename) {
    std::vector<std::string> failures;
    std::string err;
    auto image = image_of(*m_state->interp, bytes, filename, &err);
    if (!image) {
        while (!err.empty() && err.back() == '\n')
            err.pop_back();
        failures.push_back(err);
        return failures;
    }
    auto verified = verify::verify(image);
    if (!verified.ok())
        failures.push_back(std::string(filename) + ": " + verified.error().message());
    return failures;
}

std::optional<std::string> Runtime::disassemble(std::string_view bytes, std::string_view filename,
                                                std::string* error) {
    auto image = image_of(*m_state->interp, bytes, filename, error);
    if (!image)
        return std::nullopt;
    return bc::disassemble(*image);
}

} // namespace bastion
