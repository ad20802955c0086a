// import.h: the import system (vm/import.cpp): modules already in sys.modules (built-in
// ones are registered there at start-up), then `.py` files and packages (`pkg/__init__.py`)
// found on sys.path and in the main script's folder. Relative imports resolve against
// __package__ / __name__ as in CPython's importlib.
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"

namespace bastion {

// importlib.import_module(name) for an absolute dotted name: the module itself.
Result<Ref> import_module(Interpreter&, std::string_view name);
// builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).
Result<Ref> builtin___import__(Interpreter&, CallArgs args);
// The folder searched after sys.path (run_source sets it from the main script's path).
void set_main_dir(Interpreter&, std::string dir);

} // namespace bastion
