// module_table.h: the modules an `import` can find without the file system —
// native modules (C++; each area lists its own in modules_<area>.def) and bundled Python
// modules (lib/**/*.py, embedded into the binary at build time by cmake/embed_lib.cmake).
// vm/import.cpp consults both before sys.path.
#pragma once

#include <span>
#include <string_view>

#include "objects/value.h"

namespace bastion {

struct DictObject;

// A native module fills its module dict (functions, types, constants).
struct NativeModuleDef {
    std::string_view name;
    Status (*init)(Interpreter&, DictObject* module_dict);
};
std::span<const NativeModuleDef> native_modules();
const NativeModuleDef* find_native_module(std::string_view name);

// A bundled Python module: its dotted name, source text, and whether it is a package
// (lib/NAME/__init__.py).
struct FrozenModule {
    std::string_view name;
    std::string_view source;
    bool is_package;
};
std::span<const FrozenModule> frozen_modules(); // generated: frozen_modules.cpp in the build tree
const FrozenModule* find_frozen_module(std::string_view name);

} // namespace bastion
