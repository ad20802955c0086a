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
// `bastion -m NAME` (runpy._run_module_as_main): imports NAME's parent packages, finds its
// code (a package's: its __main__ submodule) and runs it in main_dict (the __main__
// module's namespace) with __file__, __cached__, __package__ and sys.argv[0] set to its
// file. When NAME cannot be run (not found, no code, an ImportError while finding it)
// nothing runs: the result is empty and *not_runnable holds CPython's one-line message.
Result<Ref> run_module_as_main(Interpreter&, std::string_view name, Value main_dict, std::string* not_runnable);
// The folder searched after sys.path (run_source sets it from the main script's path).
void set_main_dir(Interpreter&, std::string dir);

} // namespace bastion
