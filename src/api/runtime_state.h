// runtime_state.h: what a bastion::Runtime holds behind its public header — the
// Interpreter, the persistent __main__ module, and helpers shared by the API files.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "bastion/bastion.h"
#include "compile/compiler.h"
#include "vm/interpreter.h"

namespace bastion {

struct CodeObject;

struct RuntimeState {
    std::unique_ptr<Interpreter> interp;
    Ref main; // the __main__ module, made on first use
    std::vector<HostFunction> host_functions; // bound by Runtime::define_function

    Result<Ref> main_module();
    Result<Ref> run_code_in_main(CodeObject* code, std::string_view filename);
    Result<Ref> run_source_in_main(std::string_view source, std::string_view filename, compile::CompileMode mode);
};

RunResult outcome_of(Interpreter& interp, Raised raised);

} // namespace bastion
