// builtins_io.cpp: the builtins that reach outside the sandbox — open() and input() —
// as thin doors into lib/io.py (io.open, io._input). Both refuse with PermissionError
// unless the host enabled file and console access (the CLI does; see bastion.h).
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/core_internal.h"
#include "vm/import.h"

namespace bastion {

namespace {

Result<Ref> call_io(Interpreter& interp, std::string_view function, CallArgs args) {
    BASTION_TRY_ASSIGN(Ref module, import_module(interp, "io"));
    StrObject* name = name_of(interp, function);
    if (name == nullptr)
        return interp.no_memory();
    BASTION_TRY_ASSIGN(Ref fn, get_attr(interp, module, name));
    return call(interp, fn, args);
}

Result<Ref> builtin_open(Interpreter& interp, CallArgs args) { return call_io(interp, "open", args); }

Result<Ref> builtin_input(Interpreter& interp, CallArgs args) {
    BASTION_TRY(check_builtin_args(interp, args, "input", 0, 1));
    return call_io(interp, "_input", args);
}

} // namespace

std::span<const BuiltinEntry> builtins_io_functions() {
    static const BuiltinEntry kFunctions[] = {{"open", builtin_open}, {"input", builtin_input}};
    return kFunctions;
}

} // namespace bastion
