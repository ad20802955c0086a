// module_table.h: the modules an `import` can find without the file system —
// native modules (C++; each area lists its own in modules_<area>.def) and bundled Python
// modules (lib/**/*.py, embedded into the binary at build time by tools/freeze_lib.cpp).
// vm/import.cpp consults both before sys.path.
#pragma once

#include <span>
#include <string_view>

#include "objects/value.h"

namespace bastion {

struct DictObject;
struct CodeObject;

// A native module fills its module dict (functions, types, constants).
struct NativeModuleDef {
    std::string_view name;
    Status (*init)(Interpreter&, DictObject* module_dict);
};
std::span<const NativeModuleDef> native_modules();
const NativeModuleDef* find_native_module(std::string_view name);

// A bundled Python module: its dotted name, source text, whether it is a package
// (lib/NAME/__init__.py), and the module compiled at build time as .bbc bytes (empty when
// the build made none). The image is untrusted like any compiled file: an import reads and
// verifies it, and compiles `source` instead when it is empty or rejected (vm/import.cpp).
struct FrozenModule {
    std::string_view name;
    std::string_view source;
    bool is_package;
    std::span<const unsigned char> image = {};
};
std::span<const FrozenModule> frozen_modules(); // generated: frozen_modules.cpp in the build tree
const FrozenModule* find_frozen_module(std::string_view name);
// The module code of `m`, run under co_filename `path` (/bastion/lib/...): its image when
// that reads back (serial::read_bbc), names `path` and passes the verifier; otherwise `source`
// compiled now (a SyntaxError from it propagates). Defined in vm/import.cpp.
Result<Own<CodeObject>> frozen_module_code(Interpreter&, const FrozenModule& m, std::string_view path);

} // namespace bastion
