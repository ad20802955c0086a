// codecs.h: the built-in codecs — utf-8 (strict: no overlong forms, surrogates, values
// past U+10FFFF or truncated sequences), utf-8-sig, ascii, latin-1, utf-16 and utf-32
// (LE, BE, and with a BOM) — with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace and namereplace
// (names from support/unicode_db.h).
// Errors are UnicodeDecodeError/UnicodeEncodeError with CPython's attributes and text.
// Implemented in objects/codecs.cpp.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "objects/value.h"

namespace bastion {

struct StrObject;
struct BytesObject;

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };

// Codec for an encoding name (case-insensitive; '_', ' ' and '-' are equivalent, as in
// CPython's normalisation + aliases). False when unknown.
bool codec_lookup(std::string_view name, Codec* out);
// The name CPython's messages use for a codec ("utf-8", "latin-1", "utf-16-le", ...).
std::string_view codec_name(Codec c);

Result<Own<StrObject>> codec_decode(Interpreter&, std::span<const uint8_t> data, std::string_view encoding,
                                    std::string_view errors);
Result<Own<BytesObject>> codec_encode(Interpreter&, StrObject* s, std::string_view encoding, std::string_view errors);

// The registry of named error handlers (codecs.register_error / lookup_error), held on the
// Interpreter. Handlers of names other than the built-in ones are called by the codecs
// with the UnicodeError and return (replacement, resume position).
Status codec_register_error(Interpreter&, Value name, Value handler);
Result<Ref> codec_lookup_error(Interpreter&, std::string_view name); // LookupError if unknown

// lib/codecs.py's entry points for encodings the built-in codecs do not know (its
// _registered_encode / _registered_decode), recorded by the bundled module when it runs
// (`_codecs._set_text_codecs`), so that str.encode / bytes.decode reach the bundled
// registry whatever sys.modules['codecs'], sys.meta_path or sys.path hold, as CPython's
// start-up import of codecs does. Kept on the Interpreter (in the error-handler registry,
// under keys no str name can equal).
Status codec_set_text_codecs(Interpreter&, Value encode, Value decode);

} // namespace bastion
