// codecs_utf8.h: the strict UTF-8 decoder's fast path for valid text (objects/codecs_utf8.cpp),
// used by the codec machinery in objects/codecs.cpp.
#pragma once

#include <cstdint>
#include <span>

#include "objects/str_object.h"

namespace bastion {

// `bytes` decoded as strict UTF-8 into a canonical str, or null (no error) when the bytes are
// not valid UTF-8 or encode a surrogate: the general decoder then reports the error.
Result<Own<StrObject>> utf8_decode_valid_fast(Interpreter&, std::span<const uint8_t> bytes);

} // namespace bastion
