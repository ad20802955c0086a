// code_constants.h: conversions between bc::Constant and Python constant objects
// (materialize builds co_consts; code.replace turns a co_consts tuple back into image
// constants), and a bytes-object helper for the code attributes.
// Implemented in vm/code_constants.cpp; the only vm/ file that knows the number, bytes
// and set APIs of objects/.
#pragma once

#include <string_view>

#include "bytecode/code_image.h"
#include "objects/value.h"

namespace bastion {

struct CodeObject;

// A bytes object with these raw bytes.
Result<Ref> bytes_object(Interpreter&, std::string_view raw);
// The raw content of a bytes object; false when `v` is not bytes.
bool bytes_content(Interpreter&, Value v, std::string* out);
// A constant for a Python object allowed in co_consts (None, Ellipsis, bool, int, float,
// complex, str, bytes, tuple, frozenset, code). TypeError for anything else.
Result<bc::Constant> object_to_constant(Interpreter&, Value v);

} // namespace bastion
