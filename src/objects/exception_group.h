// exception_group.h: the exception-group operations the VM needs for except*
// (implemented in objects/exception_group.cpp).
#pragma once

#include <span>

#include "objects/value.h"

namespace bastion {

// BaseExceptionGroup("", (exc,)): how except* sees a naked exception.
Result<Ref> exception_group_wrap(Interpreter&, Value exc);
// What an except* statement raises when its clauses are done (CPython's
// _PyExc_PrepReraiseStar): `excs` holds what each clause raised or re-raised and the
// unhandled rest (None entries are skipped); None when nothing is left.
Result<Ref> exception_group_prep_reraise(Interpreter&, Value orig, std::span<const Value> excs);
// derive / split / subgroup on BaseExceptionGroup.
Status init_exception_group_methods(Interpreter&);

} // namespace bastion
