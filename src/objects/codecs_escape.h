// codecs_escape.h: the escape codecs as CPython 3.11's _codecs functions —
// unicode_escape_decode / _encode, raw_unicode_escape_decode / _encode (str <-> bytes,
// every error handler through the codec registry, `final` for the incremental decoders) and
// the bytes-to-bytes escape_decode / escape_encode (errors strict, ignore, replace only;
// ValueError). Each returns (result, consumed). Registered in `_codecs` by
// modules/codecs_module.cpp; lib/codecs.py builds the CodecInfo objects over them.
// Implemented in objects/codecs_escape.cpp.
#pragma once

#include "objects/native.h"

namespace bastion {

Result<Ref> codecs_unicode_escape_decode(Interpreter&, CallArgs);
Result<Ref> codecs_raw_unicode_escape_decode(Interpreter&, CallArgs);
Result<Ref> codecs_unicode_escape_encode(Interpreter&, CallArgs);
Result<Ref> codecs_raw_unicode_escape_encode(Interpreter&, CallArgs);
Result<Ref> codecs_escape_decode(Interpreter&, CallArgs);
Result<Ref> codecs_escape_encode(Interpreter&, CallArgs);

} // namespace bastion
