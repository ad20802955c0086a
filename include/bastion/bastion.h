// bastion.h: the public embedding API. A host creates one bastion::Runtime per
// independent Python world (one per thread if it likes: runtimes share nothing),
// sets its limits, captures its output, binds native functions and runs code.
// Nothing here exposes internal object types; values cross as RunResult text or
// through bound functions' plain C++ types.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "bastion/limits.h"

namespace bastion {

class Interpreter;
struct RuntimeState;

// How a run ended.
struct RunResult {
    enum class Status { Ok, Exception, SyntaxError, LimitExceeded, Exit, Incomplete };
    Status status = Status::Ok;
    int exit_code = 0;          // the CLI's exit code for this outcome (0, 1, 3, or SystemExit's code)
    std::string exception_type; // e.g. "ZeroDivisionError" (empty when Ok)
    std::string message;        // str(exception)
    bool ok() const { return status == Status::Ok; }
};

// A plain value crossing the API boundary for bound functions.
using HostValue = std::variant<std::monostate, bool, int64_t, double, std::string>;
using HostFunction = std::function<HostValue(const std::vector<HostValue>& args)>;

class Runtime {
public:
    explicit Runtime(const Limits& limits = {});
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Where print() and tracebacks go (default: the process's stdout/stderr).
    void set_output(std::function<void(std::string_view)> out, std::function<void(std::string_view)> err);
    void set_argv(std::vector<std::string> argv);
    // sys.path (empty by default). Imports search it only with set_host_io(true). The CLI
    // sets it as CPython does: the script's folder, '' (the current directory) for -c, -
    // and the REPL, and the current directory's path for -m.
    void set_path(std::vector<std::string> path);
    // File and console access: open(), input(), reads from sys.stdin (PermissionError while
    // off) and imports of .py files (ModuleNotFoundError while off). Off by default; the
    // bastion CLI turns it on.
    void set_host_io(bool enabled);
    // What time.sleep(seconds) does (called after its argument checks). Default: the thread
    // sleeps. A host that bounds wall time, or runs untrusted scripts, can cap or skip it.
    void set_sleep(std::function<void(double seconds)> sleep);

    // Run source as the __main__ module (one persistent namespace per Runtime).
    // An uncaught exception is printed to the error stream like CPython's traceback.
    RunResult run_string(std::string_view source, std::string_view filename = "<string>");
    // Run one interactive input in the persistent __main__ (expression values are echoed).
    // Status::Incomplete means the input needs more lines (an open block or bracket).
    RunResult run_interactive(std::string_view source);
    // Run a file: Python source, or a compiled .bbc file (detected by its magic).
    RunResult run_file(const std::string& path);
    // Run a module found by import (a package: its __main__ submodule) as __main__, as
    // `python -m NAME`: its parent packages are imported first, sys.argv[0] becomes its
    // file. A module that cannot be run writes "bastion: No module named NAME" (or CPython's
    // other -m message) to the error stream and returns exit code 1 without running anything.
    RunResult run_module(std::string_view name);
    // Evaluate an expression in __main__ and return repr() of the result (or nullopt with
    // the error in *error).
    std::optional<std::string> eval_repr(std::string_view expression, RunResult* error = nullptr);

    // Bind a host function as a builtin visible to scripts (name: an ASCII identifier). Arguments arrive converted
    // from None/bool/int/float/str; the result is converted back. A host function that
    // throws std::exception raises RuntimeError with its what().
    void define_function(const std::string& name, HostFunction fn);

    // Tools used by the CLI (bastion compile / verify / dis).
    // Compile source to .bbc bytes; on error, *error receives a CPython-style message.
    std::optional<std::string> compile_to_bbc(std::string_view source, std::string_view filename, std::string* error);
    // Verify a .bbc file or source; each failure line is
    // "verification failed in <code name> at offset N: <rule>: <detail>" (empty when valid).
    std::vector<std::string> verify_file_bytes(std::string_view bytes, std::string_view filename);
    // Disassembly text of source or .bbc bytes; nullopt with *error on failure.
    std::optional<std::string> disassemble(std::string_view bytes, std::string_view filename, std::string* error);

    static bool looks_like_bbc(std::string_view bytes);
    static std::string version();

    Interpreter& interpreter(); // for in-tree tools and tests

private:
    std::unique_ptr<RuntimeState> m_state;
};

} // namespace bastion
