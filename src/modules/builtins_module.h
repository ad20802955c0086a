// builtins_module.h: registration helpers shared by the builtins_*.cpp files.
#pragma once

#include "objects/native.h"
#include "vm/interpreter.h"

namespace bastion {

struct BuiltinEntry {
    std::string_view name;
    NativeFunction fn;
};

// Each builtins_*.cpp file contributes one table.
std::span<const BuiltinEntry> builtins_core_functions();
std::span<const BuiltinEntry> builtins_sequence_functions();
std::span<const BuiltinEntry> builtins_number_functions();
std::span<const BuiltinEntry> builtins_io_functions(); // open, input (builtins_io.cpp)

// A builtin's argument check: no keyword arguments ("f() takes no keyword arguments"), then
// between min and max positional arguments, with CPython's messages (no_keywords, then
// check_positional). The usual call shape is tested inline so that it makes no call;
// anything else takes the out-of-line path (builtins_module.cpp), which decides as before.
Status check_builtin_args_slow(Interpreter&, CallArgs args, std::string_view name, std::size_t min, std::size_t max);
[[gnu::always_inline]] inline Status check_builtin_args(Interpreter& interp, CallArgs args, std::string_view name,
                                                        std::size_t min, std::size_t max) {
    if (args.kwnames == nullptr && args.npos >= min && args.npos <= max) [[likely]]
        return {};
    return check_builtin_args_slow(interp, args, name, min, max);
}

// The VM's __build_class__ (vm/build_class.cpp).
Result<Ref> builtin___build_class__(Interpreter&, CallArgs args);

} // namespace bastion
