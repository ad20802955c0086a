// exception_object.h: instances of BaseException and its subclasses. Implemented in
// objects/exception_object.cpp, which also builds the hierarchy of exceptions.def.
#pragma once

#include "objects/value.h"

namespace bastion {

struct ExceptionObject : Object {
    Ref args;      // tuple
    Ref traceback; // traceback object or null (None at Python level)
    Ref cause;     // __cause__
    Ref context;   // __context__
    Ref notes;     // __notes__ list or null
    // Subclass-specific fields set by constructors or assignment (OSError's filename,
    // SyntaxError's filename/lineno/offset/text, ImportError's name/path/msg, the Unicode
    // errors' encoding/object/start/end/reason, StopIteration.value ...): a dict of their
    // own, created on first store, so the instance `__dict__` holds only what a program put
    // there (CPython keeps them in C struct members). Unset fields derive from args.
    Ref fields;
    bool suppress_context = false;
};

// A new exception instance of `type` with the given args tuple (or no args).
Result<Own<ExceptionObject>> exception_new(Interpreter&, Type* type, Value args_tuple);
bool is_exception_instance(Interpreter&, Value v);
bool is_exception_type(Interpreter&, Value v);
// exc matches a class or tuple of classes (for `except`).
Result<bool> exception_matches(Interpreter&, Value exc, Value cls_or_tuple);

} // namespace bastion
