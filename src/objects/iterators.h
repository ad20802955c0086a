// iterators.h: the generic iterator types — seq_iterator (the __getitem__ protocol behind
// iter(obj)), callable_iterator (iter(f, sentinel)), enumerate, zip, map, filter and
// reversed. The last five are Python-visible constructors (their tp_new); the builtins
// module exposes the type objects. Implemented in objects/iterators.cpp.
#pragma once

#include "objects/value.h"

namespace bastion {

// iter(seq) for an object with __getitem__ but no __iter__: yields seq[0], seq[1], ...
// until IndexError or StopIteration.
Result<Ref> make_seq_iterator(Interpreter&, Value seq);
// iter(callable, sentinel): calls callable() until it returns something == sentinel.
Result<Ref> make_callable_iterator(Interpreter&, Value callable, Value sentinel);

} // namespace bastion
