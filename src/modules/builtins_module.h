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

// The VM's __build_class__ (vm/build_class.cpp).
Result<Ref> builtin___build_class__(Interpreter&, CallArgs args);

} // namespace bastion
