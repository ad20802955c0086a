// vm_natives.h: built-in functions that belong to the execution machinery, ready for
// the builtins and sys modules to register (NativeFunction signature):
//   builtins: exec, eval, compile, globals, locals, __import__ (vm/import.h)
//   sys:      exc_info, exception, _getframe, excepthook
// and the handling of an exception no code caught (report_uncaught_exception).
// Implemented in vm/vm_natives.cpp.
#pragma once

#include "objects/type.h"

namespace bastion {

Result<Ref> builtin_exec(Interpreter&, CallArgs args);
Result<Ref> builtin_eval(Interpreter&, CallArgs args);
Result<Ref> builtin_compile(Interpreter&, CallArgs args);
Result<Ref> builtin_globals(Interpreter&, CallArgs args);
Result<Ref> builtin_locals(Interpreter&, CallArgs args);
Result<Ref> sys_exc_info(Interpreter&, CallArgs args);
Result<Ref> sys_exception(Interpreter&, CallArgs args);
Result<Ref> sys__getframe(Interpreter&, CallArgs args);
Result<Ref> sys_excepthook(Interpreter&, CallArgs args);

// What CPython does with an exception that ends a program: sys.excepthook(type, value,
// traceback) ("sys.excepthook is missing" without one; a hook that raises is reported
// with the original exception). A limit exception (--max-steps, --max-memory) is printed
// directly: no Python hook can run past the limit that stopped the program.
void report_uncaught_exception(Interpreter&, Value exc);

} // namespace bastion
